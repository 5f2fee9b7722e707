// The built-in "Eksempel kommune": valid, the size the issue asks for, and carrying the problems later
// analysis must find (checked here from the raw data, by their definitions, not by analysis code).
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "api/api.hpp"
#include "model/project.hpp"

using namespace bosam;

namespace {
model::Project demo() {
  const json env = json::parse(api::demo("{}"));
  REQUIRE(env["ok"] == true);
  CHECK(env["warnings"].empty());
  return model::from_json(env["result"]);
}
}  // namespace

TEST_CASE("demo: about 12 internal units, 5 external, 40-60 actors, two waves") {
  const auto p = demo();
  int internal = 0, external = 0;
  for (const auto& u : p.units) (u.external ? external : internal)++;
  CHECK(internal >= 10);
  CHECK(internal <= 14);
  CHECK(external == 5);
  CHECK(p.actors.size() >= 40);
  CHECK(p.actors.size() <= 60);
  CHECK(p.waves.size() == 2);
  CHECK(p.latest_wave()->id == "w-2026");
  CHECK(p.functions.size() >= 18);
  CHECK(p.targetGroups.size() >= 8);
}

TEST_CASE("demo: one function is held by two units, split by target group") {
  const auto p = demo();
  std::map<std::string, std::set<std::string>> holders;  // function -> units holding it
  for (const auto& a : p.assignments)
    if (a.role != model::Role::contributes) holders[a.functionId].insert(a.unitId);
  bool duplicated = false;
  for (const auto& [f, units] : holders) duplicated |= units.size() >= 2;
  CHECK(duplicated);
  CHECK(holders["f-anskaffelse"].size() >= 2);
}

TEST_CASE("demo: an essential function that nobody holds") {
  const auto p = demo();
  std::set<std::string> held;
  for (const auto& a : p.assignments) held.insert(a.functionId);
  int uncovered = 0;
  for (const auto& f : p.functions) uncovered += f.essential && !held.count(f.id);
  CHECK(uncovered >= 1);
}

TEST_CASE("demo: a unit whose people answered but have no ties in the latest wave") {
  const auto p = demo();
  const std::string w = p.latest_wave()->id;
  std::set<std::string> tied;
  for (const auto& t : p.ties)
    if (t.waveId == w) tied.insert(t.from), tied.insert(t.to);
  std::map<std::string, int> members, isolated;
  for (const auto& a : p.actors) {
    members[a.unitId]++;
    isolated[a.unitId] += !tied.count(a.id);
  }
  bool isolatedUnit = false;
  for (const auto& u : p.units)
    if (!u.external && members[u.id] > 0 && isolated[u.id] == members[u.id]) isolatedUnit = true;
  CHECK(isolatedUnit);
}
