// Brokerage, E-I index and the unit matrix on hand-worked tiny graphs (NetworkX has neither measure).
#include <doctest/doctest.h>

#include "sna/groups.hpp"

using namespace bosam::sna;

namespace {
// Groups: A = {0, 1, 5}, B = {2, 3}, C = {4}.
// Arcs: 0->1, 1->5, 0->2, 2->5, 1->3, 4->3, 3->2, 2->4.
const std::vector<int> kGroups = {0, 0, 1, 1, 2, 0};
Graph arcs(bool directed) {
  return make_graph(6, {{0, 1, 1}, {1, 5, 1}, {0, 2, 1}, {2, 5, 1}, {1, 3, 1}, {4, 3, 1}, {3, 2, 1}, {2, 4, 1}},
                    directed);
}
}  // namespace

TEST_CASE("brokerage: Gould-Fernandez roles counted by hand") {
  const auto b = brokerage(arcs(true), kGroups);
  // v=1: (0,5) A-A-A coordinator; (0,3) A-A-B representative.
  CHECK(b[1].coordinator == 1);
  CHECK(b[1].representative == 1);
  CHECK(b[1].total() == 2);
  // v=2: (0,5) A-B-A itinerant; (0,4) A-B-C liaison; (3,5) B-B-A and (3,4) B-B-C representative.
  CHECK(b[2].itinerant == 1);
  CHECK(b[2].liaison == 1);
  CHECK(b[2].representative == 2);
  CHECK(b[2].total() == 4);
  // v=3: (1,2) A-B-B and (4,2) C-B-B gatekeeper.
  CHECK(b[3].gatekeeper == 2);
  CHECK(b[3].total() == 2);
  // v=4: (2,3) B-C-B itinerant (3->2 exists, but 2->3 does not, so 4 still brokers 2 to 3).
  CHECK(b[4].itinerant == 1);
  CHECK(b[4].total() == 1);
  CHECK(b[0].total() == 0);  // no one reports to 0
  CHECK(b[5].total() == 0);  // 5 reports to no one
}

TEST_CASE("brokerage: no brokerage where the two can reach each other directly") {
  const auto closed = brokerage(make_graph(3, {{0, 1, 1}, {1, 2, 1}, {0, 2, 1}}, true), {0, 0, 0});
  CHECK(closed[1].total() == 0);
  const auto open = brokerage(make_graph(3, {{0, 1, 1}, {1, 2, 1}}, true), {0, 0, 0});
  CHECK(open[1].coordinator == 1);
}

TEST_CASE("E-I index and unit matrix counted by hand") {
  const GroupSummary s = group_summary(arcs(false), kGroups, 3);
  // 8 edges: internal 0-1, 1-5 (A), 2-3 (B); external 0-2, 2-5, 1-3, 3-4, 2-4. EI = (5 - 3) / 8.
  REQUIRE(s.eiIndex.has_value());
  CHECK(*s.eiIndex == doctest::Approx(0.25));
  CHECK(s.groups[0].members == 3);
  CHECK(s.groups[0].internal == 2);
  CHECK(s.groups[0].external == 3);
  CHECK(*s.groups[0].eiIndex == doctest::Approx(0.2));
  CHECK(*s.groups[0].internalDensity == doctest::Approx(2.0 / 3.0));
  CHECK(s.groups[1].internal == 1);
  CHECK(s.groups[1].external == 5);
  CHECK(*s.groups[1].eiIndex == doctest::Approx(4.0 / 6.0));
  CHECK(*s.groups[1].internalDensity == doctest::Approx(1.0));
  CHECK(*s.groups[2].eiIndex == doctest::Approx(1.0));
  CHECK_FALSE(s.groups[2].internalDensity.has_value());  // one member
  CHECK(s.matrix[0][1] == 3);
  CHECK(s.matrix[1][0] == 3);
  CHECK(s.matrix[1][2] == 2);
  CHECK(s.matrix[0][2] == 0);
  CHECK(s.matrix[0][0] == 2);
}

TEST_CASE("E-I index: a unit with no ties at all has none; a network without edges has none") {
  const GroupSummary s = group_summary(make_graph(3, {}, false), {0, 0, 1}, 2);
  CHECK_FALSE(s.eiIndex.has_value());
  CHECK_FALSE(s.groups[0].eiIndex.has_value());
  CHECK(*s.groups[0].internalDensity == doctest::Approx(0.0));
}
