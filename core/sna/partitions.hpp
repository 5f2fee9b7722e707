// Comparing two partitions of the same items (docs/measures.md, `agreementWithUnits`): how far the informal
// clusters follow the formal units. Labels may be any ints; only equality between labels matters.
#pragma once
#include <vector>

namespace bosam::sna {

// Normalised mutual information with arithmetic-mean normalisation, NMI = I(A;B) / ((H(A) + H(B)) / 2), natural
// logarithms: the same number as igraph's compare_communities(method="nmi") (Danon et al. 2005) and
// scikit-learn's normalized_mutual_info_score with its default average_method="arithmetic".
// Degenerate cases, as both of them define them: when H(A) = H(B) = 0 (each partition is a single cluster, or
// there are no items) the answer is 1.0; when only one of them is a single cluster it is 0.0. The result is
// clamped to [0, 1] against rounding. Throws std::invalid_argument if the sizes differ.
// O(n + k_a + k_b) with a counting-sort contingency table (O(n log n) when labels fall outside [0, n)).
double normalized_mutual_information(const std::vector<int>& a, const std::vector<int>& b);

// Adjusted Rand index (Hubert & Arabie 1985):
//   ARI = (sum_ij C(n_ij,2) - E) / ((sum_i C(a_i,2) + sum_j C(b_j,2)) / 2 - E),
//   E = sum_i C(a_i,2) * sum_j C(b_j,2) / C(n,2),
// the same number as igraph's compare_communities(method="adjusted_rand") and scikit-learn's
// adjusted_rand_score. 1 for identical partitions (up to relabelling), about 0 for chance agreement, can be
// negative. Degenerate cases: the formula is 0/0 only when both partitions are identical and trivial (both a
// single cluster, or both all singletons), and for fewer than two items; Bosam returns 1.0 there, as
// scikit-learn does (igraph returns NaN for the first and refuses fewer than two items). Throws
// std::invalid_argument if the sizes differ. O(n + k_a + k_b) (O(n log n) when labels fall outside [0, n)).
double adjusted_rand_index(const std::vector<int>& a, const std::vector<int>& b);

}  // namespace bosam::sna
