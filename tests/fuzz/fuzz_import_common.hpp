// Shared by the two importer fuzz targets (CSV, GraphML): the project they import into, the table invariants
// and the whole-import invariant.
#pragma once

#include <string>

#include "api/api.hpp"
#include "fuzz_common.hpp"
#include "importers/network_import.hpp"
#include "schema/door.hpp"

namespace bosam::fuzz {

// The demo municipality, through the same door as the app's.
inline const json& import_target() {
  static const json doc = json::parse(api::demo("{}"))["result"];
  return doc;
}

// A table a reader accepts is rectangular with one source line (>= 1) per row; CSV rows are also in line order.
inline void check_table(const importers::RawTable& t, bool linesInOrder) {
  require(t.rows.size() == t.lines.size(), "rows and lines differ in number");
  int last = 0;
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    require(t.rows[i].size() == t.header.size(), "a row is not as wide as the header");
    require(t.lines[i] >= 1, "a row without a line");
    if (linesInOrder) require(t.lines[i] >= last, "row lines are not increasing");
    last = t.lines[i];
  }
}

// A column suggest_mapping chose for `key`, or "" (as the app pre-fills the mapping).
inline std::string suggested(const json& mapping, const char* key) {
  return mapping.contains(key) && mapping[key].is_string() ? mapping[key].get<std::string>() : std::string();
}

// The whole import never throws; a project it returns passes the door, and a refusal carries an error.
inline void check_import(const importers::NetworkImportOptions& opt) {
  const importers::NetworkImportResult imported = importers::import_network(import_target(), opt, Lang::en);
  if (imported.project)
    require(load_project_value(*imported.project, Lang::en).doc.has_value(), "an imported project does not validate");
  else
    require(has_errors(imported.issues), "an import refused without an error");
}

}  // namespace bosam::fuzz
