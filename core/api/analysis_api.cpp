// api::analyze: the project through the one door, then the analysis of one wave: core/sna's measures, core/layout's
// positions and core/checks' knowledge base, written once as the bosam-analysis document (docs/analysis.md).
#include <chrono>

#include "api/analysis_json.hpp"
#include "api/api.hpp"
#include "api/envelope.hpp"
#include "checks/change_summary.hpp"
#include "checks/key_figures.hpp"
#include "checks/run.hpp"
#include "layout/force.hpp"
#include "model/project.hpp"
#include "schema/door.hpp"
#include "schema/messages.hpp"
#include "sna/analyze.hpp"
#include "sna/compare.hpp"

namespace bosam::api {
namespace {

// Reads the analysis options, reporting each bad one with its path (options.<name>).
sna::AnalysisOptions read_analysis_options(const json& o, Lang lang, Issues& issues) {
  sna::AnalysisOptions opt;
  auto flag = [&](const char* key, bool& into) {
    if (!o.contains(key)) return;
    if (o[key].is_boolean())
      into = o[key].get<bool>();
    else
      bad_option(issues, lang, key, "flag");
  };
  if (o.contains("waveId")) {
    if (o["waveId"].is_string())
      opt.waveId = o["waveId"].get<std::string>();
    else if (!o["waveId"].is_null())
      bad_option(issues, lang, "waveId", "wave-id");
  }
  flag("weighted", opt.weighted);
  flag("reciprocated", opt.reciprocated);
  flag("groupLayout", opt.groupLayout);
  flag("timings", opt.timings);
  flag("robustness", opt.robustness);
  if (o.contains("minFrequency")) {
    const auto& f = o["minFrequency"];
    if (f.is_number_integer() && f.get<int>() >= 1 && f.get<int>() <= 4)
      opt.minFrequency = f.get<int>();
    else
      bad_option(issues, lang, "minFrequency", "whole-range", {{"min", 1}, {"max", 4}});
  }
  for (auto [key, into] :
       {std::pair<const char*, int*>{"exactLimit", &opt.exactLimit}, {"sampleSources", &opt.sampleSources}})
    if (o.contains(key)) {
      if (o[key].is_number_integer() && o[key].get<long long>() >= 1 && o[key].get<long long>() <= 100000000)
        *into = o[key].get<int>();
      else
        bad_option(issues, lang, key, "whole-range", {{"min", 1}, {"max", 100000000}});
    }
  if (o.contains("permutations")) {
    const auto& k = o["permutations"];
    if (k.is_number_integer() && k.get<long long>() >= 0 && k.get<long long>() <= 100000)
      opt.permutations = k.get<int>();
    else
      bad_option(issues, lang, "permutations", "whole-range", {{"min", 0}, {"max", 100000}});
  }
  if (o.contains("seed")) {
    if (o["seed"].is_number_unsigned())
      opt.seed = o["seed"].get<std::uint64_t>();
    else
      bad_option(issues, lang, "seed", "whole-min", {{"min", 0}});
  }
  return opt;
}

// Options and project through the door, then `body(project, options, issues)` builds the result. The wave
// options named in `waveKeys` must name waves of the project; with `needAnswers`, waves whose answers are still
// kept (require_answers).
template <typename F>
std::string with_project(const std::string& text, const std::string& options,
                         std::initializer_list<const char*> waveKeys, F&& body, bool needAnswers = false) {
  return with_request(text, options, read_analysis_options,
                      [&](const json& o, const sna::AnalysisOptions& opt, LoadResult& r, Lang lang) -> std::string {
                        const model::Project project = model::from_json(*r.doc);
                        for (const char* key : waveKeys)  // null: the latest wave (or none yet)
                          if (o.contains(key) && !o[key].is_null()) require_wave(project, key, o[key], lang, r.issues);
                        if (needAnswers && !has_errors(r.issues))
                          for (const char* key : waveKeys)
                            require_answers(project, key, text_of(o, key), lang, r.issues);
                        if (has_errors(r.issues)) return envelope(r.issues, nullptr);
                        return envelope(r.issues, body(project, opt, o, *r.doc, lang));
                      });
}

// Positions for the map: group-aware (units kept together) unless the options say otherwise. Timed when asked.
layout::LayoutResult place(const sna::Analysis& a, json& timings) {
  layout::LayoutOptions lo;
  lo.seed = a.options.seed;
  lo.groupAware = a.options.groupLayout;
  const auto start = std::chrono::steady_clock::now();
  layout::LayoutResult placed =
      layout::force_layout(a.net.undirected, a.options.groupLayout ? a.net.unitOf : std::vector<int>{}, lo);
  if (a.options.timings)
    timings["layout"] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return placed;
}

}  // namespace

json analysis_document(const model::Project& p, const sna::AnalysisOptions& opt, Lang lang) {
  const sna::Analysis a = sna::analyze(p, opt);
  json layoutTimings = json::object();
  const layout::LayoutResult placed = place(a, layoutTimings);
  json result = analysis_json(a, placed, layoutTimings);
  json kb = checks::knowledge_base(p, a, lang);  // named: items() must not outlive it
  result["keyFigures"] = checks::key_figures_json(checks::key_figures(p, a, kb), lang);
  for (auto& [key, value] : kb.items()) result[key] = std::move(value);
  // A wave whose answers were deleted after the retention date: its network is empty, and the figures kept from
  // its answers are what the app shows instead (checks/retention.hpp).
  const model::Wave* wave = p.wave(a.net.waveId);
  result["retired"] = wave && wave->retired
                          ? json{{"retiredAt", wave->retired->retiredAt}, {"figures", wave->retired->figures}}
                          : json(nullptr);
  return result;
}

std::string analyze(const std::string& text, const std::string& options) {
  return with_project(text, options, {"waveId"},
                      [](const model::Project& p, const sna::AnalysisOptions& opt, const json&, const json&,
                         Lang lang) { return analysis_document(p, opt, lang); });
}

std::string compare(const std::string& text, const std::string& options) {
  // Both waves are required; "from" and "to" are checked like waveId.
  json o = json::parse(options.empty() ? "{}" : options, nullptr, false);
  if (o.is_object() && (!o.contains("from") || !o.contains("to")))
    return option_failure(parse_lang(text_of(o, "lang")).value_or(Lang::nb), o.contains("from") ? "to" : "from",
                          "missing");
  return with_project(
      text, options, {"from", "to"},
      [](const model::Project& p, const sna::AnalysisOptions& opt, const json& o, const json&, Lang lang) {
        const sna::Comparison cmp =
            sna::compare_waves(p, o["from"].get<std::string>(), o["to"].get<std::string>(), opt);
        json result = comparison_json(cmp);
        result["summary"] = checks::change_summary(p, cmp, lang);
        return result;
      },
      true);
}

}  // namespace bosam::api
