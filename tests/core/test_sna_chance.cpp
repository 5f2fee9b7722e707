// The tests against chance on networks small enough to work out by hand: the QAP correlation and its exact p,
// a unit's E-I index against every relabelling, the comparison's kept, lost and new ties; and the options.
// A p estimated from P permutations is compared with the exact one within 3 standard errors of a binomial
// share, 3·sqrt(p(1-p)/P). The generator is seeded, so each check gives the same answer every run.
#include <doctest/doctest.h>

#include <cmath>

#include "api/api.hpp"
#include "base/json.hpp"
#include "sna/chance.hpp"

using namespace bosam;
using sna::Vertex;

namespace {

double within(double exact, int permutations) { return 3.0 * std::sqrt(exact * (1.0 - exact) / permutations); }

sna::Graph graph(Vertex n, std::initializer_list<std::pair<Vertex, Vertex>> edges) {
  std::vector<sna::WeightedEdge> list;
  for (auto [u, v] : edges) list.push_back({u, v, 1.0});
  return sna::make_graph(n, list, false);
}

// Four people a, b, c, d (0-3) in units {a, b} and {c, d}; a and b share function 0, c and d function 1.
json four_people(std::initializer_list<std::pair<const char*, const char*>> ties) {
  json p = {{"format", "bosam-project"}, {"schemaVersion", 1}, {"id", "p-four"}, {"municipality", {{"name", "T"}}}};
  p["units"] = json::array({{{"id", "u-1"}, {"name", "En"}}, {{"id", "u-2"}, {"name", "To"}}});
  p["actors"] = json::array();
  for (const char* a : {"a", "b", "c", "d"})
    p["actors"].push_back({{"id", a}, {"name", a}, {"unitId", std::string(a) < "c" ? "u-1" : "u-2"}});
  p["functions"] = json::array({{{"id", "f-0"}, {"name", "F0"}}, {{"id", "f-1"}, {"name", "F1"}}});
  p["assignments"] = json::array();
  for (auto [a, f] :
       std::vector<std::pair<const char*, const char*>>{{"a", "f-0"}, {"b", "f-0"}, {"c", "f-1"}, {"d", "f-1"}})
    p["assignments"].push_back({{"unitId", std::string(a) < "c" ? "u-1" : "u-2"},
                                {"actorId", a},
                                {"functionId", f},
                                {"role", "performs"},
                                {"targetGroupIds", json::array()}});
  p["waves"] = json::array({{{"id", "w"}, {"label", "Runde"}, {"date", "2026-01-01"}}});
  p["respondents"] = json::array();
  p["ties"] = json::array();
  for (auto [u, v] : ties) p["ties"].push_back({{"from", u}, {"to", v}, {"waveId", "w"}, {"frequency", 2}});
  return p;
}

json analyze(const json& project, const json& options = json::object()) {
  const json env = json::parse(api::analyze(project.dump(), options.dump()));
  REQUIRE(env["ok"] == true);
  return env["result"];
}

}  // namespace

TEST_CASE("QAP by hand: four people, the pairs who share work are the pairs who talk") {
  // Pairs ab, ac, ad, bc, bd, cd: x = 1 0 0 0 0 1 (shared functions), y = 1 0 0 0 0 1 (ties ab and cd), so
  // r = 1. A permutation of four people sends the two ties {ab, cd} to one of the three ways to pair four people,
  // each from 8 of the 24 permutations; only {ab, cd} itself reaches sum(x·y) = 2, so p = 8/24 = 1/3.
  const json q = analyze(four_people({{"a", "b"}, {"c", "d"}}))["network"]["qap"]["sharedWork"];
  INFO(q.dump());
  CHECK(q["correlation"].get<double>() == doctest::Approx(1.0).epsilon(1e-12));
  CHECK(q["permutations"] == 2000);
  CHECK(std::fabs(q["p"].get<double>() - 1.0 / 3.0) <= within(1.0 / 3.0, 2000));
  CHECK(q["moreThanChance"] == false);  // 1/3 is far above the 5 % level
}

