// bosam: the native command line. It reads files and prints; every decision is made by core/api, the same
// code the app runs as WebAssembly. Exit codes: 0 ok, 1 the input has errors, 2 usage error.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "api/api.hpp"
#include "base/json.hpp"
#include "common.hpp"

namespace bosam::cli {
int cmd_import(int argc, char** argv);            // tools/cli/import.cpp
int cmd_import_people(int argc, char** argv);     // tools/cli/import_people.cpp
int cmd_compare_projects(int argc, char** argv);  // tools/cli/compare_projects.cpp
int cmd_retire(int argc, char** argv);            // tools/cli/retire.cpp
int cmd_reconcile(int argc, char** argv);         // tools/cli/reconcile.cpp
}  // namespace bosam::cli

namespace {

using bosam::json;
using namespace bosam::cli;

const char* const kUsage =
    "Usage:\n"
    "  bosam validate FILE... [--lang nb|nn|en] [--json]  check project files (exit 1 if any has errors)\n"
    "  bosam migrate FILE [--lang nb|nn|en]               print the project at the current schemaVersion\n"
    "  bosam analyze FILE [--wave ID] [--weighted] [--reciprocated] [--min-frequency 1-4] [--seed N]\n"
    "                [--no-group-layout] [--permutations N] [--lang nb|nn|en]\n"
    "                                                   analyse a survey wave (default: the latest)\n"
    "  bosam compare FILE --from WAVE --to WAVE [analysis options]   what changed between two waves\n"
    "  bosam export --format graphml|gexf|csv|pajek|dl|matrix FILE [--wave ID] [--measures] [--excel] [--out DIR]\n"
    "  bosam export --format json [--pseudonymize [--keep-roles] [--keep-locations]] FILE [--out FILE]\n"
    "                                                   the project, or a copy without names\n"
    "                [analysis options]               the network for Gephi, NetworkX, Pajek or Excel\n"
    "  bosam merge PROJECT ANSWER... [--out FILE]        merge survey answers (all or nothing)\n"
    "  bosam import PROJECT --edges E.csv [--nodes N.csv] | --graphml G [--map from=COL,to=COL,...]\n"
    "                [--match id|name] [--wave-label L] [--out FILE]   a network as a new wave (import --help)\n"
    "  bosam import-people PROJECT FILE.csv [--map name=COL,unit=COL,role=COL,fte=COL,location=COL]\n"
    "                [--create-units] [--out FILE]      a staff list as people (import-people --help)\n"
    "  bosam reconcile BASE MINE THEIRS [--prefer mine|theirs] [--out FILE]   merge a colleague's copy\n"
    "  bosam compare-projects FILE... [--excel] [--out FILE.csv]   key figures of several municipalities (CSV)\n"
    "  bosam retire PROJECT [--wave ID]... [--today YYYY-MM-DD] [--preview] [--out FILE]   delete answers past\n"
    "                the retention date, keep the figures\n"
    "  bosam demo                                       print the built-in example municipality in --lang\n"
    "  bosam --version | --help\n"
    "Every command takes --lang nb|nn|en for its messages; without it, the project's målform\n"
    "(settings.language), else bokmål.\n";

int usage(const std::string& problem) {
  std::cerr << "bosam: " << problem << "\n" << kUsage;
  return 2;
}

struct Args {
  std::string command, lang;  // empty: no --lang, so the core speaks the project's målform (else bokmål)
  std::vector<std::string> files;
  bool asJson = false;
  std::string format;                             // export --format
  bool measures = false, excel = false;           // export --measures, --excel
  bool pseudonymize = false;                      // export --format json --pseudonymize
  bool keepRoles = false, keepLocations = false;  // … --keep-roles, --keep-locations
  std::string out;                                // --out FILE
  json analysis = json::object();                 // analysis options from flags, passed to the core as they are
};

// A whole number from argv, or an error text.
std::string whole_number(const std::string& flag, const char* text, json& into) {
  char* end = nullptr;
  const long long v = std::strtoll(text, &end, 10);
  if (!*text || *end || v < 0) return flag + " needs a whole number";
  into = static_cast<unsigned long long>(v);
  return "";
}

// Parses flags after the command; returns an error text for anything it does not know.
std::string parse_args(int argc, char** argv, Args& a) {
  a.command = argv[1];
  for (int i = 2; i < argc; ++i) {
    std::string s = argv[i];
    if (s == "--lang") {
      if (i + 1 >= argc) return "--lang needs nb, nn or en";
      a.lang = argv[++i];
      if (a.lang != "nb" && a.lang != "nn" && a.lang != "en") return "--lang must be nb, nn or en";
    } else if (s == "--json") {
      a.asJson = true;
    } else if (s == "--weighted" || s == "--reciprocated") {
      a.analysis[s.substr(2)] = true;
    } else if (s == "--out" || s == "-o") {
      if (i + 1 >= argc) return s + " needs a file";
      a.out = argv[++i];
    } else if (s == "--format") {
      if (i + 1 >= argc) return "--format needs graphml, gexf, csv, pajek, dl or matrix";
      a.format = argv[++i];
    } else if (s == "--pseudonymize") {
      a.pseudonymize = true;
    } else if (s == "--keep-roles" || s == "--keep-locations") {
      (s == "--keep-roles" ? a.keepRoles : a.keepLocations) = true;
    } else if (s == "--measures" || s == "--excel") {
      (s == "--measures" ? a.measures : a.excel) = true;
    } else if (s == "--timings") {
      a.analysis["timings"] = true;
    } else if (s == "--no-group-layout") {
      a.analysis["groupLayout"] = false;
    } else if (s == "--wave" || s == "--from" || s == "--to" || s == "--min-frequency" || s == "--seed" ||
               s == "--permutations") {
      if (i + 1 >= argc) return s + " needs a value";
      const char* value = argv[++i];
      if (s == "--wave")
        a.analysis["waveId"] = value;
      else if (s == "--from" || s == "--to")
        a.analysis[s.substr(2)] = value;
      else if (std::string err = whole_number(s, value,
                                              a.analysis[s == "--seed"           ? "seed"
                                                         : s == "--permutations" ? "permutations"
                                                                                 : "minFrequency"]);
               !err.empty())
        return err;
    } else if (s.size() > 1 && s[0] == '-') {
      return "unknown option " + s;
    } else {
      a.files.push_back(s);
    }
  }
  return "";
}

// The options every command passes: the language, only when --lang was given.
json lang_options(const Args& a) { return a.lang.empty() ? json::object() : json{{"lang", a.lang}}; }

std::string options(const Args& a) { return lang_options(a).dump(); }

int cmd_validate(const Args& a) {
  if (a.files.empty()) return usage("validate needs at least one FILE");
  int status = 0;
  json all = json::object();
  for (const auto& file : a.files) {
    std::string text;
    if (!read_input(file, text)) {
      status = 1;
      continue;
    }
    json env = json::parse(bosam::api::validate(text, options(a)));
    env.erase("result");  // validate reports; it does not echo the document
    if (!env.value("ok", false)) status = 1;
    if (a.asJson)
      all[file] = env;
    else
      print_issues(env, std::cout, file);
  }
  if (a.asJson) std::cout << all.dump(2) << "\n";
  return status;
}

int cmd_migrate(const Args& a) {
  if (a.files.size() != 1) return usage("migrate needs exactly one FILE");
  std::string text;
  if (!read_input(a.files[0], text)) return 1;
  json env = json::parse(bosam::api::migrate(text, options(a)));
  print_issues(env, std::cerr, a.files[0]);
  if (!env.value("ok", false)) return 1;
  std::cout << env["result"].dump(2) << "\n";
  return 0;
}

// analyze and compare: one project file, options from the flags, the result document on stdout.
int cmd_project(const Args& a, std::string (*call)(const std::string&, const std::string&)) {
  if (a.files.size() != 1) return usage(a.command + " needs exactly one FILE");
  if (a.command == "compare" && (!a.analysis.contains("from") || !a.analysis.contains("to")))
    return usage("compare needs --from WAVE and --to WAVE");
  std::string text;
  if (!read_input(a.files[0], text)) return 1;
  json opts = a.analysis;
  opts.update(lang_options(a));
  json env = json::parse(call(text, opts.dump()));
  print_issues(env, std::cerr, a.files[0]);
  if (!env.value("ok", false)) return 1;
  std::cout << env["result"].dump(2) << "\n";
  return 0;
}

// merge PROJECT ANSWER…: the merged project on stdout (or --out FILE); nothing at all if any answer is refused.
int cmd_merge(const Args& a) {
  if (a.files.size() < 2) return usage("merge needs a PROJECT and at least one ANSWER");
  std::string project;
  if (!read_input(a.files[0], project)) return 1;
  json answers = json::array();
  for (std::size_t i = 1; i < a.files.size(); ++i) {
    std::string text;
    if (!read_input(a.files[i], text)) return 1;
    answers.push_back({{"name", a.files[i]}, {"text", text}});
  }
  json env =
      json::parse(bosam::api::merge(project, answers.dump(-1, ' ', false, json::error_handler_t::replace), options(a)));
  print_issues(env, std::cerr);
  if (!env.value("ok", false)) {
    std::cerr << "bosam: " << say(line_lang(a.lang, project), "cli.nothing-merged") << "\n";
    return 1;
  }
  std::string out;
  if (!stamped_text(env["result"]["project"], out) || !write_output(a.out, out)) return 1;
  const std::string lines = line_lang(a.lang, project);
  for (const auto& m : env["result"]["report"])
    std::cerr << say(lines, "cli.merged-file",
                     {{"file", m["file"]}, {"ties", m["ties"]}, {"respondent", m["respondent"]}})
              << "\n";
  return 0;
}

// export --format F FILE: one wave's network for other tools. With --out DIR every file is written there;
// otherwise a single file goes to stdout, and CSV's two files follow each other, each after a "==> name <==" line.
// A fresh 256-bit key from the system's random source, as hex.
std::string random_key() {
  std::ifstream in("/dev/urandom", std::ios::binary);
  unsigned char bytes[32] = {};
  in.read(reinterpret_cast<char*>(bytes), sizeof bytes);
  if (!in) return "";
  static const char* digits = "0123456789abcdef";
  std::string key;
  for (unsigned char b : bytes) key += digits[b >> 4], key += digits[b & 15];
  return key;
}

// What a pseudonymised copy pooled and dropped, on stderr in plain words (the report of api::pseudonymize).
void print_share_report(const json& r, const std::string& lang) {
  const int floor = r.value("minGroupSize", 5);
  const json& pools = r["pools"];
  std::cerr << "bosam: " << say(lang, pools.empty() ? "cli.pool-none" : "cli.pool-intro", {{"floor", floor}}) << "\n";
  for (const auto& p : pools) {
    std::cerr << "  "
              << say(lang, "cli.pool-line",
                     {{"pool", p["name"]}, {"people", p["people"]}, {"units", p["units"].size()}})
              << "\n";
    for (const auto& u : p["units"])
      std::cerr << "    "
                << say(lang, "cli.pool-unit", {{"unit", u["name"]}, {"people", u["people"]}, {"pool", p["name"]}})
                << "\n";
  }
  if (r.value("belowFloor", false))
    std::cerr << "bosam: " << say(lang, "cli.pool-below-floor", {{"people", r["people"]}, {"floor", floor}}) << "\n";
  for (const char* what : {"roles", "locations"}) {
    const std::string w = what;
    if (r["kept"].value(what, false))
      std::cerr << "bosam: " << say(lang, "cli.kept-" + w) << "\n";
    else if (const int n = r["dropped"].value(what, 0); n > 0)
      std::cerr << "bosam: " << say(lang, "cli.dropped-" + w, {{"count", n}}) << "\n";
  }
}

// export --format json [--pseudonymize]: the project as JSON, or a pseudonymised copy for sharing. The key stays
// in the original: a project without one gets a new key written into FILE first (and says so).
int cmd_export_json(const Args& a, const std::string& text) {
  const json opts = lang_options(a);
  if (!a.pseudonymize) {
    json env = json::parse(bosam::api::validate(text, opts.dump()));
    print_issues(env, std::cerr, a.files[0]);
    if (!env.value("ok", false)) return 1;
    std::string out;
    if (!stamped_text(env["result"], out) || !write_output(a.out, out)) return 1;
    return 0;
  }
  json checked = json::parse(bosam::api::validate(text, opts.dump()));
  print_issues(checked, std::cerr, a.files[0]);
  if (!checked.value("ok", false)) return 1;
  json project = checked["result"];
  if (!project.contains("pseudonymKey")) {
    const std::string key = random_key();
    if (key.empty()) {
      std::cerr << "bosam: cannot read /dev/urandom for a key\n";
      return 1;
    }
    project["pseudonymKey"] = key;
    std::string written;
    if (!stamped_text(project, written)) return 1;
    project = json::parse(written);  // the copy below is made from the version now in FILE
    if (!(std::ofstream(a.files[0], std::ios::binary) << written)) {
      std::cerr << "bosam: cannot write the new key into " << a.files[0] << "\n";
      return 1;
    }
    std::cerr << "bosam: " << say(line_lang(a.lang, text), "cli.key-added", {{"file", a.files[0]}}) << "\n";
  }
  json shareOpts = opts;
  shareOpts["keepRoles"] = a.keepRoles;
  shareOpts["keepLocations"] = a.keepLocations;
  json env = json::parse(bosam::api::pseudonymize(project.dump(), shareOpts.dump()));
  print_issues(env, std::cerr, a.files[0]);
  if (!env.value("ok", false)) return 1;
  const std::string out = env["result"]["project"].dump(2) + "\n";
  if (!write_output(a.out, out)) return 1;
  print_share_report(env["result"]["report"], line_lang(a.lang, text));
  return 0;
}

int cmd_export(const Args& a) {
  if (a.format == "json") {
    if (a.files.size() != 1) return usage("export needs exactly one FILE");
    if (!a.pseudonymize && (a.keepRoles || a.keepLocations))
      return usage("--keep-roles and --keep-locations apply to --pseudonymize");
    std::string text;
    if (!read_input(a.files[0], text)) return 1;
    return cmd_export_json(a, text);
  }
  if (a.pseudonymize) return usage("--pseudonymize applies to --format json");
  if (a.keepRoles || a.keepLocations) return usage("--keep-roles and --keep-locations apply to --pseudonymize");
  const std::vector<std::string> formats = {"graphml", "gexf", "csv", "pajek", "dl", "matrix"};
  if (a.format.empty()) return usage("export needs --format graphml|gexf|csv|pajek|dl|matrix");
  if (std::find(formats.begin(), formats.end(), a.format) == formats.end())
    return usage("unknown export format " + a.format);
  if (a.files.size() != 1) return usage("export needs exactly one FILE");
  if (a.excel && a.format != "csv" && a.format != "matrix")
    return usage("--excel applies to --format csv and matrix only");
  std::string text;
  if (!read_input(a.files[0], text)) return 1;
  json opts = a.analysis;
  opts["format"] = a.format;
  opts["measures"] = a.measures;
  opts["norwegianExcel"] = a.excel;
  opts.update(lang_options(a));
  json env = json::parse(bosam::api::export_network(text, opts.dump()));
  print_issues(env, std::cerr, a.files[0]);
  if (!env.value("ok", false)) return 1;
  const json& files = env["result"]["files"];
  if (a.out.empty()) {
    for (const auto& f : files) {
      if (files.size() > 1) std::cout << "==> " << f["name"].get<std::string>() << " <==\n";
      std::cout << f["text"].get<std::string>();
    }
    return 0;
  }
  std::error_code ec;
  std::filesystem::create_directories(a.out, ec);
  for (const auto& f : files) {
    const std::filesystem::path path = std::filesystem::path(a.out) / f["name"].get<std::string>();
    if (!(std::ofstream(path, std::ios::binary) << f["text"].get<std::string>())) {
      std::cerr << "bosam: cannot write " << path.string() << "\n";
      return 1;
    }
    std::cerr << "bosam: " << say(line_lang(a.lang, text), "cli.wrote", {{"file", path.string()}}) << "\n";
  }
  return 0;
}

int cmd_demo(const Args& a) {
  if (!a.files.empty()) return usage("demo takes no FILE");
  json env = json::parse(bosam::api::demo(options(a)));
  if (!env.value("ok", false)) {
    print_issues(env, std::cerr, "(demo)");
    return 1;
  }
  std::cout << env["result"].dump(2) << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage("no command given");
  const std::string first = argv[1];
  if (first == "--version" || first == "version") {
    json v = json::parse(bosam::api::version())["result"];
    std::cout << "bosam " << v["version"].get<std::string>() << " (project schemaVersion " << v["schemaVersion"]
              << ")\n";
    return 0;
  }
  if (first == "--help" || first == "-h" || first == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (first == "import") return bosam::cli::cmd_import(argc, argv);
  if (first == "import-people") return bosam::cli::cmd_import_people(argc, argv);
  if (first == "reconcile") return bosam::cli::cmd_reconcile(argc, argv);
  if (first == "compare-projects") return bosam::cli::cmd_compare_projects(argc, argv);
  if (first == "retire") return bosam::cli::cmd_retire(argc, argv);
  Args a;
  if (std::string err = parse_args(argc, argv, a); !err.empty()) return usage(err);
  if (a.command == "validate") return cmd_validate(a);
  if (a.command == "migrate") return cmd_migrate(a);
  if (a.command == "analyze") return cmd_project(a, &bosam::api::analyze);
  if (a.command == "compare") return cmd_project(a, &bosam::api::compare);
  if (a.command == "merge") return cmd_merge(a);
  if (a.command == "export") return cmd_export(a);
  if (a.command == "demo") return cmd_demo(a);
  return usage("unknown command " + a.command);
}
