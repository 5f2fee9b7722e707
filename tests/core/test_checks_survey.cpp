// The survey's part in the findings: who was asked counts once per person, per unit too; network
// findings say how many of the people they rest on have not answered, and one resting only on them is at most a
// warning; tasks people reported in the survey are named in the findings about those functions until reviewed;
// an empty project is calm. Each rule with a trigger and a near-miss, worked by hand on test::base_project().
#include <doctest/doctest.h>

#include "check_helpers.hpp"

using namespace bosam;
using test::add_tie;
using test::assign;
using test::findings;

namespace {

json analysis_of(const json& p, const std::string& lang = "en") {
  const json env = json::parse(api::analyze(p.dump(), json{{"lang", lang}}.dump()));
  REQUIRE(env["ok"] == true);
  return env["result"];
}

json unit_row(const json& analysis, const std::string& id) {
  for (const auto& u : analysis["units"])
    if (u["id"] == id) return u;
  return nullptr;
}

// b1 is the only link between {a1,a2,a3} and the rest (as in the bottleneck test of test_checks_network.cpp):
// without b1, a1..a3 are cut off. Only the ties b1 reported reach A when `aAnswered` is false.
json bridge_project(bool aAnswered) {
  json p = test::base_project();
  for (auto [u, v] : std::vector<std::pair<const char*, const char*>>{{"b1", "b2"},
                                                                      {"b2", "b3"},
                                                                      {"b3", "c1"},
                                                                      {"c1", "c2"},
                                                                      {"c2", "b2"},
                                                                      {"b3", "c2"},
                                                                      {"b2", "c1"},
                                                                      {"x1", "b3"}})
    add_tie(p, u, v);
  if (aAnswered) {
    for (auto [u, v] :
         std::vector<std::pair<const char*, const char*>>{{"a1", "a2"}, {"a2", "a3"}, {"a1", "a3"}, {"a1", "b1"}})
      add_tie(p, u, v);
  } else {
    // b1 says it talks to all three; none of them answered.
    for (const char* a : {"a1", "a2", "a3"}) add_tie(p, "b1", a, 3, false);
    for (auto& r : p["respondents"])
      if (r["actorId"].get<std::string>()[0] == 'a') r["responded"] = false;
  }
  return p;
}

json only(const json& list) {
  REQUIRE(list.size() == 1);
  return list[0];
}

}  // namespace

TEST_CASE("response rate counts each person once (regression: 100 % for 4 answers of 12 / duplicate records)") {
  json p = test::base_project();  // 8 internal people asked and answering
  for (auto& r : p["respondents"])
    if (r["actorId"] == "b1" || r["actorId"] == "b2" || r["actorId"] == "b3") r["responded"] = false;
  // a1 listed twice (a duplicate-respondent warning): once waiting, once answered. Still one person.
  p["respondents"].push_back({{"actorId", "a1"}, {"waveId", "w"}, {"responded", false}});
  const json a = analysis_of(p);
  CHECK(a["network"]["asked"] == 8);
  CHECK(a["network"]["responded"] == 5);
  CHECK(a["network"]["responseRate"].get<double>() == doctest::Approx(5.0 / 8.0));
}

TEST_CASE("response per unit: asked, answered and the rate of each unit; null where nobody was asked") {
  json p = test::base_project();
  for (auto& r : p["respondents"])
    if (r["actorId"] == "b2" || r["actorId"] == "b3") r["responded"] = false;
  const json a = analysis_of(p);
  CHECK(unit_row(a, "u-a")["asked"] == 3);
  CHECK(unit_row(a, "u-a")["responded"] == 3);
  CHECK(unit_row(a, "u-b")["asked"] == 3);
  CHECK(unit_row(a, "u-b")["responded"] == 1);
  CHECK(unit_row(a, "u-b")["responseRate"].get<double>() == doctest::Approx(1.0 / 3.0));
  CHECK(unit_row(a, "u-x")["asked"] == 0);
  CHECK(unit_row(a, "u-x")["responseRate"].is_null());
}

