// The privacy settings and the retention of survey answers: settings.privacy and waves[].retired through the
// door, and api::retire_answers deleting a wave's answers while keeping figures worked out by hand below.
#include <doctest/doctest.h>

#include <cmath>

#include "api/api.hpp"
#include "base/date.hpp"
#include "base/json.hpp"

using namespace bosam;

namespace {

json validate(const json& p) { return json::parse(api::validate(p.dump(), R"({"lang":"en"})")); }

// The issues of an envelope with this code, as "path" strings.
std::vector<std::string> paths(const json& env, const char* list, const std::string& code) {
  std::vector<std::string> out;
  if (env.contains(list))
    for (const auto& i : env[list])
      if (i["code"] == code) out.push_back(i["path"].get<std::string>());
  return out;
}

// Four people in two units, two rounds. Round w (worked by hand): a1 and a2 answered, b1 was asked and did not,
// b2 was not asked. Reported: a1→a2 and a2→a1 weekly, a1→b1 monthly, a2→b2 less than monthly; a1 reported a task.
// Round w0 (earlier) has one tie, a1→b1, and a1 answered.
json small_project() {
  json p = {{"format", "bosam-project"}, {"schemaVersion", 1}, {"id", "p-ret"}, {"municipality", {{"name", "Test"}}}};
  p["units"] = json::array({{{"id", "u-a"}, {"name", "A"}}, {{"id", "u-b"}, {"name", "B"}}});
  p["actors"] = json::array({{{"id", "a1"}, {"name", "Anne"}, {"unitId", "u-a"}},
                             {{"id", "a2"}, {"name", "Arne"}, {"unitId", "u-a"}},
                             {{"id", "b1"}, {"name", "Berit"}, {"unitId", "u-b"}},
                             {{"id", "b2"}, {"name", "Bjørn"}, {"unitId", "u-b"}}});
  p["functions"] = json::array({{{"id", "f-1"}, {"name", "Tildeling"}}});
  p["waves"] = json::array({{{"id", "w0"}, {"label", "Runde 0"}, {"date", "2025-03-01"}},
                            {{"id", "w"}, {"label", "Runde 1"}, {"date", "2026-03-01"}}});
  p["respondents"] = json::array({{{"actorId", "a1"}, {"waveId", "w"}, {"responded", true}},
                                  {{"actorId", "a2"}, {"waveId", "w"}, {"responded", true}},
                                  {{"actorId", "b1"}, {"waveId", "w"}, {"responded", false}},
                                  {{"actorId", "a1"}, {"waveId", "w0"}, {"responded", true}}});
  p["ties"] = json::array({{{"from", "a1"}, {"to", "a2"}, {"waveId", "w"}, {"frequency", 3}},
                           {{"from", "a2"}, {"to", "a1"}, {"waveId", "w"}, {"frequency", 3}},
                           {{"from", "a1"}, {"to", "b1"}, {"waveId", "w"}, {"frequency", 2}},
                           {{"from", "a2"}, {"to", "b2"}, {"waveId", "w"}, {"frequency", 1}},
                           {{"from", "a1"}, {"to", "b1"}, {"waveId", "w0"}, {"frequency", 2}}});
  p["reportedAssignments"] =
      json::array({{{"actorId", "a1"}, {"waveId", "w"}, {"functionId", "f-1"}, {"role", "performs"}}});
  p["settings"] = {{"privacy",
                    {{"controller", "Test kommune v/ kommunedirektøren"},
                     {"contact", "Kari Koordinator, kari@test.kommune.no"},
                     {"answersKeptUntil", "2026-12-31"}}}};
  return p;
}

json retire(const json& p, json options) {
  options["lang"] = "en";
  return json::parse(api::retire_answers(p.dump(), options.dump()));
}

void near(const json& v, double expected) {
  REQUIRE(v.is_number());
  CHECK(std::abs(v.get<double>() - expected) < 1e-9);
}

}  // namespace

