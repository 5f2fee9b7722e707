// What changed between two versions of a project (the summary of a snapshot), on hand-made versions whose
// changes are counted by hand.
#include <doctest/doctest.h>

#include "check_helpers.hpp"

using namespace bosam;

namespace {
json changes(const json& before, const json& after) {
  const json env = json::parse(api::changes(before.is_null() ? "" : before.dump(), after.dump(), R"({"lang":"en"})"));
  REQUIRE(env["ok"] == true);
  return env["result"];
}
json counts(long long added, long long removed, long long changed) {
  return {{"added", added}, {"removed", removed}, {"changed", changed}};
}
}  // namespace

TEST_CASE("changes: a first version says what it holds") {
  const json r = changes(nullptr, test::base_project());
  CHECK(r["changes"].is_null());
  const json& c = r["counts"];
  CHECK(c["unit"] == 4);
  CHECK(c["person"] == 9);
  CHECK(c["function"] == 3);
  CHECK(c["targetGroup"] == 2);
  CHECK(c["assignment"] == 0);
  CHECK(c["wave"] == 1);
  CHECK(c["respondent"] == 8);
  CHECK(c["tie"] == 0);
  CHECK(c["phaseItem"] == 0);
}

TEST_CASE("changes: each kind of edit is counted once, under its kind") {
  const json before = test::base_project();
  json after = before;
  after["actors"].push_back({{"id", "a4"}, {"name", "Person a4"}, {"unitId", "u-a"}});  // person +1
  after["units"][1]["name"] = "Enhet B (ny)";                                           // unit changed
  test::add_tie(after, "a1", "b1");                                                     // tie +2 (both ways)
  after["respondents"][0]["responded"] = false;                                         // respondent changed
  test::assign(after, "u-a", "a1", "f-1", "performs");                                  // assignment +1
  after["municipality"]["name"] = "Test 2";                                             // municipality changed
  after["settings"] = {{"language", "nn"}};                                             // settings added
  after["phases"] = {{"1", {{"items", {{"mandate", {{"done", true}}}}}}}};              // phase item +1
  after["copiedFrom"] = "p-old";                                                        // other +1
  after["revision"] = {{"stamp", "r-0123456789abcdef"}, {"savedAt", "2026-12-05T07:15:00.000Z"}};  // not content
  const json r = changes(before, after);
  const json& c = r["changes"];
  CHECK(c["person"] == counts(1, 0, 0));
  CHECK(c["unit"] == counts(0, 0, 1));
  CHECK(c["tie"] == counts(2, 0, 0));
  CHECK(c["respondent"] == counts(0, 0, 1));
  CHECK(c["assignment"] == counts(1, 0, 0));
  CHECK(c["municipality"] == counts(0, 0, 1));
  CHECK(c["settings"] == counts(1, 0, 0));
  CHECK(c["phaseItem"] == counts(1, 0, 0));
  CHECK(c["other"] == counts(1, 0, 0));
  CHECK(c["function"] == counts(0, 0, 0));
  CHECK(c["wave"] == counts(0, 0, 0));
  CHECK(c["same"] == false);
  CHECK(r["counts"]["person"] == 10);

  // And back: what was added is removed.
  const json back = changes(after, before)["changes"];
  CHECK(back["person"] == counts(0, 1, 0));
  CHECK(back["tie"] == counts(0, 2, 0));
  CHECK(back["settings"] == counts(0, 1, 0));
}

TEST_CASE("changes: deleting a unit with its people counts the people and their answers too") {
  const json before = test::base_project();
  json after = before;
  auto drop = [&](const char* list, auto pred) {
    json kept = json::array();
    for (const auto& x : after[list])
      if (!pred(x)) kept.push_back(x);
    after[list] = kept;
  };
  drop("units", [](const json& u) { return u["id"] == "u-c"; });
  drop("actors", [](const json& a) { return a["unitId"] == "u-c"; });
  drop("respondents", [](const json& r) { return r["actorId"] == "c1" || r["actorId"] == "c2"; });
  const json c = changes(before, after)["changes"];
  CHECK(c["unit"] == counts(0, 1, 0));
  CHECK(c["person"] == counts(0, 2, 0));
  CHECK(c["respondent"] == counts(0, 2, 0));
}

TEST_CASE("changes: key order, number notation and the save stamp are no change") {
  json before = test::base_project();
  before["actors"][0]["fte"] = 1;
  json after = json::parse(R"({"id":"p-test","schemaVersion":1,"format":"bosam-project"})");
  for (auto it = before.begin(); it != before.end(); ++it)
    if (!after.contains(it.key())) after[it.key()] = it.value();
  after["units"][0] = {{"name", "Enhet A"}, {"id", "u-a"}};  // the same unit, keys the other way round
  after["actors"][0]["fte"] = 1.0;
  after["revision"] = {{"stamp", "r-00000000000000ff"}, {"savedAt", "2026-12-05T07:15:00.000Z"}};
  CHECK(changes(before, after)["changes"]["same"] == true);
}

TEST_CASE("changes: of two assignments with the same holder and function, deleting one is one removal") {
  json before = test::base_project();
  test::assign(before, "u-a", "a1", "f-1", "performs", {"tg-1"});
  test::assign(before, "u-a", "a1", "f-1", "contributes", {"tg-2"});
  json after = before;
  after["assignments"].erase(0);  // the first: paired in order, the second would wrongly read as "changed"
  CHECK(changes(before, after)["changes"]["assignment"] == counts(0, 1, 0));
  after["assignments"][0]["role"] = "responsible";
  CHECK(changes(before, after)["changes"]["assignment"] == counts(0, 1, 1));
}

TEST_CASE("changes: a version that does not pass the door is an error, not a count") {
  json bad = test::base_project();
  bad["ties"].push_back({{"from", "a1"}, {"to", "nobody"}, {"waveId", "w"}, {"frequency", 3}});
  const json env = json::parse(api::changes(bad.dump(), test::base_project().dump(), "{}"));
  CHECK(env["ok"] == false);
  CHECK(env["errors"][0]["path"] == "$.ties[0].to");
}
