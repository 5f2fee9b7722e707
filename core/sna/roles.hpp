// The places in the network that the practice of organisational network analysis names (Cross & Parker 2004,
// "The Hidden Power of Social Networks"): central connectors, boundary spanners, information brokers and people on
// the periphery; and collaborative overload, the share of all contact that the most named few receive (Cross,
// Rebele & Grant 2016). Definitions, thresholds and references: docs/analysis.md, "Places in the network".
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "model/project.hpp"
#include "sna/graph.hpp"
#include "sna/groups.hpp"

namespace bosam::sna {

// The role ids, in the order nodes[].roles lists them.
inline constexpr std::array<const char*, 4> kRoleIds = {"central-connector", "boundary-spanner", "information-broker",
                                                        "peripheral"};

// The thresholds, read from the project's settings.thresholds under the same names (defaults documented in
// docs/findings.md, "Thresholds").
struct RoleThresholds {
  double connectorTopShare = 0.10;  // central-connector: among this share of people with the most contacts in G…
  int connectorMinTies = 3;         // …and at least this many (never fewer than 1)
  int spannerMinUnits = 2;          // boundary-spanner: contacts in at least this many units other than one's own
  double brokerTopShare = 0.10;     // information-broker: betweenness among this share of the highest, above 0…
  int brokerMinCrossUnit = 1;       // …and at least this many two-paths between people of different units
  int peripheralMaxTies = 1;        // peripheral: answered, and at most this many contacts in G
};

// The one reader of those keys (counts rounded and kept within 0..1,000,000, as checks::settings_from does).
// O(thresholds).
RoleThresholds role_thresholds(const model::Project& project);

// Per vertex, whether it is in the top `share` of `values`: fewer than ceil(share·n) people have a strictly
// higher value (values within 1e-9 count as equal). So everyone tied at the cut-off is in, and the top can hold
// more than ceil(share·n) people. O(n).
std::vector<bool> in_top_share(const std::vector<double>& values, double share);

// What the roles read, per vertex: contacts in G, betweenness, brokerage, the unit and whether they answered.
struct RoleInput {
  const Graph& g;                           // G
  const std::vector<int>& unitOf;           // vertex -> unit index, -1 without a unit
  const std::vector<double>& betweenness;   // normalised, G
  const std::vector<Brokerage>& brokerage;  // Gould-Fernandez on D, units as groups
  const std::vector<signed char>& survey;   // 2 = answered in the wave
};

// The roles of every vertex, each a list of ids in kRoleIds order. A person without contacts in G has at most
// "peripheral". O(n log n + m).
std::vector<std::vector<std::string>> assign_roles(const RoleInput& in, const RoleThresholds& t);

// Cross-unit brokerage: the two-paths i -> v -> j with i and j in different units (representative + gatekeeper +
// liaison; a person without a unit is a group of their own, as in brokerage()).
inline int cross_unit(const Brokerage& b) { return b.representative + b.gatekeeper + b.liaison; }

// Collaborative overload: the share of all arcs of D received by the ceil(5 % of n) people with the highest
// in-degree. `people` is that number; `share` none without arcs. O(n log n).
inline constexpr double kOverloadTopShare = 0.05;
struct Overload {
  int people = 0;
  std::optional<double> share;
};
Overload collaborative_overload(const std::vector<int>& inDegree);

// The people the overload share counts, with everyone tied with the last of them: all with an in-degree of at least
// the ceil(5 % of n)-th largest, above 0, in vertex order. O(n log n).
std::vector<Vertex> overload_people(const std::vector<int>& inDegree);

// ceil(share · n), forgiving the rounding error of share · n (0.1 · 30 is 3.0000000000000004 in doubles).
int top_count(double share, std::size_t n);

}  // namespace bosam::sna
