// The staff-list import (docs/formats.md; api::import_people, core/importers/people_*.hpp): what a "stillingsprosent"
// cell says, which header means what, and a list read into the project: people added and updated, units matched or
// created, and every refusal naming the row and column while leaving no project. Expected values are worked out by
// hand from the small files written here.
#include <doctest/doctest.h>

#include "api/api.hpp"
#include "check_helpers.hpp"
#include "importers/people_columns.hpp"

using namespace bosam;
using importers::FteCell;

namespace {

json run_people(const json& project, const std::string& text, json options = json::object()) {
  if (!options.contains("name")) options["name"] = "ansatte.csv";
  return json::parse(api::import_people(project.dump(), text, options.dump()));
}

json people_result(const json& project, const std::string& text, json options = json::object()) {
  json env = run_people(project, text, options);
  REQUIRE_MESSAGE(env["ok"] == true, env.dump().substr(0, 600));
  return env;
}

json people_errors(const json& project, const std::string& text, json options = json::object()) {
  json env = run_people(project, text, options);
  REQUIRE_MESSAGE(env["ok"] == false, env.dump().substr(0, 600));
  CHECK_FALSE(env.contains("result"));  // all or nothing
  return env["errors"];
}

const json* actor_named(const json& project, const std::string& name) {
  for (const auto& a : project["actors"])
    if (a["name"] == name) return &a;
  return nullptr;
}

std::string message(const json& issue) { return issue["message"].get<std::string>(); }

}  // namespace

TEST_CASE("people import: FTE cells as Excel users write them") {
  auto value = [](const char* text) {
    const FteCell c = importers::read_fte(text);
    REQUIRE_MESSAGE(c.kind == FteCell::Kind::value, text);
    return c.value;
  };
  CHECK(value("50 %") == 0.5);
  CHECK(value("50%") == 0.5);
  CHECK(value("50\xC2\xA0%") == 0.5);  // Excel's no-break space before %
  CHECK(value("0,5") == 0.5);
  CHECK(value("0.5") == 0.5);
  CHECK(value(",5") == 0.5);
  CHECK(value("1") == 1.0);
  CHECK(value("0") == 0.0);
  CHECK(value("100") == 1.0);
  CHECK(value("33 %") == 0.33);  // one division: the nearest double to 0.33, as a literal 0.33 is
  CHECK(value("150 %") == 1.5);
  CHECK(value("50,5 %") == 0.505);
  // "50" is above 1, so per cent; "1" is not, so one full position; "1,5" is above 1, so 1.5 %.
  CHECK(importers::read_fte("50").percentBy);
  CHECK_FALSE(importers::read_fte("1").percentBy);
  CHECK_FALSE(importers::read_fte("50 %").percentBy);
  CHECK(value("1,5") == 0.015);
  CHECK(value("1,01") == 0.0101);
  CHECK(importers::read_fte("").kind == FteCell::Kind::empty);
  CHECK(importers::read_fte("   ").kind == FteCell::Kind::empty);
  CHECK(value(" 5 0 % ") == 0.5);  // spaces anywhere are ignored
  for (const char* bad : {"halv", "%", "-0,5", "0,5,1", "5O", "1e2", "+1", "50 prosent", "1234567890123456"})
    CHECK_MESSAGE(importers::read_fte(bad).kind == FteCell::Kind::bad, bad);
}

