// libFuzzer: arbitrary bytes as a staff list (the staff-list importer) read into the demo municipality. The first byte
// picks the delimiter (detect, ';', ',', tab), whether units may be created and the language. Invariants: the import
// never throws; a project it returns passes the door, has every person it reported added, and its report's counts
// add up to the rows read; a refusal carries errors, each with a people-* code and a message.
#include "fuzz_import_common.hpp"
#include "importers/people_import.hpp"

using namespace bosam;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  static const char delimiters[] = {0, ';', ',', '\t'};
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  importers::PeopleImportOptions o;
  o.fileName = "ansatte.csv";
  o.text = text;
  o.delimiter = delimiters[data[0] % 4];
  o.createUnits = data[0] & 0x40;
  const Lang lang = (data[0] & 0x80) ? Lang::en : Lang::nb;
  const json& before = fuzz::import_target();
  const importers::PeopleImportResult r = importers::import_people(before, o, lang);
  if (!r.project) {
    fuzz::require(has_errors(r.issues), "a staff list refused without an error");
    for (const auto& i : r.issues)
      fuzz::require(i.code.rfind("people-", 0) == 0 && !i.message.empty(), "an issue without a people- code or message",
                    i.code);
    return 0;
  }
  fuzz::require(load_project_value(*r.project, lang).doc.has_value(), "an imported staff list does not validate");
  const json& rep = r.report;
  const std::size_t added = rep["added"], updated = rep["updated"], unchanged = rep["unchanged"],
                    repeated = rep["repeated"], rows = rep["rows"];
  fuzz::require(added + updated + unchanged + repeated == rows, "the report's counts do not add up",
                rep.dump().substr(0, 500));
  fuzz::require((*r.project)["actors"].size() == before["actors"].size() + added, "people added and counted differ");
  fuzz::require((*r.project)["units"].size() == before["units"].size() + rep["unitsCreated"].size(),
                "units created and counted differ");
  return 0;
}