TEST_CASE("bottleneck resting only on people who did not answer is a warning, and says so (regression: Kari)") {
  const json b1 = [] {
    for (const auto& f : findings(bridge_project(false), "bottleneck"))
      if (f["subjects"]["actors"][0] == "b1") return f;
    return json(nullptr);
  }();
  REQUIRE(b1.is_object());
  CHECK(b1["numbers"]["peopleCutOff"] == 3);
  CHECK(b1["numbers"]["nonRespondents"] == 3);
  CHECK(b1["numbers"]["restsOnNonRespondents"] == true);
  CHECK(b1["severity"] == "warning");
  CHECK(b1["explanation"].get<std::string>().find("None of the 3 people this rests on has answered the survey") !=
        std::string::npos);
  const json nb = [] {
    for (const auto& f : findings(bridge_project(false), "bottleneck", "nb"))
      if (f["subjects"]["actors"][0] == "b1") return f;
    return json(nullptr);
  }();
  CHECK(nb["explanation"].get<std::string>().find(
            "Ingen av de 3 dette bygger på, har svart i kartleggingsrunden, så bildet kan "
            "være ufullstendig.") != std::string::npos);
}

TEST_CASE("bottleneck near-miss: the people cut off answered, so it stays critical with no non-response note") {
  json b1 = nullptr;
  for (const auto& f : findings(bridge_project(true), "bottleneck"))
    if (f["subjects"]["actors"][0] == "b1") b1 = f;
  REQUIRE(b1.is_object());
  CHECK(b1["severity"] == "critical");
  CHECK(b1["numbers"]["nonRespondents"] == 0);
  CHECK(b1["explanation"].get<std::string>().find("answered the survey") == std::string::npos);
}

TEST_CASE("silo: counts the unit's people who did not answer; some answered, so the finding keeps its severity") {
  json p = test::base_project();
  for (auto [u, v] : std::vector<std::pair<const char*, const char*>>{{"a1", "a2"},
                                                                      {"a2", "a3"},
                                                                      {"a1", "b1"},
                                                                      {"b1", "b2"},
                                                                      {"b2", "b3"},
                                                                      {"b3", "a3"},
                                                                      {"c1", "c2"},
                                                                      {"x1", "a1"}})
    add_tie(p, u, v);
  for (auto& r : p["respondents"])
    if (r["actorId"] == "c2") r["responded"] = false;
  const json f = only(findings(p, "silo"));
  CHECK(f["subjects"]["units"] == json::array({"u-c"}));
  CHECK(f["numbers"]["nonRespondents"] == 1);
  CHECK(f["numbers"]["restsOnNonRespondents"] == false);
  CHECK(f["severity"] == "warning");
  CHECK(f["explanation"].get<std::string>().find("1 of the 2 people this rests on has not answered the survey") !=
        std::string::npos);
}

TEST_CASE("should-collaborate: the two units' non-respondents; and a shared target group alone is not 'share work'") {
  json p = test::base_project();
  test::connect_all(p);
  // Cut every tie between A and C, then let A and C serve the same target group without sharing a function.
  json kept = json::array();
  for (const auto& t : p["ties"]) {
    const char f = t["from"].get<std::string>()[0], to = t["to"].get<std::string>()[0];
    if (!((f == 'a' && to == 'c') || (f == 'c' && to == 'a'))) kept.push_back(t);
  }
  p["ties"] = kept;
  assign(p, "u-a", "a1", "f-1", "performs", {"tg-1"});
  assign(p, "u-c", "c1", "f-2", "performs", {"tg-1"});
  for (auto& r : p["respondents"])
    if (r["actorId"] == "c1" || r["actorId"] == "c2") r["responded"] = false;
  const json f = only(findings(p, "should-collaborate"));
  CHECK(f["subjects"]["units"] == json::array({"u-a", "u-c"}));
  CHECK(f["numbers"]["sharedFunctions"] == 0);
  CHECK(f["title"] == "Enhet A and Enhet C serve the same target group but have no contact");
  CHECK(f["numbers"]["nonRespondents"] == 2);  // c1 and c2; a1..a3 answered
  CHECK(f["numbers"]["restsOnNonRespondents"] == false);
  const json nb = only(findings(p, "should-collaborate", "nb"));
  CHECK(nb["title"] == "Enhet A og Enhet C har samme målgruppe, men har ingen kontakt");
  CHECK(nb["title"].get<std::string>().find("deler funksjoner") == std::string::npos);
}