TEST_CASE("people import: headers are matched without case, accents or punctuation") {
  CHECK(importers::header_key("  NAVN ") == "navn");
  CHECK(importers::header_key("Årsverk") == "arsverk");
  CHECK(importers::header_key("Stilling %") == "stilling%");
  CHECK(importers::header_key("Stillingsprosent (%)") == "stillingsprosent%");
  CHECK(importers::header_key("Oppmøtested") == "oppmotested");
  CHECK(importers::header_key("Département") == "departement");

  auto suggest = [](std::vector<std::string> header) {
    importers::RawTable t;
    t.header = std::move(header);
    return importers::suggest_people_mapping(t);
  };
  const json nb = suggest({"Navn", "Enhet", "Stilling", "Stillingsprosent", "E-post"});
  CHECK(nb == json{{"name", "Navn"},
                   {"firstName", nullptr},
                   {"lastName", nullptr},
                   {"unit", "Enhet"},
                   {"role", "Stilling"},
                   {"fte", "Stillingsprosent"},
                   {"location", nullptr}});
  const json parts = suggest({"Fornavn", "ETTERNAVN", "Avdeling", "Tittel", "Årsverk", "Arbeidssted"});
  CHECK(parts["name"].is_null());
  CHECK(parts["firstName"] == "Fornavn");
  CHECK(parts["lastName"] == "ETTERNAVN");
  CHECK(parts["unit"] == "Avdeling");
  CHECK(parts["role"] == "Tittel");
  CHECK(parts["fte"] == "Årsverk");
  CHECK(parts["location"] == "Arbeidssted");
  const json en = suggest({"Name", "Department", "Position", "FTE", "Office"});
  CHECK(en == json{{"name", "Name"},
                   {"firstName", nullptr},
                   {"lastName", nullptr},
                   {"unit", "Department"},
                   {"role", "Position"},
                   {"fte", "FTE"},
                   {"location", "Office"}});
  // Nynorsk headers, as a nynorsk municipality's staff list (and Bosam's own nynorsk template) has them.
  const json nn = suggest({"Namn", "Eining", "Stilling", "Stillingsdel", "Arbeidsstad"});
  CHECK(nn == json{{"name", "Namn"},
                   {"firstName", nullptr},
                   {"lastName", nullptr},
                   {"unit", "Eining"},
                   {"role", "Stilling"},
                   {"fte", "Stillingsdel"},
                   {"location", "Arbeidsstad"}});
  const json nnParts = suggest({"Fornamn", "Etternamn", "Avdeling", "Stillingsstorleik"});
  CHECK(nnParts["firstName"] == "Fornamn");
  CHECK(nnParts["lastName"] == "Etternamn");
  CHECK(nnParts["fte"] == "Stillingsstorleik");
  // "Stilling" is the title and "Stilling %" the share: both found, neither twice.
  const json both = suggest({"Navn", "Seksjon", "Stilling %", "Stilling", "Sted"});
  CHECK(both["role"] == "Stilling");
  CHECK(both["fte"] == "Stilling %");
  CHECK(both["unit"] == "Seksjon");
  CHECK(both["location"] == "Sted");
  // Near misses are not guessed: "Navnet", "Enheter"; a first name alone is not a name.
  const json miss = suggest({"Navnet", "Enheter", "Fornavn"});
  CHECK(miss["name"].is_null());
  CHECK(miss["unit"].is_null());
  CHECK(miss["firstName"].is_null());
}

TEST_CASE("people import: a staff list adds new people and updates the ones already there") {
  const json p = test::base_project();  // Enhet A/B/C, Partner X; "Person a1" … in them
  const std::string csv =
      "\xEF\xBB\xBF"
      "Navn;Enhet;Stilling;Stillingsprosent;E-post\r\n"
      "Kari  Nordmann;Enhet A;Rådgiver;50 %;kari@x.no\r\n"
      "PERSON A1;enhet b;Leder;100;\r\n"
      ";;;;\r\n"
      "Ola;Enhet C;;0,8;\r\n"
      "Person b1;Enhet B;;;\r\n";
  const json env = people_result(p, csv);
  const json& doc = env["result"]["project"];
  const json& report = env["result"]["report"];
  CHECK(doc["actors"].size() == p["actors"].size() + 2);
  const json* kari = actor_named(doc, "Kari Nordmann");  // inner spaces collapsed
  REQUIRE(kari);
  CHECK(*kari ==
        json{{"id", "a-import-1"}, {"name", "Kari Nordmann"}, {"unitId", "u-a"}, {"role", "Rådgiver"}, {"fte", 0.5}});
  const json* ola = actor_named(doc, "Ola");
  REQUIRE(ola);
  CHECK(*ola == json{{"id", "a-import-2"}, {"name", "Ola"}, {"unitId", "u-c"}, {"fte", 0.8}});
  // "PERSON A1" is Person a1 (any case): moved to Enhet B, with a title and a full position; the name stays.
  const json* a1 = actor_named(doc, "Person a1");
  REQUIRE(a1);
  CHECK(*a1 == json{{"id", "a1"}, {"name", "Person a1"}, {"unitId", "u-b"}, {"role", "Leder"}, {"fte", 1}});
  CHECK(report["added"] == 2);
  CHECK(report["updated"] == 1);
  CHECK(report["unchanged"] == 1);  // Person b1 already in Enhet B, empty cells change nothing
  CHECK(report["rows"] == 4);       // the blank row is skipped
  CHECK(report["addedPeople"][1] == json{{"id", "a-import-2"}, {"name", "Ola"}, {"row", 5}});
  CHECK(report["updatedPeople"][0] ==
        json{{"id", "a1"}, {"name", "Person a1"}, {"row", 3}, {"changed", {"unit", "role", "fte"}}});
  CHECK(report["unitsCreated"].empty());
  CHECK(report["columns"] == json{{"name", "Navn"},
                                  {"firstName", nullptr},
                                  {"lastName", nullptr},
                                  {"unit", "Enhet"},
                                  {"role", "Stilling"},
                                  {"fte", "Stillingsprosent"},
                                  {"location", nullptr}});
  CHECK(report["guessed"] == json{"name", "unit", "role", "fte"});
  CHECK(report["unusedColumns"] == json{"E-post"});
  CHECK(env["warnings"].empty());
}

