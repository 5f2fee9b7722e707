// The tests against chance against values computed independently by tools/chance_reference.py (NumPy, and R's
// sna gcor/qaptest) and stored in tests/fixtures/chance/*.json. This file never computes an expectation itself.
// Correlations must agree to 1e-9. A p value is a share of random permutations, so it is compared within 3
// standard errors of the two samples: sqrt(q(1-q)(1/P + 1/R)) for P core and R reference permutations (1/R = 0
// when the reference enumerated every permutation, an exact p), q the reference p kept at least 1/R from 0 and
// 1 so that a p of 0 in R draws still allows the core a draw or so. The core's generator is seeded, so each
// check gives the same answer on every run.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <set>

#include "api/api.hpp"
#include "fixtures.hpp"

using namespace bosam;

namespace {

void check_p(const std::string& what, const json& got, const json& want, const json& reference) {
  INFO(what, ": core ", got.dump(), ", reference ", want.dump(), " from ", reference.dump());
  if (want.is_null()) {
    CHECK(got.is_null());
    return;
  }
  REQUIRE(got.is_number());
  const double p = want.get<double>(), core = got.get<double>();
  const double inverseR = reference.is_null() ? 0.0 : 1.0 / reference.get<double>();
  const double q = std::min(std::max(p, inverseR), 1.0 - inverseR);
  const double se = std::sqrt(q * (1.0 - q) * (1.0 / 2000.0 + inverseR));
  CHECK(std::fabs(core - p) <= 3.0 * se);
}

void check_qap(const std::string& what, const json& got, const json& want) {
  INFO(what, ": core ", got.dump(), ", reference ", want.dump());
  if (want.is_null()) {
    CHECK(got.is_null());
    return;
  }
  REQUIRE(got.is_object());
  CHECK(std::fabs(got["correlation"].get<double>() - want["correlation"].get<double>()) <= 1e-9);
  CHECK(got["permutations"] == 2000);
  check_p(what + " p", got["p"], want["p"], want["pPermutations"]);
  if (want.contains("rSna")) {  // R's sna: the same correlation, and its qaptest p within the error of both
    CHECK(std::fabs(got["correlation"].get<double>() - want["rSna"]["correlation"].get<double>()) <= 1e-9);
    check_p(what + " p (R sna qaptest)", got["p"], want["rSna"]["p"], want["rSna"]["pPermutations"]);
  }
}

void check_fixture(const std::string& file) {
  const json fixture = test::fixture_json("chance/" + file);
  const std::string project = fixture["project"].dump();
  REQUIRE(!fixture["cases"].empty());
  for (const auto& c : fixture["cases"]) {
    const std::string label = file + " " + c["options"].dump();
    const json env = json::parse(api::analyze(project, c["options"].dump()));
    INFO(label);
    REQUIRE(env["ok"] == true);
    check_qap(label + " sharedWork", env["result"]["network"]["qap"]["sharedWork"], c["expected"]["sharedWork"]);
    const json& units = c["expected"]["units"];
    REQUIRE(env["result"]["units"].size() == units.size());
    for (const auto& u : env["result"]["units"]) {
      const json& want = units[u["id"].get<std::string>()];
      const std::string where = label + " unit " + u["id"].get<std::string>();
      INFO(where);
      if (want["eiIndex"].is_null())
        CHECK(u["eiIndex"].is_null());
      else
        CHECK(std::fabs(u["eiIndex"].get<double>() - want["eiIndex"].get<double>()) <= 1e-9);
      check_p(where + " eiIndexP", u["eiIndexP"], want["eiIndexP"], want["pPermutations"]);
    }
  }
  for (const auto& c : fixture["compare"]) {
    const std::string label = file + " compare " + c["from"].get<std::string>() + " → " + c["to"].get<std::string>();
    const json env = json::parse(api::compare(project, json{{"from", c["from"]}, {"to", c["to"]}}.dump()));
    INFO(label);
    REQUIRE(env["ok"] == true);
    const json& got = env["result"]["stability"];
    const json& want = c["expected"];
    for (const char* key : {"people", "kept", "lost", "new"}) CHECK(got[key] == want[key]);
    for (const char* key : {"keptShare", "lostShare", "newShare"})
      CHECK(std::fabs(got[key].get<double>() - want[key].get<double>()) <= 1e-9);
    check_qap(label + " qap", got["qap"], want["qap"]);
  }
}

}  // namespace

#define CHANCE_REFERENCE(name, file) \
  TEST_CASE("chance reference: " name) { check_fixture(file); }

CHANCE_REFERENCE("eight people, every permutation enumerated", "hand-eight.json")
CHANCE_REFERENCE("two waves of six people", "two-waves.json")
CHANCE_REFERENCE("karate club with work that follows the factions", "karate.json")
CHANCE_REFERENCE("karate club with work unrelated to the ties", "karate-unrelated.json")
CHANCE_REFERENCE("the example municipality, both rounds and their comparison", "demo.json")
CHANCE_REFERENCE("no variance: null", "no-variance.json")

TEST_CASE("every chance fixture is tested") {
  const std::set<std::string> tested = {"hand-eight.json",       "two-waves.json", "karate.json",
                                        "karate-unrelated.json", "demo.json",      "no-variance.json"};
  for (const auto& entry : std::filesystem::directory_iterator(test::fixture_path("chance")))
    if (entry.path().extension() == ".json") {
      INFO(entry.path().filename().string());
      CHECK(tested.count(entry.path().filename().string()) == 1);
    }
}
