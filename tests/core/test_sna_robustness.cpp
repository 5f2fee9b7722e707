// Robustness to missing answers, worked by hand: which arcs reconstruction fills in (with and without
// `reciprocated`, with minFrequency), Spearman's rank correlation with tied values, the comparison's counts and
// order, and numbers.robust on the findings re-run on the reconstructed network.
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <set>

#include "api/api.hpp"
#include "check_helpers.hpp"
#include "model/project.hpp"
#include "sna/network.hpp"
#include "sna/robustness.hpp"

using namespace bosam;

namespace {

// base_project's nine people (a1 a2 a3 b1 b2 b3 c1 c2 x1) with a3 and b3 asked and not answered, and the reports:
//   a1 -> a3 (3), b1 -> a3 (1)          filled in: a3 -> a1 (3), a3 -> b1 (1)
//   a1 <-> a2 (2)                      both answered: nothing to fill in
//   a2 -> b3 (4)                       filled in: b3 -> a2 (4)
//   b2 <-> b3 (2)                      b3 reported it anyway: nothing to fill in
//   x1 -> b3 (2)                       x1 was not asked: not an answer to mirror
//   c1 -> c2 (2)                       c2 answered: its silence is its answer
json two_missing() {
  json p = test::base_project();
  for (auto& r : p["respondents"])
    if (r["actorId"] == "a3" || r["actorId"] == "b3") r["responded"] = false;
  test::add_tie(p, "a1", "a3", 3, false);
  test::add_tie(p, "b1", "a3", 1, false);
  test::add_tie(p, "a1", "a2", 2);
  test::add_tie(p, "a2", "b3", 4, false);
  test::add_tie(p, "b2", "b3", 2);
  test::add_tie(p, "x1", "b3", 2, false);
  test::add_tie(p, "c1", "c2", 2, false);
  return p;
}

// The arcs of D as "from>to:frequency", sorted.
std::set<std::string> arcs(const sna::Network& net) {
  std::set<std::string> out;
  const sna::Graph& d = net.directed;
  for (sna::Vertex u = 0; u < d.n; ++u)
    for (auto e = d.offsets[u]; e < d.offsets[u + 1]; ++e)
      out.insert(net.actorIds[u] + ">" + net.actorIds[d.targets[e]] + ":" +
                 std::to_string(static_cast<int>(d.weights[e])));
  return out;
}

sna::Network built(const json& p, bool reconstruct, bool reciprocated = false, int minFrequency = 1) {
  sna::AnalysisOptions o;
  o.reconstruct = reconstruct;
  o.reciprocated = reciprocated;
  o.minFrequency = minFrequency;
  return sna::build_network(model::from_json(p), o);
}

json analysis(const json& p, json options = json::object()) {
  const json env = json::parse(api::analyze(p.dump(), options.dump()));
  REQUIRE(env["ok"] == true);
  return env["result"];
}

const json& entry(const json& list, const std::string& measure) {
  for (const auto& e : list)
    if (e["measure"] == measure) return e;
  FAIL("no entry for ", measure);
  static const json none;
  return none;
}

}  // namespace

TEST_CASE("reconstruction fills in a non-respondent's reports from those who answered about them") {
  const json p = two_missing();
  const std::set<std::string> observed = {"a1>a2:2", "a1>a3:3", "a2>a1:2", "a2>b3:4", "b1>a3:1",
                                          "b2>b3:2", "b3>b2:2", "c1>c2:2", "x1>b3:2"};
  CHECK(arcs(built(p, false)) == observed);
  CHECK(built(p, false).reconstructedTies == 0);

  const sna::Network r = built(p, true);
  std::set<std::string> filled = observed;
  filled.insert({"a3>a1:3", "a3>b1:1", "b3>a2:4"});
  CHECK(arcs(r) == filled);
  CHECK(r.reconstructedTies == 3);
  // G counts a tie either side reported, at the larger report: reconstruction leaves it as it was.
  CHECK(r.undirected.targets == built(p, false).undirected.targets);
  CHECK(r.undirected.weights == built(p, false).undirected.weights);
}

TEST_CASE("reconstruction before minFrequency: a filled-in arc is as rare as the report it mirrors") {
  const json p = two_missing();
  const sna::Network r = built(p, true, false, 2);
  CHECK(arcs(r) == std::set<std::string>{"a1>a2:2", "a1>a3:3", "a2>a1:2", "a2>b3:4", "b2>b3:2", "b3>b2:2", "c1>c2:2",
                                         "x1>b3:2", "a3>a1:3", "b3>a2:4"});
  CHECK(r.reconstructedTies == 2);  // a3 -> b1 (1) was filled in and set aside with b1 -> a3
}

