// bosam reconcile BASE MINE THEIRS: two copies of one project that went their own ways from BASE, merged item
// by item and field by field (api::reconcile, docs/reconcile.md). Conflicts are listed by name with both values
// on stderr and nothing is written (exit 1) unless --prefer settles them; otherwise the stamped result goes to
// stdout or --out FILE, and stderr says what was taken from THEIRS. Exit 2 on usage.
#include <iostream>
#include <string>
#include <vector>

#include "api/api.hpp"
#include "base/json.hpp"
#include "common.hpp"

namespace bosam::cli {
namespace {

const char* const kReconcileUsage =
    "Usage: bosam reconcile BASE MINE THEIRS [--prefer mine|theirs] [--out FILE] [--lang nb|nn|en]\n"
    "  Merges THEIRS into MINE; BASE is the version both were made from. What only one side changed is taken\n"
    "  (deletions too); what both changed differently is a conflict: listed, nothing written (exit 1), unless\n"
    "  --prefer says which side wins.\n";

int usage(const std::string& problem) {
  std::cerr << "bosam: " << problem << "\n" << kReconcileUsage;
  return 2;
}

// One line per conflict: the item by name, the field, and both values with the file they are in.
void print_conflicts(const json& conflicts, const std::string& lang, const std::string& mineFile,
                     const std::string& theirsFile) {
  for (const auto& c : conflicts) {
    const bool whole = c["field"].is_null();
    json args = {{"name", c["name"]},
                 {"mine", c["mineText"]},
                 {"theirs", c["theirsText"]},
                 {"mineFile", mineFile},
                 {"theirsFile", theirsFile}};
    if (!whole) args["field"] = c["fieldName"];
    std::cerr << say(lang, whole ? "cli.reconcile-item" : "cli.reconcile-field", args) << "\n";
  }
}

}  // namespace

int cmd_reconcile(int argc, char** argv) {
  std::vector<std::string> files;
  std::string prefer, out, lang;
  for (int i = 2; i < argc; ++i) {
    const std::string s = argv[i];
    if (s == "--help" || s == "-h") {
      std::cout << kReconcileUsage;
      return 0;
    }
    if (s == "--prefer" || s == "--out" || s == "-o" || s == "--lang") {
      if (i + 1 >= argc) return usage(s + " needs a value");
      const std::string v = argv[++i];
      if (s == "--prefer") {
        if (v != "mine" && v != "theirs") return usage("--prefer must be mine or theirs");
        prefer = v;
      } else if (s == "--lang") {
        if (v != "nb" && v != "nn" && v != "en") return usage("--lang must be nb, nn or en");
        lang = v;
      } else {
        out = v;
      }
    } else if (s.size() > 1 && s[0] == '-') {
      return usage("unknown option " + s);
    } else {
      files.push_back(s);
    }
  }
  if (files.size() != 3) return usage("reconcile needs BASE, MINE and THEIRS");
  std::vector<std::string> texts(3);
  for (std::size_t i = 0; i < 3; ++i)
    if (!read_input(files[i], texts[i])) return 1;
  json opts = {{"stamp", new_stamp()}, {"savedAt", now_utc()}};
  if (!prefer.empty()) opts["prefer"] = prefer;
  if (!lang.empty()) opts["lang"] = lang;
  const std::string lines = line_lang(lang, texts[1]);
  const json env = json::parse(api::reconcile(texts[0], texts[1], texts[2], opts.dump()));
  if (!env.value("ok", false)) {
    // Say which file is refused: each through the door on its own, named; else the call's own errors.
    bool named = false;
    for (std::size_t i = 0; i < 3; ++i) {
      const json check = json::parse(api::validate(texts[i], json{{"lang", lines}}.dump()));
      if (check.value("ok", false)) continue;
      print_issues(check, std::cerr, files[i]);
      named = true;
    }
    if (!named) print_issues(env, std::cerr);
    return 1;
  }
  print_issues(env, std::cerr);  // warnings of the result
  const json& r = env["result"];
  const std::string mineFile = base_name(files[1]), theirsFile = base_name(files[2]);
  print_conflicts(r["conflicts"], lines, mineFile, theirsFile);
  if (r["project"].is_null()) {
    std::cerr << "bosam: " << say(lines, "cli.reconcile-open", {{"count", r["summary"]["open"]}}) << "\n";
    return 1;
  }
  if (!write_output(out, r["project"].dump(2) + "\n")) return 1;
  if (!r["conflicts"].empty())
    std::cerr << "bosam: " << say(lines, "cli.reconcile-settled", {{"count", r["conflicts"].size()}, {"side", prefer}})
              << "\n";
  for (const auto& line : r["summary"]["lines"]["theirs"])
    std::cerr << "bosam: " << say(lines, "cli.reconcile-from", {{"file", theirsFile}, {"line", line}}) << "\n";
  for (const auto& line : r["summary"]["lines"]["removed"]) std::cerr << "bosam: " << line.get<std::string>() << "\n";
  return 0;
}

}  // namespace bosam::cli
