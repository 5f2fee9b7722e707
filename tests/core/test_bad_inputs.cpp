// One named case per kind of bad input. The expected codes and paths are written by hand in
// tests/fixtures/bad-inputs.json (shared with the node tests of the WASM module), never taken from output.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "fixtures.hpp"
#include "schema/door.hpp"

using namespace bosam;

namespace {

void expect_errors(const std::string& file) {
  const json spec = test::fixture_json("bad-inputs.json").at(file);
  const LoadResult r = load_project(test::read_fixture("bad/" + file), Lang::en);
  CHECK_FALSE(r.doc.has_value());
  std::vector<Issue> errors;
  for (const auto& i : r.issues)
    if (i.severity == Severity::error) errors.push_back(i);
  for (const auto& want : spec.at("errors")) {
    auto hit = std::find_if(errors.begin(), errors.end(),
                            [&](const Issue& i) { return i.code == want.at("code") && i.path == want.at("path"); });
    INFO("expected ", want.dump(), " in ", file);
    REQUIRE(hit != errors.end());
    CHECK_FALSE(hit->message.empty());
    if (want.contains("line")) CHECK(hit->line == want.at("line").get<int>());
    if (want.contains("column")) CHECK(hit->column == want.at("column").get<int>());
  }
  if (spec.at("exact").get<bool>()) CHECK(errors.size() == spec.at("errors").size());
}

}  // namespace

#define BAD_INPUT(name, file) \
  TEST_CASE("bad input: " name) { expect_errors(file); }

BAD_INPUT("not JSON (truncated), with line and column", "truncated.json")
BAD_INPUT("empty file", "empty.json")
BAD_INPUT("a JSON list instead of an object", "not-an-object.json")
BAD_INPUT("wrong format", "wrong-format.json")
BAD_INPUT("schemaVersion newer than this build", "newer-schema-version.json")
BAD_INPUT("schemaVersion that is not a number", "schema-version-string.json")
BAD_INPUT("a list that is not a list", "list-not-list.json")
BAD_INPUT("missing id", "missing-id.json")
BAD_INPUT("duplicate id", "duplicate-id.json")
BAD_INPUT("reference to an unknown unit", "unknown-unit.json")
BAD_INPUT("reference to an unknown actor", "unknown-actor.json")
BAD_INPUT("reference to an unknown function", "unknown-function.json")
BAD_INPUT("reference to an unknown target group", "unknown-target-group.json")
BAD_INPUT("reference to an unknown wave", "unknown-wave.json")
BAD_INPUT("frequency outside 1-4", "frequency-out-of-range.json")
BAD_INPUT("frequency that is not a whole number", "frequency-not-integer.json")
BAD_INPUT("negative FTE", "negative-fte.json")
BAD_INPUT("wrong types", "wrong-type.json")
BAD_INPUT("unknown assignment role", "unknown-role.json")
BAD_INPUT("several problems are all reported", "many-problems.json")
BAD_INPUT("invalid UTF-8, with line and column", "invalid-utf8.json")
BAD_INPUT("nesting deeper than the cap", "too-deep.json")
BAD_INPUT("a number too large for a double (1e400)", "number-overflow.json")
BAD_INPUT("unknown assessment kind and status", "unknown-assessment-kind.json")
BAD_INPUT("a threshold that is not a number", "settings-wrong-type.json")

TEST_CASE("every bad-input fixture has an expectation") {
  // Guards against a fixture added without an expectation (it would silently test nothing) and vice versa.
  const json spec = test::fixture_json("bad-inputs.json");
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(test::fixture_path("bad"))) {
    ++files;
    INFO(entry.path().filename().string());
    CHECK(spec.contains(entry.path().filename().string()));
  }
  CHECK(files == spec.size() - 1);  // every key but "_about" names a file
}
