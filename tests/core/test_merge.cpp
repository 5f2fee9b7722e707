// Merging survey answers: replace the respondent's ties in the wave, mark them as answered, keep everything
// else; refuse a whole batch when any answer is wrong, naming the file and the place.
#include <doctest/doctest.h>

#include "check_helpers.hpp"

using namespace bosam;

namespace {
json answer(const std::string& respondent, std::vector<std::pair<std::string, int>> ties,
            const std::string& wave = "w") {
  json a = {{"format", "bosam-answer"},
            {"schemaVersion", 1},
            {"projectId", "p-test"},
            {"waveId", wave},
            {"respondent", respondent},
            {"ties", json::array()},
            {"submittedAt", "2026-01-02T10:00:00Z"}};
  for (const auto& [to, f] : ties) a["ties"].push_back({{"to", to}, {"frequency", f}, {"types", {"information"}}});
  a["assignments"] = json::array({{{"functionId", "f-1"}, {"targetGroupIds", {"tg-1"}}, {"role", "performs"}}});
  return a;
}
json merge(const json& project, const std::vector<std::pair<std::string, json>>& answers) {
  json list = json::array();
  for (const auto& [name, a] : answers)
    list.push_back({{"name", name}, {"text", a.is_string() ? a.get<std::string>() : a.dump()}});
  return json::parse(api::merge(project.dump(), list.dump(), R"({"lang":"en"})"));
}
std::vector<json> ties_from(const json& p, const std::string& who) {
  std::vector<json> out;
  for (const auto& t : p["ties"])
    if (t["from"] == who) out.push_back(t);
  return out;
}
}  // namespace

TEST_CASE("merge: an answer replaces the respondent's ties in the wave and marks them as answered") {
  json p = test::base_project();
  test::add_tie(p, "a1", "b1", 2);  // a1 reported b1 before; b1 reported a1
  p["respondents"][0]["responded"] = false;
  const json env = merge(p, {{"svar-a1.json", answer("a1", {{"a2", 4}, {"c1", 1}})}});
  REQUIRE(env["ok"] == true);
  const json& m = env["result"]["project"];
  const auto mine = ties_from(m, "a1");
  REQUIRE(mine.size() == 2);
  CHECK(mine[0]["to"] == "a2");
  CHECK(mine[0]["frequency"] == 4);
  CHECK(mine[1]["to"] == "c1");
  CHECK(ties_from(m, "b1").size() == 1);  // other people's reports stay
  CHECK(m["respondents"][0]["responded"] == true);
  CHECK(m["reportedAssignments"].size() == 1);
  CHECK(m["units"] == p["units"]);  // nothing else changes
  CHECK(env["result"]["report"][0]["ties"] == 2);
}

TEST_CASE("merge: the same answer twice changes nothing more") {
  json p = test::base_project();
  const json a = answer("b2", {{"b1", 3}});
  const json once = merge(p, {{"x.json", a}})["result"]["project"];
  const json twice = merge(once, {{"x.json", a}})["result"]["project"];
  CHECK(once == twice);
}

TEST_CASE("merge: one bad answer refuses the whole batch, naming the file and the place") {
  json p = test::base_project();
  const json env = merge(p, {{"good.json", answer("a1", {{"a2", 3}})}, {"bad.json", answer("b1", {{"zz", 3}})}});
  CHECK(env["ok"] == false);
  CHECK_FALSE(env.contains("result"));
  REQUIRE(env["errors"].size() == 1);
  CHECK(env["errors"][0]["path"] == "bad.json: $.ties[0].to");
  CHECK(env["errors"][0]["code"] == "unknown-actor");
}

