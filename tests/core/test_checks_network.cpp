// Network rules and the survey rules: for each, a scenario that triggers it and a near-miss that must not.
#include <doctest/doctest.h>

#include <cmath>

#include "check_helpers.hpp"

using namespace bosam;
using test::add_tie;
using test::assign;
using test::findings;

namespace {
// Every internal person tied to every other: no isolates, cut points, silos or one-sided ties.
json complete_project() {
  json p = test::base_project();
  const std::vector<std::string> people = {"a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2"};
  for (std::size_t i = 0; i < people.size(); ++i)
    for (std::size_t j = i + 1; j < people.size(); ++j) add_tie(p, people[i], people[j]);
  add_tie(p, "a1", "x1");
  add_tie(p, "b1", "x1");
  return p;
}
}  // namespace

TEST_CASE("isolate: someone who answered but has no ties, and it says they answered") {
  json p = complete_project();
  p["actors"].push_back({{"id", "a4"}, {"name", "Ny person"}, {"unitId", "u-a"}});
  p["respondents"].push_back({{"actorId", "a4"}, {"waveId", "w"}, {"responded", true}});
  const json f = findings(p, "isolate");
  INFO(f.dump());
  REQUIRE(f.size() == 1);
  CHECK(f[0]["subjects"]["actors"] == json::array({"a4"}));
  CHECK(f[0]["numbers"]["answered"] == true);
  CHECK(f[0]["explanation"].get<std::string>().find("answered the survey") != std::string::npos);
}

TEST_CASE("isolate near-miss: one tie is enough") {
  json p = complete_project();
  p["actors"].push_back({{"id", "a4"}, {"name", "Ny person"}, {"unitId", "u-a"}});
  add_tie(p, "a4", "a1", 1, false);
  CHECK(findings(p, "isolate").empty());
}

TEST_CASE("bottleneck: the only link between two groups") {
  // {a1,a2,a3} - b1 - {b2,b3,c1,c2}: without b1 the three in A lose the four on the other side.
  json p = test::base_project();
  for (auto [u, v] : std::vector<std::pair<const char*, const char*>>{{"a1", "a2"},
                                                                      {"a2", "a3"},
                                                                      {"a1", "a3"},
                                                                      {"a1", "b1"},
                                                                      {"b1", "b2"},
                                                                      {"b2", "b3"},
                                                                      {"b3", "c1"},
                                                                      {"c1", "c2"},
                                                                      {"c2", "b2"},
                                                                      {"b3", "c2"},
                                                                      {"b2", "c1"},
                                                                      {"x1", "b3"}})
    add_tie(p, u, v);
  const json f = findings(p, "bottleneck");
  json b1 = nullptr;
  for (const auto& x : f)
    if (x["subjects"]["actors"][0] == "b1") b1 = x;
  REQUIRE(b1.is_object());
  CHECK(b1["severity"] == "critical");
  CHECK(b1["numbers"]["peopleCutOff"] == 3);
}

TEST_CASE("bottleneck near-miss: everyone in touch with everyone") {
  CHECK(findings(complete_project(), "bottleneck").empty());
}

TEST_CASE("bottleneck near-miss: one pendant contact, with the betweenness threshold set higher") {
  json p = complete_project();
  p["actors"].push_back({{"id", "a4"}, {"name", "Ny person"}, {"unitId", "u-a"}});
  add_tie(p, "a4", "a1");
  CHECK(findings(p, "bottleneck").size() == 1);  // a1 carries every path to a4: 8 of 36 pairs, 0.22 >= 0.2
  p["settings"] = {{"thresholds", {{"bottleneckBetweenness", 0.5}}}};
  CHECK(findings(p, "bottleneck").empty());  // a cut point that only cuts off one person is not enough
}

TEST_CASE("silo: a unit whose ties are all internal") {
  json p = test::base_project();
  test::connect_all(p);
  p["ties"] = json::array();
  for (auto [u, v] : std::vector<std::pair<const char*, const char*>>{{"a1", "a2"},
                                                                      {"a2", "a3"},
                                                                      {"a1", "b1"},
                                                                      {"b1", "b2"},
                                                                      {"b2", "b3"},
                                                                      {"b3", "a3"},
                                                                      {"c1", "c2"},
                                                                      {"x1", "a1"}})
    add_tie(p, u, v);
  const json f = findings(p, "silo");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["subjects"]["units"] == json::array({"u-c"}));
  CHECK(f[0]["numbers"]["eiIndex"] == -1.0);
}

