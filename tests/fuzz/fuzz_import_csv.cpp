// libFuzzer: arbitrary bytes as a CSV edge list (issue 6 importer). The first byte picks the delimiter (detect,
// ';', ',', tab, '|') and whether names or ids are matched. Invariants: read_csv never throws; a table it accepts
// is rectangular with one source line per row, in order; a refusal has a code and a place. The whole import into
// the demo project (columns guessed by suggest_mapping, as the app pre-fills them) never throws, and a project it
// returns passes the door.
#include "api/api.hpp"
#include "fuzz_common.hpp"
#include "importers/csv.hpp"
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
  int last = 0;
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    fuzz::require(t.rows[i].size() == t.header.size(), "a row is not as wide as the header");
    fuzz::require(t.lines[i] >= 1 && t.lines[i] >= last, "row lines are not increasing");
    last = t.lines[i];
  }
}

std::string column(const json& mapping, const char* key) {
  return mapping.contains(key) && mapping[key].is_string() ? mapping[key].get<std::string>() : std::string();
}
}  // namespace

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
  check_table(r.table);

  const json m = importers::suggest_mapping(r.table, nullptr);
  importers::NetworkImportOptions opt;
  opt.edges = {"edges.csv", text};
  opt.delimiter = o.delimiter;
  opt.matchByName = byName;
  opt.defaultFrequency = 2;
  opt.mapping.from = column(m, "from");
  opt.mapping.to = column(m, "to");
  opt.mapping.frequency = column(m, "frequency");
  opt.mapping.weight = column(m, "weight");
  opt.mapping.types = column(m, "types");
  const importers::NetworkImportResult imported = importers::import_network(project(), opt, Lang::en);
  if (imported.project)
    fuzz::require(load_project_value(*imported.project, Lang::en).doc.has_value(), "an imported project does not validate");
  else
    fuzz::require(has_errors(imported.issues), "an import refused without an error");
  return 0;
}
