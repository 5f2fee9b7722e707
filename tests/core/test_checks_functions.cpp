// Responsibility-map rules: for each, a scenario that triggers it and a near-miss that must not.
#include <doctest/doctest.h>

#include "check_helpers.hpp"

using namespace bosam;
using test::assign;
using test::findings;

TEST_CASE("duplicate-function: two units hold the same function for different target groups") {
  json p = test::base_project();
  test::connect_all(p);
  assign(p, "u-a", "a1", "f-1", "responsible", {"tg-1"}, true);
  assign(p, "u-b", "b1", "f-1", "responsible", {"tg-2"});
  const json f = findings(p, "duplicate-function");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["subjects"]["functions"] == json::array({"f-1"}));
  CHECK(f[0]["subjects"]["units"] == json::array({"u-a", "u-b"}));
  CHECK(f[0]["numbers"]["splitByTargetGroup"] == true);
  CHECK(f[0]["explanation"].get<std::string>().find("split by target group") != std::string::npos);
}

TEST_CASE("duplicate-function near-miss: a unit that only contributes is collaboration") {
  json p = test::base_project();
  test::connect_all(p);
  assign(p, "u-a", "a1", "f-1", "responsible", {}, true);
  assign(p, "u-b", "b1", "f-1", "contributes");
  CHECK(findings(p, "duplicate-function").empty());
}

TEST_CASE("uncovered-function: an essential function nobody holds; contributing does not count") {
  json p = test::base_project();
  test::connect_all(p);
  assign(p, "u-a", "a1", "f-1", "responsible", {}, true);
  assign(p, "u-a", "a2", "f-1", "performs");
  assign(p, "u-b", "b1", "f-2", "contributes");
  const json f = findings(p, "uncovered-function");
  REQUIRE(f.size() == 1);  // f-2 (only contributed to); f-3 is not essential
  CHECK(f[0]["subjects"]["functions"] == json::array({"f-2"}));
  CHECK(f[0]["severity"] == "critical");
}

TEST_CASE("uncovered-function near-miss: every essential function is held") {
  json p = test::base_project();
  test::connect_all(p);
  assign(p, "u-a", "a1", "f-1", "responsible", {}, true);
  assign(p, "u-b", "", "f-2", "performs", {}, true);
  CHECK(findings(p, "uncovered-function").empty());
}

TEST_CASE("no-decision-authority: performed, but no one decides") {
  json p = test::base_project();
  test::connect_all(p);
  assign(p, "u-a", "a1", "f-1", "performs");
  assign(p, "u-a", "a2", "f-1", "performs");
  const json f = findings(p, "no-decision-authority");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["numbers"]["withDecisionAuthority"] == 0);
}

TEST_CASE("no-decision-authority: authority split between two units") {
  json p = test::base_project();
  test::connect_all(p);
  assign(p, "u-a", "a1", "f-1", "responsible", {"tg-1"}, true);
  assign(p, "u-b", "b1", "f-1", "responsible", {"tg-2"}, true);
  const json f = findings(p, "no-decision-authority");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["numbers"]["unitsWithDecisionAuthority"] == 2);
}

TEST_CASE("no-decision-authority near-miss: one unit decides") {
  json p = test::base_project();
  test::connect_all(p);
  assign(p, "u-a", "a1", "f-1", "responsible", {}, true);
  assign(p, "u-a", "a2", "f-1", "performs");
  CHECK(findings(p, "no-decision-authority").empty());
}

TEST_CASE("single-person-dependency: one named person holds the function") {
  json p = test::base_project();
  test::connect_all(p);
  assign(p, "u-c", "c1", "f-1", "responsible", {}, true);
  assign(p, "u-c", "c1", "f-1", "performs");
  const json f = findings(p, "single-person-dependency");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["subjects"]["actors"] == json::array({"c1"}));
  CHECK(f[0]["severity"] == "warning");  // f-1 is essential
}

TEST_CASE("single-person-dependency says whom it counts, so a contributor beside the one holder is no contradiction") {
  json p = test::base_project();
  test::connect_all(p);
  assign(p, "u-c", "c1", "f-1", "performs");
  assign(p, "u-b", "b1", "f-1", "contributes");
  const json en = findings(p, "single-person-dependency");
  REQUIRE(en.size() == 1);
  CHECK(en[0]["subjects"]["actors"] == json::array({"c1"}));
  const std::string text = en[0]["explanation"].get<std::string>();
  CHECK(text.find("is responsible for or performs") != std::string::npos);
  CHECK(text.find("only contribute are not counted") != std::string::npos);
  const std::string nb = findings(p, "single-person-dependency", "nb")[0]["explanation"].get<std::string>();
  CHECK(nb.find("har ansvaret for eller utfører") != std::string::npos);
  CHECK(nb.find("er registrert med") == std::string::npos);
}

TEST_CASE("single-person-dependency near-miss: two people, or the unit as a whole") {
  json p = test::base_project();
  test::connect_all(p);
  assign(p, "u-c", "c1", "f-1", "responsible", {}, true);
  assign(p, "u-c", "c2", "f-1", "performs");
  assign(p, "u-b", "", "f-2", "responsible", {}, true);
  CHECK(findings(p, "single-person-dependency").empty());
}
