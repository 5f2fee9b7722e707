// Reconciling two copies of a project (core/reconcile): hand-worked three-way merges of a small project, one
// rule at a time: what one side changed is taken, deletions stay deleted, the same change twice is no conflict,
// different changes are conflicts (named in plain words), whole-item conflicts when one side deleted and the other
// changed, what refers to something deleted goes, and the order of lists.
#include <doctest/doctest.h>

#include "api/api.hpp"
#include "reconcile/reconcile.hpp"

using namespace bosam;
using reconcile::Side;

namespace {

json base_project() {
  return json::parse(R"({
    "format": "bosam-project", "schemaVersion": 1, "id": "p-liten",
    "municipality": {"name": "Liten kommune", "number": "0001"},
    "units": [{"id": "u-nav", "name": "NAV-kontoret"}, {"id": "u-bolig", "name": "Boligkontoret"}],
    "actors": [{"id": "a-1", "name": "Kari Nordmann", "unitId": "u-nav", "fte": 0.5},
               {"id": "a-2", "name": "Ola Hansen", "unitId": "u-bolig"},
               {"id": "a-3", "name": "Siri Berg", "unitId": "u-bolig"}],
    "targetGroups": [{"id": "tg-1", "name": "Bostedsløse"}, {"id": "tg-2", "name": "Flyktninger"}],
    "functions": [{"id": "f-1", "name": "Startlån"}, {"id": "f-2", "name": "Bostøtte"}],
    "assignments": [{"unitId": "u-nav", "actorId": "a-1", "functionId": "f-1", "role": "performs"},
                    {"unitId": "u-bolig", "functionId": "f-2", "role": "responsible"}],
    "waves": [{"id": "w-1", "label": "Runde 1", "date": "2026-03-01"}],
    "respondents": [{"actorId": "a-1", "waveId": "w-1", "responded": true},
                    {"actorId": "a-2", "waveId": "w-1", "responded": false}],
    "ties": [{"from": "a-1", "to": "a-2", "waveId": "w-1", "frequency": 3, "types": ["information"]},
             {"from": "a-2", "to": "a-1", "waveId": "w-1", "frequency": 2}],
    "assessments": [{"id": "s-1", "kind": "strength", "text": "Tett kontakt"}],
    "reportedAssignments": [{"actorId": "a-2", "waveId": "w-1", "functionId": "f-1", "role": "performs"}],
    "phases": {"1": {"note": "Start", "items": {"mandate": {"done": false}}}},
    "settings": {"language": "nb", "thresholds": {"minResponseRate": 0.6}},
    "x-extra": "a"
  })");
}

reconcile::Result run(const json& mine, const json& theirs, Side prefer = Side::none,
                      std::unordered_map<std::string, Side> byId = {}) {
  reconcile::Choices choices;
  choices.prefer = prefer;
  choices.byId = std::move(byId);
  return reconcile::reconcile(base_project(), mine, theirs, choices, Lang::nb);
}

// The ids of a list of the merged project, in order ("from>to" for ties).
std::vector<std::string> ids(const json& doc, const char* list) {
  std::vector<std::string> out;
  for (const auto& x : doc[list])
    out.push_back(x.contains("id") ? x["id"].get<std::string>()
                                   : x["from"].get<std::string>() + ">" + x["to"].get<std::string>());
  return out;
}

const json& find_id(const json& doc, const char* list, const std::string& id) {
  for (const auto& x : doc[list])
    if (x.value("id", "") == id) return x;
  static const json none;
  return none;
}

}  // namespace

TEST_CASE("reconcile: nothing changed gives the base back, with no conflicts and nothing to take") {
  const auto r = run(base_project(), base_project());
  CHECK(r.conflicts.empty());
  json expected = base_project();
  CHECK(r.project == expected);
  CHECK(r.summary["lines"]["theirs"] == json{"Ingen endringer."});
}