TEST_CASE("should-collaborate near-miss: a shared function keeps the 'share work' title") {
  json p = test::base_project();
  assign(p, "u-a", "a1", "f-1", "performs");
  assign(p, "u-c", "c1", "f-1", "contributes");
  add_tie(p, "a1", "a2");
  add_tie(p, "c1", "c2");
  const json f = only(findings(p, "should-collaborate", "nb"));
  CHECK(f["title"] == "Enhet A og Enhet C deler funksjoner, men har ingen kontakt");
  CHECK(f["numbers"]["nonRespondents"] == 0);
}

TEST_CASE(
    "uncovered-function with a pending survey report names the person, counts them and is a warning "
    "(regression: \"Ingen har «Boligsosial koordinering»\" stayed critical)") {
  json p = test::base_project();
  test::connect_all(p);
  assign(p, "u-a", "a1", "f-2", "performs");
  p["reportedAssignments"] = json::array({{{"actorId", "b2"},
                                           {"waveId", "w"},
                                           {"functionId", "f-1"},
                                           {"targetGroupIds", json::array()},
                                           {"role", "responsible"}}});
  const json f = only(findings(p, "uncovered-function", "nb"));
  CHECK(f["subjects"]["functions"] == json::array({"f-1"}));
  CHECK(f["subjects"]["actors"] == json::array({"b2"}));
  CHECK(f["numbers"]["reportedHolders"] == 1);
  CHECK(f["severity"] == "warning");
  CHECK(f["explanation"].get<std::string>().find("Person b2 oppga i spørreskjemaet at vedkommende har ansvaret for "
                                                 "funksjonen. Svaret er ikke vurdert ennå") != std::string::npos);
}

TEST_CASE("uncovered-function near-misses: a reviewed report, or one that only contributes, leaves it critical") {
  for (const json& report :
       {json{
            {"actorId", "b2"}, {"waveId", "w"}, {"functionId", "f-1"}, {"role", "responsible"}, {"review", "rejected"}},
        json{{"actorId", "b2"}, {"waveId", "w"}, {"functionId", "f-1"}, {"role", "contributes"}}}) {
    INFO(report.dump());
    json p = test::base_project();
    assign(p, "u-a", "a1", "f-2", "performs");
    p["reportedAssignments"] = json::array({report});
    const json f = only(findings(p, "uncovered-function"));
    CHECK(f["severity"] == "critical");
    CHECK(f["subjects"]["actors"].empty());
    CHECK_FALSE(f["numbers"].contains("reportedHolders"));
  }
}

TEST_CASE("single-person-dependency names a second person who reported performing the function") {
  json p = test::base_project();
  assign(p, "u-a", "a1", "f-1", "performs");
  assign(p, "u-a", "a1", "f-2", "performs");
  p["reportedAssignments"] =
      json::array({{{"actorId", "b1"}, {"waveId", "w"}, {"functionId", "f-1"}, {"role", "performs"}},
                   {{"actorId", "a1"}, {"waveId", "w"}, {"functionId", "f-2"}, {"role", "performs"}}});
  json f1 = nullptr, f2 = nullptr;
  for (const auto& f : findings(p, "single-person-dependency")) (f["subjects"]["functions"][0] == "f-1" ? f1 : f2) = f;
  REQUIRE(f1.is_object());
  CHECK(f1["subjects"]["actors"] == json::array({"a1", "b1"}));
  CHECK(f1["numbers"]["reportedHolders"] == 1);
  CHECK(f1["explanation"].get<std::string>().find("Person b1 said in the survey that they perform the function.") !=
        std::string::npos);
  // a1 already holds f-2 in the map: their own report of it adds nothing.
  REQUIRE(f2.is_object());
  CHECK_FALSE(f2["numbers"].contains("reportedHolders"));
}

