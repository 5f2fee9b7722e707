// The collaborative-overload finding at its thresholds, the places in the network in the analysis document and in
// the exports, and their thresholds read from the project's settings (one reader) and checked by validation.
#include <doctest/doctest.h>

#include "api/api.hpp"
#include "check_helpers.hpp"
#include "text/catalogue.hpp"

using namespace bosam;
using test::add_tie;
using test::findings;

namespace {

// Seven people name a1 (reported by one side only), and three more arcs: a1 -> b1, b1 -> c1, c1 -> c2. Ten arcs;
// the base project's nine people make the top 5 % one person, a1, who receives 7 of 10: a share of exactly 0.7.
json named_by_many() {
  json p = test::base_project();
  for (const char* from : {"a2", "a3", "b1", "b2", "b3", "c1", "c2"}) add_tie(p, from, "a1", 3, false);
  add_tie(p, "a1", "b1", 3, false);
  add_tie(p, "b1", "c1", 3, false);
  add_tie(p, "c1", "c2", 3, false);
  return p;
}

json with_thresholds(json p, const json& thresholds) {
  p["settings"] = {{"thresholds", thresholds}};
  return p;
}

json analysis(const json& p) {
  const json env = json::parse(api::analyze(p.dump(), R"({"permutations": 0})"));
  REQUIRE_MESSAGE(env["ok"] == true, env.dump());
  return env["result"];
}

}  // namespace

TEST_CASE("collaborative-overload: fires at the threshold share, not just below it") {
  const json at = findings(with_thresholds(named_by_many(), {{"overloadShare", 0.7}, {"overloadMinPeople", 9}}),
                           "collaborative-overload");
  INFO(at.dump());
  REQUIRE(at.size() == 1);
  const json& f = at[0];
  CHECK(f["id"] == "collaborative-overload:w");
  CHECK(f["severity"] == "warning");
  CHECK(f["subjects"]["actors"] == json::array({"a1"}));
  CHECK(f["subjects"]["units"] == json::array({"u-a"}));
  CHECK(f["numbers"]["share"].get<double>() == doctest::Approx(0.7));
  CHECK(f["numbers"]["topPeople"] == 1);
  CHECK(f["numbers"]["received"] == 7);
  CHECK(f["numbers"]["ties"] == 10);
  CHECK(f["numbers"]["people"] == 9);
  CHECK(f["numbers"]["nonRespondents"] == 0);
  CHECK(f["explanation"].get<std::string>().find("Person a1") != std::string::npos);
  CHECK(f["explanation"].get<std::string>().find("70%") != std::string::npos);

  CHECK(findings(with_thresholds(named_by_many(), {{"overloadShare", 0.71}, {"overloadMinPeople", 9}}),
                 "collaborative-overload")
            .empty());
}

TEST_CASE("collaborative-overload: everyone tied at the cut-off is named, and the text says why there are more") {
  // a1 and b1 are each named by the seven others: 14 arcs, the top 5 % of 9 people is one person, receiving 7.
  json p = test::base_project();
  for (const char* from : {"a2", "a3", "b1", "b2", "b3", "c1", "c2"}) add_tie(p, from, "a1", 3, false);
  for (const char* from : {"a1", "a2", "a3", "b2", "b3", "c1", "c2"}) add_tie(p, from, "b1", 3, false);
  const json f =
      findings(with_thresholds(p, {{"overloadShare", 0.5}, {"overloadMinPeople", 9}}), "collaborative-overload");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["numbers"]["share"].get<double>() == doctest::Approx(0.5));
  CHECK(f[0]["numbers"]["topPeople"] == 1);
  CHECK(f[0]["subjects"]["actors"] == json::array({"a1", "b1"}));
  CHECK(f[0]["subjects"]["units"] == json::array({"u-a", "u-b"}));
  const std::string text = f[0]["explanation"].get<std::string>();
  CHECK(text.find("Person a1 and Person b1 (several are named equally often") != std::string::npos);
  // Without a tie the sentence is not there.
  const json one = findings(with_thresholds(named_by_many(), {{"overloadShare", 0.5}, {"overloadMinPeople", 9}}),
                            "collaborative-overload");
  REQUIRE(one.size() == 1);
  CHECK(one[0]["explanation"].get<std::string>().find("equally often") == std::string::npos);
}

TEST_CASE("collaborative-overload: a network smaller than overloadMinPeople is not judged (5 % would be one person)") {
  CHECK(findings(named_by_many(), "collaborative-overload").empty());  // the default minimum is 40 people
  CHECK(findings(with_thresholds(named_by_many(), {{"overloadShare", 0.7}, {"overloadMinPeople", 10}}),
                 "collaborative-overload")
            .empty());
}

TEST_CASE("collaborative-overload: in three languages, naming the person and never judging them") {
  const json p = with_thresholds(named_by_many(), {{"overloadShare", 0.5}, {"overloadMinPeople", 0}});
  for (const char* lang : {"nb", "nn", "en"}) {
    CAPTURE(lang);
    const json f = findings(p, "collaborative-overload", lang);
    REQUIRE(f.size() == 1);
    for (const char* field : {"title", "explanation", "suggestion"}) {
      const std::string text = f[0][field].get<std::string>();
      CHECK(!text.empty());
      CHECK(text.find('{') == std::string::npos);  // every placeholder filled
    }
    CHECK(f[0]["explanation"].get<std::string>().find("Person a1") != std::string::npos);
  }
}

