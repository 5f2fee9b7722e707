// Resource and location rules (docs/findings.md): for each, a scenario that triggers it and near-misses that must not.
// Defaults: minFunctionFte 0.2, minPersonFte 0.1, fragmentedMinHolders 4, fragmentedMaxShare 0.35,
// splitLocationMinFrequency 3 (weekly).
#include <doctest/doctest.h>

#include "check_helpers.hpp"

using namespace bosam;
using doctest::Approx;
using test::add_tie;
using test::assign;
using test::findings;

namespace {

void assign_fte(json& p, const std::string& unit, const std::string& actor, const std::string& function,
                const std::string& role, double fte) {
  assign(p, unit, actor, function, role);
  p["assignments"].back()["fte"] = fte;
}

bool contains(const json& text, const std::string& part) {
  return text.get<std::string>().find(part) != std::string::npos;
}

}  // namespace

// ---- thin-resources ----

TEST_CASE("thin-resources: an essential function with 0.1 + 0.05 = 0.15 FTE, below 0.2") {
  json p = test::base_project();
  test::connect_all(p);
  assign_fte(p, "u-a", "a1", "f-1", "responsible", 0.1);
  assign_fte(p, "u-b", "b1", "f-1", "performs", 0.05);
  assign_fte(p, "u-a", "a2", "f-2", "responsible", 0.5);   // plenty
  assign_fte(p, "u-a", "a3", "f-3", "responsible", 0.05);  // little, but not essential
  const json f = findings(p, "thin-resources");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["id"] == "thin-resources:f-1");
  CHECK(f[0]["severity"] == "warning");
  CHECK(f[0]["subjects"]["functions"] == json{"f-1"});
  CHECK(f[0]["subjects"]["units"] == json{"u-a", "u-b"});
  CHECK(f[0]["subjects"]["actors"] == json{"a1", "b1"});
  CHECK(f[0]["numbers"]["fte"].get<double>() == Approx(0.15));
  CHECK(f[0]["numbers"]["threshold"] == 0.2);
  CHECK(f[0]["numbers"]["variant"] == "total");
  CHECK(contains(f[0]["explanation"], "0.15 FTE"));
  const json nb = findings(p, "thin-resources", "nb");
  REQUIRE(nb.size() == 1);
  CHECK(contains(nb[0]["explanation"], "0,15 årsverk"));
}

TEST_CASE("thin-resources: an estimated FTE counts, and the text says it is estimated") {
  json p = test::base_project();
  test::connect_all(p);
  p["actors"][0]["fte"] = 0.3;  // a1: 0.3 − 0.2 stated = 0.1 left for f-1
  assign_fte(p, "u-a", "a1", "f-2", "responsible", 0.2);
  assign(p, "u-a", "a1", "f-1", "performs");  // performed: estimated (a responsible one would stay unknown)
  const json f = findings(p, "thin-resources");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["numbers"]["fte"].get<double>() == Approx(0.1));
  CHECK(f[0]["numbers"]["estimatedFte"].get<double>() == Approx(0.1));
  CHECK(contains(f[0]["explanation"], "estimated"));
}

TEST_CASE("thin-resources near-miss: exactly at the threshold (0.1 + 0.1 = 0.2)") {
  json p = test::base_project();
  test::connect_all(p);
  assign_fte(p, "u-a", "a1", "f-1", "responsible", 0.1);
  assign_fte(p, "u-b", "b1", "f-1", "performs", 0.1);
  CHECK(findings(p, "thin-resources").empty());
}

TEST_CASE("thin-resources near-miss: an unknown FTE makes the total a lower bound, so it is not judged") {
  json p = test::base_project();
  test::connect_all(p);
  assign_fte(p, "u-a", "a1", "f-1", "responsible", 0.05);
  assign(p, "u-b", "b1", "f-1", "performs");  // b1 has no FTE: unknown
  CHECK(findings(p, "thin-resources").empty());
}

TEST_CASE("thin-resources near-miss: a function no one holds is uncovered-function's, not this rule's") {
  json p = test::base_project();
  test::connect_all(p);
  assign_fte(p, "u-a", "a1", "f-1", "contributes", 0.05);
  CHECK(findings(p, "thin-resources").empty());
  CHECK(findings(p, "uncovered-function").size() == 2);  // f-1 (only contributed to) and f-2 (nothing)
}

