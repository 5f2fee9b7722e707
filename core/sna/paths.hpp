// Measures that rest on shortest paths, computed in one pass of single-source searches (Brandes 2001):
// betweenness, closeness, harmonic centrality, and diameter and average path length of the largest component.
#pragma once
#include <optional>
#include <vector>

#include "sna/graph.hpp"

namespace bosam::sna {

struct PathMeasures {
  std::vector<double> betweenness;  // normalised by (n-1)(n-2), as NetworkX (endpoints excluded)
  std::vector<double> closeness;    // (r-1)/sum(d) scaled by (r-1)/(n-1): Wasserman-Faust for disconnected graphs
  std::vector<double> harmonic;     // sum of 1/d over reachable others, raw
  std::optional<double> diameter;   // largest component only; none if it has < 2 vertices
  std::optional<double> averagePathLength;  // mean over ordered pairs in the largest component
  int sources = 0;                          // sources searched: n when exact, fewer when sampled
};

// g must be undirected. weighted: edge length = 1/weight (weight = frequency), searched with Dijkstra;
// otherwise every edge has length 1 (breadth-first search). component: vertex -> component id, and
// largest: the id of the largest component (for diameter and average path length).
// Time O(n·m) unweighted, O(n·m·log n) weighted; memory O(n + m).
// sample: when given, only these sources are searched and every measure is an estimate (Brandes & Pich 2007 for
// betweenness, scaled by n/k; closeness and harmonic from the distances to the sampled sources, which G's
// symmetry makes the same as from them; diameter is then a lower bound). Time O(k·m) instead of O(n·m).
PathMeasures path_measures(const Graph& g, bool weighted, const std::vector<int>& component, int largest,
                           const std::vector<Vertex>* sample = nullptr);

// k distinct sources spread over the vertices, deterministic for a seed (a seeded Fisher-Yates prefix). O(n).
std::vector<Vertex> sample_sources(Vertex n, Vertex k, std::uint64_t seed);

}  // namespace bosam::sna
