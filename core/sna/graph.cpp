#include "sna/graph.hpp"

#include <algorithm>

namespace bosam::sna {

Graph make_graph(Vertex n, std::vector<WeightedEdge> edges, bool directed) {
  std::vector<WeightedEdge> arcs;
  arcs.reserve(directed ? edges.size() : 2 * edges.size());
  for (const auto& e : edges) {
    if (e.from == e.to || e.from < 0 || e.to < 0 || e.from >= n || e.to >= n) continue;
    arcs.push_back(e);
    if (!directed) arcs.push_back({e.to, e.from, e.weight});
  }
  // Sort by (from, to, weight descending) so the first of each run of duplicates is the strongest.
  std::sort(arcs.begin(), arcs.end(), [](const WeightedEdge& a, const WeightedEdge& b) {
    if (a.from != b.from) return a.from < b.from;
    if (a.to != b.to) return a.to < b.to;
    return a.weight > b.weight;
  });
  Graph g;
  g.n = n;
  g.directed = directed;
  g.offsets.assign(static_cast<std::size_t>(n) + 1, 0);
  for (std::size_t i = 0; i < arcs.size(); ++i) {
    if (i > 0 && arcs[i].from == arcs[i - 1].from && arcs[i].to == arcs[i - 1].to) continue;
    g.targets.push_back(arcs[i].to);
    g.weights.push_back(arcs[i].weight);
    ++g.offsets[arcs[i].from + 1];
  }
  for (Vertex v = 0; v < n; ++v) g.offsets[v + 1] += g.offsets[v];
  return g;
}

double edge_weight(const Graph& g, Vertex u, Vertex v) {
  auto begin = g.targets.begin() + g.offsets[u], end = g.targets.begin() + g.offsets[u + 1];
  auto it = std::lower_bound(begin, end, v);
  return it != end && *it == v ? g.weights[it - g.targets.begin()] : 0.0;
}

}  // namespace bosam::sna
