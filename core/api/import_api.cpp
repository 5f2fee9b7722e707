// api::csv_preview and api::import_network: other tools' network files into a new wave (issue 6). Options are
// read strictly, each bad one reported at its path; the work is in core/importers.
#include "api/api.hpp"
#include "api/envelope.hpp"
#include "importers/csv.hpp"
#include "importers/graphml.hpp"
#include "importers/network_import.hpp"
#include "schema/door.hpp"

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
  add_issue(issues, lang, Severity::error, "options." + path, "bad-options",
            {lang == Lang::nb ? "«" + path + "» må være tekst" : "\"" + path + "\" must be text"});
  return "";
}

char delimiter_option(const json& o, Lang lang, Issues& issues) {
  const std::string d = text_option(o, "delimiter", "delimiter", lang, issues);
  if (d.empty()) return 0;
  if (d == "\\t" || d == "tab") return '\t';
  if (d.size() == 1 && d != "\"" && d != "\r" && d != "\n") return d[0];
  add_issue(issues, lang, Severity::error, "options.delimiter", "bad-options",
            {lang == Lang::nb ? "skilletegnet må være ett tegn" : "the delimiter must be one character"});
  return 0;
}

importers::NetworkImportOptions read_import_options(const json& o, Lang lang, Issues& issues) {
  importers::NetworkImportOptions r;
  const bool nb = lang == Lang::nb;
  auto bad = [&](const std::string& path, const std::string& what) {
    add_issue(issues, lang, Severity::error, "options." + path, "bad-options", {what});
  };
  const std::string format = text_option(o, "format", "format", lang, issues);
  if (format == "graphml") r.graphml = true;
  else if (format != "csv") bad("format", nb ? "«format» må være csv eller graphml" : "\"format\" must be csv or graphml");
  const char* textKey = r.graphml ? "graphml" : "edges";
  if (!o.contains(textKey) || !o[textKey].is_string())
    bad(textKey, nb ? std::string("«") + textKey + "» (filens tekst) mangler" : std::string("\"") + textKey + "\" (the file's text) is missing");
  r.edges.text = text_option(o, textKey, textKey, lang, issues);
  r.edges.name = text_option(o, r.graphml ? "graphmlName" : "edgesName", r.graphml ? "graphmlName" : "edgesName", lang, issues);
  if (!r.graphml && o.contains("nodes") && !o["nodes"].is_null()) {
    r.nodes = importers::SourceFile{text_option(o, "nodesName", "nodesName", lang, issues),
                                    text_option(o, "nodes", "nodes", lang, issues)};
  }
  r.delimiter = delimiter_option(o, lang, issues);
  if (o.contains("mapping") && !o["mapping"].is_object() && !o["mapping"].is_null())
    bad("mapping", nb ? "«mapping» må være et objekt" : "\"mapping\" must be an object");
  const json m = o.value("mapping", json::object());
  importers::Mapping& map = r.mapping;
  std::pair<const char*, std::string*> fields[] = {{"from", &map.from},         {"to", &map.to},
                                                   {"frequency", &map.frequency}, {"weight", &map.weight},
                                                   {"types", &map.types},       {"nodeId", &map.nodeId},
                                                   {"nodeName", &map.nodeName}, {"nodeUnit", &map.nodeUnit}};
  for (auto& f : fields) *f.second = text_option(m, f.first, std::string("mapping.") + f.first, lang, issues);
  const std::string match = text_option(o, "match", "match", lang, issues);
  if (match == "name") r.matchByName = true;
  else if (!match.empty() && match != "id") bad("match", nb ? "«match» må være id eller name" : "\"match\" must be id or name");
  if (o.contains("defaultFrequency") && !o["defaultFrequency"].is_null()) {
    const json& f = o["defaultFrequency"];
    if (f.is_number_integer() && f.get<int>() >= 1 && f.get<int>() <= 4) r.defaultFrequency = f.get<int>();
    else bad("defaultFrequency", nb ? "et helt tall fra 1 til 4" : "a whole number from 1 to 4");
  }
  if (o.contains("wave") && !o["wave"].is_object() && !o["wave"].is_null())
    bad("wave", nb ? "«wave» må være et objekt" : "\"wave\" must be an object");
  const json w = o.value("wave", json::object());
  r.waveId = text_option(w, "id", "wave.id", lang, issues);
  r.waveLabel = text_option(w, "label", "wave.label", lang, issues);
  r.waveDate = text_option(w, "date", "wave.date", lang, issues);
  return r;
}

}  // namespace

std::string csv_preview(const std::string& text, const std::string& options) {
  return with_options(options, [&](const json& o, Lang lang) -> std::string {
    Issues issues;
    const std::string format = text_option(o, "format", "format", lang, issues);
    const char delimiter = delimiter_option(o, lang, issues);
    std::string name = text_option(o, "name", "name", lang, issues);
    if (format != "" && format != "csv" && format != "graphml")
      add_issue(issues, lang, Severity::error, "options.format", "bad-options", {"csv | graphml"});
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