TEST_CASE("not-mapped: units and people but no tasks yet gives the 'assign the functions' guidance, not gaps") {
  json p = test::base_project();  // units, people and a wave, no assignments
  const json a = analysis_of(p, "nb");
  int critical = 0;
  for (const auto& f : a["findings"]) critical += f["severity"] == "critical";
  CHECK(critical == 0);
  const json f = only(findings(p, "not-mapped", "nb"));
  CHECK(f["severity"] == "info");
  CHECK(f["suggestion"].get<std::string>().find("Oppgaver") != std::string::npos);
  CHECK(f["numbers"]["essential"] == 2);
  CHECK(findings(p, "uncovered-function").empty());
}

TEST_CASE("not-mapped near-miss: one assignment and the map's rules apply (f-2, essential, is uncovered)") {
  json p = test::base_project();
  assign(p, "u-a", "a1", "f-1", "performs");
  CHECK(findings(p, "not-mapped").empty());
  CHECK(only(findings(p, "uncovered-function"))["subjects"]["functions"] == json::array({"f-2"}));
}

TEST_CASE("the coverage strength needs the map, and the response strength needs a real response") {
  json p = test::base_project();
  const json a = analysis_of(p);
  bool coverage = false, response = false;
  for (const auto& d : a["assessmentDrafts"]) {
    coverage |= d["id"] == "draft:strength:coverage";
    response |= d["id"] == "draft:strength:response-rate";
  }
  CHECK_FALSE(coverage);  // nothing assigned: nothing to praise
  CHECK(response);        // all 8 asked answered
  for (auto& r : p["respondents"])
    if (r["actorId"].get<std::string>()[0] != 'a') r["responded"] = false;  // 3 of 8
  response = false;
  const json after = analysis_of(p);  // kept alive for the loop (a member of a temporary would dangle)
  for (const auto& d : after["assessmentDrafts"]) response |= d["id"] == "draft:strength:response-rate";
  CHECK_FALSE(response);
}

TEST_CASE("reportedAssignments[].review: accepted or rejected, anything else refused by name") {
  json p = test::base_project();
  p["reportedAssignments"] = json::array(
      {{{"actorId", "b2"}, {"waveId", "w"}, {"functionId", "f-1"}, {"role", "performs"}, {"review", "maybe"}}});
  const json env = json::parse(api::validate(p.dump(), R"({"lang":"en"})"));
  REQUIRE(env["ok"] == false);
  CHECK(env["errors"][0]["code"] == "unknown-review");
  CHECK(env["errors"][0]["path"] == "$.reportedAssignments[0].review");
  p["reportedAssignments"][0]["review"] = "accepted";
  CHECK(json::parse(api::validate(p.dump(), "{}"))["ok"] == true);
}

TEST_CASE("overview: the ties only one side reported, per round, with why the other side is silent") {
  json p = test::base_project();     // every internal person asked and answering
  add_tie(p, "a1", "a2", 3);         // both ways: not one-sided
  add_tie(p, "a1", "b1", 2, false);  // b1 answered and did not name a1
  add_tie(p, "a1", "x1", 4, false);  // x1 (a partner) was not asked
  p["ties"].push_back({{"from", "a1"}, {"to", "b1"}, {"waveId", "w"}, {"frequency", 4}});  // reported twice: 4
  p["ties"].push_back({{"from", "c1"}, {"to", "c1"}, {"waveId", "w"}, {"frequency", 4}});  // a self-tie is no tie
  for (auto& r : p["respondents"])
    if (r["actorId"] == "b1") r["responded"] = true;
  const json w = analysis_of(p)["overview"]["waves"][0];
  CHECK(w["oneSided"] == json::parse(R"([{"from":"a1","to":"b1","frequency":4,"reason":"not-named"},
                                          {"from":"a1","to":"x1","frequency":4,"reason":"not-answered"}])"));
}
