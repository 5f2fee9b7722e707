// Robustness to missing answers against values computed independently by tools/robustness_reference.py
// (NetworkX and NumPy, Spearman also by R) and stored in tests/fixtures/robustness/*.json: the reconstruction, the
// network's measures on both sides, and per person the rank correlation, how many changed and the largest
// changes. This file never computes an expectation itself.
#include <doctest/doctest.h>

#include <cmath>

#include "api/api.hpp"
#include "fixtures.hpp"

using namespace bosam;

namespace {

void check_value(const std::string& what, const json& got, const json& want) {
  INFO(what, ": core ", got.dump(), ", reference ", want.dump());
  if (want.is_null()) {
    CHECK(got.is_null());
    return;
  }
  REQUIRE(got.is_number());
  CHECK(std::fabs(got.get<double>() - want.get<double>()) <= 1e-9 * std::max(1.0, std::fabs(want.get<double>())));
}

const json& entry(const json& list, const std::string& measure) {
  for (const auto& e : list)
    if (e["measure"] == measure) return e;
  FAIL("no entry for ", measure);
  static const json none;
  return none;
}

void check_fixture(const std::string& file) {
  const json fixture = test::fixture_json("robustness/" + file);
  const std::string project = fixture["project"].dump();
  REQUIRE(fixture["cases"].size() == 4);
  for (const auto& c : fixture["cases"]) {
    json options = c["options"];
    options["permutations"] = 0;
    const std::string label = file + " " + c["options"].dump();
    INFO(label);
    const json env = json::parse(api::analyze(project, options.dump()));
    REQUIRE(env["ok"] == true);
    const json& got = env["result"]["robustness"];
    const json& want = c["expected"];
    REQUIRE(got.is_object());
    CHECK(got["nonRespondents"] == want["nonRespondents"]);
    CHECK(got["reconstructedTies"] == want["reconstructedTies"]);
    for (const auto& [measure, pair] : want["network"].items()) {
      const json& e = entry(got["network"], measure);
      check_value(label + " network " + measure + " observed", e["observed"], pair[0]);
      check_value(label + " network " + measure + " reconstructed", e["reconstructed"], pair[1]);
    }
    for (const auto& [measure, w] : want["people"].items()) {
      const std::string what = label + " " + measure;
      const json& e = entry(got["people"], measure);
      check_value(what + " rankCorrelation", e["rankCorrelation"], w["rankCorrelation"]);
      CHECK_MESSAGE(e["changed"] == w["changed"], what);
      // The largest changes: the same sizes, and each person named with the reference's values (people with equal
      // changes may come in another order in the reference).
      REQUIRE_MESSAGE(e["largest"].size() == w["largestChanges"].size(), what);
      for (std::size_t i = 0; i < e["largest"].size(); ++i) {
        const json& person = e["largest"][i];
        const json& values = w["values"][person["id"].get<std::string>()];
        check_value(what + " " + person["id"].get<std::string>() + " observed", person["observed"], values[0]);
        check_value(what + " " + person["id"].get<std::string>() + " reconstructed", person["reconstructed"],
                    values[1]);
        check_value(what + " change " + std::to_string(i),
                    json(std::fabs(person["reconstructed"].get<double>() - person["observed"].get<double>())),
                    w["largestChanges"][i]);
      }
    }
  }
}

}  // namespace

TEST_CASE("robustness reference: karate club reported by both sides, every fifth member not answering") {
  check_fixture("karate-missing.json");
}

TEST_CASE("robustness reference: a random directed network with four non-respondents") {
  check_fixture("random-directed.json");
}
