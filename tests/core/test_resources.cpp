// The resource overview and the location overview of the analysis (docs/analysis.md), and the phase-2 evidence built on
// them. Every expected number is worked out by hand in the comments from the small projects here.
#include <doctest/doctest.h>

#include "check_helpers.hpp"
#include "checks/locations.hpp"

using namespace bosam;
using doctest::Approx;
using test::add_tie;
using test::assign;

namespace {

json analysis(const json& p, json options = json::object()) {
  options["lang"] = "en";
  const json env = json::parse(api::analyze(p.dump(), options.dump()));
  INFO(env.dump());
  REQUIRE(env["ok"] == true);
  return env["result"];
}

const json& by_id(const json& list, const json& id) {
  for (const auto& x : list)
    if (x["id"] == id) return x;
  FAIL("no entry " << id.dump());
  static const json none;
  return none;
}

// An assignment with an FTE (assign() writes none).
void assign_fte(json& p, const std::string& unit, const std::string& actor, const std::string& function,
                const std::string& role, std::vector<std::string> groups, double fte) {
  assign(p, unit, actor, function, role, std::move(groups));
  p["assignments"].back()["fte"] = fte;
}

void set_fte(json& p, const std::string& actor, double fte) {
  for (auto& a : p["actors"])
    if (a["id"] == actor) a["fte"] = fte;
}

// The estimate scenario. Actors (their whole positions): a1 0.5 FTE, a2 0.3, a3 none, b1 0.2.
//  #1 u-a a1 f-1 performs   [tg-1]        0.2 stated
//  #2 u-a a1 f-2 performs   []            estimated: a1 has 0.5 − 0.2 = 0.3 left, all for #2 (#3 only contributes)
//  #3 u-a a1 f-3 contributes [tg-1,tg-2]  unknown: a contribution is never estimated
//  #4 u-a a2 f-1 responsible [tg-2]       0.4 stated (more than a2's 0.3)
//  #5 u-a a2 f-2 performs   []            estimated max(0, 0.3 − 0.4) = 0
//  #6 u-a a3 f-2 performs   []            unknown (a3 has no FTE)
//  #7 u-b (unit) f-1 performs [tg-1]      unknown (no person)
//  #8 u-x x1 f-1 contributes []           0.5 stated, but external: not counted
//  #9 u-b b1 f-2 performs  [tg-2]        estimated 0.2 (b1's whole 0.2)
json estimate_project() {
  json p = test::base_project();
  set_fte(p, "a1", 0.5);
  set_fte(p, "a2", 0.3);
  set_fte(p, "b1", 0.2);
  assign_fte(p, "u-a", "a1", "f-1", "performs", {"tg-1"}, 0.2);
  assign(p, "u-a", "a1", "f-2", "performs");
  assign(p, "u-a", "a1", "f-3", "contributes", {"tg-1", "tg-2"});
  assign_fte(p, "u-a", "a2", "f-1", "responsible", {"tg-2"}, 0.4);
  assign(p, "u-a", "a2", "f-2", "performs");
  assign(p, "u-a", "a3", "f-2", "performs");
  assign(p, "u-b", "", "f-1", "performs", {"tg-1"});
  assign_fte(p, "u-x", "x1", "f-1", "contributes", {}, 0.5);
  assign(p, "u-b", "b1", "f-2", "performs", {"tg-2"});
  return p;
}

}  // namespace

TEST_CASE("resources: totals, the estimate rule and unknown assignments") {
  const json r = analysis(estimate_project())["resources"];
  CHECK(r["threshold"] == 0.2);
  CHECK(r["totalFte"].get<double>() == Approx(1.1));      // 0.2 + 0.3 + 0.4 + 0 + 0.2
  CHECK(r["estimatedFte"].get<double>() == Approx(0.5));  // 0.3 + 0 + 0.2
  CHECK(r["unknownAssignments"] == 3);                    // #3, #6 and #7
  CHECK(r["externalAssignments"] == 1);                   // #8
}

