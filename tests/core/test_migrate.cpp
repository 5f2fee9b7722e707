// Migration runs explicit steps in version order. Only version 1 exists today, so the mechanism is tested with
// made-up steps; the real list must bring every supported version to the current one.
#include <doctest/doctest.h>

#include "schema/migrate.hpp"

using namespace bosam;

namespace {
json doc_at(int version) { return {{"format", "bosam-project"}, {"schemaVersion", version}, {"trail", json::array()}}; }

const std::vector<MigrationStep> kSteps = {
    {2,
     [](json& d) {
       d["trail"].push_back("2->3");
       d["renamed"] = d["old"];
       d.erase("old");
     }},
    {1,
     [](json& d) {
       d["trail"].push_back("1->2");
       d["old"] = "value from v1";
     }},
};
}  // namespace

TEST_CASE("steps run in version order from the file's version to the target") {
  json d = doc_at(1);
  Issues issues;
  REQUIRE(migrate_document(d, "bosam-project", kSteps, 3, Lang::en, issues));
  CHECK(issues.empty());
  CHECK(d["trail"] == json::array({"1->2", "2->3"}));
  CHECK(d["renamed"] == "value from v1");
  CHECK_FALSE(d.contains("old"));
  CHECK(d["schemaVersion"] == 3);
}

TEST_CASE("a document already at the target is left alone") {
  json d = doc_at(3);
  Issues issues;
  REQUIRE(migrate_document(d, "bosam-project", kSteps, 3, Lang::en, issues));
  CHECK(d["trail"].empty());
}

TEST_CASE("a gap in the steps is an error, not a guess") {
  json d = doc_at(1);
  Issues issues;
  const std::vector<MigrationStep> gap = {kSteps[0]};  // 2->3 only
  CHECK_FALSE(migrate_document(d, "bosam-project", gap, 3, Lang::en, issues));
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].code == "migration-missing");
}

TEST_CASE("schemaVersion 0, negative, fractional or huge is refused") {
  for (const json& v : {json(0), json(-1), json(1.5), json(1e300), json("2"), json(nullptr)}) {
    json d = doc_at(1);
    d["schemaVersion"] = v;
    Issues issues;
    INFO(v.dump());
    CHECK_FALSE(migrate_document(d, "bosam-project", kSteps, 3, Lang::en, issues));
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].path == "$.schemaVersion");
  }
}

TEST_CASE("the project migrations reach the current version from every version they start at") {
  for (int from = 1; from <= kProjectSchemaVersion; ++from) {
    json d = doc_at(from);
    Issues issues;
    CHECK(migrate_document(d, "bosam-project", project_migrations(), kProjectSchemaVersion, Lang::en, issues));
    CHECK(d["schemaVersion"] == kProjectSchemaVersion);
  }
}
