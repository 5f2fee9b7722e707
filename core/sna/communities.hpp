// Community detection (Leiden) and Newman's modularity on the undirected graph G (design §4, `communities`).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "sna/graph.hpp"

namespace bosam::sna {

struct CommunityResult {
  std::vector<int> membership;  // community of each vertex, 0..count-1, numbered by first appearance in vertex order
  int count = 0;                // number of communities (isolated vertices count as singleton communities)
  double modularity = 0.0;      // modularity(g, membership, useWeights)
  std::string method;           // "leiden"
};

// Leiden (Traag, Waltman & van Eck 2019, "From Louvain to Leiden: guaranteeing well-connected communities")
// maximising modularity with resolution 1:
//   1. fast local moving: a queue of vertices in random order; each vertex moves to the neighbouring community
//      (or an empty one) with the largest modularity gain, and its neighbours outside that community are queued
//      again;
//   2. refinement: inside each community, starting from singletons, a vertex that is still a singleton and is
//      well connected to its community joins the well-connected sub-community with the largest positive gain
//      (the greedy, theta -> 0 limit of Leiden's randomised merge, so the result does not depend on exp());
//   3. aggregation of the refined sub-communities into one vertex each, starting the next level from the
//      unrefined communities. When refinement merges nothing, the level is aggregated by the communities
//      themselves (as the leidenalg library does), so optimisation continues instead of stalling.
// Levels repeat until local moving leaves every vertex of the aggregate graph alone. Whole iterations then
// repeat, each starting from the previous partition, until one stops improving modularity by at least 1e-4
// (at most 16 iterations; structured networks settle after two or three). Finally every
// community is split into its connected components (which can only raise modularity), so no community is ever
// internally disconnected, and labels are renumbered by first appearance.
//
// Complexity: local moving, refinement and aggregation are each O(n + m) per sweep (flat arrays, no maps, one
// workspace reused across levels); levels shrink geometrically in practice, so an iteration is near-linear in
// the number of edges, and a handful of iterations is typical.
//
// Deterministic for a given seed on every platform: vertex orders come from a splitmix64 generator with an
// explicit rejection-sampled range mapping (no std::shuffle or std::uniform_int_distribution, whose results
// differ between libstdc++ and libc++), and no floating-point library function is involved in any decision.
//
// `g` must be undirected (std::invalid_argument otherwise). useWeights=false treats every edge as weight 1;
// with weights, edges of non-positive weight are ignored. Conventions: n = 0 gives an empty membership,
// count 0 and modularity 0; a graph without edges gives all singletons and modularity 0 (NetworkX raises
// ZeroDivisionError there and igraph returns NaN). Isolated vertices always form singleton communities.
CommunityResult detect_communities(const Graph& g, std::uint64_t seed, bool useWeights);

// Newman's modularity with resolution 1, as networkx.community.modularity(G, communities, weight=...):
//   Q = sum over communities c of  L_c / m - (K_c / 2m)^2,
// where m is the total edge weight, L_c the weight of edges inside c and K_c the sum of the (weighted) degrees
// in c. Labels may be any ints (one community per distinct value). Returns 0 when the graph has no edges
// (NetworkX raises ZeroDivisionError). Throws std::invalid_argument if membership.size() != n or g is directed.
// O(n + m), or O(n log n + m) when labels fall outside [0, n).
double modularity(const Graph& g, const std::vector<int>& membership, bool useWeights);

}  // namespace bosam::sna