TEST_CASE("resources: per function, in project order") {
  const json fs = analysis(estimate_project())["resources"]["functions"];
  REQUIRE(fs.size() == 3);
  CHECK(fs[0]["id"] == "f-1");
  CHECK(fs[1]["id"] == "f-2");
  CHECK(fs[2]["id"] == "f-3");
  // f-1: #1 0.2 + #4 0.4 + #7 unknown; a1 and a2; u-a and u-b; tg-1 and tg-2; largest 0.4 / 0.6.
  const json& f1 = fs[0];
  CHECK(f1["essential"] == true);
  CHECK(f1["fte"].get<double>() == Approx(0.6));
  CHECK(f1["estimatedFte"].get<double>() == Approx(0.0));
  CHECK(f1["people"] == 2);
  CHECK(f1["units"] == 2);
  CHECK(f1["assignments"] == 3);
  CHECK(f1["targetGroups"] == 2);
  CHECK(f1["unknownAssignments"] == 1);
  CHECK(f1["belowThreshold"] == false);
  CHECK(f1["largestShare"].get<double>() == Approx(2.0 / 3.0).epsilon(1e-5));
  CHECK(f1["holders"] == 2);  // the unknown unit-level #7 holds no known time
  // f-2: #2 0.3 + #5 0 + #6 unknown + #9 0.2 = 0.5, all estimated; a1, a2, a3, b1; largest a1 0.3 / 0.5.
  const json& f2 = fs[1];
  CHECK(f2["fte"].get<double>() == Approx(0.5));
  CHECK(f2["estimatedFte"].get<double>() == Approx(0.5));
  CHECK(f2["people"] == 4);
  CHECK(f2["units"] == 2);
  CHECK(f2["assignments"] == 4);
  CHECK(f2["targetGroups"] == 1);
  CHECK(f2["largestShare"].get<double>() == Approx(0.3 / 0.5).epsilon(1e-5));
  CHECK(f2["holders"] == 2);  // a2's estimate is 0
  // f-3: #3 alone, a contribution without FTE: unknown, so 0 known (below 0.2) and no holder.
  CHECK(fs[2]["fte"] == 0.0);
  CHECK(fs[2]["estimatedFte"] == 0.0);
  CHECK(fs[2]["unknownAssignments"] == 1);
  CHECK(fs[2]["belowThreshold"] == true);
  CHECK(fs[2]["largestShare"] == 0.0);
  CHECK(fs[2]["holders"] == 0);
}

TEST_CASE("resources: per unit, with each function's share of the unit summing to 1") {
  const json us = analysis(estimate_project())["resources"]["units"];
  REQUIRE(us.size() == 3);  // internal units only: u-x is left out
  // u-a: #1..#6 = 0.2 + 0.3 + 0 (unknown) + 0.4 + 0 + 0 (unknown) = 0.9, of it estimated 0.3; people a1, a2, a3.
  const json& a = us[0];
  CHECK(a["id"] == "u-a");
  CHECK(a["fte"].get<double>() == Approx(0.9));
  CHECK(a["estimatedFte"].get<double>() == Approx(0.3));
  CHECK(a["people"] == 3);
  REQUIRE(a["byFunction"].size() == 3);
  CHECK(a["byFunction"][0]["functionId"] == "f-1");
  CHECK(a["byFunction"][0]["fte"].get<double>() == Approx(0.6));
  CHECK(a["byFunction"][0]["share"].get<double>() == Approx(0.6 / 0.9).epsilon(1e-5));
  CHECK(a["byFunction"][1]["share"].get<double>() == Approx(0.3 / 0.9).epsilon(1e-5));
  CHECK(a["byFunction"][2]["share"] == 0.0);  // f-3: only a1's contribution, unknown
  // Each cell says how much of it is estimated and how many of its tasks are unknown: f-2 in u-a is #2 0.3
  // (estimated) + #5 0 (estimated) + #6 unknown; f-3 in u-a is #3 unknown.
  CHECK(a["byFunction"][1]["estimatedFte"].get<double>() == Approx(0.3));
  CHECK(a["byFunction"][1]["unknownAssignments"] == 1);
  CHECK(a["byFunction"][2]["estimatedFte"] == 0.0);
  CHECK(a["byFunction"][2]["unknownAssignments"] == 1);
  CHECK(a["byFunction"][0]["unknownAssignments"] == 0);  // f-1 in u-a: #1 and #4, both stated
  double sum = 0;
  for (const auto& b : a["byFunction"]) sum += b["share"].get<double>();
  CHECK(sum == Approx(1.0).epsilon(1e-5));
  // u-b: #7 unknown (0) and #9 0.2 → f-1 share 0, f-2 share 1; one person (b1).
  const json& b = us[1];
  CHECK(b["fte"].get<double>() == Approx(0.2));
  CHECK(b["people"] == 1);
  REQUIRE(b["byFunction"].size() == 2);
  CHECK(b["byFunction"][0]["share"] == 0.0);
  CHECK(b["byFunction"][1]["share"] == 1.0);
  // u-c: nothing assigned.
  CHECK(us[2]["fte"] == 0.0);
  CHECK(us[2]["byFunction"].empty());
}

