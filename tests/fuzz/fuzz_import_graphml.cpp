// libFuzzer: arbitrary bytes as a GraphML file (issue 6 importer). Invariants: read_graphml never throws; the
// node and edge tables it accepts are rectangular with one source line per row; a refusal has a code. The whole
// import into the demo project (by id, or by name when the first byte is odd) never throws, and a project it
// returns passes the door.
#include "api/api.hpp"
#include "fuzz_common.hpp"
#include "importers/graphml.hpp"
#include "importers/network_import.hpp"
#include "schema/door.hpp"

using namespace bosam;

namespace {
const json& project() {
  static const json doc = json::parse(api::demo("{}"))["result"];
  return doc;
}

void check_table(const importers::RawTable& t) {
  fuzz::require(t.rows.size() == t.lines.size(), "rows and lines differ in number");
  for (const auto& row : t.rows) fuzz::require(row.size() == t.header.size(), "a row is not as wide as the header");
  for (int line : t.lines) fuzz::require(line >= 1, "a row without a line");
}

std::string column(const json& mapping, const char* key) {
  return mapping.contains(key) && mapping[key].is_string() ? mapping[key].get<std::string>() : std::string();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const bool byName = data[0] & 1;
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  const importers::GraphmlResult r = importers::read_graphml(text);
  if (r.error) {
    fuzz::require(!r.error->code.empty(), "a refusal without a code");
    return 0;
  }
  check_table(r.nodes);
  check_table(r.edges);

  const json m = importers::suggest_mapping(r.edges, &r.nodes);
  importers::NetworkImportOptions opt;
  opt.graphml = true;
  opt.edges = {"network.graphml", text};
  opt.matchByName = byName;
  opt.defaultFrequency = 3;
  opt.mapping.frequency = column(m, "frequency");
  opt.mapping.weight = column(m, "weight");
  opt.mapping.types = column(m, "types");
  opt.mapping.nodeName = column(m, "nodeName");
  opt.mapping.nodeUnit = column(m, "nodeUnit");
  const importers::NetworkImportResult imported = importers::import_network(project(), opt, Lang::en);
  if (imported.project)
    fuzz::require(load_project_value(*imported.project, Lang::en).doc.has_value(), "an imported project does not validate");
  else
    fuzz::require(has_errors(imported.issues), "an import refused without an error");
  return 0;
}
