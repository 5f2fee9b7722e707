// api::csv_preview and api::import_network: other tools' network files into a new wave; api::people_preview
// and api::import_people: a staff list as the project's people (both in docs/formats.md). Options are read
// strictly, each bad one reported at its path; the work is in core/importers.
#include <algorithm>

#include "api/api.hpp"
#include "api/envelope.hpp"
#include "importers/csv.hpp"
#include "importers/graphml.hpp"
#include "importers/network_import.hpp"
#include "importers/people_columns.hpp"
#include "importers/people_import.hpp"
#include "schema/door.hpp"
#include "schema/messages.hpp"

namespace bosam::api {
namespace {

using importers::RawTable;

constexpr std::size_t kPreviewRows = 20;

json first_rows(const RawTable& t) {
  json rows = json::array();
  for (std::size_t r = 0; r < t.rows.size() && r < kPreviewRows; ++r) rows.push_back(t.rows[r]);
  return rows;
}

// A text option: absent or null -> "", a string -> itself, anything else -> an error at options.<path>.
std::string text_option(const json& o, const char* key, const std::string& path, Lang lang, Issues& issues) {
  if (!o.is_object() || !o.contains(key) || o[key].is_null()) return "";
  if (o[key].is_string()) return o[key].get<std::string>();
  bad_option(issues, lang, path, "text");
  return "";
}

char delimiter_option(const json& o, Lang lang, Issues& issues) {
  const std::string d = text_option(o, "delimiter", "delimiter", lang, issues);
  if (d.empty()) return 0;
  if (d == "\\t" || d == "tab") return '\t';
  if (d.size() == 1 && d != "\"" && d != "\r" && d != "\n") return d[0];
  bad_option(issues, lang, "delimiter", "delimiter");
  return 0;
}

importers::NetworkImportOptions read_import_options(const json& o, Lang lang, Issues& issues) {
  importers::NetworkImportOptions r;
  const std::string format = text_option(o, "format", "format", lang, issues);
  if (format == "graphml")
    r.graphml = true;
  else if (format != "csv")
    bad_option(issues, lang, "format", "one-of", {{"allowed", "csv, graphml"}, {"found", format}});
  const char* textKey = r.graphml ? "graphml" : "edges";
  if (!o.contains(textKey) || !o[textKey].is_string()) bad_option(issues, lang, textKey, "missing");
  r.edges.text = text_option(o, textKey, textKey, lang, issues);
  r.edges.name =
      text_option(o, r.graphml ? "graphmlName" : "edgesName", r.graphml ? "graphmlName" : "edgesName", lang, issues);
  if (!r.graphml && o.contains("nodes") && !o["nodes"].is_null()) {
    r.nodes = importers::SourceFile{text_option(o, "nodesName", "nodesName", lang, issues),
                                    text_option(o, "nodes", "nodes", lang, issues)};
  }
  r.delimiter = delimiter_option(o, lang, issues);
  if (o.contains("mapping") && !o["mapping"].is_object() && !o["mapping"].is_null())
    bad_option(issues, lang, "mapping", "object");
  const json m = o.value("mapping", json::object());
  importers::Mapping& map = r.mapping;
  std::pair<const char*, std::string*> fields[] = {
      {"from", &map.from},   {"to", &map.to},         {"frequency", &map.frequency}, {"weight", &map.weight},
      {"types", &map.types}, {"nodeId", &map.nodeId}, {"nodeName", &map.nodeName},   {"nodeUnit", &map.nodeUnit}};
  for (auto& f : fields) *f.second = text_option(m, f.first, std::string("mapping.") + f.first, lang, issues);
  const std::string match = text_option(o, "match", "match", lang, issues);
  if (match == "name")
    r.matchByName = true;
  else if (!match.empty() && match != "id")
    bad_option(issues, lang, "match", "one-of", {{"allowed", "id, name"}, {"found", match}});
  if (o.contains("defaultFrequency") && !o["defaultFrequency"].is_null()) {
    const json& f = o["defaultFrequency"];
    if (f.is_number_integer() && f.get<int>() >= 1 && f.get<int>() <= 4)
      r.defaultFrequency = f.get<int>();
    else
      bad_option(issues, lang, "defaultFrequency", "whole-range", {{"min", 1}, {"max", 4}});
  }
  if (o.contains("wave") && !o["wave"].is_object() && !o["wave"].is_null()) bad_option(issues, lang, "wave", "object");
  const json w = o.value("wave", json::object());
  r.waveId = text_option(w, "id", "wave.id", lang, issues);
  r.waveLabel = text_option(w, "label", "wave.label", lang, issues);
  r.waveDate = text_option(w, "date", "wave.date", lang, issues);
  return r;
}

// A staff list's rows read elsewhere (an .xlsx sheet): {"header": [text], "rows": [[text | number | null]],
// "lines": [row numbers] (optional)}. Numbers become their JSON text, null an empty cell.
std::optional<RawTable> table_option(const json& o, Lang lang, Issues& issues) {
  if (!o.contains("table") || o["table"].is_null()) return std::nullopt;
  auto bad = [&](const char* kind) {
    bad_option(issues, lang, "table", kind);
    return std::nullopt;
  };
  const json& t = o["table"];
  if (!t.is_object() || !t.contains("header") || !t["header"].is_array() || !t.contains("rows") ||
      !t["rows"].is_array())
    return bad("table-shape");
  RawTable out;
  auto text = [&](const json& v, std::string& into) {
    if (v.is_string())
      into = v.get<std::string>();
    else if (v.is_null())
      into.clear();
    else if (v.is_number())
      into = v.dump();
    else
      return false;
    return true;
  };
  for (const auto& h : t["header"]) {
    out.header.emplace_back();
    if (!text(h, out.header.back())) return bad("table-header");
  }
  for (const auto& row : t["rows"]) {
    if (!row.is_array()) return bad("table-row");
    out.rows.emplace_back();
    for (const auto& v : row) {
      out.rows.back().emplace_back();
      if (!text(v, out.rows.back().back())) return bad("table-cell");
    }
  }
  if (t.contains("lines") && !t["lines"].is_null()) {
    if (!t["lines"].is_array() || t["lines"].size() != out.rows.size()) return bad("table-lines");
    for (const auto& l : t["lines"]) {
      if (!l.is_number_integer() || l.get<long long>() < 1 || l.get<long long>() > 100000000) return bad("table-lines");
      out.lines.push_back(l.get<int>());
    }
  }
  if (t.contains("headerLine") && !t["headerLine"].is_null()) {
    const json& h = t["headerLine"];
    if (!h.is_number_integer() || h.get<long long>() < 1 || h.get<long long>() > 100000000) return bad("table-lines");
    out.headerLine = h.get<int>();
  }
  return out;
}

// The staff-list options both calls share: name, table, delimiter; for the import also map, createUnits and
// externalUnits.
importers::PeopleImportOptions read_people_options(const json& o, Lang lang, Issues& issues) {
  importers::PeopleImportOptions r;
  r.fileName = text_option(o, "name", "name", lang, issues);
  r.delimiter = delimiter_option(o, lang, issues);
  r.table = table_option(o, lang, issues);
  if (o.contains("map") && !o["map"].is_null()) {
    if (!o["map"].is_object()) {
      bad_option(issues, lang, "map", "object");
      return r;
    }
    const json& m = o["map"];
    importers::PeopleMapping& map = r.map;
    std::optional<std::string>* fields[] = {&map.name, &map.firstName, &map.lastName, &map.unit,
                                            &map.role, &map.fte,       &map.location};
    for (std::size_t f = 0; f < std::size(fields); ++f) {
      const char* key = importers::kPeopleFields[f];
      if (m.contains(key)) *fields[f] = text_option(m, key, std::string("map.") + key, lang, issues);  // null: not used
    }
  }
  if (o.contains("createUnits") && !o["createUnits"].is_null()) {
    if (o["createUnits"].is_boolean())
      r.createUnits = o["createUnits"].get<bool>();
    else
      bad_option(issues, lang, "createUnits", "flag");
  }
  if (o.contains("externalUnits") && !o["externalUnits"].is_null()) {
    const json& list = o["externalUnits"];
    const bool texts =
        list.is_array() && std::all_of(list.begin(), list.end(), [](const json& v) { return v.is_string(); });
    if (texts)
      for (const auto& v : list) r.externalUnits.push_back(v.get<std::string>());
    else
      bad_option(issues, lang, "externalUnits", "text-list");
  }
  return r;
}

}  // namespace

std::string people_preview(const std::string& text, const std::string& options) {
  return with_options(options, [&](const json& o, Lang lang) -> std::string {
    Issues issues;
    importers::PeopleImportOptions req = read_people_options(o, lang, issues);
    if (has_errors(issues)) return envelope(issues, nullptr);
    req.text = text;
    RawTable t;
    char delimiter = 0;
    if (!importers::read_people_table(req, lang, Limits{}, t, delimiter, issues)) return envelope(issues, nullptr);
    json lines = json::array();
    for (std::size_t r = 0; r < t.lines.size() && r < kPreviewRows; ++r) lines.push_back(t.lines[r]);
    json result = {{"format", req.table ? "table" : "csv"},
                   {"header", t.header},
                   {"rows", first_rows(t)},
                   {"lines", lines},
                   {"headerLine", t.headerLine > 0 ? json(t.headerLine) : json(nullptr)},
                   {"rowCount", t.rows.size()},
                   {"suggestedMapping", importers::suggest_people_mapping(t)}};
    if (!req.table) result["delimiter"] = std::string(1, delimiter);
    return envelope(issues, result);
  });
}

std::string import_people(const std::string& projectText, const std::string& text, const std::string& options) {
  return with_request(projectText, options, read_people_options,
                      [&](const json&, importers::PeopleImportOptions req, LoadResult& project, Lang lang) {
                        req.text = text;
                        importers::PeopleImportResult r = importers::import_people(*project.doc, req, lang);
                        if (!r.project) return envelope(r.issues, nullptr);
                        return envelope(r.issues, {{"project", *r.project}, {"report", r.report}});
                      });
}

std::string csv_preview(const std::string& text, const std::string& options) {
  return with_options(options, [&](const json& o, Lang lang) -> std::string {
    Issues issues;
    const std::string format = text_option(o, "format", "format", lang, issues);
    const char delimiter = delimiter_option(o, lang, issues);
    std::string name = text_option(o, "name", "name", lang, issues);
    if (format != "" && format != "csv" && format != "graphml")
      bad_option(issues, lang, "format", "one-of", {{"allowed", "csv, graphml"}, {"found", format}});
    if (has_errors(issues)) return envelope(issues, nullptr);
    const Limits limits;
    if (format == "graphml") {
      importers::GraphmlOptions g;
      g.maxBytes = limits.maxBytes;
      const auto r = importers::read_graphml(text, g);
      if (r.error) {
        importers::add_read_error(issues, lang, name.empty() ? "network.graphml" : name, *r.error);
        return envelope(issues, nullptr);
      }
      return envelope(issues, {{"format", "graphml"},
                               {"directed", r.directed},
                               {"header", r.edges.header},
                               {"rows", first_rows(r.edges)},
                               {"rowCount", r.edges.rows.size()},
                               {"nodeHeader", r.nodes.header},
                               {"nodeCount", r.nodes.rows.size()},
                               {"suggestedMapping", importers::suggest_mapping(r.edges, &r.nodes)}});
    }
    importers::CsvOptions c;
    c.delimiter = delimiter;
    const auto r = importers::read_csv(text, c);
    if (r.error) {
      importers::add_read_error(issues, lang, name.empty() ? "edges.csv" : name, *r.error);
      return envelope(issues, nullptr);
    }
    return envelope(issues, {{"format", "csv"},
                             {"delimiter", std::string(1, r.delimiter)},
                             {"decimalComma", r.decimalComma},
                             {"header", r.table.header},
                             {"rows", first_rows(r.table)},
                             {"rowCount", r.table.rows.size()},
                             {"suggestedMapping", importers::suggest_mapping(r.table, &r.table)}});
  });
}

std::string import_network(const std::string& projectText, const std::string& options) {
  return with_request(projectText, options, read_import_options,
                      [](const json&, const importers::NetworkImportOptions& req, LoadResult& project, Lang lang) {
                        importers::NetworkImportResult r = importers::import_network(*project.doc, req, lang);
                        if (!r.project) return envelope(r.issues, nullptr);
                        return envelope(r.issues, {{"project", *r.project}, {"report", r.report}});
                      });
}

}  // namespace bosam::api
