// A staff list as the project's people: "Navn;Enhet;Stilling;Stillingsprosent" from Excel, as CSV text or
// as the rows of an .xlsx sheet the app has already read. All or nothing: any error means no project, and the
// result passes the same door as every project file (load_project_value).
//
// Rules (README "Staff list"):
// - Columns: each field (name, unit, role, fte, location; or firstName + lastName instead of name) is the column
//   the mapping names, not used when it names "", and guessed from the headers when it is not given
//   (people_columns.hpp: Norwegian and English, case and accents ignored). No name column is an error.
// - A person already in the project (same name, trimmed, any case, inner spaces collapsed) is updated: unit,
//   role, fte and location, each only when its column is used and the cell is not empty. Anyone else is added,
//   with the id "a-import-N" (the first N not in use, as the network import does), and must have a unit.
// - Units are matched by name (trimmed, any case). A unit that does not exist is an error naming it and its
//   rows, unless createUnits: then it is created as "u-import-N", named as first written, the municipality's own
//   unit unless its name is in externalUnits (an external partner, such as NAV or a housing foundation).
// - FTE: people_columns.hpp read_fte ("50 %", "50", "0,5" …); anything else is an error naming row and column.
// - The header row: the first of the file's first 10 rows with text that has two cells naming columns Bosam knows
//   (people_columns.hpp); when none has, the first with two cells filled; else the first. Rows above it (a title,
//   a date) are skipped with the warning people-header-row.
// - Blank rows are skipped; a row with content but no name is an error. The same name twice: read once, with the
//   warning people-duplicate-row naming both rows, when every mapped cell is the same (an FTE compared as its
//   number); otherwise an error naming both rows. Rows are numbered as Excel numbers them (row 1 is the file's
//   first line, whether the header or a title).
// - Caps: the CSV caps of the network import, at most limits.maxActors rows and people, 50 errors.
// Time O((rows + people) log(rows + people)); memory O(size of the file).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/issue.hpp"
#include "base/json.hpp"
#include "importers/table.hpp"
#include "schema/parse.hpp"

namespace bosam::importers {

// A column name per field: nullopt = guess it, "" = do not use it.
struct PeopleMapping {
  std::optional<std::string> name, firstName, lastName, unit, role, fte, location;
};

struct PeopleImportOptions {
  std::string fileName;           // shown in messages and used as the issues' path, e.g. "ansatte.csv"
  std::string_view text;          // the CSV file's bytes, kept by the caller (not used when table is set)
  std::optional<RawTable> table;  // rows read elsewhere (an .xlsx sheet); lines = the sheet's row numbers
  char delimiter = 0;             // CSV; 0 = detect
  PeopleMapping map;
  bool createUnits = false;
  // Names of units to create (createUnits) as external partners rather than the municipality's own units; matched
  // as unit names are (trimmed, any case). A name that is not created by this import changes nothing.
  std::vector<std::string> externalUnits;
};

struct PeopleImportResult {
  std::optional<json> project;  // set only when there are no errors
  // {file, rows, added, updated, unchanged, addedPeople: [{id, name, row}], updatedPeople: [{id, name, row,
  //  changed: [unit|role|fte|location]}], unitsCreated: [{id, name, external}], columns: {field: header|null},
  //  guessed: [fields], unusedColumns: [headers]}
  json report;
  Issues issues;
};

// The table of a staff list (CSV read and checked, or the given rows checked): false with the errors in `issues`.
// `delimiter` is set for CSV. Used by the preview and the import alike.
bool read_people_table(const PeopleImportOptions& options, Lang lang, const Limits& limits, RawTable& out,
                       char& delimiter, Issues& issues);

// `project` must have passed the door.
PeopleImportResult import_people(const json& project, const PeopleImportOptions& options, Lang lang,
                                 const Limits& limits = Limits{});

}  // namespace bosam::importers