TEST_CASE("thin-resources: enough in all (3 × 0.08 = 0.24) but no person has 0.1") {
  json p = test::base_project();
  test::connect_all(p);
  assign_fte(p, "u-a", "a1", "f-1", "responsible", 0.08);
  assign_fte(p, "u-a", "a2", "f-1", "performs", 0.08);
  assign_fte(p, "u-b", "b1", "f-1", "performs", 0.08);
  const json f = findings(p, "thin-resources");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["numbers"]["variant"] == "people");
  CHECK(f[0]["numbers"]["fte"].get<double>() == Approx(0.24));
  CHECK(f[0]["numbers"]["largestPersonFte"].get<double>() == Approx(0.08));
  CHECK(f[0]["numbers"]["minPersonFte"] == 0.1);
  CHECK(contains(f[0]["explanation"], "3 people"));
  CHECK(contains(f[0]["explanation"], "Person a1 (0.08)"));
}

TEST_CASE("thin-resources near-miss: one person has 0.1, or a unit as a whole carries part of it") {
  json p = test::base_project();
  test::connect_all(p);
  assign_fte(p, "u-a", "a1", "f-1", "responsible", 0.1);
  assign_fte(p, "u-a", "a2", "f-1", "performs", 0.08);
  assign_fte(p, "u-b", "b1", "f-1", "performs", 0.08);
  CHECK(findings(p, "thin-resources").empty());
  p["assignments"][0].erase("actorId");  // u-a as a whole with 0.1 … and 0.08 from a2 and b1
  p["assignments"][0]["fte"] = 0.08;     // 0.24 in all, but not carried by people only
  CHECK(findings(p, "thin-resources").empty());
}

// ---- fragmented-function ----

TEST_CASE("fragmented-function: four holders with 0.35, 0.35, 0.15 and 0.15 of 1.0 FTE") {
  json p = test::base_project();
  test::connect_all(p);
  assign_fte(p, "u-a", "a1", "f-3", "responsible", 0.35);
  assign_fte(p, "u-a", "a2", "f-3", "performs", 0.35);
  assign_fte(p, "u-b", "", "f-3", "performs", 0.15);  // the unit as a whole is one holder
  assign_fte(p, "u-c", "c1", "f-3", "contributes", 0.15);
  const json f = findings(p, "fragmented-function");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["id"] == "fragmented-function:f-3");
  CHECK(f[0]["severity"] == "info");
  CHECK(f[0]["numbers"]["holders"] == 4);
  CHECK(f[0]["numbers"]["largestShare"].get<double>() == Approx(0.35));  // 0.35 is not more than 0.35
  CHECK(f[0]["numbers"]["fte"].get<double>() == Approx(1.0));
  CHECK(f[0]["subjects"]["actors"] == json{"a1", "a2", "c1"});
  CHECK(f[0]["subjects"]["units"] == json{"u-a", "u-b", "u-c"});
  CHECK(contains(f[0]["explanation"], "4 people or units"));
  CHECK(contains(f[0]["explanation"], "Enhet B (0.15)"));
}

TEST_CASE("fragmented-function near-miss: one holder has 0.4 of 1.0, more than 0.35") {
  json p = test::base_project();
  test::connect_all(p);
  assign_fte(p, "u-a", "a1", "f-3", "responsible", 0.4);
  assign_fte(p, "u-a", "a2", "f-3", "performs", 0.2);
  assign_fte(p, "u-b", "b1", "f-3", "performs", 0.2);
  assign_fte(p, "u-c", "c1", "f-3", "performs", 0.2);
  CHECK(findings(p, "fragmented-function").empty());
}

TEST_CASE("fragmented-function near-miss: three holders are fewer than four") {
  json p = test::base_project();
  test::connect_all(p);
  assign_fte(p, "u-a", "a1", "f-3", "responsible", 0.34);
  assign_fte(p, "u-b", "b1", "f-3", "performs", 0.33);
  assign_fte(p, "u-c", "c1", "f-3", "performs", 0.33);
  assign_fte(p, "u-c", "c2", "f-3", "performs", 0.0);  // a holder with no time does not count
  CHECK(findings(p, "fragmented-function").empty());
}

TEST_CASE("fragmented-function near-miss: when thin-resources speaks of the function, it is not repeated") {
  json p = test::base_project();
  test::connect_all(p);
  for (const char* a : {"a1", "a2", "b1", "c1"})
    assign_fte(p, a[0] == 'a' ? "u-a" : a[0] == 'b' ? "u-b" : "u-c", a, "f-1", "performs", 0.06);
  CHECK(findings(p, "thin-resources").size() == 1);   // 0.24 in all, everyone below 0.1
  CHECK(findings(p, "fragmented-function").empty());  // 4 holders with 25 % each, but said already
}