TEST_CASE("resources: an assignment's FTE is split equally over its target groups") {
  const json ts = analysis(estimate_project())["resources"]["targetGroups"];
  REQUIRE(ts.size() == 3);  // tg-1, tg-2, then the assignments that name none
  // tg-1: #1 0.2 + half of #3 unknown + #7 unknown → 0.2 (nothing estimated); functions f-1, f-3.
  CHECK(ts[0]["id"] == "tg-1");
  CHECK(ts[0]["fte"].get<double>() == Approx(0.2));
  CHECK(ts[0]["estimatedFte"] == 0.0);
  CHECK(ts[0]["functions"] == 2);
  CHECK(ts[0]["assignments"] == 3);
  // tg-2: half of #3 unknown + #4 0.4 + #9 0.2 → 0.6 (0.2 estimated); functions f-1, f-2, f-3.
  CHECK(ts[1]["fte"].get<double>() == Approx(0.6));
  CHECK(ts[1]["estimatedFte"].get<double>() == Approx(0.2));
  CHECK(ts[1]["functions"] == 3);
  // No group: #2 0.3 + #5 0 + #6 unknown → 0.3; function f-2.
  CHECK(ts[2]["id"].is_null());
  CHECK(ts[2]["name"] == "");
  CHECK(ts[2]["fte"].get<double>() == Approx(0.3));
  CHECK(ts[2]["functions"] == 1);
  CHECK(ts[2]["assignments"] == 3);
  // The groups add up to the total: 0.2 + 0.6 + 0.3 = 1.1.
  double sum = 0;
  for (const auto& t : ts) sum += t["fte"].get<double>();
  CHECK(sum == Approx(1.1));
}

TEST_CASE("resources: each assignment's figure for the matrix cell, in project order") {
  const json as = analysis(estimate_project())["resources"]["assignments"];
  REQUIRE(as.size() == 9);
  CHECK(as[0] == json{{"fte", 0.2}, {"estimated", false}, {"counted", true}});      // #1 stated
  CHECK(as[1] == json{{"fte", 0.3}, {"estimated", true}, {"counted", true}});       // #2 the rest of a1's 0.5
  CHECK(as[2] == json{{"fte", nullptr}, {"estimated", false}, {"counted", true}});  // #3 contributes: unknown
  CHECK(as[4] == json{{"fte", 0.0}, {"estimated", true}, {"counted", true}});       // #5 nothing left of a2's 0.3
  CHECK(as[6] == json{{"fte", nullptr}, {"estimated", false}, {"counted", true}});  // #7 a unit as a whole
  CHECK(as[7] == json{{"fte", 0.5}, {"estimated", false}, {"counted", false}});     // #8 external: its own figure only
}