TEST_CASE("merge refuses answers for another project or wave, from unknown people, or malformed") {
  json p = test::base_project();
  json other = answer("a1", {});
  other["projectId"] = "p-other";
  json badFrequency = answer("a1", {{"a2", 7}});
  const std::vector<std::tuple<std::string, json, std::string, std::string>> cases = {
      {"other.json", other, "other.json: $.projectId", "wrong-project"},
      {"wave.json", answer("a1", {}, "w-9"), "wave.json: $.waveId", "unknown-wave"},
      {"who.json", answer("q9", {}), "who.json: $.respondent", "unknown-actor"},
      {"cut.json", json(answer("a1", {}).dump().substr(0, 40)), "cut.json: $", "not-json"},
      {"freq.json", badFrequency, "freq.json: $.ties[0].frequency", "bad-frequency"},
      {"project.json", p, "project.json: $.format", "wrong-format"}};
  for (const auto& c : cases) {
    const auto& [name, a, path, code] = c;
    const std::string label = name;  // INFO captures: not a structured binding (clang 14)
    INFO(label);
    const json env = merge(p, {{name, a}});
    REQUIRE(env["ok"] == false);
    CHECK(env["errors"][0]["path"] == path);
    CHECK(env["errors"][0]["code"] == code);
  }
}

TEST_CASE("merge: a later answer from the same person in the same wave wins, with a warning") {
  json p = test::base_project();
  const json env = merge(p, {{"first.json", answer("c1", {{"c2", 1}})}, {"second.json", answer("c1", {{"c2", 4}})}});
  REQUIRE(env["ok"] == true);
  CHECK(ties_from(env["result"]["project"], "c1")[0]["frequency"] == 4);
  REQUIRE(env["warnings"].size() == 2);
  CHECK(env["warnings"][0]["code"] == "duplicate-answer");
  CHECK(env["warnings"][0]["path"] == "second.json: $");
  CHECK(env["warnings"][1]["code"] == "replaces-answer/untimed");  // c1 had answered before (base_project)
}

TEST_CASE(
    "merge: an answer for another project is refused in words, naming who answered and both projects "
    "(regression: \"$.projectId\", ids instead of names)") {
  json p = test::base_project();  // municipality "Test"
  json other = answer("a1", {});
  other["projectId"] = "p-other";
  other["respondentName"] = "Kari Nilsen";
  other["municipality"] = "Nabokommune";
  const json env = merge(p, {{"svar-kari.json", other}});
  REQUIRE(env["ok"] == false);
  CHECK(env["errors"][0]["code"] == "wrong-project");
  CHECK(env["errors"][0]["message"] ==
        "The answer from Kari Nilsen belongs to the survey in “Nabokommune”, not to the "
        "open project “Test”. Open the right project and read the answer in there.");
}

TEST_CASE("merge: an answer to the original read into a 'keep both' copy says it belongs to the original") {
  json copy = test::base_project();
  copy["id"] = "p-copy";
  copy["copiedFrom"] = "p-test";
  json a = answer("a1", {});
  a["respondentName"] = "Kari Nilsen";
  const json env = merge(copy, {{"svar-kari.json", a}});
  REQUIRE(env["ok"] == false);
  CHECK(env["errors"][0]["code"] == "wrong-project-copy");
  CHECK(env["errors"][0]["message"].get<std::string>().find("A copy is a separate project") != std::string::npos);
}

