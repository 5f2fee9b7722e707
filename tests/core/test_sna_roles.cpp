// Places in the network and collaborative overload (sna/roles.hpp), on small graphs worked by hand: each role at
// its thresholds and just past them, everyone tied at a cut-off, and the rule that a person without contacts has
// no role but "peripheral". The betweenness and brokerage a role reads are given here, not computed, so these
// tests hold the role rules alone; tests/core/test_roles_reference.cpp holds the whole chain to NetworkX.
#include <doctest/doctest.h>

#include <algorithm>

#include "sna/roles.hpp"

using namespace bosam::sna;

namespace {

bool has(const std::vector<std::string>& roles, const std::string& id) {
  return std::find(roles.begin(), roles.end(), id) != roles.end();
}

// The vertices that have role `id`.
std::vector<int> with_role(const std::vector<std::vector<std::string>>& roles, const std::string& id) {
  std::vector<int> out;
  for (std::size_t v = 0; v < roles.size(); ++v)
    if (has(roles[v], id)) out.push_back(static_cast<int>(v));
  return out;
}

struct Case {
  Graph g;
  std::vector<int> unitOf;
  std::vector<double> betweenness;
  std::vector<Brokerage> brokerage;
  std::vector<signed char> survey;
  explicit Case(Graph graph) : g(std::move(graph)) {
    unitOf.assign(g.n, -1);
    betweenness.assign(g.n, 0.0);
    brokerage.assign(g.n, {});
    survey.assign(g.n, 0);  // not asked: no one is peripheral unless a test says they answered
  }
  std::vector<std::vector<std::string>> roles(const RoleThresholds& t = {}) const {
    return assign_roles({g, unitOf, betweenness, brokerage, survey}, t);
  }
};

Graph undirected(Vertex n, const std::vector<std::pair<Vertex, Vertex>>& edges) {
  std::vector<WeightedEdge> list;
  for (auto [u, v] : edges) list.push_back({u, v, 1.0});
  return make_graph(n, list, false);
}

}  // namespace

TEST_CASE("top_count: ceil(share · n), without the rounding error of 0.1 · 30") {
  CHECK(top_count(0.1, 30) == 3);  // 0.1 · 30 is 3.0000000000000004 in doubles: ceil would give 4
  CHECK(top_count(0.1, 20) == 2);
  CHECK(top_count(0.1, 21) == 3);
  CHECK(top_count(0.05, 20) == 1);
  CHECK(top_count(0.05, 21) == 2);
  CHECK(top_count(0.05, 40) == 2);
  CHECK(top_count(0.0, 40) == 0);
  CHECK(top_count(1.0, 7) == 7);
  CHECK(top_count(0.1, 0) == 0);
}

TEST_CASE("central-connector: the top 10 % by contacts in G, everyone tied at the cut-off included, at least 3") {
  // 20 people, so the top 10 % is 2. Degrees: 0 has 5, 1 and 2 have 4 each (tied at the cut-off: only one person
  // has more), 3 has 3, the rest 1.
  Case c(undirected(20, {{0, 4},
                         {0, 5},
                         {0, 6},
                         {0, 7},
                         {0, 8},
                         {1, 9},
                         {1, 10},
                         {1, 11},
                         {1, 12},
                         {2, 13},
                         {2, 14},
                         {2, 15},
                         {2, 16},
                         {3, 17},
                         {3, 18},
                         {3, 19}}));
  CHECK(with_role(c.roles(), "central-connector") == std::vector<int>{0, 1, 2});  // three: the tie is kept whole

  RoleThresholds t;
  t.connectorMinTies = 4;  // exactly at 4: still in
  CHECK(with_role(c.roles(t), "central-connector") == std::vector<int>{0, 1, 2});
  t.connectorMinTies = 5;
  CHECK(with_role(c.roles(t), "central-connector") == std::vector<int>{0});
  t = {};
  t.connectorTopShare = 0.05;  // the top 1: only 0
  CHECK(with_role(c.roles(t), "central-connector") == std::vector<int>{0});
  t.connectorTopShare = 0.2;  // the top 4: 3 (with 3 contacts) is the fourth, exactly at the minimum of 3
  CHECK(with_role(c.roles(t), "central-connector") == std::vector<int>{0, 1, 2, 3});
  t.connectorMinTies = 4;
  CHECK(with_role(c.roles(t), "central-connector") == std::vector<int>{0, 1, 2});
}