TEST_CASE("analysis document: nodes[].roles, network.roles, network.overload and the thresholds in settings") {
  const json r = analysis(named_by_many());
  // By hand: a1 has 7 contacts in G (the top 10 % of 9 people is 1 person): a central connector; 5 of them outside
  // u-a, in u-b and u-c: a boundary spanner; on every path between the others, and a2 -> a1 -> b1 joins two units:
  // an information broker. b1 (a1, c1) and c1 (a1, b1, c2) have more contacts outside their unit than inside, in
  // two other units: boundary spanners. a2, a3, b2, b3 answered and have one contact: peripheral. x1 was not asked
  // and has no contacts: no role.
  json roles = json::object();
  for (const auto& n : r["nodes"]) roles[n["id"].get<std::string>()] = n["roles"];
  CHECK(roles["a1"] == json::array({"central-connector", "boundary-spanner", "information-broker"}));
  CHECK(roles["b1"] == json::array({"boundary-spanner"}));
  CHECK(roles["c2"] == json::array());  // one contact in u-c, one outside: not more outside
  CHECK(roles["a2"] == json::array({"peripheral"}));
  CHECK(roles["x1"] == json::array());
  CHECK(r["network"]["roles"] ==
        json{{"central-connector", 1}, {"boundary-spanner", 3}, {"information-broker", 1}, {"peripheral", 4}});
  CHECK(r["network"]["overload"].get<double>() == doctest::Approx(0.7));
  CHECK(r["network"]["overloadPeople"] == 1);
  for (const char* key : {"connectorTopShare", "connectorMinTies", "spannerMinUnits", "brokerTopShare",
                          "brokerMinCrossUnit", "peripheralMaxTies", "overloadShare", "overloadMinPeople"})
    CHECK_MESSAGE(r["settings"].contains(key), key);
  CHECK(r["settings"]["overloadMinPeople"] == 40);

  // The settings are read once (sna::role_thresholds) and change the roles: peripheral up to 2 contacts.
  const json wider = analysis(with_thresholds(named_by_many(), {{"peripheralMaxTies", 2}}));
  CHECK(wider["settings"]["peripheralMaxTies"] == 2);
  CHECK(wider["network"]["roles"]["peripheral"] == 6);                     // b1 and c2 (2 contacts each) too
  CHECK(analysis(test::base_project())["network"]["overload"].is_null());  // no arcs: none
}

TEST_CASE("validation: the roles' thresholds have ranges, counts whole") {
  auto first_error = [](const json& p) {
    const json env = json::parse(api::analyze(p.dump(), "{}"));
    REQUIRE(env["ok"] == false);
    return env["errors"][0];
  };
  const json share = first_error(with_thresholds(named_by_many(), {{"connectorTopShare", 1.5}}));
  CHECK(share["code"] == "threshold-out-of-range");
  CHECK(share["path"] == "$.settings.thresholds.connectorTopShare");
  CHECK(first_error(with_thresholds(named_by_many(), {{"overloadMinPeople", 2.5}}))["code"] ==
        "threshold-out-of-range-whole");
}

TEST_CASE("exports: the roles are a node attribute in GraphML, GEXF and CSV, ids joined by a space") {
  const json p = named_by_many();
  auto text = [&](const char* format) {
    const json env = json::parse(api::export_network(p.dump(), json{{"format", format}, {"measures", true}}.dump()));
    REQUIRE_MESSAGE(env["ok"] == true, env.dump());
    return env["result"]["files"][0]["text"].get<std::string>();
  };
  const std::string graphml = text("graphml");
  CHECK(graphml.find(R"(attr.name="roles")") != std::string::npos);
  CHECK(graphml.find(">central-connector boundary-spanner information-broker</data>") != std::string::npos);
  const std::string gexf = text("gexf");
  CHECK(gexf.find(R"(title="roles")") != std::string::npos);
  CHECK(gexf.find(R"(value="peripheral")") != std::string::npos);
  const std::string csv = text("csv");
  CHECK(csv.substr(0, csv.find('\n')).find("roles") != std::string::npos);
}

TEST_CASE("collaborative-overload is re-run on the reconstructed network: numbers.robust says whether it holds") {
  // a1 is named by a2, a3, b1 and b2; c1 and c2 have not answered and are named by b3 (both) and b2 (c1). Observed:
  // 4 of 7 arcs go to a1 (0.571). Filled in: c1 -> b3, c2 -> b3, c1 -> b2, so 4 of 10 (0.4).
  json p = test::base_project();
  for (auto& r : p["respondents"])
    if (r["actorId"] == "c1" || r["actorId"] == "c2") r["responded"] = false;
  for (const char* from : {"a2", "a3", "b1", "b2"}) add_tie(p, from, "a1", 3, false);
  add_tie(p, "b3", "c1", 3, false);
  add_tie(p, "b3", "c2", 3, false);
  add_tie(p, "b2", "c1", 3, false);
  const json fragile =
      findings(with_thresholds(p, {{"overloadShare", 0.5}, {"overloadMinPeople", 9}}), "collaborative-overload");
  REQUIRE(fragile.size() == 1);
  CHECK(fragile[0]["numbers"]["share"].get<double>() == doctest::Approx(4.0 / 7.0));
  CHECK(fragile[0]["numbers"]["robust"] == false);
  CHECK(fragile[0]["explanation"].get<std::string>().find(text::tr(Lang::en, "finding.robust.not")) !=
        std::string::npos);
  const json holds =
      findings(with_thresholds(p, {{"overloadShare", 0.4}, {"overloadMinPeople", 9}}), "collaborative-overload");
  REQUIRE(holds.size() == 1);
  CHECK(holds[0]["numbers"]["robust"] == true);
}
