// Structure of the undirected graph G: components, cut points and bridges, k-cores, clustering.
#pragma once
#include <utility>
#include <vector>

#include "sna/graph.hpp"

namespace bosam::sna {

struct Components {
  std::vector<int> of;  // vertex -> component id (0-based, in order of lowest vertex)
  int count = 0;
  int largest = -1;  // id of the largest component (lowest id on ties); -1 when n = 0
  int largestSize = 0;
};

// Connected components (Boost.Graph). O(n + m).
Components connected_components(const Graph& g);

// Articulation points (cut vertices) and bridges (cut edges), via Boost's biconnected components.
// Bridges come as (u, v) with u < v, sorted. O(n + m).
std::vector<bool> articulation_points(const Graph& g);
std::vector<std::pair<Vertex, Vertex>> bridges(const Graph& g);

// k-core number of every vertex (Boost.Graph core_numbers). O(n + m).
std::vector<int> core_numbers(const Graph& g);

// Local clustering as NetworkX: 2T(v)/(d(d-1)); weighted: triangles count the geometric mean of their edge
// weights divided by the largest weight in the graph. 0 when d < 2. O(sum over v of d(v)² · log d).
std::vector<double> clustering(const Graph& g, bool useWeights);

// Share of connected triples that are closed: 3 × triangles / triples. 0 when there are no triples.
double transitivity(const Graph& g);

}  // namespace bosam::sna
