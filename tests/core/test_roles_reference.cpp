// The places in the network and collaborative overload against golden values computed independently with NetworkX
// from the documented definitions by tools/roles_reference.py (tests/fixtures/roles/reference.json): degree,
// in-degree and betweenness per person, the roles, the overload share and whether the finding fires. This file
// never computes an expectation itself.
#include <doctest/doctest.h>

#include <cmath>

#include "api/api.hpp"
#include "fixtures.hpp"

using namespace bosam;

TEST_CASE("roles and overload agree with the NetworkX reference (tools/roles_reference.py)") {
  const json fixture = test::fixture_json("roles/reference.json");
  REQUIRE(fixture["cases"].size() == 3);
  for (const auto& c : fixture["cases"]) {
    const std::string label = c["project"]["id"].get<std::string>();
    INFO(label);
    const json env = json::parse(api::analyze(c["project"].dump(), R"({"permutations": 0})"));
    REQUIRE(env["ok"] == true);
    const json& got = env["result"];
    const json& want = c["expected"];

    json nodes = json::object();
    for (const auto& node : got["nodes"]) nodes[node["id"].get<std::string>()] = node;
    REQUIRE(nodes.size() == want["nodes"].size());
    for (const auto& item : want["nodes"].items()) {  // no structured binding: clang 14 cannot capture it in INFO
      const std::string id = item.key();
      const json& w = item.value();
      INFO(id);
      CHECK(nodes[id]["degree"] == w["degree"]);
      CHECK(nodes[id]["inDegree"] == w["inDegree"]);
      CHECK(std::fabs(nodes[id]["betweenness"].get<double>() - w["betweenness"].get<double>()) < 1e-10);
      CHECK(nodes[id]["roles"] == w["roles"]);
    }
    REQUIRE(got["network"]["roles"].size() == want["network"]["roles"].size());
    for (const auto& item : want["network"]["roles"].items())
      CHECK(got["network"]["roles"][item.key()] == item.value());
    CHECK(got["network"]["overloadPeople"] == want["network"]["overloadPeople"]);
    CHECK(got["network"]["overload"].get<double>() == doctest::Approx(want["network"]["overload"].get<double>()));

    json finding = nullptr;
    for (const auto& f : got["findings"])
      if (f["rule"] == "collaborative-overload") finding = f;
    CHECK(finding.is_object() == want["overloadFinding"]["fires"].get<bool>());
    if (finding.is_object()) CHECK(finding["subjects"]["actors"] == want["overloadFinding"]["actors"]);
  }
}