TEST_CASE("people import: a unit that does not exist is an error naming it and its rows, unless units may be created") {
  const json p = test::base_project();
  const std::string csv =
      "Navn,Enhet\nKari,Enhet A\nOla,Boligtjenesten\nPer,Enhet B\nLise,BOLIGTJENESTEN\nAnne,Flyktning\n";
  const json errors = people_errors(p, csv, {{"lang", "nb"}});
  REQUIRE(errors.size() == 2);
  CHECK(errors[0]["code"] == "people-unknown-unit");
  CHECK(errors[0]["path"] == "ansatte.csv");
  CHECK(errors[0]["line"] == 3);
  CHECK(errors[0]["column"] == 2);
  CHECK(message(errors[0]) ==
        "Enheten «Boligtjenesten» finnes ikke i prosjektet (radene 3 og 5, kolonnen «Enhet»). Rett navnet i filen, "
        "legg til enheten under Organisasjon, eller la importen opprette nye enheter.");
  CHECK(message(errors[1]).find("«Flyktning» finnes ikke i prosjektet (rad 6,") != std::string::npos);
  CHECK(message(people_errors(p, csv, {{"lang", "en"}})[0])
            .find("“Boligtjenesten” does not exist in the project (rows 3 and 5,") != std::string::npos);

  const json env = people_result(p, csv, {{"createUnits", true}});
  const json& doc = env["result"]["project"];
  CHECK(env["result"]["report"]["unitsCreated"] ==
        json::array({{{"id", "u-import-1"}, {"name", "Boligtjenesten"}, {"external", false}},
                     {{"id", "u-import-2"}, {"name", "Flyktning"}, {"external", false}}}));
  CHECK(doc["units"][4] == json{{"id", "u-import-1"}, {"name", "Boligtjenesten"}, {"external", false}});
  CHECK((*actor_named(doc, "Ola"))["unitId"] == "u-import-1");
  CHECK((*actor_named(doc, "Lise"))["unitId"] == "u-import-1");  // the same unit, however it is written
  CHECK((*actor_named(doc, "Anne"))["unitId"] == "u-import-2");
  CHECK(doc["units"].size() == 6);
}

