// bosam compare-projects FILE…: several municipalities' key figures side by side, as CSV for a spreadsheet (one row
// per figure, one column per file). The core computes every figure (api::compare_projects); all or nothing: a file
// it refuses is named and no table is written, since a table with a municipality silently missing misleads.
// Exit 0 with the CSV on stdout (or --out FILE), 1 when a file is refused, 2 on usage.
#include <iostream>
#include <string>

#include "api/api.hpp"
#include "base/json.hpp"
#include "common.hpp"

namespace bosam::cli {
namespace {

const char* const kCompareUsage =
    "Usage: bosam compare-projects FILE... [--wave latest] [--excel] [--json] [--lang nb|nn|en] [--out FILE.csv]\n"
    "  The key figures of several projects or pseudonymised copies side by side (docs/analysis.md, Key figures),\n"
    "  each from its latest survey round. CSV with one row per figure; --excel for Norwegian Excel (';', decimal\n"
    "  comma); --json for the figures as JSON.\n";

int usage(const std::string& problem) {
  std::cerr << "bosam: " << problem << "\n" << kCompareUsage;
  return 2;
}

}  // namespace

int cmd_compare_projects(int argc, char** argv) {
  json options = json::object();
  std::string out, lang;
  bool asJson = false;
  std::vector<std::string> files;
  for (int i = 2; i < argc; ++i) {
    const std::string s = argv[i];
    if (s == "--help" || s == "-h") {
      std::cout << kCompareUsage;
      return 0;
    }
    if (s == "--excel") {
      options["norwegianExcel"] = true;
    } else if (s == "--json") {
      asJson = true;
    } else if (s == "--wave" || s == "--lang" || s == "--out" || s == "-o") {
      if (i + 1 >= argc) return usage(s + " needs a value");
      const std::string value = argv[++i];
      // Rounds are the projects' own, so the only round that means the same in every file is the latest.
      if (s == "--wave" && value != "latest")
        return usage("--wave can only be latest: each project has its own rounds");
      if (s == "--lang") {
        if (value != "nb" && value != "nn" && value != "en") return usage("--lang must be nb, nn or en");
        lang = value;
        options["lang"] = value;
      }
      if (s == "--out" || s == "-o") out = value;
    } else if (s.size() > 1 && s[0] == '-') {
      return usage("unknown option " + s);
    } else {
      files.push_back(s);
    }
  }
  if (files.empty()) return usage("compare-projects needs at least one FILE");
  json projects = json::array();
  for (const auto& f : files) {
    std::string text;
    if (!read_input(f, text)) return 1;
    projects.push_back({{"name", base_name(f)}, {"text", std::move(text)}});
  }
  const std::string lines = lang.empty() ? line_lang("", projects[0]["text"].get<std::string>()) : lang;
  if (!options.contains("lang")) options["lang"] = lines;  // one language for the whole table
  json env = json::parse(
      bosam::api::compare_projects(projects.dump(-1, ' ', false, json::error_handler_t::replace), options.dump()));
  print_issues(env, std::cerr);
  if (!env.value("ok", false)) {
    std::cerr << "bosam: " << say(lines, "cli.nothing-compared") << "\n";
    return 1;
  }
  const std::string text = asJson ? env["result"]["projects"].dump(2) + "\n" : env["result"]["csv"].get<std::string>();
  if (!write_output(out, text)) return 1;
  if (!out.empty()) std::cerr << "bosam: " << say(lines, "cli.wrote", {{"file", out}}) << "\n";
  return 0;
}

}  // namespace bosam::cli
