// Measures that use the formal units as groups: Gould-Fernandez brokerage roles on D, Krackhardt's E-I index
// and the unit-by-unit tie matrix on G, and Freeman centralisation.
#pragma once
#include <optional>
#include <vector>

#include "sna/graph.hpp"

namespace bosam::sna {

// Counts of the five Gould-Fernandez roles for one broker v, over all two-paths i -> v -> j with i != j and no
// arc i -> j. Groups: coordinator (i, v, j all in one), itinerant (i and j together, v outside), representative
// (i with v, j outside), gatekeeper (v with j, i outside), liaison (all three different).
struct Brokerage {
  int coordinator = 0, itinerant = 0, representative = 0, gatekeeper = 0, liaison = 0;
  int total() const { return coordinator + itinerant + representative + gatekeeper + liaison; }
};

// groups: vertex -> group (-1 = none; such vertices count as their own group). O(sum of in·out degrees · log).
std::vector<Brokerage> brokerage(const Graph& d, const std::vector<int>& groups);

struct GroupTies {
  int members = 0;
  int internal = 0;                       // edges of G with both ends in the group
  int external = 0;                       // edges of G with one end in the group
  std::optional<double> internalDensity;  // internal / (k(k-1)/2); none when k < 2
  std::optional<double> eiIndex;          // (external - internal) / (external + internal); none without ties
};

struct GroupSummary {
  std::vector<GroupTies> groups;         // per group index 0..groupCount-1
  std::vector<std::vector<int>> matrix;  // edges of G between group a and b (diagonal: within a)
  std::optional<double> eiIndex;         // whole network: (E - I)/(E + I) over all edges
};

GroupSummary group_summary(const Graph& g, const std::vector<int>& groups, int groupCount);

// Freeman centralisation of a centrality vector: sum(max - c_i) / maxSum, none when n < 3.
// degree: maxSum = (n-1)(n-2) with raw degrees; betweenness (normalised): maxSum = n - 1.
std::optional<double> degree_centralization(const Graph& g);
std::optional<double> betweenness_centralization(const std::vector<double>& normalisedBetweenness);

}  // namespace bosam::sna
