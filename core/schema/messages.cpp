// Message templates for every issue code, in bokmål and English. Codes are a contract (docs/validation.md lists them);
// the wording may change freely. {0}, {1} … are filled from the issue's arguments.
#include "schema/messages.hpp"

#include <map>
#include <string>

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
       {"Filen er for stor ({0} byte; grensen er {1} byte).",
        "The file is too large ({0} bytes; the limit is {1} bytes)."}},
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
      {"not-an-object", {"Dokumentet må være et JSON-objekt ({ … }).", "The document must be a JSON object ({ … })."}},
      {"wrong-format",
       {"Dette er ikke en Bosam-prosjektfil (format er {0}, ventet \"bosam-project\").",
        "This is not a Bosam project file (format is {0}, expected \"bosam-project\")."}},
      // Variants of wrong-format and not-json (same code; the message says what the file is and where it belongs).
      {"wrong-format/missing",
       {"Dette er ikke en Bosam-prosjektfil: feltet «format» mangler.",
        "This is not a Bosam project file: the field \"format\" is missing."}},
      {"wrong-format/bosam-answer",
       {"Dette er en svarfil fra spørreskjemaet, ikke en prosjektfil. Åpne prosjektet den hører til, og les den inn "
        "under Relasjoner › Spørreskjema og svar (eller dra den inn i vinduet mens prosjektet er åpent).",
        "This is an answer file from the survey form, not a project file. Open the project it belongs to and read it "
        "in under Relations › Survey forms and answers (or drag it into the window while the project is open)."}},
      {"wrong-format/bosam-analysis",
       {"Dette er et analyseresultat fra Bosam, ikke en prosjektfil. Importer prosjektfila analysen ble laget fra.",
        "This is an analysis result from Bosam, not a project file. Import the project file it was made from."}},
      {"wrong-format/project-not-answer",
       {"Dette er en prosjektfil, ikke en svarfil. Importer den under Data › Importer en prosjektfil.",
        "This is a project file, not an answer file. Import it under Data › Import a project file."}},
      {"wrong-format/not-answer",
       {"Dette er ikke en svarfil fra Bosams spørreskjema (svarfilene heter «svar-…json»).",
        "This is not an answer file from Bosam's survey form (answer files are named \"svar-…json\")."}},
      {"not-json/table",
       {"Dette ser ut som en tabell (CSV), ikke en Bosam-prosjektfil. En ansattliste leses inn under Organisasjon › "
        "Importer ansattliste, og et nettverk under Data › Importer nettverk.",
        "This looks like a table (CSV), not a Bosam project file. A staff list is read in under Organisation › Import "
        "staff list, and a network under Data › Import network."}},
      {"not-json/spreadsheet",
       {"Dette er et regneark (Excel) eller en annen zip-fil, ikke en Bosam-prosjektfil. En ansattliste leses inn "
        "under Organisasjon › Importer ansattliste.",
        "This is a spreadsheet (Excel) or another zip file, not a Bosam project file. A staff list is read in under "
        "Organisation › Import staff list."}},
      {"not-json/graphml",
       {"Dette er en nettverksfil (GraphML), ikke en Bosam-prosjektfil. Les den inn under Data › Importer nettverk.",
        "This is a network file (GraphML), not a Bosam project file. Read it in under Data › Import network."}},
      {"not-json/survey-form",
       {"Dette er et spørreskjema fra Bosam (fila den som skal svare, åpner), ikke en prosjektfil. Svaret kommer "
        "tilbake som en egen svarfil.",
        "This is a Bosam survey form (the file the respondent opens), not a project file. The answer comes back as a "
        "separate answer file."}},
      {"missing-schema-version", {"schemaVersion mangler.", "schemaVersion is missing."}},
      {"bad-schema-version",
       {"schemaVersion må være et helt tall, fant {0}.", "schemaVersion must be a whole number, found {0}."}},
      {"newer-schema-version",
       {"Filen er laget med en nyere versjon av Bosam (schemaVersion {0}); denne versjonen leser til og med {1}. "
        "Bruk en nyere Bosam.",
        "The file was made by a newer Bosam (schemaVersion {0}); this version reads up to {1}. Use a newer Bosam."}},
      {"migration-missing", {"Ingen overgang fra schemaVersion {0}.", "No migration step from schemaVersion {0}."}},
      {"missing-field", {"Feltet «{0}» mangler.", "The field \"{0}\" is missing."}},
      {"empty-value", {"Feltet kan ikke være tomt.", "The field must not be empty."}},
      {"wrong-type", {"Ventet {0}, fant {1}.", "Expected {0}, found {1}."}},
      {"not-a-list", {"Ventet en liste ([ … ]), fant {0}.", "Expected a list ([ … ]), found {0}."}},
      {"list-too-long", {"Listen har {0} elementer; grensen er {1}.", "The list has {0} items; the limit is {1}."}},
      {"too-many-actors",
       {"Prosjektet har {0} personer; Bosam tar inntil {1}. Er dette riktig fil?",
        "The project has {0} people; Bosam takes up to {1}. Is this the right file?"}},
      {"key-too-long",
       {"Et feltnavn er {0} tegn langt; grensen er {1}.", "A field name is {0} characters long; the limit is {1}."}},
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
      {"negative-fte", {"Årsverk kan ikke være negativt, fant {0}.", "FTE cannot be negative, found {0}."}},
      {"unknown-role",
       {"Ukjent rolle «{0}»; bruk responsible, performs eller contributes.",
        "Unknown role \"{0}\"; use responsible, performs or contributes."}},
      {"unknown-kind",
       {"Ukjent type «{0}»; bruk strength, weakness eller change.",
        "Unknown kind \"{0}\"; use strength, weakness or change."}},
      {"threshold-out-of-range",
       {"Grensen «{0}» må være mellom {1} og {2}; fant {3}.",
        "The threshold \"{0}\" must be from {1} to {2}; found {3}."}},
      {"threshold-out-of-range-whole",
       {"Grensen «{0}» må være et helt tall fra {1} til {2}; fant {3}.",
        "The threshold \"{0}\" must be a whole number from {1} to {2}; found {3}."}},
      {"unknown-review",
       {"Ukjent vurdering «{0}» av en oppgitt oppgave; bruk accepted eller rejected (eller ingen, for ikke vurdert).",
        "Unknown review \"{0}\" of a reported task; use accepted or rejected (or none, for not yet reviewed)."}},
      {"unknown-status",
       {"Ukjent status «{0}»; bruk proposed, agreed, in-progress, done eller dropped.",
        "Unknown status \"{0}\"; use proposed, agreed, in-progress, done or dropped."}},
      {"wrong-project",
       {"Svaret fra {0} hører til kartleggingen i {1}, ikke til det åpne prosjektet «{2}». Åpne riktig prosjekt og "
        "les svaret inn der.",
        "The answer from {0} belongs to the survey in {1}, not to the open project \"{2}\". Open the right project "
        "and read the answer in there."}},
      {"wrong-project-copy",
       {"Svaret fra {0} hører til prosjektet som «{2}» er kopiert fra. En kopi er et eget prosjekt og kan ikke ta imot "
        "svarene fra originalens kartlegging; les svaret inn i originalen.",
        "The answer from {0} belongs to the project that \"{2}\" was copied from. A copy is a separate project and "
        "cannot "
        "take the answers of the original's survey; read the answer into the original."}},
      {"duplicate-answer",
       {"Et nyere svar fra samme person i samme runde erstatter svaret i {0}.",
        "A later answer from the same person in the same wave replaces the one in {0}."}},
      {"wrong-key",
       {"Filen er ikke en pseudonymisert kopi av dette prosjektet (nøkkelen passer ikke), så navnene kan ikke hentes "
        "tilbake.",
        "The file is not a pseudonymised copy of this project (the key does not match), so the names cannot be "
        "restored."}},
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
      {"bad-date", {"Datoen «{0}» er ikke på formen ÅÅÅÅ-MM-DD.", "The date \"{0}\" is not in the form YYYY-MM-DD."}},
      // Importing a network from CSV or GraphML (core/importers). {0} file, {1} line, {2} column (character
      // for XML, field number for CSV), then the reader's own arguments.
      {"import-empty-file", {"{0} er tom.", "{0} is empty."}},
      {"import-too-large",
       {"{0} er for stor ({3} byte; grensen er {4}).", "{0} is too large ({3} bytes; the limit is {4})."}},
      {"import-invalid-utf8",
       {"{0}, linje {1}: teksten er ikke gyldig UTF-8. Lagre filen som «CSV UTF-8» (eller UTF-8) og prøv igjen.",
        "{0}, line {1}: the text is not valid UTF-8. Save the file as \"CSV UTF-8\" (or UTF-8) and try again."}},
      {"import-unclosed-quote",
       {"{0}, linje {1}: et anførselstegn (\") i felt {2} blir aldri lukket.",
        "{0}, line {1}: a quotation mark (\") in field {2} is never closed."}},
      {"import-bad-quote",
       {"{0}, linje {1}: tekst etter avsluttende anførselstegn i felt {2}.",
        "{0}, line {1}: text after a closing quotation mark in field {2}."}},
      {"import-column-count",
       {"{0}, linje {1} har {3} felt, men overskriftslinjen har {4}. Er skilletegnet riktig (fant «{5}»)?",
        "{0}, line {1} has {3} fields, but the header has {4}. Is the delimiter right (found \"{5}\")?"}},
      {"import-duplicate-header",
       {"{0}: kolonnenavnet «{3}» står to ganger i overskriftslinjen.",
        "{0}: the column name \"{3}\" appears twice in the header."}},
      {"import-too-many-rows",
       {"{0}, linje {1}: for mange rader (grensen er {3}).", "{0}, line {1}: too many rows (the limit is {3})."}},
      {"import-too-many-columns",
       {"{0}, linje {1}: for mange kolonner (grensen er {3}).", "{0}, line {1}: too many columns (the limit is {3})."}},
      {"import-field-too-long",
       {"{0}, linje {1}: en verdi er for lang (grensen er {3} byte).",
        "{0}, line {1}: a value is too long (the limit is {3} bytes)."}},
      {"import-too-many-attributes",
       {"{0}, linje {1}: for mange attributter på ett element (grensen er {3}).",
        "{0}, line {1}: too many attributes on one element (the limit is {3})."}},
      {"import-xml-eof",
       {"{0}, linje {1}: filen slutter midt i XML-en (er den avkortet?).",
        "{0}, line {1}: the file ends inside the XML (is it cut off?)."}},
      {"import-xml-syntax",
       {"{0}, linje {1}, kolonne {2}: ugyldig XML ved «{3}».", "{0}, line {1}, column {2}: invalid XML at \"{3}\"."}},
      {"import-xml-mismatch",
       {"{0}, linje {1}: sluttaggen </{4}> passer ikke til <{3}>.",
        "{0}, line {1}: the end tag </{4}> does not match <{3}>."}},
      {"import-xml-entity",
       {"{0}, linje {1}: ukjent eller ugyldig tegnreferanse «{3}».",
        "{0}, line {1}: unknown or invalid reference \"{3}\"."}},
      {"import-xml-dtd",
       {"{0}, linje {1}: filen har en DOCTYPE; den leses ikke, av sikkerhetsgrunner.",
        "{0}, line {1}: the file has a DOCTYPE, which is not read, for safety."}},
      {"import-too-deep",
       {"{0}, linje {1}: XML-en er nøstet for dypt (mer enn {3} nivåer).",
        "{0}, line {1}: the XML is nested too deeply (more than {3} levels)."}},
      {"import-not-graphml",
       {"{0}: dette er ikke GraphML (rotelementet er <{3}>).",
        "{0}: this is not GraphML (the root element is <{3}>)."}},
      {"import-missing-attribute",
       {"{0}, linje {1}: <{3}> mangler attributtet «{4}».", "{0}, line {1}: <{3}> has no \"{4}\" attribute."}},
      {"import-duplicate-attribute",
       {"{0}, linje {1}: «{3}» er oppgitt to ganger.", "{0}, line {1}: \"{3}\" is given twice."}},
      {"import-unknown-key",
       {"{0}, linje {1}: <data> viser til nøkkelen «{3}», som ikke er deklarert med <key>.",
        "{0}, line {1}: <data> refers to the key \"{3}\", which no <key> declares."}},
      {"import-graphml-unsupported",
       {"{0}, linje {1}: <{3}> støttes ikke (bare én enkel graf med noder og kanter).",
        "{0}, line {1}: <{3}> is not supported (only one plain graph of nodes and edges)."}},
      {"import-no-graph", {"{0}: fant ingen <graph>.", "{0}: no <graph> found."}},
      {"import-unknown-column",
       {"{0}: fant ingen kolonne «{1}» (valgt som {2}). Kolonnene er: {3}.",
        "{0}: there is no column \"{1}\" (chosen as {2}). The columns are: {3}."}},
      {"import-missing-mapping", {"Velg kolonnen for «{0}».", "Choose the column for \"{0}\"."}},
      {"import-no-frequency",
       {"Velg en kolonne for hyppighet (eller en vekt-kolonne med verdier 1–4), eller én hyppighet for alle "
        "kontaktene.",
        "Choose a frequency column (or a weight column with values 1-4), or one frequency for all ties."}},
      {"import-empty-cell", {"{0}, linje {1}: kolonnen «{2}» er tom.", "{0}, line {1}: the column \"{2}\" is empty."}},
      {"import-unknown-actor",
       {"{0}, linje {1}, kolonne «{2}»: ingen person i prosjektet har {4} «{3}».",
        "{0}, line {1}, column \"{2}\": no actor in the project has {4} \"{3}\"."}},
      {"import-ambiguous-name",
       {"{0}, linje {1}, kolonne «{2}»: flere personer heter «{3}»; bruk id i stedet.",
        "{0}, line {1}, column \"{2}\": more than one actor is called \"{3}\"; match by id instead."}},
      {"import-bad-frequency",
       {"{0}, linje {1}, kolonne «{2}»: fant «{3}», som ikke er en hyppighet. Skriv daglig, ukentlig, månedlig eller "
        "sjeldnere, eller et tall fra 1 (sjeldnere enn månedlig) til 4 (daglig).",
        "{0}, line {1}, column \"{2}\": found \"{3}\", which is not a frequency. Write daily, weekly, monthly or "
        "rarely, or a number from 1 (less than monthly) to 4 (daily)."}},
      {"import-bad-weight",
       {"{0}, linje {1}, kolonne «{2}»: vekten «{3}» kan bare brukes som hyppighet når den er et helt tall fra 1 til "
        "4. "
        "Regn om vektene til hyppighet 1–4 selv først.",
        "{0}, line {1}, column \"{2}\": the weight \"{3}\" can only be used as a frequency when it is a whole number "
        "from 1 to 4. "
        "Convert the weights to frequencies 1-4 first."}},
      {"import-unknown-type",
       {"{0}, linje {1}, kolonne «{2}»: ukjent kontakttype «{3}»; bruk {4}.",
        "{0}, line {1}, column \"{2}\": unknown tie type \"{3}\"; use {4}."}},
      {"import-duplicate-node",
       {"{0}, linje {1}: node-id «{2}» står allerede på linje {3}.",
        "{0}, line {1}: the node id \"{2}\" is already on line {3}."}},
      {"import-no-unit",
       {"{0}, linje {1}: «{2}» finnes ikke i prosjektet, og ingen kolonne for enhet er valgt. Velg enhetskolonnen, "
        "eller legg personen inn under Organisasjon først.",
        "{0}, line {1}: \"{2}\" is not in the project, and no unit column is chosen. Choose the unit column, or add "
        "the person under Organisation first."}},
      {"import-unknown-unit",
       {"{0}, linje {1}, kolonne «{2}»: den nye personen «{3}» må høre til en enhet i prosjektet, men «{4}» finnes "
        "ikke.",
        "{0}, line {1}, column \"{2}\": the new actor \"{3}\" must belong to a unit of the project, but \"{4}\" is not "
        "one."}},
      {"import-wave-exists",
       {"Runden «{0}» finnes allerede i prosjektet.", "The wave \"{0}\" already exists in the project."}},
      {"import-duplicate-edge",
       {"{0}, linje {1}: samme kontakt står også på linje {2}; høyeste hyppighet og alle typer teller.",
        "{0}, line {1}: the same tie is also on line {2}; the highest frequency and all types count."}},
      {"import-no-ties", {"{0}: fant ingen kontakter å importere.", "{0}: no ties to import were found."}},
      {"import-undirected",
       {"{0}: grafen er urettet; hver kant er importert én gang, fra source til target.",
        "{0}: the graph is undirected; each edge was imported once, from source to target."}},
      {"import-too-many-errors",
       {"Stoppet etter {0} feil; rett disse og prøv igjen.", "Stopped after {0} errors; fix these and try again."}},
      {"internal-error",
       {"Intern feil i Bosam: {0}. Ingenting er endret.", "Internal error in Bosam: {0}. Nothing was changed."}},
      {"bad-options", {"Ugyldige innstillinger: {0}", "Invalid options: {0}"}},
      {"unknown-language",
       {"Ukjent språk «{0}»: bruk nb (bokmål), nn (nynorsk) eller en (English).",
        "Unknown language \"{0}\": use nb (bokmål), nn (nynorsk) or en (English)."}},
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

void add_issue(Issues& out, Lang lang, Severity sev, std::string path, const std::string& code,
               const std::vector<std::string>& args, int line, int column) {
  Issue i;
  i.path = std::move(path);
  i.code = code;
  i.message = message_for(code, lang, args);
  i.line = line;
  i.column = column;
  i.severity = sev;
  out.push_back(std::move(i));
}

}  // namespace bosam