TEST_CASE("boundary-spanner: contacts in at least two other units, and more outside one's unit than inside") {
  // Units: 0 = {0, 1, 2, 4, 5, 6, 11}, 1 = {7, 8, 12}, 2 = {9}; 3 and 10 have no unit.
  Case c(undirected(13, {{0, 5},  {0, 6},  {0, 7},  {0, 8},  {0, 9},  // 0: 2 inside, 3 outside in units 1 and 2: yes
                         {1, 5},  {1, 6},  {1, 7},  {1, 9},           // 1: 2 inside, 2 outside: not more outside
                         {2, 7},  {2, 8},  {2, 12},                   // 2: 3 outside, all in unit 1: one unit only
                         {3, 7},  {3, 9},                             // 3: no unit of their own: never
                         {4, 5},  {4, 6},  {4, 7},  {4, 10}, {4, 9},  // 4: a contact without a unit counts outside
                         {11, 5}, {11, 7}, {11, 10}}));               // 11: 2 outside > 1 inside, but one unit
  c.unitOf = {0, 0, 0, -1, 0, 0, 0, 1, 1, 2, -1, 0, 1};
  CHECK(with_role(c.roles(), "boundary-spanner") == std::vector<int>{0, 4});

  RoleThresholds t;
  t.spannerMinUnits = 1;  // then everyone with more contacts outside than inside, in any other unit
  CHECK(with_role(c.roles(t), "boundary-spanner") == std::vector<int>{0, 2, 4, 7, 8, 9, 11, 12});
  t.spannerMinUnits = 3;
  CHECK(with_role(c.roles(t), "boundary-spanner").empty());
}

TEST_CASE("information-broker: betweenness in the top 10 % and above 0, and brokerage across units") {
  Case c(undirected(10, {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {6, 7}, {7, 8}, {8, 9}}));
  c.betweenness = {0.5, 0.5 - 1e-12, 0.3, 0, 0, 0, 0, 0, 0, 0};  // 1 ties with 0 within round-off
  c.brokerage[0].liaison = 1;
  c.brokerage[1].itinerant = 3;  // brokerage, but within one other unit: not across units
  c.brokerage[1].coordinator = 2;
  c.brokerage[2].gatekeeper = 2;
  c.brokerage[3].representative = 5;  // across units, but on no shortest path (betweenness 0)
  CHECK(with_role(c.roles(), "information-broker") == std::vector<int>{0});

  RoleThresholds t;
  t.brokerTopShare = 0.3;  // the top 3: 2 comes in
  CHECK(with_role(c.roles(t), "information-broker") == std::vector<int>{0, 2});
  t.brokerMinCrossUnit = 2;  // exactly 2 for 2: in; 0 has 1
  CHECK(with_role(c.roles(t), "information-broker") == std::vector<int>{2});
  t = {};
  t.brokerTopShare = 1.0;  // everyone is in the top, but betweenness 0 is never a broker
  CHECK(with_role(c.roles(t), "information-broker") == std::vector<int>{0, 2});
}

TEST_CASE("peripheral: answered and at most one contact; not answering is not being on the periphery") {
  Case c(undirected(6, {{0, 1}, {1, 2}, {3, 1}}));
  c.survey = {2, 2, 2, 1, 2, 0};  // 3 asked and not answered; 5 not asked
  const auto roles = c.roles();
  CHECK(with_role(roles, "peripheral") == std::vector<int>{0, 2, 4});  // 4 answered with no contacts at all
  CHECK(roles[3].empty());
  CHECK(roles[5].empty());
  RoleThresholds t;
  t.peripheralMaxTies = 0;
  CHECK(with_role(c.roles(t), "peripheral") == std::vector<int>{4});
  t.peripheralMaxTies = 3;  // 1 has exactly 3
  CHECK(with_role(c.roles(t), "peripheral") == std::vector<int>{0, 1, 2, 4});
}

TEST_CASE("no contacts, no role but peripheral: even with every threshold at its most generous") {
  Case c(undirected(3, {{0, 1}}));
  c.unitOf = {0, 1, 2};
  c.survey = {2, 2, 2};
  c.brokerage[2].liaison = 4;  // impossible data, to show that it is not read for an isolate
  c.betweenness[2] = 0.9;
  RoleThresholds t{1.0, 0, 0, 1.0, 0, 0};
  const auto roles = c.roles(t);
  CHECK(roles[2] == std::vector<std::string>{"peripheral"});
  CHECK(roles[0] == std::vector<std::string>{"central-connector", "boundary-spanner"});  // the order of kRoleIds
  c.survey[2] = 1;  // asked, not answered: no role at all
  CHECK(c.roles(t)[2].empty());
}

TEST_CASE("collaborative overload: the share of all arcs the top 5 % by in-degree receive") {
  // 40 people: the top 5 % is 2. In-degrees 10, 8, 8, 0 and 36 times 1: 62 arcs, the top two receive 18.
  std::vector<int> in(40, 1);
  in[0] = 10, in[1] = 8, in[2] = 8, in[3] = 0;
  const Overload o = collaborative_overload(in);
  CHECK(o.people == 2);
  REQUIRE(o.share);
  CHECK(*o.share == doctest::Approx(18.0 / 62.0));
  CHECK(overload_people(in) == std::vector<Vertex>{0, 1, 2});  // 1 and 2 tie for second place: both named

  CHECK(collaborative_overload(std::vector<int>(20, 3)).people == 1);  // 20 people: 5 % is one person
  CHECK(*collaborative_overload(std::vector<int>(20, 3)).share == doctest::Approx(0.05));
  CHECK(collaborative_overload(std::vector<int>(21, 3)).people == 2);
  CHECK(!collaborative_overload(std::vector<int>(30, 0)).share);  // no arcs: none
  CHECK(overload_people(std::vector<int>(30, 0)).empty());
  CHECK(!collaborative_overload({}).share);
}
