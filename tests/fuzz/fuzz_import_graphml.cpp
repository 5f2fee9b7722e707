// libFuzzer: arbitrary bytes as a GraphML file (the network importer). Invariants: read_graphml never throws; the
// node and edge tables it accepts are rectangular with one source line per row; a refusal has a code. The whole
// import into the demo project (by id, or by name when the first byte is odd) never throws, and a project it
// returns passes the door.
#include "fuzz_import_common.hpp"
#include "importers/graphml.hpp"

using namespace bosam;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const bool byName = data[0] & 1;
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  const importers::GraphmlResult r = importers::read_graphml(text);
  if (r.error) {
    fuzz::require(!r.error->code.empty(), "a refusal without a code");
    return 0;
  }
  fuzz::check_table(r.nodes, false);
  fuzz::check_table(r.edges, false);

  const json m = importers::suggest_mapping(r.edges, &r.nodes);
  importers::NetworkImportOptions opt;
  opt.graphml = true;
  opt.edges = {"network.graphml", text};
  opt.matchByName = byName;
  opt.defaultFrequency = 3;
  opt.mapping.frequency = fuzz::suggested(m, "frequency");
  opt.mapping.weight = fuzz::suggested(m, "weight");
  opt.mapping.types = fuzz::suggested(m, "types");
  opt.mapping.nodeName = fuzz::suggested(m, "nodeName");
  opt.mapping.nodeUnit = fuzz::suggested(m, "nodeUnit");
  fuzz::check_import(opt);
  return 0;
}