// A staff list gives each person's whole position (1.0 here for a1, b1 and a2). a1 performs f-1 with 0.3 stated;
// b1 only contributes to f-1, without FTE; a2 performs f-2 without FTE and contributes to f-1 without FTE.
// The old rule gave b1's contribution the rest of b1's position (1.0) and a2's two assignments 0.5 each, so f-1 had
// 0.3 + 1.0 + 0.5 = 1.8. Now: f-1 = 0.3 (both contributions unknown); f-2 = 1.0 (all of a2's rest, estimated);
// total 1.3, of it 1.0 estimated, 2 unknown.
TEST_CASE("resources: a contributing assignment without FTE is not given the rest of a whole position") {
  json p = test::base_project();
  set_fte(p, "a1", 1.0);
  set_fte(p, "b1", 1.0);
  set_fte(p, "a2", 1.0);
  assign_fte(p, "u-a", "a1", "f-1", "performs", {}, 0.3);
  assign(p, "u-b", "b1", "f-1", "contributes");
  assign(p, "u-a", "a2", "f-2", "performs");
  assign(p, "u-a", "a2", "f-1", "contributes");
  const json r = analysis(p)["resources"];
  CHECK(r["totalFte"].get<double>() == Approx(1.3));
  CHECK(r["estimatedFte"].get<double>() == Approx(1.0));
  CHECK(r["unknownAssignments"] == 2);
  const json& f1 = by_id(r["functions"], "f-1");
  CHECK(f1["fte"].get<double>() == Approx(0.3));
  CHECK(f1["estimatedFte"] == 0.0);
  CHECK(f1["unknownAssignments"] == 2);
  CHECK(f1["people"] == 3);  // a contribution still counts who takes part
  CHECK(by_id(r["functions"], "f-2")["fte"].get<double>() == Approx(1.0));
  // A contribution with its own FTE counts as given.
  p["assignments"][1]["fte"] = 0.1;
  CHECK(by_id(analysis(p)["resources"]["functions"], "f-1")["fte"].get<double>() == Approx(0.4));
}

TEST_CASE("resources: the threshold comes from the project's settings") {
  json p = estimate_project();
  p["settings"] = {{"thresholds", {{"minFunctionFte", 0.55}}}};
  const json r = analysis(p)["resources"];
  CHECK(r["threshold"] == 0.55);
  CHECK(by_id(r["functions"], "f-1")["belowThreshold"] == false);  // 0.6
  CHECK(by_id(r["functions"], "f-2")["belowThreshold"] == true);   // 0.5
}

TEST_CASE("resources: no target group entry when every assignment names one") {
  json p = test::base_project();
  assign_fte(p, "u-a", "a1", "f-1", "performs", {"tg-1"}, 0.3);
  const json r = analysis(p)["resources"];
  REQUIRE(r["targetGroups"].size() == 2);
  CHECK(r["unknownAssignments"] == 0);
  CHECK(by_id(r["functions"], "f-2")["fte"] == 0.0);  // listed though nothing is assigned
  CHECK(by_id(r["functions"], "f-2")["largestShare"] == 0.0);
}

TEST_CASE("locations: places group trimmed, case-insensitive spellings; people inherit their unit's place") {
  json p = test::base_project();
  p["units"][0]["location"] = " Rådhuset ";
  p["units"][1]["location"] = "RÅDHUSET";
  p["units"][3]["location"] = "Molde";
  p["actors"][0]["location"] = "Helsehuset";  // a1 sits elsewhere than u-a
  const json places = analysis(p)["locations"]["places"];
  // Units first (u-a opens Rådhuset, u-c has none, u-x opens Molde), then people (a1 opens Helsehuset).
  REQUIRE(places.size() == 4);
  CHECK(places[0] ==
        json{{"location", "Rådhuset"}, {"units", {"u-a", "u-b"}}, {"actors", {"a2", "a3", "b1", "b2", "b3"}}});
  CHECK(places[1] == json{{"location", "Molde"}, {"units", json::array({"u-x"})}, {"actors", json::array({"x1"})}});
  CHECK(places[2] == json{{"location", "Helsehuset"}, {"units", json::array()}, {"actors", json::array({"a1"})}});
  CHECK(places[3] == json{{"location", nullptr}, {"units", json::array({"u-c"})}, {"actors", {"c1", "c2"}}});
}

