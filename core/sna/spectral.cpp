#include "sna/spectral.hpp"

#include <cmath>

namespace bosam::sna {

std::optional<std::vector<double>> eigenvector_centrality(const Graph& g, bool useWeights) {
  const Vertex n = g.n;
  // Without edges every eigenvalue of A is 0 and the measure is undefined (NetworkX's iteration on A + I would
  // return 1/sqrt(n) for everyone, an artefact we do not report).
  if (n == 0 || g.arcs() == 0) return std::nullopt;
  constexpr int kMaxIter = 100;
  constexpr double kTol = 1e-6;
  std::vector<double> x(n, 1.0 / n), last(n);
  for (int iter = 0; iter < kMaxIter; ++iter) {
    last = x;  // start from last: the update is (A + I)·last, which avoids oscillation on bipartite graphs
    for (Vertex v = 0; v < n; ++v)
      for (auto e = g.offsets[v]; e < g.offsets[v + 1]; ++e)
        x[g.targets[e]] += last[v] * (useWeights ? g.weights[e] : 1.0);
    double norm = 0.0;
    for (double xi : x) norm += xi * xi;
    norm = std::sqrt(norm);
    if (norm == 0.0) norm = 1.0;
    double change = 0.0;
    for (Vertex v = 0; v < n; ++v) {
      x[v] /= norm;
      change += std::fabs(x[v] - last[v]);
    }
    if (change < n * kTol) return x;
  }
  return std::nullopt;
}

std::optional<std::vector<double>> pagerank(const Graph& d, bool useWeights, double alpha) {
  const Vertex n = d.n;
  if (n == 0) return std::vector<double>{};
  constexpr int kMaxIter = 100;
  constexpr double kTol = 1e-6;
  std::vector<double> outWeight(n, 0.0);
  for (Vertex v = 0; v < n; ++v)
    for (auto e = d.offsets[v]; e < d.offsets[v + 1]; ++e) outWeight[v] += useWeights ? d.weights[e] : 1.0;
  std::vector<double> x(n, 1.0 / n), next(n);
  for (int iter = 0; iter < kMaxIter; ++iter) {
    double dangling = 0.0;
    for (Vertex v = 0; v < n; ++v)
      if (outWeight[v] == 0.0) dangling += x[v];
    const double base = alpha * dangling / n + (1.0 - alpha) / n;
    std::fill(next.begin(), next.end(), base);
    for (Vertex v = 0; v < n; ++v) {
      if (outWeight[v] == 0.0) continue;
      const double share = alpha * x[v] / outWeight[v];
      for (auto e = d.offsets[v]; e < d.offsets[v + 1]; ++e)
        next[d.targets[e]] += share * (useWeights ? d.weights[e] : 1.0);
    }
    double change = 0.0;
    for (Vertex v = 0; v < n; ++v) change += std::fabs(next[v] - x[v]);
    x.swap(next);
    if (change < n * kTol) return x;
  }
  return std::nullopt;
}

}  // namespace bosam::sna
