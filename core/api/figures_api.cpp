// api::key_figures and api::compare_projects: the key figures of one or several projects (checks/key_figures.hpp),
// and several side by side as CSV for a spreadsheet.
#include <cmath>

#include "api/api.hpp"
#include "api/envelope.hpp"
#include "checks/key_figures.hpp"
#include "checks/run.hpp"
#include "export/text.hpp"
#include "model/project.hpp"
#include "schema/door.hpp"
#include "sna/analyze.hpp"
#include "text/catalogue.hpp"

namespace bosam::api {
namespace {

// The figures of one project that passed the door: its latest wave (or options.waveId) with default analysis
// options, so every municipality is measured the same way.
checks::KeyFigures figures_of(const json& doc, const sna::AnalysisOptions& opt, Lang lang) {
  const model::Project project = model::from_json(doc);
  const sna::Analysis a = sna::analyze(project, opt);
  const json kb = checks::knowledge_base(project, a, lang);
  return checks::key_figures(project, a, kb);
}

// Several projects side by side as CSV: one row per figure of the first (its key, its plain name in lang), one
// column per project, headed by its name. Plain: ',' and '.'; norwegianExcel: ';', decimal comma, BOM, CRLF.
// Shares stay shares (0.25), so a spreadsheet can compute with them. Values are found by key, so a remembered
// entry with another order still lines up. O(figures² · projects), with some 25 figures.
std::string figures_csv(const std::vector<std::pair<std::string, checks::KeyFigures>>& named, Lang lang, bool excel) {
  const char sep = excel ? ';' : ',';
  const char* eol = excel ? "\r\n" : "\n";
  std::string out = excel ? "\xEF\xBB\xBF" : "";
  out += exports::csv_field(text::tr(lang, "figure.csv-key"), sep, excel);
  out += sep + exports::csv_field(text::tr(lang, "figure.csv-name"), sep, excel);
  for (const auto& entry : named) out += sep + exports::csv_field(entry.first, sep, excel);
  out += eol;
  if (named.empty()) return out;
  for (const checks::Figure& row : named.front().second.figures) {
    out += exports::csv_field(row.key, sep, excel);
    out += sep + exports::csv_field(text::tr(lang, "figure." + row.key), sep, excel);
    for (const auto& entry : named) {
      std::optional<double> v;
      for (const checks::Figure& f : entry.second.figures)
        if (f.key == row.key) v = f.value;
      // A whole number (a count, remembered as 52 or 52.0) is written as one, not as "52.0".
      const bool whole = v && std::floor(*v) == *v && std::fabs(*v) < 9.0e15;
      out += sep +
             (!v ? std::string() : exports::format_number(whole ? json(static_cast<long long>(*v)) : json(*v), excel));
    }
    out += eol;
  }
  return out;
}

// {"norwegianExcel": bool} from the options, or an envelope failure in `fail`.
bool read_excel(const json& o, Lang lang, bool& excel, std::string& fail) {
  if (!o.contains("norwegianExcel")) return true;
  if (!o["norwegianExcel"].is_boolean()) {
    fail = option_failure(lang, "norwegianExcel", "flag");
    return false;
  }
  excel = o["norwegianExcel"].get<bool>();
  return true;
}

}  // namespace

std::string compare_projects(const std::string& projectsJson, const std::string& options) {
  Lang lang = Lang::nb;
  return guarded(lang, [&] {
    std::string fail;
    auto o = parse_options(options, lang, fail);
    if (!o) return fail;
    const json projects = json::parse(projectsJson, nullptr, false);
    if (!projects.is_array()) return option_failure(lang, "projects", "projects");
    bool excel = false;
    if (!read_excel(*o, lang, excel, fail)) return fail;
    Issues issues;
    std::vector<std::pair<std::string, checks::KeyFigures>> named;
    json list = json::array();
    for (std::size_t i = 0; i < projects.size(); ++i) {
      const json& p = projects[i];
      if (!p.is_object() || !p.contains("text") || !p["text"].is_string())
        return option_failure(lang, "projects[" + std::to_string(i) + "].text", "missing");
      const std::string name = p.value("name", "project " + std::to_string(i + 1));
      LoadResult r = load_project(p["text"].get<std::string>(), lang);
      for (auto issue : r.issues) {
        issue.path = name + ": " + issue.path;  // which file, as the answer merge says it
        issues.push_back(std::move(issue));
      }
      if (!r.doc) continue;
      checks::KeyFigures k = figures_of(*r.doc, sna::AnalysisOptions{}, lang);
      json entry = checks::key_figures_json(k, lang);
      entry["name"] = name;
      list.push_back(std::move(entry));
      named.emplace_back(name, std::move(k));
    }
    if (has_errors(issues)) return envelope(issues, nullptr);  // all or nothing: a table with a file left out misleads
    return envelope(issues, {{"projects", std::move(list)}, {"csv", figures_csv(named, lang, excel)}});
  });
}

std::string figures_table(const std::string& entriesJson, const std::string& options) {
  Lang lang = Lang::nb;
  return guarded(lang, [&] {
    std::string fail;
    auto o = parse_options(options, lang, fail);
    if (!o) return fail;
    bool excel = false;
    if (!read_excel(*o, lang, excel, fail)) return fail;
    const json entries = json::parse(entriesJson, nullptr, false);
    if (!entries.is_array()) return option_failure(lang, "entries", "figures");
    std::vector<std::pair<std::string, checks::KeyFigures>> named;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const json& e = entries[i];
      if (!e.is_object() || !e.contains("figures") || !e["figures"].is_array())
        return option_failure(lang, "entries[" + std::to_string(i) + "]", "figures");
      named.emplace_back(e.value("name", std::to_string(i + 1)), checks::key_figures_from_json(e));
    }
    return envelope({}, {{"csv", figures_csv(named, lang, excel)}});
  });
}

}  // namespace bosam::api