TEST_CASE("silo near-miss: as many ties out as in") {
  json p = test::base_project();
  for (auto [u, v] : std::vector<std::pair<const char*, const char*>>{{"a1", "a2"},
                                                                      {"a2", "a3"},
                                                                      {"a1", "b1"},
                                                                      {"b1", "b2"},
                                                                      {"b2", "b3"},
                                                                      {"b3", "a3"},
                                                                      {"c1", "c2"},
                                                                      {"c1", "a1"},
                                                                      {"x1", "a1"},
                                                                      {"b1", "a2"},
                                                                      {"b2", "a3"}})
    add_tie(p, u, v);
  CHECK(findings(p, "silo").empty());  // u-c: 1 internal, 1 external, E-I 0
}

TEST_CASE("external-without-contact: a partner no one talks to; near-miss: one tie") {
  json p = complete_project();
  json none = p;
  none["ties"] = json::array();
  for (const auto& t : p["ties"])
    if (t["from"] != "x1" && t["to"] != "x1") none["ties"].push_back(t);
  const json f = findings(none, "external-without-contact");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["subjects"]["units"] == json::array({"u-x"}));
  CHECK(findings(p, "external-without-contact").empty());
}

TEST_CASE("one-sided-ties: many ties named by one side only; near-miss: a few") {
  json p = test::base_project();
  // 10 pairs among respondents; 4 named by one side only (40 % >= 25 %).
  const std::vector<std::pair<const char*, const char*>> pairs = {
      {"a1", "a2"}, {"a2", "a3"}, {"a1", "a3"}, {"b1", "b2"}, {"b2", "b3"},
      {"b1", "b3"}, {"c1", "c2"}, {"a1", "b1"}, {"b1", "c1"}, {"a3", "c2"}};
  for (std::size_t i = 0; i < pairs.size(); ++i) add_tie(p, pairs[i].first, pairs[i].second, 3, i >= 4);
  const json f = findings(p, "one-sided-ties");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["numbers"]["oneSided"] == 4);
  CHECK(f[0]["numbers"]["pairs"] == 10);
  json q = test::base_project();
  for (std::size_t i = 0; i < pairs.size(); ++i) add_tie(q, pairs[i].first, pairs[i].second, 3, i >= 1);
  CHECK(findings(q, "one-sided-ties").empty());  // 1 of 10
}

TEST_CASE("should-collaborate: two units on the same function with no contact; near-miss: weekly contact") {
  json p = complete_project();
  p["ties"] = json::array();
  for (auto [u, v] : std::vector<std::pair<const char*, const char*>>{{"a1", "a2"},
                                                                      {"a2", "a3"},
                                                                      {"a1", "b1"},
                                                                      {"b1", "b2"},
                                                                      {"b2", "b3"},
                                                                      {"b3", "c1"},
                                                                      {"c1", "c2"},
                                                                      {"x1", "b2"}})
    add_tie(p, u, v);
  assign(p, "u-a", "a1", "f-1", "responsible", {"tg-1"}, true);
  assign(p, "u-c", "c1", "f-1", "performs", {"tg-2"});
  assign(p, "u-a", "a2", "f-2", "performs", {}, true);
  assign(p, "u-c", "c2", "f-2", "contributes");
  const json f = findings(p, "should-collaborate");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["subjects"]["units"] == json::array({"u-a", "u-c"}));
  CHECK(f[0]["severity"] == "warning");  // two shared functions, no contact
  CHECK(f[0]["numbers"]["ties"] == 0);
  CHECK(f[0]["subjects"]["functions"] == json::array({"f-1", "f-2"}));
  json rare = p;
  add_tie(rare, "a3", "c2", 1);
  const json r = findings(rare, "should-collaborate");
  REQUIRE(r.size() == 1);
  CHECK(r[0]["severity"] == "info");  // only rare contact
  add_tie(p, "a3", "c2", 3);
  CHECK(findings(p, "should-collaborate").empty());
}

TEST_CASE("low-response-rate: half answered, and network findings say so; near-miss: 75 %") {
  json p = complete_project();
  for (int i = 0; i < 4; ++i) p["respondents"][i]["responded"] = false;
  p["actors"].push_back({{"id", "a4"}, {"name", "Ny person"}, {"unitId", "u-a"}});
  const json f = findings(p, "low-response-rate");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["numbers"]["responseRate"] == 0.5);
  const json iso = findings(p, "isolate");
  REQUIRE(iso.size() == 1);
  CHECK(iso[0]["numbers"]["responseRate"] == 0.5);
  CHECK(iso[0]["explanation"].get<std::string>().find("only 50%") != std::string::npos);
  json q = complete_project();
  for (int i = 0; i < 2; ++i) q["respondents"][i]["responded"] = false;
  CHECK(findings(q, "low-response-rate").empty());
}