TEST_CASE("people import: refusals name the row and the column by the header's own text") {
  const json p = test::base_project();
  SUBCASE("a share that is not a number (row 7)") {
    const std::string csv =
        "Navn;Enhet;Stilling;Stillingsprosent\nA;Enhet A;;50\nB;Enhet A;;50\nC;Enhet A;;50\n"
        "D;Enhet A;;50\nE;Enhet A;;50\nF;Enhet A;;halv\n";
    const json e = people_errors(p, csv)[0];
    CHECK(e["code"] == "people-bad-fte");
    CHECK(e["line"] == 7);
    CHECK(e["column"] == 4);
    CHECK(message(e) ==
          "Rad 7, kolonnen «Stillingsprosent»: «halv» er ikke et tall. Skriv stillingsprosenten som for "
          "eksempel 50 %, 50, 0,5 eller 1, eller la cellen stå tom.");
  }
  SUBCASE("the same name twice with other details names both rows") {
    const json e = people_errors(p, "Navn;Enhet\nKari;Enhet A\nOla;Enhet B\n kari ;Enhet C\n", {{"lang", "en"}})[0];
    CHECK(e["code"] == "people-duplicate-name");
    CHECK(e["line"] == 4);
    CHECK(message(e) ==
          "Row 4, column “Navn”: “kari” is also in row 2, with other details. Each person can be listed only "
          "once: merge the two rows, or delete one of them.");
  }
  SUBCASE("a row with content but no name") {
    const json e = people_errors(p, "Navn;Enhet\nKari;Enhet A\n;Enhet B\n")[0];
    CHECK(e["code"] == "people-no-name");
    CHECK(e["line"] == 3);
    CHECK(e["column"] == 1);
  }
  SUBCASE("no name column") {
    const json e = people_errors(p, "Ansattnr;Enhet\n1;Enhet A\n")[0];
    CHECK(e["code"] == "people-no-name-column");
    CHECK(message(e).find("Kolonnene er: «Ansattnr» og «Enhet».") != std::string::npos);
  }
  SUBCASE("a new person without a unit, and no unit column for new people") {
    const json e = people_errors(p, "Navn;Enhet\nKari;\n")[0];
    CHECK(e["code"] == "people-no-unit");
    CHECK(e["line"] == 2);
    CHECK(e["column"] == 2);
    const json c = people_errors(p, "Navn;Stilling\nKari;Leder\nPerson a1;Leder\n")[0];
    CHECK(c["code"] == "people-no-unit-column");
    CHECK(message(c).find("Kari (rad 2)") != std::string::npos);
    CHECK(message(c).find("Person a1") == std::string::npos);  // already in the project
  }
  SUBCASE("a Windows-1252 file gets the advice to save it as CSV UTF-8") {
    const json e = people_errors(p, "Navn;Enhet\nKari;Enhet A\nBj\xF8rn;Enhet B\n")[0];
    CHECK(e["code"] == "people-not-utf8");
    CHECK(e["line"] == 3);
    CHECK(message(e).find("«CSV UTF-8 (kommadelt)»") != std::string::npos);
  }
  SUBCASE("an empty file, a header alone, a workbook, a wrong field count") {
    CHECK(people_errors(p, "")[0]["code"] == "people-empty-file");
    CHECK(people_errors(p, "\xEF\xBB\xBF\r\n\r\n")[0]["code"] == "people-empty-file");
    CHECK(people_errors(p, "Navn;Enhet\r\n")[0]["code"] == "people-no-rows");
    CHECK(people_errors(p, std::string("PK\x03\x04\x14\x00", 6))[0]["code"] == "people-spreadsheet");
    const json e = people_errors(p, "Navn;Enhet\nKari;Enhet A\nOla;Enhet;B\n")[0];
    CHECK(e["code"] == "people-column-count");
    CHECK(e["line"] == 3);
  }
  SUBCASE("two people in the project with the name of a row") {
    json twice = p;
    twice["actors"][1]["name"] = "person A1";
    CHECK(people_errors(twice, "Navn;Enhet\nPerson a1;Enhet A\n")[0]["code"] == "people-ambiguous-person");
  }
  SUBCASE("a chosen column the file does not have") {
    const json e = people_errors(p, "Navn;Enhet\nKari;Enhet A\n", {{"map", {{"unit", "Avdeling"}}}, {"lang", "en"}})[0];
    CHECK(e["code"] == "people-unknown-column");
    CHECK(message(e) == "The file has no column “Avdeling” (chosen for unit). The columns are: “Navn” and “Enhet”.");
  }
  SUBCASE("bad options are refused before anything is read") {
    CHECK(people_errors(p, "x", {{"createUnits", "yes"}})[0]["path"] == "options.createUnits");
    CHECK(people_errors(p, "x", {{"map", "Navn"}})[0]["path"] == "options.map");
    CHECK(people_errors(p, "", {{"table", {{"header", {"Navn"}}}}})[0]["path"] == "options.table");
  }
}

