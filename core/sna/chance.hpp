// Tests against chance (docs/analysis.md, "Tests against chance"): is a pattern in the network stronger than the
// same people would show if they were placed at random?
//  - QAP (quadratic assignment procedure; Krackhardt 1987, Hubert 1987): the Pearson correlation between a
//    symmetric pair value x and the ties y of G over all pairs of different people, and the share of random
//    permutations of the people (rows and columns of y together) whose correlation is at least the observed
//    one. R's sna gcor/qaptest compute the same numbers (tools/chance_reference.py checks it).
//  - The E-I index of each unit against random relabellings of people to units, unit sizes kept.
// Both draw their permutations from one seeded splitmix64 stream (rng.hpp), so a seed gives the same p values
// natively and in WebAssembly.
#pragma once
#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "sna/graph.hpp"

namespace bosam::sna {

// The decision rule: a p value below this is "beyond chance" (the conventional one-sided 5 % level). The one
// place it is set; docs/findings.md states it.
constexpr double kChanceLevel = 0.05;
inline bool beyond_chance(double p) { return p < kChanceLevel; }

// Above the analysis's exactLimit people (4,000 by default, where path measures are sampled too), each test
// draws at most this many permutations: at 10,000 people and 40,000 ties, 2,000 permutations cost about a quarter
// of the rest of the analysis, and there p is almost always far from the level (many pairs, much power).
// With 500 the standard error of a p near 0.05 is 0.01. docs/analysis.md, "Tests against chance".
constexpr int kLargeNetworkPermutations = 500;
inline int permutations_for(int people, int exactLimit, int requested) {
  return people > exactLimit ? std::min(requested, kLargeNetworkPermutations) : requested;
}

struct QapResult {
  double correlation = 0;   // Pearson, over the pairs of different people
  std::optional<double> p;  // share of permutations with a correlation at least the observed; none without any
  int permutations = 0;     // how many were drawn
};

// x_ij = the number of items both i and j have (for people: the functions both are assigned to), from `items`:
// per vertex of y, its distinct item indices sorted ascending. None when n < 2 or when x or y has no variance
// (no pair shares an item, every pair shares the same number, no tie, or every pair tied).
// Cost: O(n + sum_i |items_i|^2) for the sums of x, then O(P · m · f) for P permutations over the m edges of y,
// f the typical length of two items lists (one merge per edge).
std::optional<QapResult> qap_shared_items(const Graph& y, const std::vector<std::vector<std::int32_t>>& items,
                                          int permutations, std::uint64_t seed);

// x = the ties of another undirected graph on the same vertices (x_ij = 1 when i and j are tied). None when n < 2
// or either graph has no variance. Cost: O(P · m_y · log d) (a binary search in x per edge of y).
std::optional<QapResult> qap_graphs(const Graph& x, const Graph& y, int permutations, std::uint64_t seed);

// Per group g: the share of `permutations` random relabellings of the grouped vertices to groups (every group
// keeps its size; vertices without a group, -1, stay without) in which g's E-I index on G,
// (external - internal) / (external + internal), is at most its observed value. A relabelling that leaves g
// without ties (E-I undefined) does not count. None for a group whose observed E-I index is undefined, and for
// every group when permutations is 0. Comparisons are exact (integer cross-multiplication).
// Cost: O(P · (n + m)): each relabelling is a shuffle and one pass over the edges.
std::vector<std::optional<double>> ei_index_p(const Graph& g, const std::vector<int>& groups, int groupCount,
                                              int permutations, std::uint64_t seed);

}  // namespace bosam::sna