namespace {
// u-a and u-b at the same place (spelt differently), u-c elsewhere.
//  u-a a1 f-1 responsible [tg-1];  u-b b1 f-1 contributes;  u-c c1 f-2 performs [tg-1];  u-a a2 f-3 performs [tg-2];
//  u-x x1 f-2 contributes [tg-1] (external: in no pair).
// Pairs: u-a/u-b share f-1 (u-b only contributes, so neither is held by both); u-a/u-c share tg-1 (both hold it);
// u-b/u-c share nothing.
// Ties: a1–b1 monthly both ways, a2→b2 daily (one side), a1→c1 less than monthly, a1–a2 inside u-a.
json pair_project() {
  json p = test::base_project();
  p["units"][0]["location"] = "Rådhuset";
  p["units"][1]["location"] = "rådhuset ";
  p["units"][2]["location"] = "Helsehuset";
  assign(p, "u-a", "a1", "f-1", "responsible", {"tg-1"});
  assign(p, "u-b", "b1", "f-1", "contributes");
  assign(p, "u-c", "c1", "f-2", "performs", {"tg-1"});
  assign(p, "u-a", "a2", "f-3", "performs", {"tg-2"});
  assign(p, "u-x", "x1", "f-2", "contributes", {"tg-1"});
  add_tie(p, "a1", "b1", 2);
  add_tie(p, "a2", "b2", 4, false);
  add_tie(p, "a1", "c1", 1, false);
  add_tie(p, "a1", "a2", 4);
  return p;
}
}  // namespace

TEST_CASE("locations: pairs of internal units that share work, with location and contact") {
  const json pairs = analysis(pair_project())["locations"]["pairs"];
  REQUIRE(pairs.size() == 2);
  const json& ab = pairs[0];
  CHECK(ab["a"] == "u-a");
  CHECK(ab["b"] == "u-b");
  CHECK(ab["sharedFunctions"] == json{"f-1"});
  CHECK(ab["sharedTargetGroups"] == json::array());
  CHECK(ab["sameLocation"] == true);
  CHECK(ab["ties"] == 2);          // a1–b1 and a2–b2
  CHECK(ab["maxFrequency"] == 4);  // the one-sided daily report counts in G
  CHECK(ab["weeklyOrMore"] == true);
  CHECK(ab["bothHoldFunctions"] == json::array());
  const json& ac = pairs[1];
  CHECK(ac["a"] == "u-a");
  CHECK(ac["b"] == "u-c");
  CHECK(ac["sharedFunctions"] == json::array());
  CHECK(ac["sharedTargetGroups"] == json{"tg-1"});
  CHECK(ac["sameLocation"] == false);
  CHECK(ac["locationA"] == "Rådhuset");
  CHECK(ac["locationB"] == "Helsehuset");
  CHECK(ac["ties"] == 1);
  CHECK(ac["maxFrequency"] == 1);
  CHECK(ac["weeklyOrMore"] == false);
  CHECK(ac["bothHoldTargetGroups"] == json{"tg-1"});
}

TEST_CASE("locations: ties follow the analysis options, and an unknown location gives sameLocation null") {
  json p = pair_project();
  p["units"][2].erase("location");
  const json pairs = analysis(p, {{"minFrequency", 2}})["locations"]["pairs"];
  REQUIRE(pairs.size() == 2);
  CHECK(pairs[1]["sameLocation"].is_null());
  CHECK(pairs[1]["ties"] == 0);  // a1→c1 is less than monthly: dropped by minFrequency 2
  CHECK(pairs[1]["maxFrequency"] == 0);
  CHECK(pairs[0]["ties"] == 2);  // monthly and daily stay
}

TEST_CASE("locations: with no wave every pair has 0 ties") {
  json p = pair_project();
  p["waves"] = json::array();
  p["respondents"] = json::array();
  p["ties"] = json::array();
  const json pairs = analysis(p)["locations"]["pairs"];
  REQUIRE(pairs.size() == 2);
  CHECK(pairs[0]["ties"] == 0);
  CHECK(pairs[0]["maxFrequency"] == 0);
}

namespace {
const json& phase_item(const json& result, const std::string& id) {
  for (const auto& it : result["phases"][1]["items"])
    if (it["id"] == id) return it;
  FAIL("no phase-2 item " << id);
  static const json none;
  return none;
}
}  // namespace