TEST_CASE("QAP by hand: the correlation over ordered pairs, and a p of exactly 0 when nothing can reach it") {
  // Ties ab, ac: y = 1 1 0 0 0 0, x = 1 0 0 0 0 1. N = 6 pairs, sum x = 2, sum x² = 2, sum y = 2, sum xy = 1:
  // r = (6·1 - 2·2) / sqrt((6·2 - 4)(6·2 - 4)) = 2/8 = 0.25. A permutation sends the path b-a-c to another path
  // of two edges; both of its edges can be shared pairs only if they are ab and cd, which do not touch: so
  // sum(x·y) is at most 1, and it is 1 for the paths that use ab or cd (8 of the 12 paths of two edges, each
  // from 2 permutations): p = 16/24 = 2/3.
  const json q = analyze(four_people({{"a", "b"}, {"a", "c"}}))["network"]["qap"]["sharedWork"];
  INFO(q.dump());
  CHECK(q["correlation"].get<double>() == doctest::Approx(0.25).epsilon(1e-12));
  CHECK(std::fabs(q["p"].get<double>() - 2.0 / 3.0) <= within(2.0 / 3.0, 2000));
}

TEST_CASE("QAP: null when x or y has no variance, and when there is no one to pair") {
  // No ties: y constant.
  CHECK(analyze(four_people({}))["network"]["qap"]["sharedWork"].is_null());
  // Every pair tied: y constant.
  CHECK(analyze(four_people(
      {{"a", "b"}, {"a", "c"}, {"a", "d"}, {"b", "c"}, {"b", "d"}, {"c", "d"}}))["network"]["qap"]["sharedWork"]
            .is_null());
  // No one assigned to anything: x constant.
  json p = four_people({{"a", "b"}});
  p["assignments"] = json::array();
  CHECK(analyze(p)["network"]["qap"]["sharedWork"].is_null());
  // The kernel: one vertex has no pairs.
  CHECK_FALSE(sna::qap_shared_items(graph(1, {}), {{0}}, 100, 1).has_value());
}

TEST_CASE("QAP kernel: shared items counted with multiplicity, as the bit rows and as merged lists") {
  // Three people: 0 and 1 share items 0 and 1 (x = 2), 0 and 2 share item 0 (x = 1), 1 and 2 share item 0
  // (x = 1). Ties 0-1 only: y = 1 0 0 over (01, 02, 12). x = 2 1 1: mean 4/3, y mean 1/3;
  // cov = sum xy/3 - 4/9 = 2/3 - 4/9 = 2/9; var x = 6/3 - 16/9 = 2/9; var y = 1/3 - 1/9 = 2/9: r = 1.
  const std::vector<std::vector<std::int32_t>> few = {{0, 1}, {0, 1}, {0}};
  const auto q = sna::qap_shared_items(graph(3, {{0, 1}}), few, 600, 7);
  REQUIRE(q.has_value());
  CHECK(q->correlation == doctest::Approx(1.0).epsilon(1e-12));
  // Only the permutations that keep the pair {0, 1} together reach sum xy = 2: 2 of the 6 (p = 1/3).
  REQUIRE(q->p.has_value());
  CHECK(std::fabs(*q->p - 1.0 / 3.0) <= within(1.0 / 3.0, 600));
  // The same sets as item numbers above 512, where the lists are merged instead of read as bit rows.
  const std::vector<std::vector<std::int32_t>> many = {{3, 700}, {3, 700}, {3}};
  const auto m = sna::qap_shared_items(graph(3, {{0, 1}}), many, 600, 7);
  REQUIRE(m.has_value());
  CHECK(m->correlation == doctest::Approx(1.0).epsilon(1e-12));
  CHECK(std::fabs(*m->p - 1.0 / 3.0) <= within(1.0 / 3.0, 600));
}

