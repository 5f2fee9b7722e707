// A survey wave from other tools' files (docs/formats.md): CSV edge lists (with an optional node list) or GraphML,
// mapped to the project's actors and added as a NEW wave. All or nothing: any error means no project. The
// result passes the same door as every project file (load_project_value), so it is valid by construction.
//
// Rules (README "Importing a network"):
// - Columns are chosen by name (mapping); GraphML tables are "id"/"source"/"target" plus the keys' attr.names,
//   so one mapping step serves both formats. suggest_mapping guesses from common names (ours, Gephi's,
//   NetworkX's, Norwegian ones) for the app to pre-fill; the import itself never guesses.
// - Matching (match = id | name): a node-list row or an edge end is the project actor with that id, or with
//   that name (trimmed, case-insensitive; two actors with the name is an error). Edge ends are first looked up
//   among the node list's ids (Gephi style), then among the project's actors.
// - New actors come only from a node list (or GraphML nodes): name = the name column (else the node id), unit
//   = the unit column naming an existing unit by id or name. No unit column or an unknown unit is an error
//   naming the line: an actor must belong to a unit (docs/project-file.md), and we do not invent one. A new
//   actor's id is the node id unless an actor already has it (then "a-import-N").
// - Frequency: an integer 1-4 (3, 3.0 and 3,0 are the same) or its word in nb, nn or en, any case: daglig/dagleg/
//   daily 4, ukentlig/vekentleg/weekly 3, månedlig/månadleg/monthly 2, sjeldnere/sjeldnare (enn månedlig/
//   månadleg)/rarely/less than monthly 1; 0 or aldri/never
//   means "never" and the row is skipped (and reported); anything else is an error. A weight column is used as the
//   frequency only when its values are already whole numbers 1-4 (never rescaled). With neither column,
//   options.defaultFrequency (1-4) is used.
// - Types: information | coordination | advice | referral, separated by '|' or ',' in one cell.
// - Self-ties are skipped (the analysis ignores them) and reported; a repeated edge is merged (the highest
//   frequency and all types count) with a warning naming both lines. GraphML with edgedefault="undirected"
//   imports each edge once, as source -> target, with a warning.
// - Respondents are not added: the files do not say who was asked.
// - At most 50 errors are reported; then the import stops. At most 50 warnings are listed.
// Time O((rows + actors) log(rows + actors)); memory O(size of the files).
#pragma once
#include <optional>
#include <string>

#include "base/issue.hpp"
#include "base/json.hpp"
#include "importers/table.hpp"
#include "schema/parse.hpp"

namespace bosam::importers {

struct SourceFile {
  std::string name;  // shown in messages, e.g. "edges.csv"
  std::string text;
};

struct Mapping {
  std::string from, to, frequency, weight, types;  // edge columns
  std::string nodeId, nodeName, nodeUnit;          // node columns
};

struct NetworkImportOptions {
  bool graphml = false;
  SourceFile edges;                 // CSV edge list, or the GraphML file
  std::optional<SourceFile> nodes;  // CSV node list
  char delimiter = 0;               // CSV; 0 = detect
  Mapping mapping;                  // empty from/to for GraphML = source/target; empty nodeId = id
  bool matchByName = false;
  int defaultFrequency = 0;                 // 1-4 when no frequency or weight column; 0 = none
  std::string waveId, waveLabel, waveDate;  // empty id: "w-import" (or -2, -3, …); empty label: "Importert runde"
};

struct NetworkImportResult {
  std::optional<json> project;  // set only when there are no errors
  json report;                  // {wave:{id,label,date?}, ties, actorsMatched, actorsAdded, addedActors:[ids],
                                // skipped:[{file,line,reason}]}
  Issues issues;
};

// `project` must have passed the door.
NetworkImportResult import_network(const json& project, const NetworkImportOptions& options, Lang lang,
                                   const Limits& limits = Limits{});

// The message for a reader's error in `file` ("import-<code>", args: file, line, column, then the reader's).
void add_read_error(Issues& out, Lang lang, const std::string& file, const ReadError& e);

// Column guesses by header name (case-insensitive): {from, to, frequency, weight, types, nodeId, nodeName,
// nodeUnit}, each a column name or null. frequency is null when only a weight column exists.
json suggest_mapping(const RawTable& edges, const RawTable* nodes);

}  // namespace bosam::importers