TEST_CASE("dates: a real calendar day, leap years included") {
  CHECK(is_calendar_date("2028-02-29"));
  CHECK(is_calendar_date("2000-02-29"));
  CHECK_FALSE(is_calendar_date("2027-02-29"));
  CHECK_FALSE(is_calendar_date("1900-02-29"));
  CHECK_FALSE(is_calendar_date("2027-04-31"));
  CHECK_FALSE(is_calendar_date("2027-13-01"));
  CHECK_FALSE(is_calendar_date("27-06-30"));
  CHECK_FALSE(is_calendar_date("30.06.2027"));
  CHECK(is_date_or_timestamp("2027-07-01T08:15:00.000Z"));
  CHECK_FALSE(is_date_or_timestamp("2027-07-01 08:15"));
}

TEST_CASE("settings.privacy: texts and a real retention date, else an error at the field") {
  json p = small_project();
  CHECK(validate(p)["ok"] == true);
  p["settings"]["privacy"]["answersKeptUntil"] = "";  // not set yet
  CHECK(validate(p)["ok"] == true);
  p["settings"]["privacy"]["answersKeptUntil"] = "2027-02-29";
  json env = validate(p);
  CHECK(env["ok"] == false);
  CHECK(paths(env, "errors", "bad-retention-date") == std::vector<std::string>{"$.settings.privacy.answersKeptUntil"});
  CHECK(env["errors"][0]["message"].get<std::string>().find("2027-02-29") != std::string::npos);
  p["settings"]["privacy"]["answersKeptUntil"] = "30.06.2027";
  CHECK(paths(validate(p), "errors", "bad-retention-date").size() == 1);
  p = small_project();
  p["settings"]["privacy"]["contact"] = 42;
  CHECK(paths(validate(p), "errors", "wrong-type") == std::vector<std::string>{"$.settings.privacy.contact"});
  p = small_project();
  p["settings"]["privacy"] = "Kari";
  CHECK(paths(validate(p), "errors", "wrong-type") == std::vector<std::string>{"$.settings.privacy"});
}

TEST_CASE("waves[].retired: a time it was done and figures that are numbers") {
  json p = small_project();
  p["waves"][0]["retired"] = {{"retiredAt", "2027-01-05T09:00:00.000Z"},
                              {"figures", {{"asked", 1}, {"density", nullptr}}}};
  p["ties"].erase(4);  // the answers of w0 are gone …
  p["respondents"].erase(3);
  CHECK(validate(p)["ok"] == true);  // … so no warning either
  CHECK(validate(p)["warnings"].empty());

  json bad = p;
  bad["waves"][0]["retired"]["figures"]["asked"] = "en";
  CHECK(paths(validate(bad), "errors", "wrong-type") == std::vector<std::string>{"$.waves[0].retired.figures.asked"});
  bad = p;
  bad["waves"][0]["retired"].erase("retiredAt");
  CHECK(paths(validate(bad), "errors", "missing-field") == std::vector<std::string>{"$.waves[0].retired.retiredAt"});
  bad = p;
  bad["waves"][0]["retired"]["retiredAt"] = "i går";
  CHECK(paths(validate(bad), "errors", "bad-retired-date") == std::vector<std::string>{"$.waves[0].retired.retiredAt"});
  bad = p;
  bad["waves"][0]["retired"].erase("figures");
  CHECK(paths(validate(bad), "errors", "missing-field") == std::vector<std::string>{"$.waves[0].retired.figures"});

  // An answer read into a retired round later: kept, with a warning that names the round.
  json late = p;
  late["ties"].push_back({{"from", "b1"}, {"to", "a1"}, {"waveId", "w0"}, {"frequency", 1}});
  json env = validate(late);
  CHECK(env["ok"] == true);
  CHECK(paths(env, "warnings", "retired-wave-has-answers") == std::vector<std::string>{"$.waves[0]"});
}