TEST_CASE("reconstruction with reciprocated: a report about a non-respondent becomes a kept tie") {
  const json p = two_missing();
  CHECK(arcs(built(p, false, true)) == std::set<std::string>{"a1>a2:2", "a2>a1:2", "b2>b3:2", "b3>b2:2"});
  const sna::Network r = built(p, true, true);
  CHECK(arcs(r) == std::set<std::string>{"a1>a2:2", "a2>a1:2", "b2>b3:2", "b3>b2:2", "a1>a3:3", "a3>a1:3", "b1>a3:1",
                                         "a3>b1:1", "a2>b3:4", "b3>a2:4"});
  CHECK(r.reconstructedTies == 3);
  CHECK(r.undirected.edges() == 5);
  // And with minFrequency 2 as well: b1 - a3 at 1 stays out.
  const sna::Network r2 = built(p, true, true, 2);
  CHECK(r2.undirected.edges() == 4);
  CHECK(r2.reconstructedTies == 2);
}

TEST_CASE("spearman: average ranks for tied values, none without variance") {
  // x ranks 1..5; y = 5 6 7 8 7 ranks 1 2 3.5 5 3.5: sum of products of deviations 8, squares 10 and 9.5.
  CHECK(*sna::spearman({1, 2, 3, 4, 5}, {5, 6, 7, 8, 7}) == doctest::Approx(8.0 / std::sqrt(95.0)).epsilon(1e-12));
  CHECK(*sna::spearman({1, 2, 3}, {30, 20, 10}) == doctest::Approx(-1.0));
  CHECK(*sna::spearman({1, 1, 2, 2}, {1, 2, 1, 2}) == doctest::Approx(0.0));
  // Ranks, not values: any increasing transform correlates 1.
  CHECK(*sna::spearman({0.1, 0.5, 0.2, 9}, {1, 25, 4, 81 * 81}) == doctest::Approx(1.0));
  CHECK_FALSE(sna::spearman({1, 1, 1}, {1, 2, 3}));
  CHECK_FALSE(sna::spearman({1}, {2}));
  CHECK_FALSE(sna::spearman({}, {}));
}

TEST_CASE("robustness: the comparison counts what changed and puts the largest change first") {
  const json r = analysis(two_missing())["robustness"];
  REQUIRE(r.is_object());
  CHECK(r["method"] == "reconstruction");
  CHECK(r["nonRespondents"] == 2);
  CHECK(r["reconstructedTies"] == 3);
  // ties 9 -> 12 and density 9/72 -> 12/72 change by a third; reciprocity 4/9 -> 10/12 by 7/8: first.
  REQUIRE(r["network"].size() == 14);
  CHECK(r["network"][0]["measure"] == "reciprocity");
  CHECK(r["network"][0]["observed"].get<double>() == doctest::Approx(4.0 / 9.0));
  CHECK(r["network"][0]["reconstructed"].get<double>() == doctest::Approx(10.0 / 12.0));
  CHECK(r["network"][1]["measure"] == "ties");
  CHECK(r["network"][1]["observed"] == 9);
  CHECK(r["network"][1]["reconstructed"] == 12);
  CHECK(r["network"][2]["measure"] == "density");
  // Overload: ceil(5 % of 9) = 1 person, b3, named by a2, b2 and x1 either way: 3 of 9 arcs, then 3 of 12, a
  // change of a quarter.
  CHECK(r["network"][3]["measure"] == "overload");
  CHECK(r["network"][3]["observed"].get<double>() == doctest::Approx(1.0 / 3.0));
  CHECK(r["network"][3]["reconstructed"].get<double>() == doctest::Approx(0.25));
  CHECK(entry(r["network"], "edges")["reconstructed"] == 7);

  // outDegree: a3 0 -> 2, b3 1 -> 2. inDegree: a1, a2 and b1 each gain one.
  const json& out = entry(r["people"], "outDegree");
  CHECK(out["changed"] == 2);
  REQUIRE(out["largest"].size() == 2);
  CHECK(out["largest"][0] == json{{"id", "a3"}, {"observed", 0}, {"reconstructed", 2}});
  CHECK(out["largest"][1]["id"] == "b3");
  const json& in = entry(r["people"], "inDegree");
  CHECK(in["changed"] == 3);
  CHECK(in["largest"][0]["id"] == "a1");  // equal changes in project order
  CHECK(in["largest"][1]["id"] == "a2");
  CHECK(in["largest"][2]["id"] == "b1");
  // G's measures do not move; they come last, still correlated 1.
  const json& degree = entry(r["people"], "degree");
  CHECK(degree["changed"] == 0);
  CHECK(degree["rankCorrelation"].get<double>() == doctest::Approx(1.0));
  CHECK(degree["largest"].empty());
  bool unchangedSeen = false;
  for (const auto& e : r["people"]) {
    if (e["changed"] == 0) unchangedSeen = true;
    CHECK_MESSAGE((!unchangedSeen || e["changed"] == 0), "a measure that changed after one that did not");
  }
}