TEST_CASE("reconcile: a field only one side changed is taken; different fields of one item merge") {
  json mine = base_project(), theirs = base_project();
  mine["actors"][0]["fte"] = 0.8;         // mine: Kari's FTE
  theirs["actors"][0]["role"] = "Leder";  // theirs: Kari's job title (a new field)
  theirs["units"][1]["name"] = "Boligtjenesten";
  const auto r = run(mine, theirs);
  REQUIRE(r.conflicts.empty());
  CHECK(r.project["actors"][0] ==
        json{{"id", "a-1"}, {"name", "Kari Nordmann"}, {"unitId", "u-nav"}, {"fte", 0.8}, {"role", "Leder"}});
  CHECK(r.project["units"][1]["name"] == "Boligtjenesten");
  CHECK(r.summary["theirs"]["changed"] == json{{"unit", 1}, {"person", 1}});
  CHECK(r.summary["mine"]["changed"] == json{{"person", 1}});
  CHECK(r.summary["lines"]["theirs"] == json{"Endret: 1 enhet og 1 person"});
}

TEST_CASE("reconcile: the same change on both sides is no conflict") {
  json mine = base_project();
  mine["ties"][0]["frequency"] = 4;
  mine["settings"]["language"] = "nn";
  const auto r = run(mine, mine);
  CHECK(r.conflicts.empty());
  CHECK(r.project["ties"][0]["frequency"] == 4);
  CHECK(r.summary["theirs"]["changed"] == json::object());
}

TEST_CASE("reconcile: different changes to one field are a conflict, named in plain words") {
  json mine = base_project(), theirs = base_project();
  mine["actors"][0]["fte"] = 0.6;
  theirs["actors"][0]["fte"] = 0.8;
  const auto r = run(mine, theirs);
  CHECK(r.project.is_null());
  REQUIRE(r.conflicts.size() == 1);
  const json& c = r.conflicts[0];
  CHECK(c["id"] == "person:a-1:fte");
  CHECK(c["kind"] == "person");
  CHECK(c["item"] == "a-1");
  CHECK(c["name"] == "Kari Nordmann");
  CHECK(c["field"] == "fte");
  CHECK(c["fieldName"] == "årsverk");
  CHECK(c["base"] == 0.5);
  CHECK(c["mine"] == 0.6);
  CHECK(c["theirs"] == 0.8);
  CHECK(c["mineText"] == "0,6");
  CHECK(c["theirsText"] == "0,8");
  CHECK(c["chosen"].is_null());
  CHECK(r.summary["open"] == 1);

  SUBCASE("prefer settles every conflict") {
    const auto t = run(mine, theirs, Side::theirs);
    CHECK(t.project["actors"][0]["fte"] == 0.8);
    CHECK(t.conflicts[0]["chosen"] == "theirs");
    CHECK(run(mine, theirs, Side::mine).project["actors"][0]["fte"] == 0.6);
  }
  SUBCASE("a choice by id settles one, and wins over prefer") {
    const auto t = run(mine, theirs, Side::theirs, {{"person:a-1:fte", Side::mine}});
    CHECK(t.project["actors"][0]["fte"] == 0.6);
    CHECK(t.summary["settled"] == json{{"mine", 1}, {"theirs", 0}});
  }
}

TEST_CASE("reconcile: a list-valued field is one value") {
  json mine = base_project(), theirs = base_project();
  mine["ties"][0]["types"] = {"information", "advice"};
  theirs["ties"][0]["types"] = {"information", "referral"};
  const auto r = run(mine, theirs);
  REQUIRE(r.conflicts.size() == 1);
  CHECK(r.conflicts[0]["id"] == "tie:a-1>a-2@w-1:types");
  CHECK(r.conflicts[0]["name"] == "Kari Nordmann → Ola Hansen (Runde 1)");
  CHECK(r.conflicts[0]["fieldName"] == "type kontakt");
  CHECK(r.conflicts[0]["mineText"] == "Informasjon og Råd og veiledning");
  CHECK(r.conflicts[0]["theirsText"] == "Informasjon og Henvisning");
}

