// The phase checklist: the data file itself, the evidence rules on tiny hand-made projects (each met and not
// met), and how ticks, notes and unknown ids in a project come through. Expected values are worked out by hand
// from the tiny projects, not copied from output.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "checks/phases.hpp"
#include "fixtures.hpp"
#include "schema/demo.hpp"
#include "schema/door.hpp"
#include "sna/analyze.hpp"

using namespace bosam;

namespace {

// The smallest valid project: one internal unit, two essential functions and one that is not, nothing else.
json tiny() {
  return json::parse(R"({
    "format": "bosam-project", "schemaVersion": 1, "id": "p-tiny",
    "municipality": {"name": "Liten kommune", "number": "0001"},
    "units": [{"id": "u-nav", "name": "NAV", "external": false}],
    "actors": [], "targetGroups": [{"id": "tg-rus", "name": "Rus"}],
    "functions": [{"id": "f-a", "name": "Anskaffelse", "essential": true},
                  {"id": "f-t", "name": "Tildeling", "essential": true},
                  {"id": "f-b", "name": "Behovsmelding", "essential": false}],
    "assignments": [], "waves": [], "respondents": [], "ties": [], "assessments": [], "phases": {}
  })");
}

json loaded(const json& doc) {
  LoadResult r = load_project_value(doc, Lang::en);
  for (const auto& i : r.issues) INFO(i.path << ": " << i.message);
  REQUIRE(r.doc.has_value());
  return *r.doc;
}

json status(const json& raw, Lang lang = Lang::en, const sna::Analysis* analysis = nullptr) {
  const model::Project p = model::from_json(loaded(raw));
  return checks::phase_status(p, analysis, checks::settings_from(p), lang);
}

json evidence(const std::string& rule, const json& raw, Lang lang = Lang::en, const sna::Analysis* analysis = nullptr) {
  const model::Project p = model::from_json(loaded(raw));
  json e = checks::evidence(rule, p, analysis, checks::settings_from(p), lang);
  REQUIRE(e.is_object());
  CHECK(e["rule"] == rule);
  CHECK_FALSE(e["text"].get<std::string>().empty());
  return e;
}

const json& item(const json& st, int phase, const std::string& id) {
  for (const auto& it : st["phases"][phase - 1]["items"])
    if (it["id"] == id) return it;
  FAIL("no item " << id << " in phase " << phase);
  static const json none;
  return none;
}

void add_actor(json& d, const std::string& id, const std::string& unit, const json& fte = nullptr) {
  json a = {{"id", id}, {"name", "Person " + id}, {"unitId", unit}};
  if (!fte.is_null()) a["fte"] = fte;
  d["actors"].push_back(a);
}

void add_assignment(json& d, const std::string& unit, const std::string& fn, const std::string& role,
                    const json& groups = json::array(), const json& fte = nullptr) {
  json a = {{"unitId", unit}, {"functionId", fn}, {"role", role}, {"targetGroupIds", groups}};
  if (!fte.is_null()) a["fte"] = fte;
  d["assignments"].push_back(a);
}

void add_wave(json& d, const std::string& id, const std::string& date, int asked, int responded) {
  d["waves"].push_back({{"id", id}, {"label", "Runde " + id}, {"date", date}});
  for (int i = 0; i < asked; ++i) {
    const std::string actor = "a-" + id + "-" + std::to_string(i);
    add_actor(d, actor, "u-nav");
    d["respondents"].push_back({{"actorId", actor}, {"waveId", id}, {"responded", i < responded}});
  }
}

bool is_kebab(const std::string& s) {
  if (s.empty() || s.front() == '-' || s.back() == '-' || s.find("--") != std::string::npos) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

void check_texts(const json& t, const std::string& where) {
  INFO(where);
  REQUIRE(t.is_object());
  for (const char* lang : {"nb", "nn", "en"}) {
    INFO(lang);
    REQUIRE(t.contains(lang));
    CHECK_FALSE(t[lang].get<std::string>().empty());
  }
  CHECK(t["nb"] != t["en"]);  // a text left untranslated (nb and nn may rightly be the same: "Oppstart")
}

}  // namespace

