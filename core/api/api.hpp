// The facade over core/: every call takes JSON text and returns an envelope (envelope.hpp). The WASM bindings
// and the CLI call these and nothing else, so the app and the CLI share one behaviour.
#pragma once
#include <string>

namespace bosam::api {

extern const char* const kVersion;  // the product version, e.g. "0.1.0"

std::string version();
// One message of the core's catalogues (docs/messages.md) in a language, for the CLI's own lines. options: {"key":
// "cli.…" (required), "lang": "nb"|"nn"|"en", "args": {name: text or whole number}}. result: {"text"}.
std::string message(const std::string& options);
// parse -> migrate -> validate. options: {"lang":"nb"|"nn"|"en"}. result: the migrated project document.
std::string validate(const std::string& text, const std::string& options);
// The same door; named for the CLI's `migrate` (the result is the document at the current schemaVersion).
std::string migrate(const std::string& text, const std::string& options);
// The built-in example municipality in options.lang (bokmål without): its texts that are language in that
// language, settings.language set to it (schema/demo.hpp). options: {"lang"}.
std::string demo(const std::string& options);
// Analysis of one survey wave (docs/analysis.md). options: {"waveId", "weighted", "reciprocated", "minFrequency"
// (1-4), "seed", "groupLayout", "lang"}; the default wave is the latest. result: the bosam-analysis document.
std::string analyze(const std::string& text, const std::string& options);
// Comparison of two waves. options: {"from", "to"} (wave ids, required) and the analysis options above.
// result: the bosam-comparison document.
std::string compare(const std::string& text, const std::string& options);
// Feedback to the people who answered a survey round (docs/feedback.md): per person who answered, their own
// answers, their unit's contacts in aggregate (units of at least settings.minGroupSize people) and the network-level
// findings. options: {"waveId" (default: the latest), "actorId" (one person who answered; default: everyone),
// "lang"}. result: checks::feedback_json's document plus "contact" (settings.privacy.contact or null).
std::string feedback(const std::string& projectText, const std::string& options);
// Survey answers merged into their project, all or nothing. answers: [{"name": "file name", "text": "…"}].
// result: {"project": the merged project, "report": [{"file", "respondent", "waveId", "ties"}]}.
std::string merge(const std::string& projectText, const std::string& answersJson, const std::string& options);
// One wave's network for other tools (docs/formats.md). options: {"format": "graphml"|"gexf"|"pajek"|"csv" (required),
// "measures" (add the analysis measures to the nodes), "norwegianExcel" (CSV: ';', decimal comma, BOM, CRLF),
// "waveId", "weighted", "reciprocated", "minFrequency", "seed", "lang"}. result: {"format", "waveId", "nodes",
// "edges", "measures", "files": [{"name", "mime", "text"}]} (one file, or nodes.csv and edges.csv).
std::string export_network(const std::string& projectText, const std::string& optionsJson);
// Several projects' key figures side by side (checks/key_figures.hpp; docs/analysis.md "Key figures"), all or
// nothing. projects: [{"name": "file name", "text": "…"}]; options: {"norwegianExcel", "lang"}. Each project's
// latest wave, default analysis options. result: {"projects": [{"name", "projectId", "municipality", "waveId",
// "waveLabel", "pseudonymized", "figures": [{"key", "kind", "label", "value"}]}], "csv": one row per figure}.
std::string compare_projects(const std::string& projectsJson, const std::string& options);
// The same CSV from figures already computed (the analysis's keyFigures, another municipality's remembered ones).
// entries: [{"name", "figures": [{"key", "value"}]}]; options: {"norwegianExcel", "lang"}. result: {"csv"}.
std::string figures_table(const std::string& entriesJson, const std::string& options);
// A pseudonymised copy for sharing. options: {"key": hex secret (optional: else the project's pseudonymKey),
// "keepRoles", "keepLocations" (booleans: keep job titles, locations; default false)}. result: {"project": the
// copy (validates as a project), "key": the key used (store it in the original), "report": {"minGroupSize",
// "people", "belowFloor", "pools": [{"id", "name", "kind", "people", "units": [{"id", "name", "external",
// "people"}]}], "dropped": {"roles", "locations"} (counts), "kept": {"roles", "locations"} (booleans)}}.
std::string pseudonymize(const std::string& projectText, const std::string& options);
// A shared pseudonymised copy with names restored from the original project (which holds the key).
std::string reidentify(const std::string& originalText, const std::string& sharedText, const std::string& options);
// A fresh project from the catalogue. options: {"id": "…" (required), "name": "…", "lang": "nb"|"en"}.
std::string new_project(const std::string& options);
// A look at a CSV file (or a GraphML file's edges) before importing it (docs/formats.md). options: {"format":
// "csv" (default) | "graphml", "name": file name for messages, "delimiter": one character (else detected),
// "lang"}. result: {"format", "delimiter", "decimalComma", "header", "rows" (the first 20), "rowCount",
// "suggestedMapping" (importers::suggest_mapping); GraphML adds "directed", "nodeHeader", "nodeCount"}.
std::string csv_preview(const std::string& text, const std::string& options);
// A network from CSV or GraphML as a NEW wave of the project, all or nothing (core/importers/network_import.hpp).
// options: {"format": "csv"|"graphml", "edges": text, "edgesName", "nodes": text (CSV, optional), "nodesName",
// "graphml": text, "graphmlName", "delimiter", "mapping": {from, to, frequency, weight, types, nodeId, nodeName,
// nodeUnit}, "defaultFrequency": 1-4, "match": "id"|"name", "wave": {id, label, date}, "lang"}.
// result: {"project": the project with the new wave (passed the door), "report": {wave, ties, actorsMatched,
// actorsAdded, addedActors, skipped: [{file, line, reason}], directed}}.
std::string import_network(const std::string& projectText, const std::string& options);
// A staff list before importing it: `text` is the CSV file's bytes, or empty with options.table (rows
// read from an .xlsx sheet: {"header", "rows", "lines"?, "headerLine"?}). options: {"name": file name, "table",
// "delimiter", "lang"}. result: {"format": "csv"|"table", "delimiter" (CSV), "header", "rows" (the first 20),
// "lines" (their row numbers), "headerLine" (the header's row number, or null), "rowCount", "suggestedMapping":
// {name, firstName, lastName, unit, role, fte, location}}. A title above the header row is skipped with the
// warning people-header-row (core/importers/people_import.hpp).
std::string people_preview(const std::string& text, const std::string& options);
// A staff list as the project's people, all or nothing (core/importers/people_import.hpp). `text` as for
// people_preview; options add "map": {field: column, null or "" = not used, absent = guessed}, "createUnits" and
// "externalUnits" (names of units to create as external partners).
// result: {"project", "report": {file, rows, added, updated, unchanged, addedPeople, updatedPeople, unitsCreated,
// columns, guessed, unusedColumns}}. Errors and warnings have codes people-*, the row as "line" and the column's
// number as "column".
std::string import_people(const std::string& projectText, const std::string& text, const std::string& options);
// The survey answers of waves deleted after the retention date (settings.privacy.answersKeptUntil), the aggregate
// figures kept in waves[].retired (core/checks/retention.hpp). options: {"today": "YYYY-MM-DD" (required; the core
// reads no clock), "waveIds": [ids] (default: every wave with answers), "retiredAt": date or ISO time (default
// today), "preview": true (only say what there is: nothing changes, no errors for a date not passed), "lang"}.
// result: {"keptUntil", "today", "due", "waves": [{"id", "label", "date", "ties", "reportedTasks", "respondents",
// "hasAnswers", "retired"}] (before the deletion), "project": the project after it (null in a preview),
// "retiredWaveIds"}. Errors: retention-date-missing, retention-not-passed, wave-has-no-answers, no-answers-to-delete.
std::string retire_answers(const std::string& projectText, const std::string& options);

// What a project holds and what changed since an earlier version of it (core/schema/changes.hpp): both through
// the door; `beforeText` may be empty. options: {"lang"}. result: {"counts": {"unit": n, "person": n, …},
// "changes": null (no earlier version) or {"<kind>": {"added", "removed", "changed"}, …, "same": bool}}.
std::string changes(const std::string& beforeText, const std::string& afterText, const std::string& options);
// A project as it is written to a file: `revision` set to a new stamp (core/schema/revision.hpp): basedOn and
// lineage from the project's previous revision. options: {"stamp": "r-" + 16 hex (required; the caller makes it
// from a random source), "savedAt": UTC time (required), "lang"}. result: the stamped project.
std::string stamp(const std::string& projectText, const std::string& options);
// How THEIRS (a copy that came back) relates to MINE. options: {"lang"}. result: {"relation": "same" |
// "theirs-older" | "theirs-newer" | "diverged" | "unrelated" | "other-project", "commonStamps": [stamp, …]}.
std::string relate(const std::string& mineText, const std::string& theirsText, const std::string& options);

// Two copies of one project merged three-way over their common version (core/reconcile, docs/reconcile.md).
// options: {"prefer": "mine"|"theirs"|null (settles every conflict), "choices": {"<conflict id>": "mine"|"theirs"},
// "stamp", "savedAt" (the result's revision, required), "lang"}. result: {"project": the merged, stamped project
// (through the door) or null while a conflict is open, "conflicts": [{id, kind, item, name, field, fieldName, base,
// mine, theirs, mineText, theirsText, people, chosen}], "summary": {mine, theirs, taken, removed, conflicts, open,
// settled, lines}}.
std::string reconcile(const std::string& baseText, const std::string& mineText, const std::string& theirsText,
                      const std::string& options);

}  // namespace bosam::api