TEST_CASE("retire_answers: the answers of a round go, the figures worked by hand stay") {
  const json p = small_project();
  const json env = retire(p, {{"today", "2027-01-05"}, {"waveIds", {"w"}}, {"retiredAt", "2027-01-05T09:00:00.000Z"}});
  REQUIRE(env["ok"] == true);
  const json& r = env["result"];
  CHECK(r["due"] == true);
  CHECK(r["retiredWaveIds"] == json::array({"w"}));
  const json& doc = r["project"];
  // Round w's ties, reported task and respondents are gone; round w0's are untouched.
  CHECK(doc["ties"].size() == 1);
  CHECK(doc["ties"][0]["waveId"] == "w0");
  CHECK(doc["reportedAssignments"].empty());
  CHECK(doc["respondents"].size() == 1);
  CHECK(doc["respondents"][0]["waveId"] == "w0");
  CHECK_FALSE(doc["waves"][0].contains("retired"));
  const json& kept = doc["waves"][1]["retired"];
  CHECK(kept["retiredAt"] == "2027-01-05T09:00:00.000Z");
  const json& f = kept["figures"];
  CHECK(f["asked"] == 3);  // a1, a2, b1
  CHECK(f["answered"] == 2);
  near(f["responseRate"], 2.0 / 3);
  CHECK(f["ties"] == 4);
  CHECK(f["oneSided"] == 2);  // a1→b1 and a2→b2 have no reverse
  CHECK(f["reportedTasks"] == 1);
  CHECK(f["nodes"] == 4);
  CHECK(f["edges"] == 3);           // a1–a2, a1–b1, a2–b2: the path b1–a1–a2–b2
  near(f["density"], 4.0 / 12);     // 4 arcs of 4·3 possible
  near(f["reciprocity"], 2.0 / 4);  // a1→a2 and a2→a1 have their reverse
  near(f["transitivity"], 0);
  near(f["averageClustering"], 0);
  CHECK(f["components"] == 1);
  CHECK(f["largestComponent"] == 4);
  near(f["diameter"], 3);
  near(f["averagePathLength"], 10.0 / 6);         // 1+2+3+1+2+1 over 6 pairs
  near(f["degreeCentralization"], 2.0 / 6);       // degrees 2,2,1,1: (0+0+1+1)/((4-1)(4-2))
  near(f["betweennessCentralization"], 4.0 / 9);  // a1, a2 at 2/3, ends 0: (2/3+2/3)/3
  near(f["eiIndex"], 1.0 / 3);                    // two edges between units, one within: (2-1)/3
  // Nothing per person or per unit is kept.
  CHECK_FALSE(f.contains("nodesById"));
  // No structured binding here: clang 14 (the WASM build) cannot capture one in CHECK_MESSAGE's lambda.
  for (const auto& item : f.items()) CHECK_MESSAGE(!item.value().is_object(), item.key());
}

TEST_CASE("retire_answers: the analysis of a retired round carries the kept figures and names no one") {
  const json doc = retire(small_project(), {{"today", "2027-01-05"}, {"waveIds", {"w"}}})["result"]["project"];
  const json a = json::parse(api::analyze(doc.dump(), R"({"lang":"en","waveId":"w"})"));
  REQUIRE(a["ok"] == true);
  const json& res = a["result"];
  REQUIRE(res["retired"].is_object());
  CHECK(res["retired"]["retiredAt"] == "2027-01-05");  // today, when no time is given
  CHECK(res["retired"]["figures"]["edges"] == 3);
  CHECK(res["network"]["edges"] == 0);  // the network itself is gone
  for (const auto& f : res["findings"]) {
    const std::string rule = f["rule"].get<std::string>();
    CHECK_MESSAGE(rule != "isolate", "a retired round calls no one isolated");
    CHECK(rule != "low-response-rate");
  }
  // Oversikt's counts for the round are the kept ones.
  const json& w = res["overview"]["waves"][1];
  CHECK(w["asked"] == 3);
  CHECK(w["responded"] == 2);
  CHECK(w["ties"] == 4);
  CHECK(w["retired"]["figures"]["density"].is_number());
  CHECK(res["overview"]["waves"][0]["retired"].is_null());
  // Another round's analysis has no retired figures.
  const json other = json::parse(api::analyze(doc.dump(), R"({"lang":"en","waveId":"w0"})"));
  CHECK(other["result"]["retired"].is_null());
}

TEST_CASE("retire_answers: every round with answers by default; a retired round keeps its first figures") {
  json p = small_project();
  const json all = retire(p, {{"today", "2027-01-01"}});
  REQUIRE(all["ok"] == true);
  CHECK(all["result"]["retiredWaveIds"] == json::array({"w0", "w"}));
  json doc = all["result"]["project"];
  CHECK(doc["ties"].empty());
  CHECK(doc["respondents"].empty());
  CHECK(doc["waves"][0]["retired"]["figures"]["ties"] == 1);
  // A late answer read into w, then deleted again: w keeps the figures from its first deletion.
  doc["ties"].push_back({{"from", "b1"}, {"to", "a1"}, {"waveId", "w"}, {"frequency", 4}});
  const json again = retire(doc, {{"today", "2027-02-01"}, {"waveIds", {"w"}}});
  REQUIRE(again["ok"] == true);
  const json& w = again["result"]["project"]["waves"][1]["retired"];
  CHECK(w["retiredAt"] == "2027-01-01");
  CHECK(w["figures"]["ties"] == 4);
  CHECK(again["result"]["project"]["ties"].empty());
}