TEST_CASE("phases: the data file parses, is what is built in, and has the five phases in order") {
  const json file = test::fixture_json("../../data/phases.json");
  CHECK(file == checks::phase_catalogue());
  const json& phases = file["phases"];
  REQUIRE(phases.size() == 5);
  for (int i = 0; i < 5; ++i) CHECK(phases[i]["number"] == i + 1);
  CHECK(phases[0]["title"]["nb"] == "Oppstart");
  CHECK(phases[1]["title"]["nb"] == "Utarbeide kunnskapsgrunnlag");
  CHECK(phases[4]["title"]["en"] == "Evaluate and adjust");
}

TEST_CASE("phases: ids are unique kebab-case, every text has nb, nn and en, evidence names a rule that exists") {
  const auto& rules = checks::evidence_rules();
  std::set<std::string> ids, usedRules;
  for (const auto& ph : checks::phase_catalogue()["phases"]) {
    const std::string p = "phase " + ph["number"].dump();
    check_texts(ph["title"], p + " title");
    check_texts(ph["purpose"], p + " purpose");
    CHECK_FALSE(ph["items"].empty());
    CHECK_FALSE(ph["results"].empty());
    for (const auto& r : ph["results"]) check_texts(r, p + " result");
    bool anyRequired = false;
    for (const auto& it : ph["items"]) {
      const std::string id = it["id"].get<std::string>();
      INFO(p << " item " << id);
      CHECK(is_kebab(id));
      CHECK(ids.insert(id).second);  // unique across phases, so an id alone names an item
      check_texts(it["text"], id + " text");
      check_texts(it["help"], id + " help");
      REQUIRE(it["required"].is_boolean());
      anyRequired |= it["required"].get<bool>();
      if (it.contains("evidence")) {
        const std::string rule = it["evidence"].get<std::string>();
        CHECK(std::find(rules.begin(), rules.end(), rule) != rules.end());
        usedRules.insert(rule);
      }
    }
    CHECK(anyRequired);  // else a phase could never be complete
  }
  CHECK(usedRules.size() == rules.size());  // a rule no item shows is dead code
  // Phase 2 asks the guide's mapping questions and collects the rest of the knowledge base.
  for (const char* id :
       {"actors-listed", "functions-mapped", "duplicates-reviewed", "resources-mapped", "closer-collaboration",
        "resource-location", "changes-proposed", "guidelines-reviewed", "tools-checklists", "other-municipalities",
        "external-partners-listed", "employees-involved", "strengths-weaknesses", "network-survey"})
    CHECK_MESSAGE(ids.count(id), id);
}

TEST_CASE("phases: every item id the demo project uses is in the catalogue") {
  const json demo = demo_project();
  const json st = status(demo);
  int seen = 0;
  for (auto ph = demo["phases"].begin(); ph != demo["phases"].end(); ++ph)
    for (auto it = ph.value()["items"].begin(); it != ph.value()["items"].end(); ++it) {
      ++seen;
      const std::string id = it.key();
      CHECK_MESSAGE(item(st, std::stoi(ph.key()), id)["id"] == id, id);
    }
  CHECK(seen == 7);
  for (const auto& ph : st["phases"]) CHECK(ph["unknownItems"].empty());
  CHECK(st["unknownPhases"].empty());
  CHECK(item(st, 1, "mandate")["done"] == true);
  CHECK(item(st, 1, "employees-informed")["done"] == false);
}

TEST_CASE("phases: evidence actors-listed: units and people registered") {
  json d = tiny();
  json e = evidence("actors-listed", d);
  CHECK(e["met"] == false);  // a unit but nobody in it
  CHECK(e["numbers"]["actors"] == 0);
  d["units"].push_back({{"id", "u-hb"}, {"name", "Husbanken"}, {"external", true}});
  add_actor(d, "a-1", "u-nav");
  add_actor(d, "a-2", "u-hb");
  e = evidence("actors-listed", d);
  CHECK(e["met"] == true);
  CHECK(e["numbers"] == json{{"internalUnits", 1}, {"externalUnits", 1}, {"actors", 2}});
  CHECK(evidence("actors-listed", d, Lang::nb)["text"] == "1 intern enhet, 1 ekstern og 2 personer er registrert.");
}