TEST_CASE("reconcile: deletions on one side stay deleted when the other side left the item alone") {
  json mine = base_project(), theirs = base_project();
  theirs["assessments"] = json::array();            // theirs deleted s-1
  mine["targetGroups"].erase(1);                    // mine deleted tg-2
  theirs["phases"]["1"]["items"].erase("mandate");  // theirs deleted a checklist entry
  const auto r = run(mine, theirs);
  REQUIRE(r.conflicts.empty());
  CHECK(r.project["assessments"] == json::array());
  CHECK(ids(r.project, "targetGroups") == std::vector<std::string>{"tg-1"});
  CHECK(r.project["phases"]["1"]["items"] == json::object());
  CHECK(r.summary["theirs"]["deleted"] == json{{"assessment", 1}, {"phaseItem", 1}});
  CHECK(r.summary["mine"]["deleted"] == json{{"targetGroup", 1}});
}

TEST_CASE("reconcile: deleted on one side and changed on the other is a conflict about the whole item") {
  json mine = base_project(), theirs = base_project();
  mine["functions"][1]["name"] = "Statlig bostøtte";  // mine renamed f-2
  theirs["functions"].erase(1);                       // theirs deleted it ...
  theirs["assignments"].erase(1);                     // ... and, as the app does, its assignments
  const auto r = run(mine, theirs);
  REQUIRE(r.conflicts.size() == 1);
  const json& c = r.conflicts[0];
  CHECK(c["id"] == "function:f-2:");
  CHECK(c["field"].is_null());
  CHECK(c["name"] == "Bostøtte");  // named as both knew it
  CHECK(c["mine"]["name"] == "Statlig bostøtte");
  CHECK(c["theirs"].is_null());
  CHECK(c["mineText"] == "endret");
  CHECK(c["theirsText"] == "slettet");

  SUBCASE("keeping the deletion also takes the assignments of the function away") {
    const auto t = run(mine, theirs, Side::theirs);
    CHECK(ids(t.project, "functions") == std::vector<std::string>{"f-1"});
    CHECK(t.project["assignments"].size() == 1);
  }
  SUBCASE("keeping the change keeps the function; its assignment, deleted in theirs only, stays deleted") {
    const auto t = run(mine, theirs, Side::mine);
    CHECK(find_id(t.project, "functions", "f-2")["name"] == "Statlig bostøtte");
    CHECK(t.project["assignments"].size() == 1);
  }
}

TEST_CASE("reconcile: mine deleted, theirs changed: choosing theirs brings the item back after mine's items") {
  json mine = base_project(), theirs = base_project();
  mine["units"].erase(0);  // mine deleted NAV (moving Kari first, as the app demands) ...
  mine["actors"][0]["unitId"] = "u-bolig";
  mine["assignments"].erase(0);
  theirs["units"][0]["location"] = "Rådhuset";  // theirs gave NAV a location
  const auto r = run(mine, theirs, Side::theirs);
  REQUIRE(r.conflicts.size() == 1);
  CHECK(r.conflicts[0]["id"] == "unit:u-nav:");
  CHECK(ids(r.project, "units") == std::vector<std::string>{"u-bolig", "u-nav"});
  CHECK(r.project["actors"][0]["unitId"] == "u-bolig");  // Kari's move was mine alone: kept
}