TEST_CASE("retire_answers: refused before the date has passed, without a date, and for a round with nothing") {
  json p = small_project();
  // Kept through 31 December: on that day nothing may go yet.
  json env = retire(p, {{"today", "2026-12-31"}});
  CHECK(env["ok"] == false);
  CHECK(env["errors"][0]["code"] == "retention-not-passed");
  CHECK(env["errors"][0]["message"].get<std::string>().find("2026-12-31") != std::string::npos);
  // A preview says what there is and changes nothing.
  env = retire(p, {{"today", "2026-12-31"}, {"preview", true}});
  REQUIRE(env["ok"] == true);
  CHECK(env["result"]["due"] == false);
  CHECK(env["result"]["project"].is_null());
  CHECK(env["result"]["waves"][1]["ties"] == 4);
  CHECK(env["result"]["waves"][1]["reportedTasks"] == 1);
  CHECK(env["result"]["waves"][1]["respondents"] == 3);
  CHECK(env["result"]["waves"][1]["hasAnswers"] == true);
  // Without a date.
  json none = p;
  none["settings"]["privacy"].erase("answersKeptUntil");
  env = retire(none, {{"today", "2027-01-05"}});
  CHECK(env["errors"][0]["code"] == "retention-date-missing");
  CHECK(retire(none, {{"today", "2027-01-05"}, {"preview", true}})["result"]["keptUntil"].is_null());
  // Bad options and rounds.
  env = retire(p, {{"today", "5. januar"}});
  CHECK(env["errors"][0]["path"] == "options.today");
  env = retire(p, {{"today", "2027-01-05"}, {"waveIds", {"w-x"}}});
  CHECK(env["errors"][0]["code"] == "unknown-wave");
  CHECK(env["errors"][0]["path"] == "options.waveIds[0]");
  const json emptied = retire(p, {{"today", "2027-01-05"}})["result"]["project"];
  env = retire(emptied, {{"today", "2027-01-05"}, {"waveIds", {"w"}}});
  CHECK(env["errors"][0]["code"] == "wave-has-no-answers");
  CHECK(env["errors"][0]["message"].get<std::string>().find("Runde 1") != std::string::npos);
  CHECK(retire(emptied, {{"today", "2027-01-05"}})["errors"][0]["code"] == "no-answers-to-delete");
}

TEST_CASE(
    "a retired round cannot be compared, exported as a network or fed back, in words that name it (regression: "
    "it compared against an empty network, as if no one had contact)") {
  const json doc = retire(small_project(), {{"today", "2027-01-05"}, {"waveIds", {"w"}}})["result"]["project"];
  const auto refused = [](const std::string& envText, const std::string& path) {
    const json env = json::parse(envText);
    REQUIRE(env["ok"] == false);
    REQUIRE(env["errors"].size() == 1);
    CHECK(env["errors"][0]["code"] == "wave-retired");
    CHECK(env["errors"][0]["path"] == path);
    const std::string message = env["errors"][0]["message"].get<std::string>();
    CHECK(message.find("2027-01-05") != std::string::npos);
  };
  refused(api::compare(doc.dump(), R"({"lang":"en","from":"w0","to":"w"})"), "options.to");
  refused(api::compare(doc.dump(), R"({"lang":"en","from":"w","to":"w0"})"), "options.from");
  refused(api::export_network(doc.dump(), R"({"lang":"en","format":"graphml","waveId":"w"})"), "options.waveId");
  refused(api::export_network(doc.dump(), R"({"lang":"en","format":"csv"})"), "options.waveId");  // the latest
  refused(api::feedback(doc.dump(), R"({"lang":"en","waveId":"w"})"), "options.waveId");
  // The round whose answers are kept still exports.
  CHECK(json::parse(api::export_network(doc.dump(), R"({"lang":"en","format":"csv","waveId":"w0"})"))["ok"] == true);
}