TEST_CASE("phases: evidence functions-mapped: share of essential functions with an assignment") {
  json d = tiny();
  add_assignment(d, "u-nav", "f-a", "contributes");  // any assignment counts: someone has been placed
  add_assignment(d, "u-nav", "f-b", "responsible");  // not essential: does not count
  json e = evidence("functions-mapped", d);
  CHECK(e["met"] == false);
  CHECK(e["numbers"]["essential"] == 2);
  CHECK(e["numbers"]["assigned"] == 1);
  CHECK(e["numbers"]["share"] == 0.5);
  CHECK(e["subjects"]["functions"] == json{"f-t"});
  CHECK(e["text"].get<std::string>().find("Tildeling") != std::string::npos);
  add_assignment(d, "u-nav", "f-t", "performs");
  e = evidence("functions-mapped", d);
  CHECK(e["met"] == true);
  CHECK(e["numbers"]["share"] == 1.0);
  CHECK(e["subjects"]["functions"].empty());

  json none = tiny();
  for (auto& f : none["functions"]) f["essential"] = false;
  e = evidence("functions-mapped", none);
  CHECK(e["met"] == false);  // nothing to measure coverage against
  CHECK(e["numbers"]["share"].is_null());
}

TEST_CASE("phases: evidence duplicates-reviewed: functions held by two or more units") {
  json d = tiny();
  d["units"].push_back({{"id", "u-bolig"}, {"name", "Boligkontoret"}, {"external", false}});
  CHECK(evidence("duplicates-reviewed", d)["met"] == false);  // nothing held: the data cannot answer
  add_assignment(d, "u-nav", "f-a", "responsible", json{"tg-rus"});
  add_assignment(d, "u-bolig", "f-a", "contributes");  // contributing is not holding
  json e = evidence("duplicates-reviewed", d);
  CHECK(e["met"] == true);
  CHECK(e["numbers"] == json{{"functionsHeld", 1}, {"duplicated", 0}, {"splitByTargetGroup", 0}});
  add_assignment(d, "u-bolig", "f-a", "performs");  // all groups here, only tg-rus in NAV: split
  add_assignment(d, "u-nav", "f-t", "performs", json{"tg-rus"});
  add_assignment(d, "u-nav", "f-t", "responsible", json{"tg-rus"});  // two in one unit: not a duplicate
  e = evidence("duplicates-reviewed", d);
  CHECK(e["met"] == true);
  CHECK(e["numbers"] == json{{"functionsHeld", 2}, {"duplicated", 1}, {"splitByTargetGroup", 1}});
  CHECK(e["subjects"]["functions"] == json{"f-a"});
  add_assignment(d, "u-bolig", "f-t", "performs", json{"tg-rus"});  // same group in both: overlap, not a split
  e = evidence("duplicates-reviewed", d);
  CHECK(e["numbers"] == json{{"functionsHeld", 2}, {"duplicated", 2}, {"splitByTargetGroup", 1}});
  CHECK(e["subjects"]["functions"] == json{"f-a", "f-t"});
}

TEST_CASE(
    "phases: evidence resources-mapped: a known FTE (given or estimated) for the essential functions, else every "
    "assignment") {
  json d = tiny();
  CHECK(evidence("resources-mapped", d)["met"] == false);  // no assignments at all
  add_actor(d, "a-1", "u-nav", 0.5);
  add_actor(d, "a-2", "u-nav");
  add_assignment(d, "u-nav", "f-a", "performs", json::array(), 0.2);
  add_assignment(d, "u-nav", "f-t", "performs");
  json e = evidence("resources-mapped", d);
  CHECK(e["met"] == false);
  CHECK(e["numbers"]["assignmentsWithFte"] == 1);
  CHECK(e["numbers"]["assignmentShare"] == 0.5);
  CHECK(e["numbers"]["actorsWithFte"] == 1);
  d["actors"][1]["fte"] = 0;  // zero is a recorded answer, not a missing one
  d["assignments"][1]["fte"] = 0.1;
  e = evidence("resources-mapped", d);
  CHECK(e["met"] == true);
  CHECK(e["numbers"]["actorShare"] == 1.0);
}

TEST_CASE("phases: evidence external-partners-listed: external units and their described relation") {
  json d = tiny();
  CHECK(evidence("external-partners-listed", d)["met"] == false);  // none registered
  d["units"].push_back(
      {{"id", "u-hb"}, {"name", "Husbanken"}, {"external", true}, {"relation", {{"contact", "Regionkontoret"}}}});
  d["units"].push_back({{"id", "u-dps"}, {"name", "DPS"}, {"external", true}, {"relation", {{"about", ""}}}});
  json e = evidence("external-partners-listed", d);
  CHECK(e["met"] == false);  // an empty field describes nothing
  CHECK(e["numbers"] == json{{"external", 2}, {"withRelation", 1}});
  CHECK(e["subjects"]["units"] == json{"u-dps"});
  d["units"][2]["relation"]["about"] = "Utskrivning";
  e = evidence("external-partners-listed", d);
  CHECK(e["met"] == true);
  CHECK(e["numbers"]["withRelation"] == 2);
}