TEST_CASE("people import: all or nothing, and at most 50 errors") {
  const json p = test::base_project();
  // Nine good rows and one bad one: nothing at all.
  std::string csv = "Navn;Enhet;Stillingsprosent\n";
  for (int i = 0; i < 9; ++i) csv += "Person " + std::to_string(i) + "x;Enhet A;50\n";
  csv += "Siste;Enhet A;mye\n";
  CHECK(people_errors(p, csv).size() == 1);
  std::string many = "Navn;Enhet\n";
  for (int i = 0; i < 80; ++i) many += "P" + std::to_string(i) + ";\n";
  const json errors = people_errors(p, many);
  CHECK(errors.size() == 51);
  CHECK(errors[50]["code"] == "people-too-many-errors");
}

TEST_CASE("people import: delimiters, first and last names, chosen columns, ids that do not collide") {
  json p = test::base_project();
  p["actors"].push_back({{"id", "a-import-1"}, {"name", "Tidligere importert"}, {"unitId", "u-a"}});
  SUBCASE("comma, tab") {
    for (const std::string csv : {"Name,Unit,FTE\nKari,Enhet A,0.5\n", "Name\tUnit\tFTE\nKari\tEnhet A\t0.5\n"}) {
      const json env = people_result(p, csv);
      const json* kari = actor_named(env["result"]["project"], "Kari");
      REQUIRE(kari);
      CHECK((*kari)["id"] == "a-import-2");  // a-import-1 is taken
      CHECK((*kari)["fte"] == 0.5);
    }
  }
  SUBCASE("Fornavn and Etternavn make the name") {
    const json env = people_result(p, "Fornavn;Etternavn;Avdeling\nKari;Nordmann;Enhet A\nOla;;Enhet B\n");
    CHECK(actor_named(env["result"]["project"], "Kari Nordmann"));
    CHECK(actor_named(env["result"]["project"], "Ola"));
    CHECK(env["result"]["report"]["columns"]["firstName"] == "Fornavn");
  }
  SUBCASE("a guessed column left out, another chosen") {
    const std::string csv = "Ansatt nr;Fullt navn;Enhet;Sted\n7;Kari;Enhet A;Rådhuset\n";
    const json env = people_result(p, csv, {{"map", {{"name", "Fullt navn"}, {"location", nullptr}}}});
    CHECK(*actor_named(env["result"]["project"], "Kari") ==
          json{{"id", "a-import-2"}, {"name", "Kari"}, {"unitId", "u-a"}});
    CHECK(env["result"]["report"]["guessed"] == json{"unit"});
  }
  SUBCASE("rows read from a workbook, with their row numbers") {
    json table = {{"header", {"Navn", "Enhet", "Stillingsprosent"}},
                  {"rows", {{"Kari", "Enhet A", 0.5}, {"Ola", "Enhet B", nullptr}, {"Per", "Enhet C", "x"}}},
                  {"lines", {2, 4, 9}}};
    const json e = people_errors(p, "", {{"name", "ansatte.xlsx"}, {"table", table}})[0];
    CHECK(e["code"] == "people-bad-fte");
    CHECK(e["line"] == 9);
    CHECK(e["path"] == "ansatte.xlsx");
    table["rows"][2][2] = "";
    const json env = people_result(p, "", {{"table", table}});
    CHECK((*actor_named(env["result"]["project"], "Kari"))["fte"] == 0.5);
    CHECK(env["result"]["report"]["addedPeople"][1]["row"] == 4);
  }
}

TEST_CASE("people import: warnings for shares that may be typed wrong") {
  const json env =
      people_result(test::base_project(), "Navn;Enhet;Stilling %\nKari;Enhet A;120 %\nOla;Enhet A;5\nPer;Enhet A;50\n");
  const json& w = env["warnings"];
  REQUIRE(w.size() == 2);
  CHECK(w[0]["code"] == "people-fte-above-one");
  CHECK(message(w[0]) ==
        "Rad 2, kolonnen «Stilling %»: «120 %» er mer enn én hel stilling (1,2 årsverk). Sjekk tallet.");
  CHECK(w[1]["code"] == "people-fte-read-as-percent");
  CHECK(w[1]["line"] == 3);
  CHECK((*actor_named(env["result"]["project"], "Ola"))["fte"] == 0.05);
}