TEST_CASE("E-I against chance by hand: every relabelling of four people into two units of two") {
  // Ties ab, cd, ac; units {a, b} and {c, d}. Unit 1's E-I: 1 internal (ab), 1 external (ac): 0. The six ways
  // to choose unit 1's two people give E-I 0 ({a,b}), 0 ({c,d}), 1/3 ({a,c}), 1 ({b,d}), 1 ({a,d}), 1 ({b,c}):
  // at most 0 in 2 of 6, p = 1/3; unit 2 is the complement, also E-I 0 and p = 1/3.
  const json units = analyze(four_people({{"a", "b"}, {"c", "d"}, {"a", "c"}}))["units"];
  for (const auto& u : units) {
    INFO(u.dump());
    CHECK(u["eiIndex"].get<double>() == doctest::Approx(0.0));
    CHECK(std::fabs(u["eiIndexP"].get<double>() - 1.0 / 3.0) <= within(1.0 / 3.0, 2000));
    CHECK(u["moreClosedThanChance"] == false);
  }
}

TEST_CASE(
    "E-I against chance: a unit without ties has no p; a relabelling that leaves a unit without ties does not count") {
  // Ties ab only. Unit 1 {a, b}: E-I -1. Unit 1 gets ab back (E-I -1) only as {a, b}; as {c, d} it has no ties
  // (does not count), as the other four it has one external tie (E-I 1): p = 1/6. Unit 2 {c, d}: no ties, no p.
  const json units = analyze(four_people({{"a", "b"}}))["units"];
  CHECK(std::fabs(units[0]["eiIndexP"].get<double>() - 1.0 / 6.0) <= within(1.0 / 6.0, 2000));
  CHECK(units[1]["eiIndexP"].is_null());
  CHECK(units[1]["moreClosedThanChance"].is_null());
}

TEST_CASE("tests against chance: the permutations option, seeded and deterministic") {
  const json p = four_people({{"a", "b"}, {"c", "d"}, {"a", "c"}});
  const json a = analyze(p), b = analyze(p);
  CHECK(a["network"]["qap"] == b["network"]["qap"]);
  CHECK(a["units"] == b["units"]);
  CHECK(a["options"]["permutations"] == 2000);

  const json few = analyze(p, {{"permutations", 10}});
  CHECK(few["options"]["permutations"] == 10);
  CHECK(few["network"]["qap"]["sharedWork"]["permutations"] == 10);
  const double p10 = few["network"]["qap"]["sharedWork"]["p"].get<double>();
  CHECK(std::fabs(p10 * 10 - std::round(p10 * 10)) < 1e-12);  // a share of 10 draws

  // 0: no tests. The correlation stays; p, the verdicts and the units' p values are null.
  const json none = analyze(p, {{"permutations", 0}});
  const json q = none["network"]["qap"]["sharedWork"];
  CHECK(q["correlation"] == a["network"]["qap"]["sharedWork"]["correlation"]);
  CHECK(q["p"].is_null());
  CHECK(q["permutations"] == 0);
  CHECK(q["moreThanChance"].is_null());
  for (const auto& u : none["units"]) CHECK(u["eiIndexP"].is_null());

  // Another seed draws other permutations: the p values are again within the error of the exact 1/3.
  const json other = analyze(p, {{"seed", 7}});
  for (const auto& u : other["units"])
    CHECK(std::fabs(u["eiIndexP"].get<double>() - 1.0 / 3.0) <= within(1.0 / 3.0, 2000));
}

TEST_CASE("tests against chance: above exactLimit people at most 500 permutations, and the output says how many") {
  // Four people above an exactLimit of 3: the cap applies (the default limit is 4,000 people).
  const json p = four_people({{"a", "b"}, {"c", "d"}, {"a", "c"}});
  const json big = analyze(p, {{"exactLimit", 3}});
  CHECK(big["options"]["permutations"] == 2000);        // as asked
  CHECK(big["network"]["qap"]["permutations"] == 500);  // as drawn
  CHECK(big["network"]["qap"]["sharedWork"]["permutations"] == 500);
  for (const auto& u : big["units"])
    CHECK(std::fabs(u["eiIndexP"].get<double>() - 1.0 / 3.0) <= within(1.0 / 3.0, 500));
  // Fewer asked than the cap: as asked.
  CHECK(analyze(p, {{"exactLimit", 3}, {"permutations", 100}})["network"]["qap"]["permutations"] == 100);
  CHECK(analyze(p)["network"]["qap"]["permutations"] == 2000);
}