TEST_CASE("what a file is when it is not a project: an answer file, a table, a spreadsheet, a form, no format") {
  auto refused = [](const std::string& text) {
    const json env = json::parse(api::validate(text, R"({"lang":"nb"})"));
    REQUIRE(env["ok"] == false);
    return env["errors"][0];
  };
  const json ans = refused(answer("a1", {}).dump());
  CHECK(ans["code"] == "wrong-format");
  CHECK(ans["message"].get<std::string>().find("Dette er en svarfil fra spørreskjemaet") == 0);
  const json csv = refused("Navn;Enhet;Stilling\nKari;NAV;Rådgiver\n");
  CHECK(csv["code"] == "not-json");
  CHECK(csv["message"].get<std::string>().find("Dette ser ut som en tabell (CSV)") == 0);
  const json xlsx = refused(std::string("PK\x03\x04\x14\x00\x06\x00\xff\xfe", 10));
  CHECK(xlsx["code"] == "not-json");
  CHECK(xlsx["message"].get<std::string>().find("Dette er et regneark") == 0);
  const json form =
      refused("<!DOCTYPE html><html><script id=\"bosam-survey-data\">{\"format\":\"bosam-survey\"}</script>");
  CHECK(form["message"].get<std::string>().find("Dette er et spørreskjema fra Bosam") == 0);
  // Regression: "format er mangler"; then "feltet «format» mangler" (jargon).
  const json none = refused(R"({"schemaVersion":1})");
  CHECK(none["message"].get<std::string>().find("Dette er ikke en prosjektfil fra Bosam, men en annen slags fil.") ==
        0);
  // Near-miss: broken JSON that is JSON-like says so in words; the line and column stay in the issue.
  const json cut = refused(R"({"format": "bosam-project",)");
  CHECK(cut["message"].get<std::string>().find("Filen ser ut til å være skadet eller ufullstendig") == 0);
  CHECK(cut["line"] == 1);
}

TEST_CASE("an answer whose names are not text is refused in words, never a crash (regression: internal-error)") {
  json p = test::base_project();
  json a = answer("a1", {});
  a["projectId"] = "p-other";
  a["respondentName"] = 5;
  json env = merge(p, {{"svar.json", a}});
  REQUIRE(env["ok"] == false);
  CHECK(env["errors"][0]["code"] == "wrong-type");
  CHECK(env["errors"][0]["path"] == "svar.json: $.respondentName");
  a["respondentName"] = nullptr;  // null counts as absent: the refusal names the person by id
  a["municipality"] = nullptr;
  env = merge(p, {{"svar.json", a}});
  REQUIRE(env["ok"] == false);
  CHECK(env["errors"][0]["code"] == "wrong-project");
  CHECK(env["errors"][0]["message"].get<std::string>().find("the person with id a1") != std::string::npos);
}

TEST_CASE("merge: in nynorsk, an answer for another project names the person by id when the name is missing") {
  json p = test::base_project();
  json other = answer("a1", {});
  other["projectId"] = "p-other";
  json list = json::array({{{"name", "svar.json"}, {"text", other.dump()}}});
  const json env = json::parse(api::merge(p.dump(), list.dump(), R"({"lang":"nn"})"));
  REQUIRE(env["ok"] == false);
  const std::string m = env["errors"][0]["message"].get<std::string>();
  CHECK(m.find("personen med id a1") != std::string::npos);
  CHECK(m.find("eit anna prosjekt") != std::string::npos);
}

TEST_CASE(
    "merge: an answer for a round whose answers were deleted after the retention date is refused, naming the round "
    "and the date (regression: it was merged, and the round had answers again past the promised date)") {
  json p = test::base_project();
  p["waves"][0]["label"] = "Våren 2026";
  p["waves"][0]["retired"] = {{"retiredAt", "2027-01-05T10:00:00Z"}, {"figures", json::object()}};
  const json env = merge(p, {{"sent-late.json", answer("a1", {{"a2", 3}})}});
  REQUIRE(env["ok"] == false);
  CHECK_FALSE(env.contains("result"));
  REQUIRE(env["errors"].size() == 1);
  CHECK(env["errors"][0]["path"] == "sent-late.json: $.waveId");
  CHECK(env["errors"][0]["code"] == "answer-retired-wave");
  const std::string message = env["errors"][0]["message"].get<std::string>();
  CHECK(message.find("“Våren 2026”") != std::string::npos);
  CHECK(message.find("2027-01-05") != std::string::npos);
  // The same answer for a round still open is merged.
  p["waves"][0].erase("retired");
  CHECK(merge(p, {{"sent-late.json", answer("a1", {{"a2", 3}})}})["ok"] == true);
}