TEST_CASE("people import: the preview reads the table and suggests the columns") {
  const json env =
      json::parse(api::people_preview("Navn;Avdeling;Tittel\r\nKari;NAV;Rådgiver\r\n", R"({"name":"a.csv"})"));
  REQUIRE(env["ok"] == true);
  CHECK(env["result"]["delimiter"] == ";");
  CHECK(env["result"]["rowCount"] == 1);
  CHECK(env["result"]["lines"] == json{2});
  CHECK(env["result"]["suggestedMapping"]["unit"] == "Avdeling");
  CHECK(env["result"]["suggestedMapping"]["role"] == "Tittel");
  const json bad = json::parse(api::people_preview("Navn\nBj\xF8rn\n", "{}"));
  CHECK(bad["errors"][0]["code"] == "people-not-utf8");
}

TEST_CASE("people import: nynorsk messages name the row, the column and the field in nynorsk") {
  const json p = test::base_project();
  const std::string csv = "Namn;Eining\nKari;Enhet A\nOla;Bustadtenesta\nPer;Bustadtenesta\n";
  const json errors = people_errors(p, csv, {{"lang", "nn"}});
  REQUIRE(errors.size() == 1);
  CHECK(message(errors[0]) ==
        "Eininga «Bustadtenesta» finst ikkje i prosjektet (radene 3 og 4, kolonnen «Eining»). Rett namnet i fila, "
        "legg til eininga under Organisasjon, eller la importen opprette nye einingar.");
  const json missing = people_errors(p, "Namn;Eining\nKari;Enhet A\n", {{"lang", "nn"}, {"map", {{"unit", "Avd"}}}});
  REQUIRE(missing.size() == 1);
  CHECK(message(missing[0]) == "Fila har ingen kolonne «Avd» (vald for eining). Kolonnane er: «Namn» og «Eining».");
  CHECK(message(people_errors(p, "Namn;Eining\nKari;Enhet A\nKari;Enhet B\n", {{"lang", "nn"}})[0]) ==
        "Rad 3, kolonnen «Namn»: «Kari» står òg på rad 2, men med andre opplysningar. Kvar person kan berre stå éin "
        "gong i fila: slå saman dei to radene, eller slett den eine.");
}

TEST_CASE("people import: headers that name their column in two ways (Avdeling/enhet, Stilling (%))") {
  CHECK(importers::header_parts("Avdeling/enhet") == std::vector<std::string>{"avdeling", "enhet"});
  CHECK(importers::header_parts("Enhet (avdeling)") == std::vector<std::string>{"enhet", "avdeling"});
  CHECK(importers::header_parts("Avdeling - enhet") == std::vector<std::string>{"avdeling", "enhet"});
  CHECK(importers::header_parts("Avdeling \xE2\x80\x93 enhet") == std::vector<std::string>{"avdeling", "enhet"});
  CHECK(importers::header_parts("E-post").empty());  // a dash inside a word does not cut
  CHECK(importers::header_parts("Navn").empty());

  auto suggest = [](std::vector<std::string> header) {
    importers::RawTable t;
    t.header = std::move(header);
    return importers::suggest_people_mapping(t);
  };
  const json walk = suggest({"Navn", "Avdeling/enhet", "Stillingstittel", "Stillingsprosent"});
  CHECK(walk["unit"] == "Avdeling/enhet");
  CHECK(walk["role"] == "Stillingstittel");
  // Whole headers first: "Stilling (%)" is the share ("stilling%"), not the title by its part "Stilling".
  const json share = suggest({"Navn (fullt)", "Enhet / avdeling", "Stilling (%)"});
  CHECK(share["name"] == "Navn (fullt)");
  CHECK(share["unit"] == "Enhet / avdeling");
  CHECK(share["fte"] == "Stilling (%)");
  CHECK(share["role"].is_null());
  // A whole header beats a part: "Enhet" is the unit, "Avdeling/enhet" stays unused.
  CHECK(suggest({"Navn", "Avdeling/enhet", "Enhet"})["unit"] == "Enhet");
}

