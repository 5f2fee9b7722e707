// api::export_network: the project through the one door, then one wave's network in a format other tools read
// (GraphML, GEXF, Pajek, CSV; docs/formats.md). Options are checked like analyze's, each bad one reported at its path.
#include "api/api.hpp"
#include "api/envelope.hpp"
#include "export/export.hpp"
#include "model/project.hpp"
#include "schema/door.hpp"
#include "schema/messages.hpp"

namespace bosam::api {
namespace {

struct ExportRequest {
  exports::Format format = exports::Format::graphml;
  sna::AnalysisOptions analysis;
  bool measures = false;
  bool norwegianExcel = false;
};

ExportRequest read_export_options(const json& o, Lang lang, Issues& issues) {
  ExportRequest r;
  auto flag = [&](const char* key, bool& into) {
    if (!o.contains(key)) return;
    if (o[key].is_boolean())
      into = o[key].get<bool>();
    else
      bad_option(issues, lang, key, "flag");
  };
  const json* format = o.contains("format") ? &o["format"] : nullptr;
  const auto parsed = format && format->is_string() ? exports::parse_format(format->get<std::string>()) : std::nullopt;
  if (parsed)
    r.format = *parsed;
  else
    bad_option(issues, lang, "format", "one-of",
               {{"allowed", "graphml, gexf, pajek, csv, dl, matrix"},
                {"found", format ? format->dump(-1, ' ', false, json::error_handler_t::replace) : "–"}});
  if (o.contains("waveId")) {
    if (o["waveId"].is_string())
      r.analysis.waveId = o["waveId"].get<std::string>();
    else if (!o["waveId"].is_null())
      bad_option(issues, lang, "waveId", "wave-id");
  }
  flag("weighted", r.analysis.weighted);
  flag("reciprocated", r.analysis.reciprocated);
  flag("measures", r.measures);
  flag("norwegianExcel", r.norwegianExcel);
  if (o.contains("minFrequency")) {
    const auto& f = o["minFrequency"];
    if (f.is_number_integer() && f.get<int>() >= 1 && f.get<int>() <= 4)
      r.analysis.minFrequency = f.get<int>();
    else
      bad_option(issues, lang, "minFrequency", "whole-range", {{"min", 1}, {"max", 4}});
  }
  if (o.contains("seed")) {
    if (o["seed"].is_number_unsigned())
      r.analysis.seed = o["seed"].get<std::uint64_t>();
    else
      bad_option(issues, lang, "seed", "whole-min", {{"min", 0}});
  }
  return r;
}

const char* format_name(exports::Format f) {
  switch (f) {
    case exports::Format::graphml:
      return "graphml";
    case exports::Format::gexf:
      return "gexf";
    case exports::Format::pajek:
      return "pajek";
    case exports::Format::csv:
      return "csv";
    case exports::Format::dl:
      return "dl";
    case exports::Format::matrix:
      return "matrix";
  }
  return "";
}

}  // namespace

std::string export_network(const std::string& projectText, const std::string& optionsJson) {
  return with_request(
      projectText, optionsJson, read_export_options,
      [&](const json&, const ExportRequest& req, LoadResult& r, Lang lang) -> std::string {
        const model::Project project = model::from_json(*r.doc);
        if (!req.analysis.waveId.empty()) require_wave(project, "waveId", req.analysis.waveId, lang, r.issues);
        if (!has_errors(r.issues)) require_answers(project, "waveId", req.analysis.waveId, lang, r.issues);
        if (has_errors(r.issues)) return envelope(r.issues, nullptr);

        const exports::NetworkTables tables = exports::network_tables(project, req.analysis, req.measures);
        if (req.format == exports::Format::matrix && tables.nodes.rows.size() > exports::kMatrixMaxNodes) {
          add_issue(r.issues, lang, Severity::error, "options.format", "matrix-too-large",
                    {std::to_string(tables.nodes.rows.size()), std::to_string(exports::kMatrixMaxNodes)});
          return envelope(r.issues, nullptr);
        }
        exports::WriteOptions wo;
        wo.norwegianExcel = req.norwegianExcel;
        wo.creator = std::string("Bosam ") + kVersion;
        json files = json::array();
        for (const auto& f : exports::write_files(req.format, tables, wo))
          files.push_back({{"name", f.name}, {"mime", f.mime}, {"text", f.text}});
        std::string waveId;
        for (const auto& kv : tables.graph)
          if (kv.first == "waveId") waveId = kv.second;
        json result = {{"format", format_name(req.format)}, {"waveId", waveId.empty() ? json(nullptr) : json(waveId)},
                       {"nodes", tables.nodes.rows.size()}, {"edges", tables.edges.rows.size()},
                       {"measures", req.measures},          {"files", files}};
        return envelope(r.issues, result);
      });
}

}  // namespace bosam::api
