// Compressed sparse row (CSR) graphs: the one representation every SNA kernel reads. Vertices are 0..n-1
// (graph building in build.hpp is the one place project ids map to indices). Flat arrays and 32-bit indices
// keep the hot loops cache-friendly, natively and in WebAssembly.
#pragma once
#include <cstdint>
#include <utility>
#include <vector>

namespace bosam::sna {

using Vertex = std::int32_t;

struct Graph {
  Vertex n = 0;
  bool directed = false;
  std::vector<std::int32_t> offsets;  // n + 1 entries; neighbours of v are targets[offsets[v] .. offsets[v+1])
  std::vector<Vertex> targets;        // sorted ascending within each vertex; no self-loops, no duplicates
  std::vector<double> weights;        // parallel to targets: tie strength (frequency 1-4, or 1 when unweighted)

  Vertex degree(Vertex v) const { return offsets[v + 1] - offsets[v]; }
  std::int64_t arcs() const { return static_cast<std::int64_t>(targets.size()); }  // 2 x edges when undirected
  // Edges (undirected) or arcs (directed).
  std::int64_t edges() const { return directed ? arcs() : arcs() / 2; }
};

struct WeightedEdge {
  Vertex from, to;
  double weight;
};

// Builds a CSR graph from an edge list. Self-loops are dropped; for a repeated pair the largest weight is kept.
// Undirected graphs store each edge in both directions. O(m log m).
Graph make_graph(Vertex n, std::vector<WeightedEdge> edges, bool directed);

// The weight of edge u-v (or arc u->v), or 0 when there is none. O(log degree(u)).
double edge_weight(const Graph& g, Vertex u, Vertex v);

}  // namespace bosam::sna
