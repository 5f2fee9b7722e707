#include "importers/people_messages.hpp"

#include <map>

namespace bosam::importers {
namespace {

struct Texts {
  const char* nb;
  const char* en;
};

// {0}, {1} … as each code's caller fills them (people_import.cpp). Rows are numbered as Excel shows them.
const std::map<std::string, Texts>& templates() {
  static const std::map<std::string, Texts> t = {
      {"people-empty-file",
       {"Filen «{0}» er tom. En ansattliste har en overskriftslinje (for eksempel "
        "Navn;Enhet;Stilling;Stillingsprosent) "
        "og én rad per person.",
        "The file \"{0}\" is empty. A staff list has a header row (for example Name;Unit;Title;FTE) and one row per "
        "person."}},
      {"people-no-rows",
       {"Filen «{0}» har bare overskriftslinjen. Legg til én rad per person under den.",
        "The file \"{0}\" has only the header row. Add one row per person below it."}},
      {"people-not-utf8",
       {"Filen «{0}» er ikke lagret som UTF-8, så Bosam kan ikke lese bokstaver som æ, ø og å (første gang på rad "
        "{1}). "
        "Åpne filen i Excel, velg Fil › Lagre som og filtypen «CSV UTF-8 (kommadelt)», og prøv igjen.",
        "The file \"{0}\" is not saved as UTF-8, so Bosam cannot read letters such as æ, ø and å (first in row {1}). "
        "Open it in Excel, choose File › Save As and the file type \"CSV UTF-8 (Comma delimited)\", then try again."}},
      {"people-spreadsheet",
       {"Filen «{0}» er en Excel-arbeidsbok, ikke en CSV-fil. Lagre den som CSV UTF-8 i Excel: Fil › Lagre som › "
        "«CSV UTF-8 (kommadelt)».",
        "The file \"{0}\" is an Excel workbook, not a CSV file. Save it as CSV UTF-8 in Excel: File › Save As › "
        "\"CSV UTF-8 (Comma delimited)\"."}},
      {"people-too-large",
       {"Filen «{0}» er for stor ({1} byte; grensen er {2} byte).",
        "The file \"{0}\" is too large ({1} bytes; the limit is {2} bytes)."}},
      {"people-unclosed-quote",
       {"Rad {0}: et anførselstegn (\") blir aldri lukket.", "Row {0}: a quotation mark (\") is never closed."}},
      {"people-bad-quote",
       {"Rad {0}: det står tekst etter et avsluttende anførselstegn (\").",
        "Row {0}: there is text after a closing quotation mark (\")."}},
      {"people-column-count",
       {"Rad {0} har {1} felt, men overskriftslinjen har {2}. Er skilletegnet riktig? Bosam fant «{3}», og leser "
        "semikolon, komma og tabulator.",
        "Row {0} has {1} fields, but the header row has {2}. Is the delimiter right? Bosam found \"{3}\"; it reads "
        "semicolons, commas and tabs."}},
      {"people-row-too-wide",
       {"Rad {0} har {1} celler, men overskriftsraden har {2}.", "Row {0} has {1} cells, but the header row has {2}."}},
      {"people-duplicate-header",
       {"Kolonnen «{0}» står to ganger i overskriftslinjen. Gi kolonnene ulike navn.",
        "The column \"{0}\" appears twice in the header row. Give the columns different names."}},
      {"people-too-many-rows",
       {"Filen har flere enn {0} rader, som er grensen for én ansattliste.",
        "The file has more than {0} rows, the limit for one staff list."}},
      {"people-too-many-columns", {"Rad {0} har flere enn {1} kolonner.", "Row {0} has more than {1} columns."}},
      {"people-field-too-long",
       {"Rad {0}: en celle er for lang (grensen er {1} byte).",
        "Row {0}: a cell is too long (the limit is {1} bytes)."}},
      {"people-unknown-column",
       {"Filen har ingen kolonne «{0}» (valgt for {1}). Kolonnene er: {2}.",
        "The file has no column \"{0}\" (chosen for {1}). The columns are: {2}."}},
      {"people-no-name-column",
       {"Fant ingen kolonne med navn. Kolonnene er: {0}. Gi navnekolonnen overskriften «Navn», eller velg den.",
        "No column with names was found. The columns are: {0}. Give the name column the header \"Name\", or choose "
        "it."}},
      {"people-no-unit-column",
       {"Fant ingen kolonne for enhet, men disse personene finnes ikke i prosjektet fra før: {0}. En ny person må høre "
        "til en enhet: legg til kolonnen «Enhet», eller velg den.",
        "No unit column was found, but these people are not in the project yet: {0}. A new person must belong to a "
        "unit: add a \"Unit\" column, or choose it."}},
      {"people-no-name",
       {"Rad {0}, kolonnen «{1}»: navnet mangler. Hver rad med innhold må ha et navn.",
        "Row {0}, column \"{1}\": the name is missing. Every row with content needs a name."}},
      {"people-duplicate-name",
       {"Rad {0}, kolonnen «{1}»: «{2}» står også på rad {3}. Hver person kan bare stå én gang i filen.",
        "Row {0}, column \"{1}\": \"{2}\" is also in row {3}. Each person can be listed only once."}},
      {"people-bad-fte",
       {"Rad {0}, kolonnen «{1}»: «{2}» er ikke et tall. Skriv stillingsprosenten som for eksempel 50 %, 50, 0,5 "
        "eller 1, eller la cellen stå tom.",
        "Row {0}, column \"{1}\": \"{2}\" is not a number. Write the share of a full-time position as for example "
        "50 %, 50, 0.5 or 1, or leave the cell empty."}},
      {"people-fte-above-one",
       {"Rad {0}, kolonnen «{1}»: «{2}» er mer enn én hel stilling ({3} årsverk). Sjekk tallet.",
        "Row {0}, column \"{1}\": \"{2}\" is more than one full-time position ({3} FTE). Check the number."}},
      {"people-fte-read-as-percent",
       {"Rad {0}, kolonnen «{1}»: «{2}» er lest som {2} % stilling ({3} årsverk), fordi tall over 1 leses som "
        "prosent. Sjekk tallet.",
        "Row {0}, column \"{1}\": \"{2}\" was read as {2} % of a full-time position ({3} FTE), because numbers above "
        "1 are read as per cent. Check the number."}},
      {"people-no-unit",
       {"Rad {0}, kolonnen «{1}»: enheten mangler for «{2}», som ikke finnes i prosjektet fra før. En ny person må "
        "høre til en enhet.",
        "Row {0}, column \"{1}\": the unit is missing for \"{2}\", who is not in the project yet. A new person must "
        "belong to a unit."}},
      {"people-unknown-unit",
       {"Enheten «{0}» finnes ikke i prosjektet ({1}, kolonnen «{2}»). Rett navnet i filen, legg til enheten under "
        "Organisasjon, eller la importen opprette nye enheter.",
        "The unit \"{0}\" does not exist in the project ({1}, column \"{2}\"). Correct the name in the file, add the "
        "unit under Organisation, or let the import create new units."}},
      {"people-ambiguous-person",
       {"Rad {0}, kolonnen «{1}»: flere personer i prosjektet heter «{2}», så Bosam vet ikke hvem raden gjelder. Gi "
        "dem ulike navn under Organisasjon først.",
        "Row {0}, column \"{1}\": more than one person in the project is called \"{2}\", so Bosam cannot tell whom "
        "the row is about. Give them different names under Organisation first."}},
      {"people-ambiguous-unit",
       {"Rad {0}, kolonnen «{1}»: flere enheter i prosjektet heter «{2}». Gi dem ulike navn under Organisasjon først.",
        "Row {0}, column \"{1}\": more than one unit in the project is called \"{2}\". Give them different names "
        "under Organisation first."}},
      {"people-too-many-people",
       {"Med denne filen ville prosjektet få {0} personer, men grensen er {1}.",
        "With this file the project would have {0} people, but the limit is {1}."}},
      {"people-too-many-errors",
       {"Stoppet etter {0} feil. Rett disse og prøv igjen.", "Stopped after {0} errors. Fix these and try again."}},
  };
  return t;
}

std::string fill(std::string text, const std::vector<std::string>& args) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string key = "{" + std::to_string(i) + "}";
    for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at + args[i].size()))
      text.replace(at, key.size(), args[i]);
  }
  return text;
}

}  // namespace

