// Migration of older project files to the current schemaVersion: an ordered list of explicit steps, one per
// version, never guessing by shape. Each step turns version N into N+1.
#pragma once
#include <functional>
#include <vector>

#include "schema/parse.hpp"

namespace bosam {

constexpr int kProjectSchemaVersion = 1;  // the newest version this build reads and writes

struct MigrationStep {
  int from;                          // the version this step reads; it writes from + 1
  std::function<void(json&)> apply;  // edits the document in place; must not set schemaVersion itself
};

// The steps for bosam-project files, in order. Empty today: version 1 is the first.
const std::vector<MigrationStep>& project_migrations();

// Checks `format`, then brings `doc` from its schemaVersion up to `target` using `steps`.
// Reports not-an-object, wrong-format, missing/bad/newer schemaVersion, or a missing step; returns false then.
bool migrate_document(json& doc, const std::string& format, const std::vector<MigrationStep>& steps, int target,
                      Lang lang, Issues& out);

}  // namespace bosam