// ---- split-location ----

namespace {
// u-a (Rådhuset) and u-b (Helsehuset) both hold f-1; their only tie is a1–b1, monthly.
json apart_project() {
  json p = test::base_project();
  p["units"][0]["location"] = "Rådhuset";
  p["units"][1]["location"] = "Helsehuset";
  p["units"][2]["location"] = "Rådhuset";
  for (auto [u, v] : std::vector<std::pair<const char*, const char*>>{
           {"a1", "a2"}, {"a2", "a3"}, {"b1", "b2"}, {"b2", "b3"}, {"c1", "c2"}})
    add_tie(p, u, v);
  add_tie(p, "a1", "b1", 2);
  assign(p, "u-a", "a1", "f-1", "responsible", {}, true);
  assign(p, "u-b", "b1", "f-1", "performs", {"tg-1"});
  return p;
}
}  // namespace

TEST_CASE("split-location: units that both hold a function, at different places, talking monthly") {
  const json p = apart_project();
  const json f = findings(p, "split-location");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["id"] == "split-location:u-a+u-b");
  CHECK(f[0]["severity"] == "info");
  CHECK(f[0]["subjects"]["units"] == json{"u-a", "u-b"});
  CHECK(f[0]["subjects"]["functions"] == json{"f-1"});
  CHECK(f[0]["numbers"]["ties"] == 1);
  CHECK(f[0]["numbers"]["maxFrequency"] == 2);
  CHECK(f[0]["numbers"]["minFrequency"] == 3);
  CHECK(f[0]["numbers"]["locationA"] == "Rådhuset");
  CHECK(f[0]["numbers"]["locationB"] == "Helsehuset");
  CHECK(contains(f[0]["explanation"], "Enhet A is registered at “Rådhuset” and Enhet B at “Helsehuset”"));
  CHECK(contains(f[0]["explanation"], "one contact, monthly"));
  CHECK(findings(p, "should-collaborate").empty());  // monthly is more than rare: no overlap here
}

TEST_CASE("split-location near-miss: weekly contact is enough") {
  json p = apart_project();
  add_tie(p, "a2", "b2", 3);
  CHECK(findings(p, "split-location").empty());
}

TEST_CASE("split-location near-miss: the same place, spelt differently") {
  json p = apart_project();
  p["units"][1]["location"] = " rådhuset";
  CHECK(findings(p, "split-location").empty());
}

TEST_CASE("split-location near-miss: a location not given") {
  json p = apart_project();
  p["units"][1].erase("location");
  CHECK(findings(p, "split-location").empty());
}

TEST_CASE("split-location near-miss: one unit only contributes") {
  json p = apart_project();
  p["assignments"][1]["role"] = "contributes";
  p["assignments"][1]["targetGroupIds"] = json::array();
  CHECK(findings(p, "split-location").empty());
}

TEST_CASE("split-location: a target group both hold is shared work too") {
  json p = apart_project();
  p["assignments"][0]["functionId"] = "f-2";
  p["assignments"][0]["targetGroupIds"] = json::array({"tg-1"});
  const json f = findings(p, "split-location");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["subjects"]["functions"] == json::array());
  CHECK(f[0]["subjects"]["targetGroups"] == json{"tg-1"});
  CHECK(contains(f[0]["explanation"], "the target group Gruppe 1"));
}

TEST_CASE("split-location near-miss: no wave, so how often they talk is not known") {
  json p = apart_project();
  p["waves"] = json::array();
  p["respondents"] = json::array();
  p["ties"] = json::array();
  CHECK(findings(p, "split-location").empty());
}

TEST_CASE("split-location: with no contact at all, should-collaborate speaks and gains the locations") {
  json p = apart_project();
  p["ties"] = json::array();
  for (auto [u, v] : std::vector<std::pair<const char*, const char*>>{{"a1", "a2"}, {"b1", "b2"}}) add_tie(p, u, v);
  CHECK(findings(p, "split-location").empty());
  const json sc = findings(p, "should-collaborate");
  REQUIRE(sc.size() == 1);
  CHECK(sc[0]["numbers"]["locationA"] == "Rådhuset");
  CHECK(sc[0]["numbers"]["locationB"] == "Helsehuset");
  CHECK(contains(sc[0]["explanation"], "different locations"));
}

TEST_CASE("split-location: the threshold is read from the settings") {
  json p = apart_project();
  p["settings"] = {{"thresholds", {{"splitLocationMinFrequency", 2}}}};  // monthly now counts as enough
  CHECK(findings(p, "split-location").empty());
}