TEST_CASE("robustness is null when everyone asked answered, or when not asked for") {
  json p = two_missing();
  CHECK(analysis(p, {{"robustness", false}})["robustness"].is_null());
  for (auto& r : p["respondents"]) r["responded"] = true;
  CHECK(analysis(p)["robustness"].is_null());
}

TEST_CASE("numbers.robust: a bottleneck and an isolate that reconstruction with reciprocated takes away") {
  // Reciprocated ties b2 - b1 - a1 - c1 - c2 (a1 cuts two people from two); b3 has not answered, and b2 and c2
  // both reported b3. Reconstructed, b3 closes the ring b1 - a1 - c1 - c2 - b3 - b2: no one is cut off, and a1
  // carries 2 of the 28 pairs' paths (0.07), below the 0.2 of a bottleneck.
  json p = test::base_project();
  for (auto& r : p["respondents"])
    if (r["actorId"] == "b3") r["responded"] = false;
  for (auto [u, v] :
       std::vector<std::pair<const char*, const char*>>{{"b2", "b1"}, {"b1", "a1"}, {"a1", "c1"}, {"c1", "c2"}})
    test::add_tie(p, u, v);
  test::add_tie(p, "b2", "b3", 2, false);
  test::add_tie(p, "c2", "b3", 2, false);

  const json options = {{"reciprocated", true}, {"lang", "en"}};
  const json result = analysis(p, options);
  std::map<std::string, json> byId;
  for (const auto& f : result["findings"]) byId[f["id"].get<std::string>()] = f;
  REQUIRE(byId.count("bottleneck:a1"));
  CHECK(byId["bottleneck:a1"]["numbers"]["robust"] == false);
  CHECK(byId["bottleneck:a1"]["explanation"].get<std::string>().find("does not hold") != std::string::npos);
  REQUIRE(byId.count("isolate:b3"));
  CHECK(byId["isolate:b3"]["numbers"]["robust"] == false);
  // a2 and a3 have no tie either way; x1 was never asked: those findings hold.
  for (const char* id : {"isolate:a2", "isolate:a3", "isolate:x1"}) {
    REQUIRE(byId.count(id));
    CHECK(byId[id]["numbers"]["robust"] == true);
    CHECK(byId[id]["explanation"].get<std::string>().find("does not hold") == std::string::npos);
  }
  // Rules not re-run carry no numbers.robust.
  for (const auto& f : result["findings"])
    if (f["rule"] != "isolate" && f["rule"] != "bottleneck") CHECK_FALSE(f["numbers"].contains("robust"));

  // Without reciprocated G already holds b3's ties: nothing changes and the same finding is not there at all.
  const json plain = analysis(p, {{"lang", "en"}});
  for (const auto& f : plain["findings"]) {
    CHECK(f["id"] != "bottleneck:a1");
    if (f["rule"] == "isolate") CHECK(f["numbers"]["robust"] == true);
  }
}

TEST_CASE("numbers.robust is true when everyone asked answered") {
  json p = test::base_project();
  test::add_tie(p, "a1", "a2");
  const json found = test::findings(p, "isolate");
  REQUIRE(!found.empty());
  for (const auto& f : found) CHECK(f["numbers"]["robust"] == true);
}

TEST_CASE("finding.robust.not is written in every language") {
  json p = two_missing();
  for (const char* lang : {"nb", "nn", "en"}) {
    const json found = analysis(p, {{"reciprocated", true}, {"lang", lang}})["findings"];
    bool seen = false;
    for (const auto& f : found)
      if (f["id"] == "isolate:a3") {
        seen = true;
        CHECK(f["numbers"]["robust"] == false);
        CHECK(f["explanation"].get<std::string>().find("finding.robust") == std::string::npos);
      }
    CHECK(seen);
  }
}
