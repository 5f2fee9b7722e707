#include "sna/structure.hpp"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/core_numbers.hpp>
#include <cmath>

namespace bosam::sna {
namespace {

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                         boost::property<boost::edge_index_t, std::size_t>>;

// The CSR graph as a Boost graph (each undirected edge once, with an index for edge property maps).
BoostGraph to_boost(const Graph& g) {
  BoostGraph b(static_cast<std::size_t>(g.n));
  std::size_t index = 0;
  for (Vertex u = 0; u < g.n; ++u)
    for (auto e = g.offsets[u]; e < g.offsets[u + 1]; ++e)
      if (u < g.targets[e]) boost::add_edge(u, g.targets[e], index++, b);
  return b;
}

// Number of triangles through each vertex by merging sorted neighbour lists. O(sum d(v)·d(w) merges).
std::vector<double> triangles(const Graph& g) {
  std::vector<double> t(g.n, 0.0);
  for (Vertex v = 0; v < g.n; ++v)
    for (auto e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
      const Vertex w = g.targets[e];
      if (w <= v) continue;
      // common neighbours of v and w
      auto a = g.offsets[v], aEnd = g.offsets[v + 1], b = g.offsets[w], bEnd = g.offsets[w + 1];
      while (a < aEnd && b < bEnd) {
        if (g.targets[a] < g.targets[b])
          ++a;
        else if (g.targets[a] > g.targets[b])
          ++b;
        else {
          const Vertex x = g.targets[a];
          if (x > w) t[v] += 1, t[w] += 1, t[x] += 1;  // count each triangle once, at its lowest edge
          ++a, ++b;
        }
      }
    }
  return t;
}

}  // namespace

Components connected_components(const Graph& g) {
  Components c;
  c.of.assign(g.n, 0);
  if (g.n == 0) return c;
  BoostGraph b = to_boost(g);
  c.count = static_cast<int>(boost::connected_components(b, c.of.data()));
  // Boost numbers components in DFS order from vertex 0, which is the order of lowest vertex.
  std::vector<int> size(c.count, 0);
  for (int id : c.of) ++size[id];
  c.largest = static_cast<int>(std::max_element(size.begin(), size.end()) - size.begin());
  c.largestSize = size[c.largest];
  return c;
}

std::vector<bool> articulation_points(const Graph& g) {
  std::vector<bool> out(g.n, false);
  BoostGraph b = to_boost(g);
  std::vector<std::size_t> points;
  boost::articulation_points(b, std::back_inserter(points));
  for (auto v : points) out[v] = true;
  return out;
}

std::vector<std::pair<Vertex, Vertex>> bridges(const Graph& g) {
  BoostGraph b = to_boost(g);
  std::vector<std::size_t> component(boost::num_edges(b));
  auto map = boost::make_iterator_property_map(component.begin(), boost::get(boost::edge_index, b));
  const std::size_t count = boost::biconnected_components(b, map);
  // A bridge is a biconnected component made of a single edge.
  std::vector<int> edgesIn(count, 0);
  for (auto c : component) ++edgesIn[c];
  std::vector<std::pair<Vertex, Vertex>> out;
  for (auto [it, end] = boost::edges(b); it != end; ++it)
    if (edgesIn[component[boost::get(boost::edge_index, b, *it)]] == 1) {
      auto u = static_cast<Vertex>(boost::source(*it, b)), v = static_cast<Vertex>(boost::target(*it, b));
      out.emplace_back(std::min(u, v), std::max(u, v));
    }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<int> core_numbers(const Graph& g) {
  std::vector<int> core(g.n, 0);
  if (g.n == 0) return core;
  BoostGraph b = to_boost(g);
  boost::core_numbers(b, core.data());
  return core;
}

std::vector<double> clustering(const Graph& g, bool useWeights) {
  std::vector<double> c(g.n, 0.0);
  if (!useWeights) {
    const auto t = triangles(g);
    for (Vertex v = 0; v < g.n; ++v) {
      const double d = g.degree(v);
      if (d >= 2) c[v] = 2.0 * t[v] / (d * (d - 1.0));
    }
    return c;
  }
  double maxWeight = 0.0;
  for (double w : g.weights) maxWeight = std::max(maxWeight, w);
  if (maxWeight == 0.0) return c;
  for (Vertex v = 0; v < g.n; ++v) {
    const double d = g.degree(v);
    if (d < 2) continue;
    double sum = 0.0;
    for (auto e1 = g.offsets[v]; e1 < g.offsets[v + 1]; ++e1)
      for (auto e2 = e1 + 1; e2 < g.offsets[v + 1]; ++e2) {
        const double wjk = edge_weight(g, g.targets[e1], g.targets[e2]);
        if (wjk > 0.0) sum += std::cbrt(g.weights[e1] / maxWeight * (g.weights[e2] / maxWeight) * (wjk / maxWeight));
      }
    c[v] = 2.0 * sum / (d * (d - 1.0));
  }
  return c;
}

double transitivity(const Graph& g) {
  const auto t = triangles(g);
  double closed = 0.0, triples = 0.0;
  for (Vertex v = 0; v < g.n; ++v) {
    const double d = g.degree(v);
    closed += t[v];
    triples += d * (d - 1.0) / 2.0;
  }
  return triples == 0.0 ? 0.0 : closed / triples;
}

}  // namespace bosam::sna
