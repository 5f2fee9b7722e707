#include "sna/holes.hpp"

#include <algorithm>

namespace bosam::sna {
namespace {

// Normalised mutual weight p(u, v): the share of u's ties that go to v. In an undirected graph the mutual
// weight of u and v is twice the edge weight, and the factor cancels in the ratio.
struct Shares {
  const Graph& g;
  bool useWeights;
  std::vector<double> sum, max;  // per vertex: total and largest tie weight

  Shares(const Graph& graph, bool weights) : g(graph), useWeights(weights), sum(graph.n, 0.0), max(graph.n, 0.0) {
    for (Vertex v = 0; v < g.n; ++v)
      for (auto e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
        sum[v] += w(e);
        max[v] = std::max(max[v], w(e));
      }
  }
  double w(std::int32_t e) const { return useWeights ? g.weights[e] : 1.0; }
  double between(Vertex u, Vertex v) const {
    const double x = edge_weight(g, u, v);
    return x == 0.0 ? 0.0 : (useWeights ? x : 1.0);
  }
  double p(Vertex u, Vertex v) const { return sum[u] == 0.0 ? 0.0 : between(u, v) / sum[u]; }
  double m(Vertex u, Vertex v) const { return max[u] == 0.0 ? 0.0 : between(u, v) / max[u]; }  // norm = max
};

}  // namespace

StructuralHoles structural_holes(const Graph& g, bool useWeights) {
  StructuralHoles out;
  out.constraint.assign(g.n, std::nullopt);
  out.effectiveSize.assign(g.n, std::nullopt);
  const Shares s(g, useWeights);
  for (Vertex v = 0; v < g.n; ++v) {
    const auto begin = g.offsets[v], end = g.offsets[v + 1];
    if (begin == end) continue;  // isolate: both undefined
    double constraint = 0.0, effective = 0.0;
    for (auto e = begin; e < end; ++e) {
      const Vertex u = g.targets[e];
      // local constraint c(v,u) = (p(v,u) + sum over q of p(v,q) p(q,u))^2
      double indirect = 0.0, redundancy = 0.0;
      for (auto f = begin; f < end; ++f) {
        const Vertex q = g.targets[f];
        if (q == u) continue;
        const double pvq = s.p(v, q);
        indirect += pvq * s.p(q, u);
        redundancy += pvq * s.m(u, q);
      }
      const double local = s.p(v, u) + indirect;
      constraint += local * local;
      effective += 1.0 - redundancy;
    }
    out.constraint[v] = constraint;
    out.effectiveSize[v] = effective;
  }
  return out;
}

}  // namespace bosam::sna
