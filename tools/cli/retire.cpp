// bosam retire PROJECT: the survey answers of rounds whose retention date (settings.privacy.answersKeptUntil) has
// passed are deleted, and each round's aggregate figures kept (api::retire_answers, docs/project-file.md), as the app
// does from Oversikt. --preview only says what there is. The project after it, with a new revision stamp, goes to
// stdout or --out FILE; stderr names each round retired and what went. Exit 0, 1 when the core refuses (the date
// has not passed, nothing to delete), 2 on usage.
#include <algorithm>
#include <ctime>
#include <iostream>
#include <string>
#include <vector>

#include "api/api.hpp"
#include "base/json.hpp"
#include "common.hpp"

namespace bosam::cli {
namespace {

const char* const kRetireUsage =
    "Usage: bosam retire PROJECT [--wave ID]... [--today YYYY-MM-DD] [--preview] [--out FILE] [--lang nb|nn|en]\n"
    "  Deletes the survey answers of the rounds (default: every round with answers) once the project's\n"
    "  retention date (settings.privacy.answersKeptUntil) has passed, and keeps each round's figures.\n"
    "  --preview lists what there is and writes nothing; --today sets the day (default: today, local time).\n";

int usage(const std::string& problem) {
  std::cerr << "bosam: " << problem << "\n" << kRetireUsage;
  return 2;
}

std::string today_local() {
  const std::time_t now = std::time(nullptr);
  char day[11];
  std::strftime(day, sizeof day, "%Y-%m-%d", std::localtime(&now));
  return day;
}

}  // namespace

int cmd_retire(int argc, char** argv) {
  json options = {{"waveIds", json::array()}};
  std::string file, out, lang;
  bool preview = false;
  for (int i = 2; i < argc; ++i) {
    const std::string s = argv[i];
    if (s == "--help" || s == "-h") {
      std::cout << kRetireUsage;
      return 0;
    }
    if (s == "--preview") {
      preview = true;
    } else if (s == "--wave" || s == "--today" || s == "--out" || s == "-o" || s == "--lang") {
      if (i + 1 >= argc) return usage(s + " needs a value");
      const std::string v = argv[++i];
      if (s == "--wave") options["waveIds"].push_back(v);
      if (s == "--today") options["today"] = v;  // the core checks the form and says so in words
      if (s == "--out" || s == "-o") out = v;
      if (s == "--lang") {
        if (v != "nb" && v != "nn" && v != "en") return usage("--lang must be nb, nn or en");
        lang = v;
        options["lang"] = v;
      }
    } else if (s.size() > 1 && s[0] == '-') {
      return usage("unknown option " + s);
    } else if (file.empty()) {
      file = s;
    } else {
      return usage("retire takes one PROJECT");
    }
  }
  if (file.empty()) return usage("retire needs a PROJECT");
  if (options["waveIds"].empty()) options.erase("waveIds");
  if (!options.contains("today")) options["today"] = today_local();
  options["retiredAt"] = now_utc();
  if (preview) options["preview"] = true;
  std::string text;
  if (!read_input(file, text)) return 1;
  const std::string lines = line_lang(lang, text);
  const json env = json::parse(api::retire_answers(text, options.dump()));
  if (!env.value("ok", false)) {
    print_issues(env, std::cerr, base_name(file));
    return 1;
  }
  print_issues(env, std::cerr, base_name(file));
  const json& r = env["result"];
  for (const auto& w : r["waves"]) {
    if (!w.value("hasAnswers", false)) continue;
    const bool going = !preview && std::find(r["retiredWaveIds"].begin(), r["retiredWaveIds"].end(), w["id"]) !=
                                       r["retiredWaveIds"].end();
    if (!preview && !going) continue;
    std::cerr << "bosam: "
              << say(lines, preview ? "cli.retire-would" : "cli.retire-done",
                     {{"wave", w.value("label", "").empty() ? w["id"] : w["label"]},
                      {"ties", w["ties"]},
                      {"respondents", w["respondents"]},
                      {"tasks", w["reportedTasks"]}})
              << "\n";
  }
  if (preview) {
    const std::string state = r["keptUntil"].is_null() ? "none" : r.value("due", false) ? "due" : "kept";
    std::cerr << "bosam: "
              << say(lines, "cli.retire-preview",
                     {{"state", state}, {"keptUntil", r["keptUntil"].is_null() ? json("") : r["keptUntil"]}})
              << "\n";
    return 0;
  }
  std::string written;
  if (!stamped_text(r["project"], written) || !write_output(out, written)) return 1;
  return 0;
}

}  // namespace bosam::cli