TEST_CASE("reconcile: additions on both sides are taken; lists keep mine's order with theirs' additions after") {
  json mine = base_project(), theirs = base_project();
  mine["actors"].insert(mine["actors"].begin(), json{{"id", "a-9"}, {"name", "Mina Ny"}, {"unitId", "u-nav"}});
  theirs["actors"].push_back({{"id", "a-7"}, {"name", "Theo Ny"}, {"unitId", "u-bolig"}});
  theirs["ties"].push_back({{"from", "a-3"}, {"to", "a-1"}, {"waveId", "w-1"}, {"frequency", 1}});
  theirs["waves"].push_back({{"id", "w-2"}, {"label", "Runde 2"}});
  theirs["x-new"] = {{"kept", true}};
  const auto r = run(mine, theirs);
  REQUIRE(r.conflicts.empty());
  CHECK(ids(r.project, "actors") == std::vector<std::string>{"a-9", "a-1", "a-2", "a-3", "a-7"});
  CHECK(ids(r.project, "ties") == std::vector<std::string>{"a-1>a-2", "a-2>a-1", "a-3>a-1"});
  CHECK(ids(r.project, "waves") == std::vector<std::string>{"w-1", "w-2"});
  CHECK(r.project["x-new"] == json{{"kept", true}});
  CHECK(r.summary["theirs"]["added"] == json{{"person", 1}, {"wave", 1}, {"tie", 1}});
  CHECK(r.summary["lines"]["theirs"][0] == "Lagt til: 1 person, 1 kartleggingsrunde og 1 kontakt");
  CHECK(r.summary["theirs"]["changed"] == json{{"project", 1}});
}

TEST_CASE("reconcile: the same item added on both sides is merged as two additions of one thing") {
  json mine = base_project(), theirs = base_project();
  mine["units"].push_back({{"id", "u-ny"}, {"name", "Ny enhet"}, {"sector", "bolig"}});
  theirs["units"].push_back({{"id", "u-ny"}, {"name", "Ny enhet"}, {"location", "Torget"}});
  auto r = run(mine, theirs);
  REQUIRE(r.conflicts.empty());
  CHECK(find_id(r.project, "units", "u-ny") ==
        json{{"id", "u-ny"}, {"name", "Ny enhet"}, {"sector", "bolig"}, {"location", "Torget"}});
  theirs["units"][2]["name"] = "Annen enhet";
  r = run(mine, theirs);
  REQUIRE(r.conflicts.size() == 1);
  CHECK(r.conflicts[0]["id"] == "unit:u-ny:name");
  CHECK(r.conflicts[0]["base"].is_null());
}

TEST_CASE("reconcile: what refers to a person the other side deleted goes with the person, and is listed") {
  json mine = base_project(), theirs = base_project();
  // theirs deleted Siri (she had no ties or answers yet); mine added a tie to her and an assignment for her.
  theirs["actors"].erase(2);
  mine["ties"].push_back({{"from", "a-1"}, {"to", "a-3"}, {"waveId", "w-1"}, {"frequency", 2}});
  mine["assignments"].push_back(
      {{"unitId", "u-bolig"}, {"actorId", "a-3"}, {"functionId", "f-2"}, {"role", "performs"}});
  const auto r = run(mine, theirs);
  REQUIRE(r.conflicts.empty());
  CHECK(ids(r.project, "actors") == std::vector<std::string>{"a-1", "a-2"});
  CHECK(ids(r.project, "ties") == std::vector<std::string>{"a-1>a-2", "a-2>a-1"});
  // The assignment stays with the unit, as when a person is deleted in the app.
  CHECK(r.project["assignments"][2] == json{{"unitId", "u-bolig"}, {"functionId", "f-2"}, {"role", "performs"}});
  REQUIRE(r.summary["removed"].size() == 2);
  CHECK(r.summary["removed"][0]["name"] == "«Bostøtte» hos Siri Berg");
  CHECK(r.summary["removed"][0]["detached"] == true);
  CHECK(r.summary["removed"][1]["name"] == "Kari Nordmann → Siri Berg (Runde 1)");
  CHECK(r.summary["removed"][1]["because"] == json{{"kind", "person"}, {"id", "a-3"}, {"name", "Siri Berg"}});
  CHECK(r.summary["lines"]["removed"] == json{"Fjernet fordi det de viste til, ble slettet: 1 kontakt",
                                              "1 oppgave står nå på enheten fordi personen ble slettet"});
}

