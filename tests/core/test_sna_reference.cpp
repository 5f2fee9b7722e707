// Every measure against golden values computed independently with NetworkX/igraph by tools/sna_reference.py
// (tests/fixtures/sna/*.json). This file never computes an expectation itself.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <set>

#include "api/api.hpp"
#include "fixtures.hpp"

using namespace bosam;

namespace {

// Fixtures are rounded to 10 significant digits; power iterations stop at NetworkX's tolerance, so the two
// iterative measures get a looser bound.
double tolerance(const std::string& key) { return key == "eigenvector" || key == "pagerank" ? 1e-5 : 1e-8; }

void check_value(const std::string& where, const std::string& key, const json& got, const json& want) {
  INFO(where, ".", key, ": got ", got.dump(), ", want ", want.dump());
  if (want.is_null()) {
    CHECK(got.is_null());
  } else if (want.is_boolean()) {
    CHECK(got == want);
  } else {
    REQUIRE(got.is_number());
    const double g = got.get<double>(), w = want.get<double>();
    CHECK(std::fabs(g - w) <= tolerance(key) * std::max(1.0, std::fabs(w)));
  }
}

json index_by_id(const json& list) {
  json out = json::object();
  for (const auto& item : list) out[item["id"].get<std::string>()] = item;
  return out;
}

void check_fixture(const std::string& file) {
  const json fixture = test::fixture_json("sna/" + file);
  REQUIRE(!fixture["cases"].empty());
  for (const auto& c : fixture["cases"]) {
    const std::string label = file + " " + c["options"].dump();
    const json env = json::parse(api::analyze(fixture["project"].dump(), c["options"].dump()));
    INFO(label);
    REQUIRE(env["ok"] == true);
    const json& got = env["result"];
    const json& want = c["expected"];

    const json nodes = index_by_id(got["nodes"]);
    REQUIRE(nodes.size() == want["nodes"].size());
    for (const auto& [id, measures] : want["nodes"].items())
      for (const auto& [key, value] : measures.items()) check_value(label + " node " + id, key, nodes[id][key], value);

    for (const auto& [key, value] : want["network"].items())
      check_value(label + " network", key, got["network"][key], value);

    const json units = index_by_id(got["units"]);
    for (const auto& [id, measures] : want["units"].items())
      for (const auto& [key, value] : measures.items()) check_value(label + " unit " + id, key, units[id][key], value);

    std::set<std::pair<std::string, std::string>> gotBridges, wantBridges;
    for (const auto& b : got["bridges"]) {
      auto a = b["from"].get<std::string>(), z = b["to"].get<std::string>();
      gotBridges.insert({std::min(a, z), std::max(a, z)});
    }
    for (const auto& b : want["bridges"]) wantBridges.insert({b[0].get<std::string>(), b[1].get<std::string>()});
    CHECK(gotBridges == wantBridges);
  }
}

}  // namespace

#define SNA_REFERENCE(name, file) \
  TEST_CASE("sna reference: " name) { check_fixture(file); }

SNA_REFERENCE("Zachary's karate club (unweighted and weighted)", "karate.json")
SNA_REFERENCE("Florentine families", "florentine.json")
SNA_REFERENCE("Krackhardt's kite", "kite.json")
SNA_REFERENCE("random directed graph (unweighted, weighted, reciprocated, min frequency)", "random-directed.json")
SNA_REFERENCE("small weighted graph where weighted paths differ", "weighted-small.json")
SNA_REFERENCE("a wave with no ties", "degenerate-empty.json")
SNA_REFERENCE("one actor", "degenerate-one.json")
SNA_REFERENCE("isolates only", "degenerate-isolates.json")
SNA_REFERENCE("disconnected graph", "degenerate-disconnected.json")
SNA_REFERENCE("self-ties and duplicate reports", "degenerate-self-and-duplicates.json")

TEST_CASE("every SNA fixture is tested") {
  std::set<std::string> tested = {"karate.json",
                                  "florentine.json",
                                  "kite.json",
                                  "random-directed.json",
                                  "weighted-small.json",
                                  "degenerate-empty.json",
                                  "degenerate-one.json",
                                  "degenerate-isolates.json",
                                  "degenerate-disconnected.json",
                                  "degenerate-self-and-duplicates.json"};
  for (const auto& entry : std::filesystem::directory_iterator(test::fixture_path("sna")))
    if (entry.path().extension() == ".json") {
      INFO(entry.path().filename().string());
      CHECK(tested.count(entry.path().filename().string()) == 1);
    }
}
