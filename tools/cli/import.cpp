// bosam import: a network from CSV or GraphML as a new wave of a project (docs/formats.md). Columns not given with
// --map are taken from the core's suggestion (csv_preview) and named on stderr, so the choice is visible.
// Exit 0 with the project on stdout (or --out FILE), 1 when the input is refused (nothing written), 2 on usage.
#include <iostream>
#include <string>
#include <vector>

#include "api/api.hpp"
#include "base/json.hpp"
#include "common.hpp"

namespace bosam::cli {
namespace {

const char* const kImportUsage =
    "Usage: bosam import PROJECT (--edges E.csv [--nodes N.csv] | --graphml G.graphml)\n"
    "         [--map from=COL,to=COL,frequency=COL,weight=COL,types=COL,nodeId=COL,nodeName=COL,nodeUnit=COL]\n"
    "         [--match id|name] [--frequency 1-4] [--delimiter C] [--wave-label L] [--wave-id ID]\n"
    "         [--wave-date YYYY-MM-DD] [--out FILE] [--lang nb|nn|en]\n";

int usage(const std::string& problem) {
  std::cerr << "bosam: " << problem << "\n" << kImportUsage;
  return 2;
}

// Fills unmapped columns from the core's suggestion for `text`; false (messages printed) if it cannot be read.
bool suggest(const std::string& text, const json& previewOptions, json& mapping, bool edgeColumns) {
  json env = json::parse(api::csv_preview(text, previewOptions.dump()));
  if (!env.value("ok", false)) {
    print_issues(env, std::cerr);
    return false;
  }
  const json& s = env["result"]["suggestedMapping"];
  static const std::vector<const char*> edgeKeys = {"from", "to", "frequency", "types"},
                                        nodeKeys = {"nodeId", "nodeName", "nodeUnit"};
  for (const char* key : edgeColumns ? edgeKeys : nodeKeys)
    if (!mapping.contains(key) && s[key].is_string()) mapping[key] = s[key];
  if (edgeColumns && !mapping.contains("frequency") && !mapping.contains("weight") && s["weight"].is_string())
    mapping["weight"] = s["weight"];
  return true;
}

}  // namespace

int cmd_import(int argc, char** argv) {
  std::string project, edges, nodes, graphml, out, lang;  // no --lang: the project's målform
  json opts = json::object(), mapping = json::object(), wave = json::object();
  for (int i = 2; i < argc; ++i) {
    const std::string s = argv[i];
    if (s == "--help" || s == "-h") {
      std::cout << kImportUsage;
      return 0;
    }
    const bool hasValue = i + 1 < argc;
    auto value = [&]() { return std::string(argv[++i]); };
    if (s == "--edges" || s == "--nodes" || s == "--graphml" || s == "--out" || s == "-o" || s == "--map" ||
        s == "--match" || s == "--frequency" || s == "--delimiter" || s == "--wave-label" || s == "--wave-id" ||
        s == "--wave-date" || s == "--lang") {
      if (!hasValue) return usage(s + " needs a value");
      const std::string v = value();
      if (s == "--edges")
        edges = v;
      else if (s == "--nodes")
        nodes = v;
      else if (s == "--graphml")
        graphml = v;
      else if (s == "--out" || s == "-o")
        out = v;
      else if (s == "--map") {
        static const std::vector<std::string> keys = {"from",  "to",     "frequency", "weight",
                                                      "types", "nodeId", "nodeName",  "nodeUnit"};
        if (std::string err = parse_map(v, keys, mapping); !err.empty()) return usage(err);
      } else if (s == "--match") {
        if (v != "id" && v != "name") return usage("--match must be id or name");
        opts["match"] = v;
      } else if (s == "--frequency") {
        if (v.size() != 1 || v[0] < '1' || v[0] > '4') return usage("--frequency must be 1, 2, 3 or 4");
        opts["defaultFrequency"] = v[0] - '0';
      } else if (s == "--delimiter")
        opts["delimiter"] = v;
      else if (s == "--wave-label")
        wave["label"] = v;
      else if (s == "--wave-id")
        wave["id"] = v;
      else if (s == "--wave-date")
        wave["date"] = v;
      else if (s == "--lang") {
        if (v != "nb" && v != "nn" && v != "en") return usage("--lang must be nb, nn or en");
        lang = v;
      }
    } else if (s.size() > 1 && s[0] == '-') {
      return usage("unknown option " + s);
    } else if (project.empty()) {
      project = s;
    } else {
      return usage("import takes one PROJECT (unexpected " + s + ")");
    }
  }
  if (project.empty()) return usage("import needs a PROJECT");
  if (edges.empty() == graphml.empty()) return usage("import needs either --edges FILE or --graphml FILE");
  if (!graphml.empty() && !nodes.empty()) return usage("--nodes goes with --edges, not --graphml");

  std::string projectText, edgesText, nodesText;
  const std::string& mainFile = graphml.empty() ? edges : graphml;
  for (const auto& [path, into] :
       {std::pair<const std::string&, std::string&>{project, projectText}, {mainFile, edgesText}, {nodes, nodesText}}) {
    if (path.empty()) continue;
    if (!read_input(path, into)) return 1;
  }
  const bool isGraphml = !graphml.empty();
  if (!lang.empty()) opts["lang"] = lang;
  opts["format"] = isGraphml ? "graphml" : "csv";
  json preview = {{"format", opts["format"]}, {"name", base_name(mainFile)}};
  if (!lang.empty()) preview["lang"] = lang;
  if (opts.contains("delimiter")) preview["delimiter"] = opts["delimiter"];
  if (!suggest(edgesText, preview, mapping, true)) return 1;
  if (isGraphml && !suggest(edgesText, preview, mapping, false)) return 1;
  if (!nodes.empty()) {
    preview["name"] = base_name(nodes);
    if (!suggest(nodesText, preview, mapping, false)) return 1;
  }
  const std::string lines = line_lang(lang, projectText);
  std::string used;
  for (const auto& kv : mapping.items())
    used += (used.empty() ? "" : ", ") + kv.key() + "=" + kv.value().get<std::string>();
  std::cerr << "bosam: "
            << say(lines, "cli.columns", {{"columns", used.empty() ? say(lines, "cli.columns-none") : used}}) << "\n";

  opts["mapping"] = mapping;
  opts["wave"] = wave;
  opts[isGraphml ? "graphml" : "edges"] = edgesText;
  opts[isGraphml ? "graphmlName" : "edgesName"] = base_name(mainFile);
  if (!nodes.empty()) {
    opts["nodes"] = nodesText;
    opts["nodesName"] = base_name(nodes);
  }
  json env = json::parse(api::import_network(projectText, opts.dump(-1, ' ', false, json::error_handler_t::replace)));
  print_issues(env, std::cerr);
  if (!env.value("ok", false)) {
    std::cerr << "bosam: " << say(lines, "cli.nothing-imported") << "\n";
    return 1;
  }
  std::string text;
  if (!stamped_text(env["result"]["project"], text) || !write_output(out, text)) return 1;
  const json& r = env["result"]["report"];
  std::cerr << "bosam: "
            << say(lines, "cli.import-summary",
                   {{"wave", r["wave"]["id"]},
                    {"ties", r["ties"]},
                    {"matched", r["actorsMatched"]},
                    {"added", r["actorsAdded"]},
                    {"skipped", r["skipped"].size()}})
            << "\n";
  return 0;
}

}  // namespace bosam::cli