namespace {

// The walk's workbook: a title in row 1, row 2 blank (the app's reader drops blank rows), the headers in row 3.
json titled_table() {
  return {{"header",
           {"Ansattliste boligsosialt arbeid \xE2\x80\x93 Testvik kommune (uttrekk fra HR 01.10.2025)", "", "", ""}},
          {"rows",
           {{"Navn", "Avdeling/enhet", "Stilling", "Stillingsprosent"},
            {"Kari Nordmann", "Enhet A", "Rådgiver", "100"},
            {"Ola Hansen", "Enhet B", "Konsulent", "80 %"}}},
          {"lines", {3, 4, 5}},
          {"headerLine", 1}};
}

}  // namespace

TEST_CASE("people import: a title above the header row is skipped, and rows keep the file's own numbers") {
  const json p = test::base_project();
  const json preview =
      json::parse(api::people_preview("", json{{"name", "ansatte.xlsx"}, {"table", titled_table()}}.dump()));
  REQUIRE(preview["ok"] == true);
  CHECK(preview["result"]["header"] == json{"Navn", "Avdeling/enhet", "Stilling", "Stillingsprosent"});
  CHECK(preview["result"]["headerLine"] == 3);
  CHECK(preview["result"]["lines"] == json{4, 5});
  CHECK(preview["result"]["rowCount"] == 2);
  CHECK(preview["result"]["suggestedMapping"]["unit"] == "Avdeling/enhet");
  REQUIRE(preview["warnings"].size() == 1);
  CHECK(preview["warnings"][0]["code"] == "people-header-row");
  CHECK(preview["warnings"][0]["line"] == 3);
  CHECK(message(preview["warnings"][0]) == "Overskriftene står på rad 3; radene over er hoppet over.");

  const json env = people_result(p, "", {{"name", "ansatte.xlsx"}, {"table", titled_table()}});
  const json* kari = actor_named(env["result"]["project"], "Kari Nordmann");
  REQUIRE(kari);
  CHECK((*kari)["unitId"] == "u-a");
  CHECK((*kari)["fte"] == 1);
  CHECK(env["result"]["report"]["addedPeople"][1]["row"] == 5);
  CHECK(env["warnings"][0]["code"] == "people-header-row");

  // An error names the row as the file numbers it (row 5), not as counted from the header.
  json bad = titled_table();
  bad["rows"][2][3] = "mye";
  const json e = people_errors(p, "", {{"name", "ansatte.xlsx"}, {"table", bad}, {"lang", "en"}})[0];
  CHECK(e["code"] == "people-bad-fte");
  CHECK(e["line"] == 5);
  CHECK(message(e).rfind("Row 5, column “Stillingsprosent”", 0) == 0);

  // CSV as Excel saves it: the title and a blank line above, the same width; one row above gets "the row above".
  const std::string csv = "Ansattliste 2025;;\r\n;;\r\nNavn;Enhet;Stilling\r\nKari;Enhet A;Leder\r\n";
  const json fromCsv = people_result(p, csv, {{"lang", "en"}});
  CHECK(actor_named(fromCsv["result"]["project"], "Kari"));
  CHECK(message(fromCsv["warnings"][0]) == "The column headings are in row 3; the rows above are skipped.");
  const json one = people_result(p, "Ansatte;\nNavn;Enhet\nKari;Enhet A\n", {{"lang", "nn"}});
  CHECK(message(one["warnings"][0]) == "Overskriftene står på rad 2; rada over er hoppa over.");
}

