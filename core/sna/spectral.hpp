// Power-iteration measures: eigenvector centrality on G and PageRank on D, iterated exactly as NetworkX does
// (same start vector, update, normalisation and stopping rule), so results agree to the tolerance.
#pragma once
#include <optional>
#include <vector>

#include "sna/graph.hpp"

namespace bosam::sna {

// Iterates x <- (A + I)x, normalised to Euclidean length 1, from the uniform vector; stops when the L1 change is
// below n·1e-6, at most 100 iterations. Empty when there are no edges or it does not converge (then it is undefined).
// useWeights: A holds tie strengths instead of 1. O(iterations · (n + m)).
std::optional<std::vector<double>> eigenvector_centrality(const Graph& g, bool useWeights);

// PageRank with damping 0.85 on a directed graph; dangling vertices spread their rank uniformly; stops when the
// L1 change is below n·1e-6, at most 100 iterations. useWeights: out-links share rank in proportion to strength.
// Empty if it does not converge. O(iterations · (n + m)).
std::optional<std::vector<double>> pagerank(const Graph& d, bool useWeights, double alpha = 0.85);

}  // namespace bosam::sna