TEST_CASE("tests against chance: a bad permutations option is refused with its path") {
  for (const json& bad : {json(-1), json(100001), json(2.5), json("2000"), json(true)}) {
    const json env = json::parse(api::analyze(four_people({{"a", "b"}}).dump(), json{{"permutations", bad}}.dump()));
    INFO(bad.dump());
    CHECK(env["ok"] == false);
    CHECK(env["errors"][0]["path"] == "options.permutations");
  }
}

TEST_CASE("compare by hand: the people in both rounds, kept, lost and new ties, and QAP between the rounds") {
  // Round 1: a-b, b-c, c-d (everyone but e asked). Round 2: a-b, a-c, d-e (e asked now). e is not in round 1
  // (neither asked nor named), so the comparison's people are a, b, c, d: kept a-b, lost b-c and c-d, new a-c
  // (d-e has e, who is not among them). Shares of the 4: 1/4, 2/4, 1/4.
  json p = four_people({});
  p["actors"].push_back({{"id", "e"}, {"name", "e"}, {"unitId", "u-2"}});
  p["waves"] = json::array(
      {{{"id", "w1"}, {"label", "1"}, {"date", "2025-01-01"}}, {{"id", "w2"}, {"label", "2"}, {"date", "2026-01-01"}}});
  for (const char* a : {"a", "b", "c", "d"})
    p["respondents"].push_back({{"actorId", a}, {"waveId", "w1"}, {"responded", true}});
  for (const char* a : {"a", "b", "c", "d", "e"})
    p["respondents"].push_back({{"actorId", a}, {"waveId", "w2"}, {"responded", true}});
  for (auto [u, v, w] : std::vector<std::tuple<const char*, const char*, const char*>>{
           {"a", "b", "w1"}, {"b", "c", "w1"}, {"c", "d", "w1"}, {"a", "b", "w2"}, {"a", "c", "w2"}, {"d", "e", "w2"}})
    p["ties"].push_back({{"from", u}, {"to", v}, {"waveId", w}, {"frequency", 2}});
  const json env = json::parse(api::compare(p.dump(), json{{"from", "w1"}, {"to", "w2"}}.dump()));
  REQUIRE(env["ok"] == true);
  const json s = env["result"]["stability"];
  INFO(s.dump());
  CHECK(s["people"] == 4);
  CHECK(s["kept"] == 1);
  CHECK(s["lost"] == 2);
  CHECK(s["new"] == 1);
  CHECK(s["keptShare"].get<double>() == doctest::Approx(0.25));
  CHECK(s["lostShare"].get<double>() == doctest::Approx(0.5));
  CHECK(s["newShare"].get<double>() == doctest::Approx(0.25));
  // Over the 6 pairs of a, b, c, d: x (round 1) = ab bc cd, y (round 2) = ab ac; sum x = 3, sum y = 2, sum xy = 1:
  // r = (6·1 - 3·2) / sqrt((18 - 9)(12 - 4)) = 0.
  CHECK(s["qap"]["correlation"].get<double>() == doctest::Approx(0.0).epsilon(1e-12));
  // p: y is the two-edge path c-a-b; a permutation puts its middle on one of x's people and its ends on two
  // others, and sum xy is how many of the two pairs are ties of x's path a-b-c-d. It is 0 only when both ends are
  // people the middle has no tie with: middle a with ends c, d (2 orders) or middle d with ends a, b (2 orders);
  // b and c have one such person only. 4 of 24 permutations give 0, the other 20 at least the observed 1: p = 5/6.
  CHECK(std::fabs(s["qap"]["p"].get<double>() - 5.0 / 6.0) <= within(5.0 / 6.0, 2000));
}
