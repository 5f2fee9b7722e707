// Message templates for every issue code, in bokmål and English. Codes are a contract (README lists them);
// the wording may change freely. {0}, {1} … are filled from the arguments.
#include <map>
#include <string>

#include "schema/issue.hpp"

namespace bosam {
namespace {

struct Texts {
  const char* nb;
  const char* en;
};

const std::map<std::string, Texts>& templates() {
  static const std::map<std::string, Texts> t = {
      {"empty-file", {"Filen er tom.", "The file is empty."}},
      {"too-large",
       {"Filen er for stor ({0} byte; grensen er {1} byte).", "The file is too large ({0} bytes; the limit is {1} bytes)."}},
      {"invalid-utf8",
       {"Filen inneholder tegn som ikke er gyldig UTF-8 (linje {0}, kolonne {1}). Lagre filen som UTF-8 og prøv igjen.",
        "The file contains bytes that are not valid UTF-8 (line {0}, column {1}). Save it as UTF-8 and try again."}},
      {"too-deep",
       {"Dokumentet er nøstet for dypt (mer enn {0} nivåer, linje {1}, kolonne {2}).",
        "The document is nested too deeply (more than {0} levels, line {1}, column {2})."}},
      {"not-json",
       {"Filen er ikke gyldig JSON (linje {0}, kolonne {1}): {2}",
        "The file is not valid JSON (line {0}, column {1}): {2}"}},
      {"number-out-of-range",
       {"Et tall er for stort til å kunne brukes (linje {0}, kolonne {1}).",
        "A number is too large to be used (line {0}, column {1})."}},
      {"not-an-object",
       {"Dokumentet må være et JSON-objekt ({ … }).", "The document must be a JSON object ({ … })."}},
      {"wrong-format",
       {"Dette er ikke en Bosam-prosjektfil (format er {0}, ventet \"bosam-project\").",
        "This is not a Bosam project file (format is {0}, expected \"bosam-project\")."}},
      {"missing-schema-version",
       {"schemaVersion mangler.", "schemaVersion is missing."}},
      {"bad-schema-version",
       {"schemaVersion må være et helt tall, fant {0}.", "schemaVersion must be a whole number, found {0}."}},
      {"newer-schema-version",
       {"Filen er laget med en nyere versjon av Bosam (schemaVersion {0}); denne versjonen leser til og med {1}. "
        "Bruk en nyere Bosam.",
        "The file was made by a newer Bosam (schemaVersion {0}); this version reads up to {1}. Use a newer Bosam."}},
      {"migration-missing",
       {"Ingen overgang fra schemaVersion {0}.", "No migration step from schemaVersion {0}."}},
      {"missing-field", {"Feltet «{0}» mangler.", "The field \"{0}\" is missing."}},
      {"empty-value", {"Feltet kan ikke være tomt.", "The field must not be empty."}},
      {"wrong-type", {"Ventet {0}, fant {1}.", "Expected {0}, found {1}."}},
      {"not-a-list", {"Ventet en liste ([ … ]), fant {0}.", "Expected a list ([ … ]), found {0}."}},
      {"list-too-long",
       {"Listen har {0} elementer; grensen er {1}.", "The list has {0} items; the limit is {1}."}},
      {"string-too-long",
       {"Teksten er {0} tegn lang; grensen er {1}.", "The text is {0} characters long; the limit is {1}."}},
      {"missing-id", {"Elementet mangler «id».", "The item has no \"id\"."}},
      {"duplicate-id",
       {"Id-en «{0}» er brukt før (første gang i {1}).", "The id \"{0}\" is already used (first at {1})."}},
      {"unknown-unit", {"Ukjent enhet «{0}».", "Unknown unit \"{0}\"."}},
      {"unknown-actor", {"Ukjent person «{0}».", "Unknown actor \"{0}\"."}},
      {"unknown-function", {"Ukjent funksjon «{0}».", "Unknown function \"{0}\"."}},
      {"unknown-target-group", {"Ukjent målgruppe «{0}».", "Unknown target group \"{0}\"."}},
      {"unknown-wave", {"Ukjent kartleggingsrunde «{0}».", "Unknown survey wave \"{0}\"."}},
      {"bad-frequency",
       {"Hyppighet må være et helt tall fra 1 (sjeldnere enn månedlig) til 4 (daglig), fant {0}.",
        "Frequency must be a whole number from 1 (less than monthly) to 4 (daily), found {0}."}},
      {"negative-fte",
       {"Årsverk kan ikke være negativt, fant {0}.", "FTE cannot be negative, found {0}."}},
      {"unknown-role",
       {"Ukjent rolle «{0}»; bruk responsible, performs eller contributes.",
        "Unknown role \"{0}\"; use responsible, performs or contributes."}},
      {"unknown-kind",
       {"Ukjent type «{0}»; bruk strength, weakness eller change.",
        "Unknown kind \"{0}\"; use strength, weakness or change."}},
      {"unknown-status",
       {"Ukjent status «{0}»; bruk proposed, agreed, in-progress, done eller dropped.",
        "Unknown status \"{0}\"; use proposed, agreed, in-progress, done or dropped."}},
      {"wrong-project",
       {"Svaret hører til et annet prosjekt ({0}), ikke dette ({1}).",
        "The answer belongs to another project ({0}), not this one ({1})."}},
      {"duplicate-answer",
       {"Et nyere svar fra samme person i samme runde erstatter svaret i {0}.",
        "A later answer from the same person in the same wave replaces the one in {0}."}},
      {"wrong-key",
       {"Filen er ikke en pseudonymisert kopi av dette prosjektet (nøkkelen passer ikke), så navnene kan ikke hentes tilbake.",
        "The file is not a pseudonymised copy of this project (the key does not match), so the names cannot be restored."}},
      {"missing-key",
       {"Prosjektet har ingen pseudonymiseringsnøkkel ennå.", "The project has no pseudonymisation key yet."}},
      {"fte-above-one",
       {"Årsverk over 1 ({0}) for én person er uvanlig; sjekk tallet.",
        "An FTE above 1 ({0}) for one person is unusual; check the number."}},
      {"self-tie",
       {"Personen har oppgitt kontakt med seg selv; dette teller ikke i analysen.",
        "The actor reported a tie to themselves; it is ignored in the analysis."}},
      {"duplicate-tie",
       {"Samme kontakt er oppgitt flere ganger i samme runde (første gang i {0}); den sterkeste teller.",
        "The same tie is reported more than once in the wave (first at {0}); the strongest counts."}},
      {"duplicate-respondent",
       {"Personen står flere ganger som respondent i samme runde (første gang i {0}).",
        "The actor is listed as a respondent more than once in the wave (first at {0})."}},
      {"bad-date",
       {"Datoen «{0}» er ikke på formen ÅÅÅÅ-MM-DD.", "The date \"{0}\" is not in the form YYYY-MM-DD."}},
      {"internal-error",
       {"Intern feil i Bosam: {0}. Ingenting er endret.", "Internal error in Bosam: {0}. Nothing was changed."}},
      {"bad-options",
       {"Ugyldige innstillinger: {0}", "Invalid options: {0}"}},
  };
  return t;
}

}  // namespace

std::string message_for(const std::string& code, Lang lang, const std::vector<std::string>& args) {
  const auto& t = templates();
  auto it = t.find(code);
  std::string out = it == t.end() ? code : (lang == Lang::en ? it->second.en : it->second.nb);
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string key = "{" + std::to_string(i) + "}";
    for (auto pos = out.find(key); pos != std::string::npos; pos = out.find(key, pos + args[i].size()))
      out.replace(pos, key.size(), args[i]);
  }
  return out;
}

}  // namespace bosam
