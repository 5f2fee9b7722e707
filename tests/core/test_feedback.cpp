// Feedback sheets for the people who answered: own answers only, the unit's aggregate above the floor, and the
// organisation's findings without a person in them. Every expectation below is worked by hand from the ties listed
// in feedback_project().
#include <doctest/doctest.h>

#include "check_helpers.hpp"
#include "checks/feedback.hpp"
#include "model/project.hpp"
#include "sna/analyze.hpp"

using namespace bosam;
using test::add_tie;

namespace {

// base_project (u-a: a1 a2 a3, u-b: b1 b2 b3, u-c: c1 c2, partner u-x: x1) with c2 not answering and these
// reports in round w (from -> to, frequency):
//   a1->a2 4 (information)  a1->b1 3 (coordination, advice)  a1->x1 2   a2->a1 4
//   b2->a1 1 (b2's answer about a1)  a3->c1 2  b1->b2 3  c1->c2 3  b3->x1 1
// G has 8 contacts: {a1,a2} {a1,b1} {a1,x1} {a1,b2} {a3,c1} {b1,b2} {c1,c2} {b3,x1}.
// u-a's contacts: inside {a1,a2} = 1; other units {a1,b1} {a1,b2} {a3,c1} = 3; partners {a1,x1} = 1.
// An earlier round w0 (a1 answered) holds a1->c1 only. Reported tasks: a1 f-1 in w (for tg-1), a1 f-2 in w0,
// b2 f-2 in w.
json feedback_project() {
  json p = test::base_project();
  for (auto& r : p["respondents"])
    if (r["actorId"] == "c2") r["responded"] = false;
  p["ties"].push_back({{"from", "a1"}, {"to", "a2"}, {"waveId", "w"}, {"frequency", 4}, {"types", {"information"}}});
  p["ties"].push_back(
      {{"from", "a1"}, {"to", "b1"}, {"waveId", "w"}, {"frequency", 3}, {"types", {"coordination", "advice"}}});
  add_tie(p, "a1", "x1", 2, false);
  add_tie(p, "a2", "a1", 4, false);
  add_tie(p, "b2", "a1", 1, false);
  add_tie(p, "a3", "c1", 2, false);
  add_tie(p, "b1", "b2", 3, false);
  add_tie(p, "c1", "c2", 3, false);
  add_tie(p, "b3", "x1", 1, false);
  p["waves"].push_back({{"id", "w0"}, {"label", "Første runde"}, {"date", "2025-01-01"}});
  p["respondents"].push_back({{"actorId", "a1"}, {"waveId", "w0"}, {"responded", true}});
  p["ties"].push_back({{"from", "a1"}, {"to", "c1"}, {"waveId", "w0"}, {"frequency", 2}});
  auto report = [](const char* actor, const char* wave, const char* function, json groups) {
    return json{{"actorId", actor},
                {"waveId", wave},
                {"functionId", function},
                {"targetGroupIds", std::move(groups)},
                {"role", "responsible"}};
  };
  p["reportedAssignments"] = json::array({report("a1", "w", "f-1", {"tg-1"}), report("a1", "w0", "f-2", json::array()),
                                          report("b2", "w", "f-2", json::array())});
  return p;
}

json feedback(const json& p, const json& options = json::object()) {
  const json env = json::parse(api::feedback(p.dump(), options.dump()));
  INFO(env.dump());
  REQUIRE(env["ok"] == true);
  return env["result"];
}

const json& sheet_of(const json& result, const std::string& actorId) {
  for (const auto& s : result["sheets"])
    if (s["actorId"] == actorId) return s;
  FAIL("no sheet for " << actorId);
  static const json none;
  return none;
}

}  // namespace

TEST_CASE("feedback: a sheet for each person who answered, with their own contacts only") {
  const json r = feedback(feedback_project());
  CHECK(r["wave"]["id"] == "w");  // the latest round by default
  std::vector<std::string> who;
  for (const auto& s : r["sheets"]) who.push_back(s["actorId"].get<std::string>());
  CHECK(who == std::vector<std::string>{"a1", "a2", "a3", "b1", "b2", "b3", "c1"});  // c2 did not answer

  const json& a1 = sheet_of(r, "a1");
  CHECK(a1["name"] == "Person a1");
  CHECK(a1["unitName"] == "Enhet A");
  REQUIRE(a1["contacts"].size() == 3);  // a2, b1, x1: most frequent first; b2's report about a1 is not a1's answer
  CHECK(a1["contacts"][0]["actorId"] == "a2");
  CHECK(a1["contacts"][0]["frequency"] == 4);
  CHECK(a1["contacts"][0]["types"] == json::array({"information"}));
  CHECK(a1["contacts"][1]["actorId"] == "b1");
  CHECK(a1["contacts"][1]["unitName"] == "Enhet B");
  CHECK(a1["contacts"][1]["types"] == json::array({"coordination", "advice"}));
  CHECK(a1["contacts"][2]["actorId"] == "x1");
  CHECK(a1["contacts"][2]["external"] == true);
  for (const auto& c : a1["contacts"]) CHECK(c["actorId"] != "b2");
  for (const auto& c : a1["contacts"]) CHECK(c["actorId"] != "c1");  // a1's contact in round w0

  // b2 reported a1; a1 did not report b2: b2's sheet has it, and nothing of a1's answers.
  const json& b2 = sheet_of(r, "b2");
  REQUIRE(b2["contacts"].size() == 1);
  CHECK(b2["contacts"][0]["actorId"] == "a1");
  CHECK(b2["contacts"][0]["frequency"] == 1);
}