TEST_CASE("reconcile: a wave deleted on one side takes the other side's new answers in it along") {
  json mine = base_project(), theirs = base_project();
  for (const char* list : {"waves", "respondents", "ties", "reportedAssignments"}) theirs[list] = json::array();
  mine["respondents"][1]["responded"] = true;  // a change to an answer theirs deleted: a conflict
  mine["ties"].push_back({{"from", "a-3"}, {"to", "a-2"}, {"waveId", "w-1"}, {"frequency", 1}});  // new: goes
  const auto r = run(mine, theirs, Side::theirs);
  CHECK(r.project["waves"] == json::array());
  CHECK(r.project["ties"] == json::array());
  CHECK(r.project["respondents"] == json::array());
  REQUIRE(r.conflicts.size() == 1);
  CHECK(r.conflicts[0]["id"] == "respondent:a-2@w-1:");
  CHECK(r.conflicts[0]["name"] == "Ola Hansen (Runde 1)");
}

TEST_CASE("reconcile: people put in a unit the other side deleted: a conflict about the unit") {
  json mine = base_project(), theirs = base_project();
  // theirs deleted the housing office, after moving Ola and Siri to NAV and deleting its assignment;
  // mine added a new person to the housing office.
  theirs["units"].erase(1);
  theirs["actors"][1]["unitId"] = "u-nav";
  theirs["actors"][2]["unitId"] = "u-nav";
  theirs["assignments"].erase(1);
  mine["actors"].push_back({{"id", "a-8"}, {"name", "Nina Ny"}, {"unitId", "u-bolig"}});
  const auto r = run(mine, theirs);
  CHECK(r.project.is_null());
  REQUIRE(r.conflicts.size() == 1);
  const json& c = r.conflicts[0];
  CHECK(c["id"] == "unit:u-bolig:");
  CHECK(c["name"] == "Boligkontoret");
  CHECK(c["people"] == json::array({{{"id", "a-8"}, {"name", "Nina Ny"}}}));
  CHECK(c["mineText"] == "har Nina Ny");
  CHECK(c["theirsText"] == "slettet");

  SUBCASE("keeping the deletion removes the person mine put there") {
    const auto t = run(mine, theirs, Side::theirs);
    CHECK(ids(t.project, "units") == std::vector<std::string>{"u-nav"});
    CHECK(ids(t.project, "actors") == std::vector<std::string>{"a-1", "a-2", "a-3"});
    CHECK(t.summary["removed"][0]["name"] == "Nina Ny");
    CHECK(t.summary["removed"][0]["because"]["name"] == "Boligkontoret");
  }
  SUBCASE("keeping the unit brings it back, with theirs' moves of Ola and Siri kept") {
    const auto t = run(mine, theirs, Side::mine);
    CHECK(ids(t.project, "units") == std::vector<std::string>{"u-nav", "u-bolig"});
    CHECK(find_id(t.project, "actors", "a-2")["unitId"] == "u-nav");
    CHECK(find_id(t.project, "actors", "a-8")["unitId"] == "u-bolig");
  }
}

TEST_CASE("reconcile: phases, settings, municipality and unknown fields merge field by field") {
  json mine = base_project(), theirs = base_project();
  theirs["phases"]["1"]["items"]["mandate"]["done"] = true;
  mine["phases"]["1"]["items"]["mandate"]["note"] = "Vedtatt i mars";
  mine["phases"]["1"]["note"] = "Oppstart i gang";
  theirs["phases"]["1"]["note"] = "Oppstart ferdig";
  theirs["phases"]["2"] = {{"items", {{"actors-listed", {{"done", true}}}}}};
  mine["settings"]["thresholds"]["minResponseRate"] = 0.7;
  theirs["settings"]["thresholds"]["minResponseRate"] = 0.5;
  theirs["municipality"]["name"] = "Liten kommune i Nord";
  mine["x-extra"] = "b";
  theirs["x-extra"] = "c";
  const auto r = run(mine, theirs);
  REQUIRE(r.conflicts.size() == 3);
  CHECK(r.conflicts[0]["id"] == "phase:1:note");
  CHECK(r.conflicts[0]["name"] == "Fase 1: Oppstart");
  CHECK(r.conflicts[0]["fieldName"] == "notat");
  CHECK(r.conflicts[1]["id"] == "settings::thresholds.minResponseRate");
  CHECK(r.conflicts[1]["name"] == "Innstillingene");
  CHECK(r.conflicts[1]["fieldName"] == "terskelen «minResponseRate»");
  CHECK(r.conflicts[2]["id"] == "project::x-extra");
  CHECK(r.conflicts[2]["mineText"] == "«b»");
  const auto t = run(mine, theirs, Side::mine);
  CHECK(t.project["phases"]["1"] ==
        json{{"note", "Oppstart i gang"}, {"items", {{"mandate", {{"done", true}, {"note", "Vedtatt i mars"}}}}}});
  CHECK(t.project["phases"]["2"] == json{{"items", {{"actors-listed", {{"done", true}}}}}});
  CHECK(t.project["municipality"] == json{{"name", "Liten kommune i Nord"}, {"number", "0001"}});
  CHECK(t.project["settings"]["thresholds"]["minResponseRate"] == 0.7);
}