TEST_CASE("phases: evidence network-survey: the latest wave's response rate against the threshold") {
  json d = tiny();
  CHECK(evidence("network-survey", d)["met"] == false);  // no wave
  add_wave(d, "w1", "2025-01-10", 2, 2);                 // an earlier, complete wave must not count
  add_wave(d, "w2", "2026-01-10", 3, 2);
  json e = evidence("network-survey", d);
  CHECK(e["met"] == false);  // 2/3 < 0.7
  CHECK(e["numbers"]["asked"] == 3);
  CHECK(e["numbers"]["responded"] == 2);
  CHECK(e["numbers"]["responseRate"].get<double>() == doctest::Approx(2.0 / 3.0));
  CHECK(e["subjects"]["waves"] == json{"w2"});
  CHECK(evidence("network-survey", d, Lang::nb)["text"].get<std::string>().find("66 %") != std::string::npos);

  d["settings"] = {{"thresholds", {{"minResponseRate", 0.6}}}};
  CHECK(evidence("network-survey", d)["met"] == true);

  // The analysis of the latest wave gives the same counts; an analysis of another wave is not used.
  const json doc = loaded(d);
  const model::Project p = model::from_json(doc);
  const sna::Analysis analysis = sna::analyze(p, sna::AnalysisOptions{});
  e = evidence("network-survey", d, Lang::en, &analysis);
  CHECK(e["numbers"]["asked"] == 3);
  CHECK(e["met"] == true);
  sna::Analysis other = analysis;  // of another wave, with other counts: not used for the latest wave
  other.net.waveId = "w1";
  other.network.asked = other.network.responded = 10;
  CHECK(evidence("network-survey", d, Lang::en, &other)["numbers"]["asked"] == 3);
}

TEST_CASE("phases: evidence strengths-weaknesses and changes-proposed: assessments by kind") {
  json d = tiny();
  d["assessments"].push_back({{"id", "s-1"}, {"kind", "strength"}, {"text", "Faste møter"}});
  json e = evidence("strengths-weaknesses", d);
  CHECK(e["met"] == false);  // only one side
  CHECK(e["numbers"] == json{{"strengths", 1}, {"weaknesses", 0}});
  CHECK(evidence("changes-proposed", d)["met"] == false);
  d["assessments"].push_back({{"id", "c-0"}, {"kind", "change"}, {"text", "Nytt kontor"}, {"status", "dropped"}});
  e = evidence("changes-proposed", d);
  CHECK(e["met"] == false);  // a dropped change is no longer proposed
  CHECK(e["numbers"] == json{{"changes", 0}, {"dropped", 1}});
  d["assessments"].push_back({{"id", "s-2"}, {"kind", "weakness"}, {"text", "Ingen eier utkastelser"}});
  d["assessments"].push_back({{"id", "s-3"}, {"kind", "change"}, {"text", "Felles inngang"}, {"status", "agreed"}});
  CHECK(evidence("strengths-weaknesses", d)["met"] == true);
  e = evidence("changes-proposed", d);
  CHECK(e["met"] == true);
  CHECK(e["numbers"]["changes"] == 1);
}

TEST_CASE("phases: evidence evaluation-survey: two waves, the latest after the first") {
  json d = tiny();
  CHECK(evidence("evaluation-survey", d)["met"] == false);
  add_wave(d, "w-late", "2026-05-01", 1, 1);  // listed first: order in the file does not decide
  CHECK(evidence("evaluation-survey", d)["met"] == false);
  add_wave(d, "w-same", "2026-05-01", 1, 1);
  CHECK(evidence("evaluation-survey", d)["met"] == false);  // same day: nothing to compare over time
  add_wave(d, "w-early", "2025-09-01", 1, 1);
  json e = evidence("evaluation-survey", d);
  CHECK(e["met"] == true);
  CHECK(e["numbers"]["waves"] == 3);
  CHECK(e["subjects"]["waves"][0] == "w-early");
}

TEST_CASE("phases: evidence for an unknown rule id gives null") {
  const json doc = loaded(tiny());
  CHECK(checks::evidence("no-such-rule", model::from_json(doc), nullptr, {}, Lang::en).is_null());
}