TEST_CASE("people import near-miss: which row is the header") {
  const json p = test::base_project();
  // The first row names two known columns: it is the header, and nothing is said.
  const json plain = people_result(p, "Navn;Enhet\nKari;Enhet A\n");
  CHECK(plain["warnings"].empty());
  // Headers Bosam knows only one of: the first row with two cells filled, past a one-cell title. (A title line
  // in a CSV file must be as wide as the rest, as Excel saves it: "Liste;".)
  const json one = people_result(p, "Liste;\nNavn;Org.ledd\nKari;Enhet A\n", {{"map", {{"unit", "Org.ledd"}}}});
  CHECK((*actor_named(one["result"]["project"], "Kari"))["unitId"] == "u-a");
  CHECK(one["warnings"][0]["line"] == 2);
  // A data row with one known word ("Kontor") is not taken for the header of unknown headers.
  const json env = json::parse(api::people_preview("Person;Sted;Ansattnr\nKari;Kontor;7\n", "{}"));
  CHECK(env["result"]["header"] == json{"Person", "Sted", "Ansattnr"});
  // A title with column words in it ("navn, enhet") is one cell: not the header.
  const json words = people_result(p, "Oversikt (navn, enhet);\nNavn;Enhet\nKari;Enhet A\n");
  CHECK(actor_named(words["result"]["project"], "Kari"));
  // Only the first 10 rows are searched: a header in row 12 is not found.
  std::string deep;
  for (int i = 0; i < 11; ++i) deep += "Linje " + std::to_string(i + 1) + ";\n";
  deep += "Navn;Enhet\nKari;Enhet A\n";
  CHECK(json::parse(api::people_preview(deep, "{}"))["result"]["headerLine"] == 1);
}

TEST_CASE("people import: the same person twice with the same details is read once, with a warning") {
  const json p = test::base_project();
  // Rows 2 and 4 agree in every mapped column ("50 %" and "0,5" are the same share; "E-post" is not mapped).
  const std::string csv =
      "Navn;Enhet;Stillingsprosent\nKari Nordmann;Enhet A;50 %\nOla;Enhet B;100\nkari nordmann;enhet a;0,5\n";
  const json env = people_result(p, csv);
  CHECK(env["result"]["report"]["added"] == 2);
  // Every row is accounted for (regression, found by fuzzing: added + updated + unchanged fell one short of rows).
  CHECK(env["result"]["report"]["rows"] == 3);
  CHECK(env["result"]["report"]["repeated"] == 1);
  REQUIRE(env["warnings"].size() == 1);
  CHECK(env["warnings"][0]["code"] == "people-duplicate-row");
  CHECK(env["warnings"][0]["line"] == 4);
  CHECK(message(env["warnings"][0]) == "Rad 4 er lik rad 2 («kari nordmann»), så personen er lest inn én gang.");
  int karis = 0;
  for (const auto& a : env["result"]["project"]["actors"]) karis += a["name"] == "Kari Nordmann";
  CHECK(karis == 1);
  // Near miss: another share is another row, an error naming both rows.
  const json e = people_errors(p, "Navn;Enhet;Stillingsprosent\nKari;Enhet A;50\nKari;Enhet A;30\n")[0];
  CHECK(e["code"] == "people-duplicate-name");
  CHECK(message(e).find("«Kari» står også på rad 2, men med andre opplysninger") != std::string::npos);
}

TEST_CASE("people import: new units marked as external partners are created as such") {
  const json p = test::base_project();
  const std::string csv = "Navn;Enhet\nKari;Boligkontoret\nRandi;NAV Testvik\nTove;Testvik boligstiftelse\n";
  const json env = people_result(
      p, csv, {{"createUnits", true}, {"externalUnits", {" nav testvik", "Testvik boligstiftelse", "Enhet A"}}});
  const json& units = env["result"]["project"]["units"];
  CHECK(units[4] == json{{"id", "u-import-1"}, {"name", "Boligkontoret"}, {"external", false}});
  CHECK(units[5] == json{{"id", "u-import-2"}, {"name", "NAV Testvik"}, {"external", true}});
  CHECK(units[6] == json{{"id", "u-import-3"}, {"name", "Testvik boligstiftelse"}, {"external", true}});
  CHECK(units[0].value("external", false) == false);  // "Enhet A" exists: not created, not changed
  CHECK(env["result"]["report"]["unitsCreated"][1] ==
        json{{"id", "u-import-2"}, {"name", "NAV Testvik"}, {"external", true}});
  CHECK(people_errors(p, "x", {{"externalUnits", "NAV"}})[0]["path"] == "options.externalUnits");
  CHECK(people_errors(p, "x", {{"externalUnits", {1}}})[0]["path"] == "options.externalUnits");
}