TEST_CASE("phases: resources-mapped counts estimated FTE as known, per essential function") {
  json p = test::base_project();
  set_fte(p, "a1", 0.5);
  assign(p, "u-a", "a1", "f-1", "performs");  // estimated 0.5 from a1
  assign(p, "u-b", "", "f-2", "performs");    // unknown
  json e = phase_item(analysis(p), "resources-mapped")["evidence"];
  CHECK(e["met"] == false);
  CHECK(e["numbers"]["estimatedAssignments"] == 1);
  CHECK(e["numbers"]["unknownAssignments"] == 1);
  CHECK(e["numbers"]["essential"] == 2);
  CHECK(e["numbers"]["essentialWithFte"] == 1);
  CHECK(e["subjects"]["functions"] == json{"f-2"});
  p["assignments"][1]["fte"] = 0.1;
  e = phase_item(analysis(p), "resources-mapped")["evidence"];
  CHECK(e["met"] == true);
  CHECK(e["numbers"]["essentialWithFte"] == 2);
}

TEST_CASE("phases: resource-location is met when every internal unit has a location") {
  json p = test::base_project();
  assign(p, "u-a", "a1", "f-1", "performs");
  assign(p, "u-c", "c1", "f-1", "performs");
  json e = phase_item(analysis(p), "resource-location")["evidence"];
  CHECK(e["met"] == false);
  CHECK(e["numbers"]["unitsWithLocation"] == 0);
  CHECK(e["subjects"]["units"] == json{"u-a", "u-b", "u-c"});
  p["units"][0]["location"] = "Rådhuset";
  p["units"][1]["location"] = "rådhuset";
  p["units"][2]["location"] = "Helsehuset";
  e = phase_item(analysis(p), "resource-location")["evidence"];
  CHECK(e["met"] == true);
  // Two places (Rådhuset twice); one pair shares work (u-a/u-c on f-1), and it sits apart.
  CHECK(
      e["numbers"] ==
      json{{"internalUnits", 3}, {"unitsWithLocation", 3}, {"places", 2}, {"pairsSharingWork", 1}, {"pairsApart", 1}});
}

TEST_CASE(
    "locations: the key folds Sámi capitals and trims Excel's non-breaking spaces (regression: the map and "
    "split-location grouped places differently)") {
  CHECK(checks::location_key("ČÁHCESULLUO") == "čáhcesulluo");
  CHECK(checks::location_key("ŊUORGGÁ ŠIIDA Đ Ŧ Ž") == "ŋuorggá šiida đ ŧ ž");
  CHECK(checks::location_key("\xC2\xA0R\xC3\x85"
                             "DHUSET\xE2\x80\xAF") == "rådhuset");  // NBSP … narrow NBSP
  CHECK(checks::location_key("  Ÿ ĸ ı  ") == "ÿ ĸ ı");              // no small letter for ĸ and ı in the block
  CHECK(checks::location_key("Ĺ ĺ Ź ź") == "ĺ ĺ ź ź");              // the odd-capital stretches
  CHECK(checks::location_key("Rådhuset") == checks::location_key("rÅdhuset"));
}

TEST_CASE(
    "resources: a responsible assignment without FTE is not estimated (regression: a head of unit with a whole "
    "position who is responsible for a function was counted as a whole position on it)") {
  // c1 has a whole position (1.0) and one assignment without an FTE. Responsible: unknown, nothing added. The same
  // assignment performed: the whole 1.0, an estimate.
  json p = test::base_project();
  set_fte(p, "c1", 1.0);
  assign(p, "u-c", "c1", "f-1", "responsible");
  const json leader = analysis(p)["resources"];
  CHECK(leader["totalFte"].get<double>() == Approx(0.0));
  CHECK(leader["estimatedFte"].get<double>() == Approx(0.0));
  CHECK(leader["unknownAssignments"] == 1);
  p["assignments"].back()["role"] = "performs";
  const json doer = analysis(p)["resources"];
  CHECK(doer["totalFte"].get<double>() == Approx(1.0));
  CHECK(doer["estimatedFte"].get<double>() == Approx(1.0));
  CHECK(doer["unknownAssignments"] == 0);
}