TEST_CASE("feedback: the tasks a person reported in the round, with the names of functions and target groups") {
  const json r = feedback(feedback_project());
  const json& tasks = sheet_of(r, "a1")["tasks"];
  REQUIRE(tasks.size() == 1);  // f-2 was reported in round w0
  CHECK(tasks[0]["function"] == "Funksjon 1");
  CHECK(tasks[0]["role"] == "responsible");
  CHECK(tasks[0]["targetGroups"] == json::array({"Gruppe 1"}));
  CHECK(sheet_of(r, "a2")["tasks"].empty());
}

TEST_CASE("feedback: another round shows that round's answers") {
  const json r = feedback(feedback_project(), {{"waveId", "w0"}});
  REQUIRE(r["sheets"].size() == 1);
  const json& a1 = r["sheets"][0];
  REQUIRE(a1["contacts"].size() == 1);
  CHECK(a1["contacts"][0]["actorId"] == "c1");
  REQUIRE(a1["tasks"].size() == 1);
  CHECK(a1["tasks"][0]["function"] == "Funksjon 2");
}

TEST_CASE("feedback: the unit's contacts in aggregate, worked by hand, when the unit is at the floor") {
  json p = feedback_project();
  p["settings"] = {{"minGroupSize", 3}};  // u-a and u-b (3 people) are at the floor, u-c (2) is not
  const json r = feedback(p);
  CHECK(r["minGroupSize"] == 3);
  const json& unit = sheet_of(r, "a1")["unit"];
  REQUIRE(unit["shown"] == true);
  CHECK(unit["members"] == 3);
  CHECK(unit["asked"] == 3);
  CHECK(unit["responded"] == 3);
  CHECK(unit["responseRate"] == 1.0);
  CHECK(unit["contacts"]["total"] == 5);
  CHECK(unit["contacts"]["inside"] == 1);
  CHECK(unit["contacts"]["otherUnits"] == 3);
  CHECK(unit["contacts"]["partners"] == 1);
  CHECK(unit["contacts"]["insideShare"].get<double>() == doctest::Approx(0.2));
  CHECK(unit["contacts"]["otherUnitsShare"].get<double>() == doctest::Approx(0.6));
  // Enhet B (2 contacts, 3 people) and Partner X (1; nobody there answered) are named; Enhet C (1 contact, 2
  // people, c1 answered) is below the floor and pooled with the other small units of the municipality.
  REQUIRE(unit["topUnits"].size() == 3);
  CHECK(unit["topUnits"][0]["name"] == "Enhet B");
  CHECK(unit["topUnits"][0]["contacts"] == 2);
  CHECK(unit["topUnits"][1]["name"] == "Partner X");
  CHECK(unit["topUnits"][1]["external"] == true);
  CHECK(unit["topUnits"][2] == json{{"pooled", "units"}, {"units", 1}, {"contacts", 1}});
  for (const auto& top : unit["topUnits"]) CHECK(top.value("name", "") != "Enhet C");
  // The same aggregate on every sheet of the unit.
  CHECK(sheet_of(r, "a3")["unit"] == unit);

  // c1's unit has 2 people: no figures, only why.
  const json& small = sheet_of(r, "c1")["unit"];
  CHECK(small == json{{"shown", false}, {"members", 2}, {"reason", "small"}});

  // The organisation: inside {a1,a2} {b1,b2} {c1,c2} = 3, between units {a1,b1} {a1,b2} {a3,c1} = 3, with the
  // partner {a1,x1} {b3,x1} = 2; 7 of the 8 asked answered.
  const json& org = r["organisation"];
  CHECK(org["contacts"]["total"] == 8);
  CHECK(org["contacts"]["inside"] == 3);
  CHECK(org["contacts"]["otherUnits"] == 3);
  CHECK(org["contacts"]["partners"] == 2);
  CHECK(org["asked"] == 8);
  CHECK(org["responded"] == 7);
  CHECK(org["responseRate"].get<double>() == doctest::Approx(0.875));
}