TEST_CASE("reconcile: a checklist item both sides ticked differently is named by the guide's text") {
  json mine = base_project(), theirs = base_project();
  mine["phases"]["1"]["items"]["mandate"]["date"] = "2026-01-10";
  theirs["phases"]["1"]["items"]["mandate"]["date"] = "2026-01-15";
  const auto r = run(mine, theirs);
  REQUIRE(r.conflicts.size() == 1);
  CHECK(r.conflicts[0]["id"] == "phaseItem:1/mandate:date");
  CHECK(r.conflicts[0]["kind"] == "phaseItem");
  CHECK(r.conflicts[0]["item"] == json{{"phase", "1"}, {"id", "mandate"}});
  CHECK(r.conflicts[0]["name"].get<std::string>().rfind("Fase 1: ", 0) == 0);
  CHECK(r.conflicts[0]["name"] != "Fase 1: mandate");  // the guide's words, not the id
}

TEST_CASE("reconcile: assignments are matched by unit, person and function, and by target groups when repeated") {
  json base = base_project();
  // Kari holds Startlån twice, for two target groups.
  base["assignments"][0]["targetGroupIds"] = {"tg-1"};
  base["assignments"].push_back({{"unitId", "u-nav"},
                                 {"actorId", "a-1"},
                                 {"functionId", "f-1"},
                                 {"targetGroupIds", {"tg-2"}},
                                 {"role", "performs"}});
  json mine = base, theirs = base;
  mine["assignments"][0]["fte"] = 0.2;               // the tg-1 one
  theirs["assignments"][2]["role"] = "responsible";  // the tg-2 one
  reconcile::Choices none;
  const auto r = reconcile::reconcile(base, mine, theirs, none, Lang::nb);
  REQUIRE(r.conflicts.empty());
  CHECK(r.project["assignments"][0]["fte"] == 0.2);
  CHECK(r.project["assignments"][2]["role"] == "responsible");
  // A single one is matched without its target groups, so a change to them is a field change.
  json m2 = base_project(), t2 = base_project();
  m2["assignments"][0]["targetGroupIds"] = {"tg-1"};
  t2["assignments"][0]["targetGroupIds"] = {"tg-2"};
  const auto c = run(m2, t2);
  REQUIRE(c.conflicts.size() == 1);
  CHECK(c.conflicts[0]["id"] == "assignment:u-nav/a-1/f-1:targetGroupIds");
  CHECK(c.conflicts[0]["name"] == "«Startlån» hos Kari Nordmann");
  CHECK(c.conflicts[0]["mineText"] == "Bostedsløse");
  CHECK(c.conflicts[0]["base"].is_null());
  CHECK(c.conflicts[0]["theirsText"] == "Flyktninger");
}

TEST_CASE("reconcile: null and a missing field mean the same") {
  json mine = base_project(), theirs = base_project();
  mine["actors"][1]["fte"] = nullptr;  // same as absent: no change
  theirs["actors"][1]["fte"] = 1;
  const auto r = run(mine, theirs);
  REQUIRE(r.conflicts.empty());
  CHECK(r.project["actors"][1]["fte"] == 1);
}