TEST_CASE("findings come in bokmål too") {
  json p = complete_project();
  p["actors"].push_back({{"id", "a4"}, {"name", "Ny person"}, {"unitId", "u-a"}});
  const json f = findings(p, "isolate", "nb");
  REQUIRE(f.size() == 1);
  CHECK(f[0]["title"] == "Ny person har ingen kontakter i nettverket");
}

TEST_CASE("phase-incomplete: work begun in phase 2 while phase 1 is open; near-miss: no phase begun") {
  json p = complete_project();
  p["phases"] = {{"1", {{"items", {{"mandate", {{"done", true}}}}}}},
                 {"2", {{"items", {{"functions-mapped", {{"done", true}}}}}}}};
  const json f = findings(p, "phase-incomplete");
  REQUIRE(f.size() == 2);
  // Phase 1 lies behind the latest phase begun: a warning listing what is missing; phase 2 is in progress: info.
  CHECK(f[0]["numbers"]["phase"] == 1);
  CHECK(f[0]["severity"] == "warning");
  CHECK(f[1]["numbers"]["phase"] == 2);
  CHECK(f[1]["severity"] == "info");
  bool mandateListed = false, workPlanListed = false;
  for (const auto& id : f[0]["numbers"]["missing"]) {
    mandateListed |= id == "mandate";
    workPlanListed |= id == "work-plan";
  }
  CHECK_FALSE(mandateListed);  // ticked
  CHECK(workPlanListed);       // required, not ticked
  json q = complete_project();
  CHECK(findings(q, "phase-incomplete").empty());
}

TEST_CASE("silo: more closed than chance, says so and stays a warning") {
  // The scenario above: C's two people talk only to each other. Of the 36 ways to give C two of the nine people,
  // only {c1, c2} is as closed (both have that one tie and no other): p = 1/36, about 0.028, below 0.05.
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
  const json f = findings(p, "silo");
  REQUIRE(f.size() == 1);
  INFO(f[0].dump());
  CHECK(f[0]["severity"] == "warning");
  CHECK(f[0]["numbers"]["moreClosedThanChance"] == true);
  CHECK(std::fabs(f[0]["numbers"]["eiIndexP"].get<double>() - 1.0 / 36) <=
        3 * std::sqrt((1.0 / 36) * (35.0 / 36) / 2000));
  CHECK(f[0]["explanation"].get<std::string>().find("The unit is more closed than chance") != std::string::npos);
}

TEST_CASE("silo: not more closed than chance is information only, and the text says why") {
  // Four separate pairs: a1-a2 and b1-b2 inside their units, a3-b3 across, c1-c2 inside C. C's E-I index is -1,
  // a silo by the threshold; but a random pair of the nine people is a tied pair with no other tie 4 times in 36
  // (any of the four pairs): p = 1/9, about 0.11, not below 0.05.
  json p = test::base_project();
  for (auto [u, v] :
       std::vector<std::pair<const char*, const char*>>{{"a1", "a2"}, {"b1", "b2"}, {"a3", "b3"}, {"c1", "c2"}})
    add_tie(p, u, v);
  const json f = findings(p, "silo");
  REQUIRE(f.size() == 1);
  INFO(f[0].dump());
  CHECK(f[0]["subjects"]["units"] == json::array({"u-c"}));
  CHECK(f[0]["severity"] == "info");
  CHECK(f[0]["numbers"]["moreClosedThanChance"] == false);
  CHECK(std::fabs(f[0]["numbers"]["eiIndexP"].get<double>() - 1.0 / 9) <= 3 * std::sqrt((1.0 / 9) * (8.0 / 9) / 2000));
  CHECK(f[0]["explanation"].get<std::string>().find("The unit is not more closed than chance") != std::string::npos);
  // In bokmål and nynorsk too.
  CHECK(findings(p, "silo", "nb")[0]["explanation"].get<std::string>().find(
            "Enheten er ikke mer lukket enn tilfeldig") != std::string::npos);
  CHECK(findings(p, "silo", "nn")[0]["explanation"].get<std::string>().find(
            "Eininga er ikkje meir lukka enn tilfeldig") != std::string::npos);

  // Without permutations there is no test: the finding is the warning it was, with no sentence about chance.
  const json env = json::parse(api::analyze(p.dump(), json{{"lang", "en"}, {"permutations", 0}}.dump()));
  json silo = nullptr;
  for (const auto& x : env["result"]["findings"])
    if (x["rule"] == "silo") silo = x;
  REQUIRE(silo.is_object());
  CHECK(silo["severity"] == "warning");
  CHECK(silo["numbers"]["eiIndexP"].is_null());
  CHECK(silo["explanation"].get<std::string>().find("chance") == std::string::npos);
}
