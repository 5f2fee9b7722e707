// bosam import-people: a staff list (CSV) as the project's people (docs/formats.md). The core decides everything
// (api::import_people): columns not given with --map are guessed from the headers and named on stderr.
// .xlsx is refused with the advice to save it as CSV UTF-8: the core has no zip inflater (and Debian's emscripten no
// zlib), and a second, CLI-only reader of workbooks would be a second behaviour to keep in step with the app's.
// Exit 0 with the project on stdout (or --out FILE), 1 when the input is refused (nothing written), 2 on usage.
#include <iostream>
#include <string>
#include <vector>

#include "api/api.hpp"
#include "base/json.hpp"
#include "common.hpp"

namespace bosam::cli {
namespace {

const char* const kPeopleUsage =
    "Usage: bosam import-people PROJECT FILE.csv [--map name=COL,unit=COL,role=COL,fte=COL,location=COL]\n"
    "         [--create-units] [--delimiter C] [--lang nb|nn|en] [--out FILE]\n"
    "  A staff list (e.g. Navn;Enhet;Stilling;Stillingsprosent) as the project's people, all or nothing.\n"
    "  Columns not in --map are guessed from the headers; KEY= (empty) leaves a field out. Also firstName=COL,\n"
    "  lastName=COL instead of name. --create-units creates units the project does not have yet.\n";

int usage(const std::string& problem) {
  std::cerr << "bosam: " << problem << "\n" << kPeopleUsage;
  return 2;
}

std::string join(const json& list) {
  std::string out;
  for (const auto& v : list) out += (out.empty() ? "" : ", ") + (v.is_string() ? v.get<std::string>() : v.dump());
  return out;
}

// The columns used, the guessed ones marked: "name=Navn (gjettet), unit=Enhet".
std::string columns_line(const json& report, const std::string& lang) {
  std::string out;
  for (const auto& [field, column] : report["columns"].items()) {
    if (!column.is_string()) continue;
    bool guessed = false;
    for (const auto& g : report["guessed"]) guessed |= g == field;
    out +=
        (out.empty() ? "" : ", ") + (guessed ? say(lang, "cli.column-guessed", {{"field", field}, {"column", column}})
                                             : field + "=" + column.get<std::string>());
  }
  return out;
}

}  // namespace

int cmd_import_people(int argc, char** argv) {
  std::string project, file, out, lang;  // no --lang: the project's målform
  json opts = json::object(), mapping = json::object();
  for (int i = 2; i < argc; ++i) {
    const std::string s = argv[i];
    if (s == "--help" || s == "-h") {
      std::cout << kPeopleUsage;
      return 0;
    }
    if (s == "--create-units") {
      opts["createUnits"] = true;
    } else if (s == "--map" || s == "--out" || s == "-o" || s == "--lang" || s == "--delimiter") {
      if (i + 1 >= argc) return usage(s + " needs a value");
      const std::string v = argv[++i];
      if (s == "--map") {
        static const std::vector<std::string> keys = {"name", "firstName", "lastName", "unit",
                                                      "role", "fte",       "location"};
        if (std::string err = parse_map(v, keys, mapping); !err.empty()) return usage(err);
      } else if (s == "--lang") {
        if (v != "nb" && v != "nn" && v != "en") return usage("--lang must be nb, nn or en");
        lang = v;
      } else if (s == "--delimiter") {
        opts["delimiter"] = v;
      } else {
        out = v;
      }
    } else if (s.size() > 1 && s[0] == '-') {
      return usage("unknown option " + s);
    } else if (project.empty()) {
      project = s;
    } else if (file.empty()) {
      file = s;
    } else {
      return usage("import-people takes one PROJECT and one FILE (unexpected " + s + ")");
    }
  }
  if (file.empty()) return usage("import-people needs a PROJECT and a FILE");
  std::string projectText, text;
  if (!read_input(project, projectText) || !read_input(file, text)) return 1;
  if (!lang.empty()) opts["lang"] = lang;
  const std::string lines = line_lang(lang, projectText);
  opts["name"] = base_name(file);
  if (!mapping.empty()) opts["map"] = mapping;
  json env =
      json::parse(api::import_people(projectText, text, opts.dump(-1, ' ', false, json::error_handler_t::replace)));
  print_issues(env, std::cerr);
  if (!env.value("ok", false)) {
    bool unknownUnit = false;
    for (const auto& e : env["errors"]) unknownUnit |= e.value("code", "") == "people-unknown-unit";
    if (unknownUnit) std::cerr << "bosam: " << say(lines, "cli.create-units") << "\n";
    std::cerr << "bosam: " << say(lines, "cli.nothing-imported") << "\n";
    return 1;
  }
  std::string written;
  if (!stamped_text(env["result"]["project"], written) || !write_output(out, written)) return 1;
  const json& r = env["result"]["report"];
  std::cerr << "bosam: " << say(lines, "cli.columns", {{"columns", columns_line(r, lines)}}) << "\n";
  if (!r["unusedColumns"].empty())
    std::cerr << "bosam: " << say(lines, "cli.not-used", {{"columns", join(r["unusedColumns"])}}) << "\n";
  json created = json::array();
  for (const auto& u : r["unitsCreated"]) created.push_back(u["name"]);
  std::cerr << "bosam: "
            << say(lines, "cli.people-summary",
                   {{"added", r["added"]},
                    {"updated", r["updated"]},
                    {"unchanged", r["unchanged"]},
                    {"units", created.size()},
                    {"names", join(created)}})
            << "\n";
  return 0;
}

}  // namespace bosam::cli