TEST_CASE("api::reconcile: stamped, through the door; open conflicts give no project; bad calls are refused") {
  const char* kStamps = R"({"stamp": "r-00000000000000ee", "savedAt": "2026-12-05T07:15:00.000Z")";
  json base = base_project();
  base["revision"] = {{"stamp", "r-000000000000000a"}, {"lineage", json::array()}};
  json mine = base, theirs = base;
  mine["revision"] = {
      {"stamp", "r-000000000000000b"}, {"basedOn", "r-000000000000000a"}, {"lineage", {"r-000000000000000a"}}};
  theirs["revision"] = {
      {"stamp", "r-000000000000000c"}, {"basedOn", "r-000000000000000a"}, {"lineage", {"r-000000000000000a"}}};
  theirs["units"][0]["name"] = "NAV Liten";
  json env = json::parse(api::reconcile(base.dump(), mine.dump(), theirs.dump(), std::string(kStamps) + "}"));
  REQUIRE(env["ok"] == true);
  const json& p = env["result"]["project"];
  CHECK(p["units"][0]["name"] == "NAV Liten");
  CHECK(p["revision"] == json{{"stamp", "r-00000000000000ee"},
                              {"basedOn", "r-000000000000000b"},
                              {"lineage", {"r-000000000000000b", "r-000000000000000a", "r-000000000000000c"}},
                              {"savedAt", "2026-12-05T07:15:00.000Z"},
                              {"mergedFrom", "r-000000000000000c"}});

  mine["units"][0]["name"] = "NAV Liten kommune";
  env = json::parse(api::reconcile(base.dump(), mine.dump(), theirs.dump(), std::string(kStamps) + "}"));
  REQUIRE(env["ok"] == true);
  CHECK(env["result"]["project"].is_null());
  CHECK(env["result"]["conflicts"][0]["id"] == "unit:u-nav:name");
  env = json::parse(api::reconcile(base.dump(), mine.dump(), theirs.dump(),
                                   std::string(kStamps) + R"(, "choices": {"unit:u-nav:name": "theirs"}})"));
  CHECK(env["result"]["project"]["units"][0]["name"] == "NAV Liten");

  json other = theirs;
  other["id"] = "p-annen";
  env = json::parse(api::reconcile(base.dump(), mine.dump(), other.dump(), std::string(kStamps) + "}"));
  CHECK(env["ok"] == false);
  CHECK(env["errors"][0]["code"] == "reconcile-other-project");

  env = json::parse(api::reconcile(base.dump(), mine.dump(), theirs.dump(),
                                   R"({"prefer": "begge", "choices": {"x": 1}, "lang": "en"})"));
  CHECK(env["ok"] == false);
  REQUIRE(env["errors"].size() == 4);
  CHECK(env["errors"][0]["path"] == "options.prefer");
  CHECK(env["errors"][1]["path"] == "options.choices[\"x\"]");
  CHECK(env["errors"][2]["path"] == "options.stamp");
  CHECK(env["errors"][3]["path"] == "options.savedAt");
}

TEST_CASE("reconcile: the order of an item's members is no change") {
  json mine = base_project(), theirs = base_project();
  // theirs wrote Kari and NAV with their members in another order and deleted Siri; mine added a note to Siri.
  theirs["actors"][0] = {{"fte", 0.5}, {"unitId", "u-nav"}, {"name", "Kari Nordmann"}, {"id", "a-1"}};
  theirs["units"][0] = {{"name", "NAV-kontoret"}, {"id", "u-nav"}};
  theirs["actors"].erase(2);
  mine["actors"][2]["note"] = "Ny i jobben";
  const auto r = run(mine, theirs);
  REQUIRE(r.conflicts.size() == 1);  // only Siri: deleted in theirs, changed in mine
  CHECK(r.conflicts[0]["id"] == "person:a-3:");
  CHECK(r.summary["theirs"]["changed"] == json::object());
}
