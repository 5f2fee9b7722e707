// The plain-language message for every issue code: the messages issue.<code>[/<variant>] of
// data/messages/<lang>.json. Codes are a contract (docs/validation.md lists them); the wording may change freely.
// Callers pass an issue's arguments in order; the table below names them, so each language's sentence uses
// {file}, {line}, {id} … in the order its grammar wants.
#include "schema/messages.hpp"

#include <map>
#include <string>

#include "text/catalogue.hpp"

namespace bosam {
namespace {

// The names of each code's arguments, in the order callers pass them. A code with no arguments is not listed.
// Reading networks (core/importers): file, line, column (character for XML, field number for CSV), then the
// reader's own arguments.
const std::map<std::string, std::vector<const char*>>& argument_names() {
  static const std::map<std::string, std::vector<const char*>> names = {
      {"too-large", {"size", "limit"}},
      {"invalid-utf8", {"line", "column"}},
      {"too-deep", {"depth", "line", "column"}},
      {"not-json", {"line", "column", "detail"}},
      {"number-out-of-range", {"line", "column"}},
      {"wrong-format", {"format"}},
      {"bad-schema-version", {"found"}},
      {"newer-schema-version", {"version", "supported"}},
      {"migration-missing", {"version"}},
      {"missing-field", {"field"}},
      {"wrong-type", {"expected", "found"}},
      {"not-a-list", {"found"}},
      {"list-too-long", {"count", "limit"}},
      {"too-many-actors", {"count", "limit"}},
      {"matrix-too-large", {"count", "limit"}},
      {"key-too-long", {"length", "limit"}},
      {"string-too-long", {"length", "limit"}},
      {"duplicate-id", {"id", "first"}},
      {"unknown-unit", {"id"}},
      {"unknown-actor", {"id", "name"}},  // name: only the /respondent variant (the answer's respondentName)
      {"unknown-function", {"id"}},
      {"unknown-target-group", {"id"}},
      {"unknown-wave", {"id"}},
      {"bad-frequency", {"found"}},
      {"negative-fte", {"found"}},
      {"unknown-role", {"found"}},
      {"unknown-kind", {"found"}},
      {"threshold-out-of-range", {"name", "min", "max", "found"}},
      {"threshold-out-of-range-whole", {"name", "min", "max", "found"}},
      {"min-group-size-out-of-range", {"min", "max", "found"}},
      {"unknown-review", {"found"}},
      {"unknown-status", {"found"}},
      {"wrong-project", {"respondent", "municipality", "project"}},
      {"wrong-project-copy", {"respondent", "municipality", "project"}},
      {"duplicate-answer", {"first"}},
      {"older-answer", {"name", "time", "stored"}},
      {"same-answer", {"name", "time"}},
      {"replaces-answer", {"name", "time", "stored"}},
      {"fte-above-one", {"fte"}},
      {"duplicate-tie", {"first"}},
      {"duplicate-respondent", {"first"}},
      {"bad-date", {"date"}},
      {"bad-revision-stamp", {"found"}},
      {"bad-revision-time", {"found"}},
      {"bad-revision-lineage", {"count", "limit"}},
      {"reconcile-other-project", {"mine", "theirs"}},
      {"import-empty-file", {"file"}},
      {"import-too-large", {"file", "line", "column", "size", "limit"}},
      {"import-invalid-utf8", {"file", "line", "column"}},
      {"import-unclosed-quote", {"file", "line", "column"}},
      {"import-bad-quote", {"file", "line", "column"}},
      {"import-column-count", {"file", "line", "column", "fields", "expected", "delimiter"}},
      {"import-duplicate-header", {"file", "line", "column", "header"}},
      {"import-too-many-rows", {"file", "line", "column", "limit"}},
      {"import-too-many-columns", {"file", "line", "column", "limit"}},
      {"import-field-too-long", {"file", "line", "column", "limit"}},
      {"import-too-many-attributes", {"file", "line", "column", "limit"}},
      {"import-xml-eof", {"file", "line", "column"}},
      {"import-xml-syntax", {"file", "line", "column", "near"}},
      {"import-xml-mismatch", {"file", "line", "column", "open", "close"}},
      {"import-xml-entity", {"file", "line", "column", "reference"}},
      {"import-xml-dtd", {"file", "line", "column"}},
      {"import-too-deep", {"file", "line", "column", "limit"}},
      {"import-not-graphml", {"file", "line", "column", "root"}},
      {"import-missing-attribute", {"file", "line", "column", "element", "attribute"}},
      {"import-duplicate-attribute", {"file", "line", "column", "attribute"}},
      {"import-unknown-key", {"file", "line", "column", "key"}},
      {"import-graphml-unsupported", {"file", "line", "column", "element"}},
      {"import-no-graph", {"file"}},
      {"import-unknown-column", {"file", "column", "role", "columns"}},
      {"import-missing-mapping", {"field"}},
      {"import-empty-cell", {"file", "line", "column"}},
      {"import-unknown-actor", {"file", "line", "column", "value", "matchedBy"}},
      {"import-ambiguous-name", {"file", "line", "column", "value"}},
      {"import-bad-frequency", {"file", "line", "column", "value"}},
      {"import-bad-weight", {"file", "line", "column", "value"}},
      {"import-unknown-type", {"file", "line", "column", "value", "allowed"}},
      {"import-duplicate-node", {"file", "line", "id", "firstLine"}},
      {"import-no-unit", {"file", "line", "name"}},
      {"import-unknown-unit", {"file", "line", "column", "person", "unit"}},
      {"import-wave-exists", {"wave"}},
      {"import-duplicate-edge", {"file", "line", "firstLine"}},
      {"import-no-ties", {"file"}},
      {"import-undirected", {"file"}},
      {"import-too-many-errors", {"limit"}},
      {"people-empty-file", {"file"}},
      {"people-no-rows", {"file"}},
      {"people-not-utf8", {"file", "row"}},
      {"people-spreadsheet", {"file"}},
      {"people-too-large", {"file", "size", "limit"}},
      {"people-unclosed-quote", {"row"}},
      {"people-bad-quote", {"row"}},
      {"people-column-count", {"row", "fields", "expected", "delimiter"}},
      {"people-row-too-wide", {"row", "cells", "expected"}},
      {"people-duplicate-header", {"column"}},
      {"people-too-many-rows", {"limit"}},
      {"people-too-many-columns", {"row", "limit"}},
      {"people-field-too-long", {"row", "limit"}},
      {"people-unknown-column", {"column", "field", "columns"}},
      {"people-no-name-column", {"columns"}},
      {"people-no-unit-column", {"people"}},
      {"people-no-name", {"row", "column"}},
      {"people-duplicate-name", {"row", "column", "name", "first"}},
      {"people-duplicate-row", {"row", "first", "name"}},
      {"people-header-row", {"row", "above"}},
      {"people-bad-fte", {"row", "column", "value"}},
      {"people-fte-above-one", {"row", "column", "value", "fte"}},
      {"people-fte-read-as-percent", {"row", "column", "value", "fte"}},
      {"people-no-unit", {"row", "column", "name"}},
      {"people-unknown-unit", {"unit", "rows", "column"}},
      {"people-ambiguous-person", {"row", "column", "name"}},
      {"people-ambiguous-unit", {"row", "column", "name"}},
      {"people-too-many-people", {"count", "limit"}},
      {"people-too-many-errors", {"limit"}},
      {"internal-error", {"detail"}},
      {"bad-options", {"detail"}},
      {"unknown-language", {"lang"}},
      {"bad-retention-date", {"date"}},
      {"bad-retired-date", {"date"}},
      {"retired-wave-has-answers", {"date"}},
      {"answer-retired-wave", {"wave", "date"}},
      {"wave-retired", {"wave", "date"}},
      {"retention-not-passed", {"date", "today"}},
      {"wave-has-no-answers", {"wave"}},
  };
  return names;
}

}  // namespace

std::string message_for(const std::string& code, Lang lang, const std::vector<std::string>& args) {
  const std::string key = "issue." + code;
  if (!text::has_message(lang, key)) return code;
  text::Args named;
  const auto& all = argument_names();
  const auto base = all.find(code.substr(0, code.find('/')));
  for (std::size_t i = 0; i < args.size(); ++i) {
    const bool known = base != all.end() && i < base->second.size();
    named.emplace_back(known ? base->second[i] : std::to_string(i), args[i]);
  }
  return text::tr(lang, key, named);
}

std::vector<std::string> message_argument_names(const std::string& code) {
  const auto& all = argument_names();
  const auto it = all.find(code.substr(0, code.find('/')));
  return it == all.end() ? std::vector<std::string>{} : std::vector<std::string>(it->second.begin(), it->second.end());
}

void add_issue(Issues& out, Lang lang, Severity sev, std::string path, const std::string& code,
               const std::vector<std::string>& args, int line, int column) {
  Issue i;
  i.path = std::move(path);
  i.code = code;
  i.message = message_for(code, lang, args);
  i.line = line;
  i.column = column;
  i.severity = sev;
  out.push_back(std::move(i));
}

}  // namespace bosam
