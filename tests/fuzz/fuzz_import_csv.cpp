// libFuzzer: arbitrary bytes as a CSV edge list (the network importer). The first byte picks the delimiter (detect,
// ';', ',', tab, '|') and whether names or ids are matched. Invariants: read_csv never throws; a table it accepts
// is rectangular with one source line per row, in order; a refusal has a code and a place. The whole import into
// the demo project (columns guessed by suggest_mapping, as the app pre-fills them) never throws, and a project it
// returns passes the door.
#include "fuzz_import_common.hpp"
#include "importers/csv.hpp"

using namespace bosam;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  static const char delimiters[] = {0, ';', ',', '\t', '|'};
  importers::CsvOptions o;
  o.delimiter = delimiters[data[0] % 5];
  const bool byName = data[0] & 0x80;
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  const importers::CsvResult r = importers::read_csv(text, o);
  if (r.error) {
    fuzz::require(!r.error->code.empty(), "a refusal without a code");
    return 0;
  }
  fuzz::check_table(r.table, true);

  const json m = importers::suggest_mapping(r.table, nullptr);
  importers::NetworkImportOptions opt;
  opt.edges = {"edges.csv", text};
  opt.delimiter = o.delimiter;
  opt.matchByName = byName;
  opt.defaultFrequency = 2;
  opt.mapping.from = fuzz::suggested(m, "from");
  opt.mapping.to = fuzz::suggested(m, "to");
  opt.mapping.frequency = fuzz::suggested(m, "frequency");
  opt.mapping.weight = fuzz::suggested(m, "weight");
  opt.mapping.types = fuzz::suggested(m, "types");
  fuzz::check_import(opt);
  return 0;
}