TEST_CASE("phases: ticks, notes and dates come from the project; evidence never ticks") {
  json d = tiny();
  d["assessments"].push_back({{"id", "c-1"}, {"kind", "change"}, {"text", "Felles inngang"}});
  d["phases"] = {{"1",
                  {{"note", "Startet i september"},
                   {"items",
                    {{"mandate", {{"done", true}, {"note", "Vedtatt"}, {"date", "2025-09-01"}}},
                     {"policy-briefing", {{"done", true}}},
                     {"work-plan", {{"done", false}, {"note", "Utkast"}}}}}}}};
  const json st = status(d);
  const json& p1 = st["phases"][0];
  CHECK(p1["note"] == "Startet i september");
  const json& m = item(st, 1, "mandate");
  CHECK(m["done"] == true);
  CHECK(m["note"] == "Vedtatt");
  CHECK(m["date"] == "2025-09-01");
  CHECK(m["evidence"].is_null());
  CHECK(item(st, 1, "work-plan")["done"] == false);
  CHECK(item(st, 1, "work-plan")["note"] == "Utkast");
  CHECK(item(st, 1, "steering-group")["note"].is_null());
  std::size_t required = 0;
  for (const auto& it : checks::phase_catalogue()["phases"][0]["items"]) required += it["required"].get<bool>();
  CHECK(p1["progress"] == json{{"done", 2},
                               {"required", required},
                               {"requiredDone", 1},
                               {"total", checks::phase_catalogue()["phases"][0]["items"].size()}});
  CHECK(p1["started"] == true);
  CHECK(p1["complete"] == false);
  CHECK(st["phases"][1]["started"] == false);

  const json& change = item(st, 2, "changes-proposed");
  CHECK(change["evidence"]["met"] == true);  // the data answers it...
  CHECK(change["done"] == false);            // ...but only the user ticks it
}

TEST_CASE("phases: a phase is complete when every required item is ticked") {
  json d = tiny();
  json items = json::object();
  for (const auto& it : checks::phase_catalogue()["phases"][2]["items"])
    if (it["required"].get<bool>()) items[it["id"].get<std::string>()] = {{"done", true}};
  d["phases"]["3"] = {{"items", items}};
  json st = status(d);
  CHECK(st["phases"][2]["complete"] == true);
  items.erase(items.begin());
  d["phases"]["3"] = {{"items", items}};
  CHECK(status(d)["phases"][2]["complete"] == false);
}

TEST_CASE("phases: item ids and phase keys the catalogue does not know are kept, not dropped") {
  json d = tiny();
  d["phases"] = json::parse(R"({
    "2": {"items": {"old-item": {"done": true, "note": "Fra en eldre versjon"}, "functions-mapped": {"done": true}}},
    "6": {"note": "Egen fase"}})");
  const json st = status(d);
  const json& p2 = st["phases"][1];
  REQUIRE(p2["unknownItems"].size() == 1);
  CHECK(p2["unknownItems"][0] ==
        json{{"id", "old-item"}, {"done", true}, {"note", "Fra en eldre versjon"}, {"date", nullptr}});
  CHECK(p2["progress"]["done"] == 1);  // only known items count towards progress
  CHECK(st["unknownPhases"] == json{{"6", {{"note", "Egen fase"}}}});
  CHECK(st["phases"].size() == 5);
}

TEST_CASE("phases: the language switches every text") {
  json d = tiny();
  const json nb = status(d, Lang::nb), en = status(d, Lang::en);
  CHECK(nb["phases"][0]["title"] == "Oppstart");
  CHECK(en["phases"][0]["title"] == "Start-up");
  CHECK(item(nb, 2, "functions-mapped")["text"] == "De boligsosiale funksjonene er kartlagt");
  CHECK(item(en, 2, "functions-mapped")["text"] == "The housing-social functions are mapped");
  CHECK(nb["phases"][1]["results"][1] == "Styrker og svakheter er vurdert");
  CHECK(en["phases"][1]["results"][1] == "Strengths and weaknesses are assessed");
  const json& enEv = item(en, 2, "functions-mapped")["evidence"];
  CHECK(enEv["text"].get<std::string>().rfind("0 of 2 essential functions", 0) == 0);
  CHECK(item(nb, 2, "functions-mapped")["evidence"]["text"].get<std::string>().rfind("0 av 2 vesentlige", 0) == 0);
}