TEST_CASE("feedback: a small partner whose contact person answered is pooled, not named") {
  json p = feedback_project();
  p["settings"] = {{"minGroupSize", 3}};
  p["respondents"].push_back({{"actorId", "x1"}, {"waveId", "w"}, {"responded", true}});
  const json r = feedback(p);
  const json& top = sheet_of(r, "a1")["unit"]["topUnits"];
  REQUIRE(top.size() == 3);
  CHECK(top[0]["name"] == "Enhet B");
  CHECK(top[1] == json{{"pooled", "units"}, {"units", 1}, {"contacts", 1}});  // Enhet C, then Partner X
  CHECK(top[2] == json{{"pooled", "partners"}, {"units", 1}, {"contacts", 1}});
}

TEST_CASE("feedback: the floor's default of 5 hides a unit of 3 (the privacy floor of shared copies)") {
  const json r = feedback(feedback_project());
  CHECK(r["minGroupSize"] == model::kMinGroupSizeDefault);
  CHECK(model::kMinGroupSizeDefault == 5);
  for (const auto& s : r["sheets"]) {
    CHECK(s["unit"]["shown"] == false);
    CHECK(s["unit"]["reason"] == "small");
    CHECK_FALSE(s["unit"].contains("contacts"));
  }
}

TEST_CASE("feedback: findings that name a person or a unit below the floor stay with the working group") {
  json doc = feedback_project();
  doc["settings"] = {{"minGroupSize", 3}};
  const model::Project p = model::from_json(doc);
  const sna::Analysis a = sna::analyze(p, {});
  auto finding = [](const char* rule, json actors, json units) {
    return json{{"id", std::string(rule) + ":x"},
                {"rule", rule},
                {"severity", "warning"},
                {"subjects", {{"actors", std::move(actors)}, {"units", std::move(units)}}},
                {"title", rule},
                {"explanation", "..."}};
  };
  const json findings = json::array({finding("isolate", {"c1"}, json::array()),                     // a person
                                     finding("bottleneck", {"a1"}, {"u-a"}),                        // a person
                                     finding("silo", json::array(), {"u-c"}),                       // a unit of 2
                                     finding("duplicate-function", json::array(), {"u-a", "u-b"}),  // not network
                                     finding("silo", json::array(), {"u-a"}),
                                     finding("external-without-contact", json::array(), {"u-x"}),  // a partner
                                     finding("should-collaborate", json::array(), {"u-a", "u-c"}),
                                     finding("low-response-rate", json::array(), json::array())});
  const json shared = checks::feedback_json(p, a, findings, "")["organisation"]["findings"];
  std::vector<std::string> rules;
  for (const auto& f : shared) rules.push_back(f["rule"].get<std::string>());
  CHECK(rules == std::vector<std::string>{"silo", "external-without-contact", "low-response-rate"});
  CHECK(shared[0]["id"] == "silo:x");
  CHECK_FALSE(shared[0].contains("subjects"));  // only the words go out

  // Once the partner's one contact person has answered, a finding naming the partner rests on their answer too.
  doc["respondents"].push_back({{"actorId", "x1"}, {"waveId", "w"}, {"responded", true}});
  const model::Project answered = model::from_json(doc);
  const sna::Analysis b = sna::analyze(answered, {});
  rules.clear();
  const json again = checks::feedback_json(answered, b, findings, "");
  for (const auto& f : again["organisation"]["findings"]) rules.push_back(f["rule"].get<std::string>());
  CHECK(rules == std::vector<std::string>{"silo", "low-response-rate"});
}

TEST_CASE("feedback: one person's sheet, and a person who did not answer is refused by name of the option") {
  const json one = feedback(feedback_project(), {{"actorId", "b2"}});
  REQUIRE(one["sheets"].size() == 1);
  CHECK(one["sheets"][0]["actorId"] == "b2");

  const json env = json::parse(api::feedback(feedback_project().dump(), R"({"actorId":"c2","lang":"en"})"));
  CHECK(env["ok"] == false);
  CHECK(env["errors"][0]["path"] == "options.actorId");
  CHECK(env["errors"][0]["message"].get<std::string>().find("a person who answered") != std::string::npos);

  const json wave = json::parse(api::feedback(feedback_project().dump(), R"({"waveId":"nope"})"));
  CHECK(wave["ok"] == false);
  CHECK(wave["errors"][0]["code"] == "unknown-wave");
}

TEST_CASE("feedback: whom to contact comes from settings.privacy.contact") {
  json p = feedback_project();
  CHECK(feedback(p)["contact"].is_null());
  p["settings"] = {{"privacy", {{"contact", "Kari Nordmann, boligkoordinator"}}}};
  CHECK(feedback(p)["contact"] == "Kari Nordmann, boligkoordinator");
}