void add_people_issue(Issues& out, Lang lang, Severity severity, const std::string& path, const std::string& code,
                      const std::vector<std::string>& args, int line, int column) {
  const auto it = templates().find(code);
  Issue i;
  i.path = path;
  i.code = code;
  i.message = it == templates().end() ? code : fill(lang == Lang::en ? it->second.en : it->second.nb, args);
  i.line = line;
  i.column = line > 0 ? column : 0;
  i.severity = severity;
  out.push_back(std::move(i));
}

std::string text_list(const std::vector<std::string>& items, Lang lang, std::size_t shown) {
  const char* const andWord = lang == Lang::en ? " and " : " og ";
  const std::size_t listed = items.size() > shown ? shown : items.size();
  std::string out;
  for (std::size_t i = 0; i < listed; ++i) {
    if (i > 0) out += (i + 1 == listed && listed == items.size()) ? andWord : ", ";
    out += items[i];
  }
  if (listed < items.size())
    out += andWord + std::to_string(items.size() - listed) + (lang == Lang::en ? " more" : " til");
  return out;
}

std::string row_list(const std::vector<int>& rows, Lang lang) {
  std::vector<std::string> numbers;
  for (int r : rows) numbers.push_back(std::to_string(r));
  const bool one = rows.size() == 1;
  return std::string(lang == Lang::en ? (one ? "row " : "rows ") : (one ? "rad " : "radene ")) +
         text_list(numbers, lang);
}

}  // namespace bosam::importers
