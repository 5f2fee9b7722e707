// The example municipality in the language it is loaded in (docs/project-file.md): its functions and target
// groups named from the catalogue, its other texts that are language from data/demo/texts.json, names of people
// and places kept, settings.language the language asked for, and the same analysis in nb, nn and en.
#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <vector>

#include "api/api.hpp"
#include "schema/catalogue.hpp"
#include "schema/demo.hpp"

using namespace bosam;

namespace {

// What kind of text each string field of the demo is, by its shape (array positions as [], phase keys and item
// ids as *). A field the demo gains must be put in one of these, so a new text cannot slip by untranslated.
const std::set<std::string> kLanguage = {"units[].name",
                                         "units[].sector",
                                         "units[].note",
                                         "units[].relation.agreement",
                                         "units[].relation.contact",
                                         "units[].relation.frequency",
                                         "units[].relation.about",
                                         "actors[].role",
                                         "actors[].note",
                                         "assignments[].note",
                                         "waves[].label",
                                         "assessments[].text",
                                         "phases.*.note",
                                         "phases.*.items.*.note"};
const std::set<std::string> kFromCatalogue = {"functions[].name", "targetGroups[].name"};
const std::set<std::string> kNotLanguage = {"format",
                                            "id",
                                            "municipality.name",
                                            "municipality.number",
                                            "units[].id",
                                            "units[].location",
                                            "actors[].id",
                                            "actors[].name",
                                            "actors[].unitId",
                                            "actors[].location",
                                            "targetGroups[].id",
                                            "functions[].id",
                                            "assignments[].unitId",
                                            "assignments[].actorId",
                                            "assignments[].functionId",
                                            "assignments[].targetGroupIds[]",
                                            "assignments[].role",
                                            "waves[].id",
                                            "waves[].date",
                                            "respondents[].actorId",
                                            "respondents[].waveId",
                                            "ties[].from",
                                            "ties[].to",
                                            "ties[].waveId",
                                            "ties[].types[]",
                                            "assessments[].id",
                                            "assessments[].kind",
                                            "assessments[].evidence[]",
                                            "phases.*.items.*.date"};

struct Field {
  std::string shape;
  const json* value;
};

// Every string in `v` with its shape. O(size of the document).
void strings(const json& v, const std::string& shape, std::vector<Field>& out) {
  if (v.is_string()) {
    out.push_back({shape, &v});
  } else if (v.is_array()) {
    for (const auto& e : v) strings(e, shape + "[]", out);
  } else if (v.is_object()) {
    const bool keyed = shape == "phases" || (shape.size() > 6 && shape.compare(shape.size() - 6, 6, ".items") == 0);
    for (const auto& it : v.items()) {
      const std::string key = keyed ? "*" : it.key();
      strings(it.value(), shape.empty() ? key : shape + "." + key, out);
    }
  }
}

json demo_in(const char* lang) {
  const json env = json::parse(api::demo(std::string(R"({"lang":")") + lang + "\"}"));
  REQUIRE(env["ok"] == true);
  CHECK(env["warnings"].empty());
  return env["result"];
}

// The catalogue entry with this id in functions or targetGroups.
const json& catalogue_entry(const char* list, const json& id) {
  for (const auto& e : catalogue().at(list))
    if (e.at("id") == id) return e;
  FAIL("not in the catalogue: " << id.dump());
  return catalogue();
}

// `doc` with every text that is language blanked and settings dropped: what must not change with the language.
json without_language(json doc) {
  for (const auto& entry : demo_texts().items())
    if (json* text = demo_text_at(doc, entry.key())) *text = "";
  for (const char* list : {"functions", "targetGroups"})
    for (auto& item : doc[list]) item["name"] = "";
  doc.erase("settings");
  return doc;
}

// Numbers, booleans, ids and codes of an analysis ("bottleneck:a-08", "critical"); texts (anything with a capital,
// a space or a letter outside a-z) blanked, since they are in the language of the call.
json numbers_and_ids(const json& v) {
  static const std::regex code("[a-z0-9][a-z0-9:+_.-]*");
  if (v.is_string()) return std::regex_match(v.get<std::string>(), code) ? v : json();
  json out = v;
  if (v.is_array() || v.is_object())
    for (auto it = out.begin(); it != out.end(); ++it) *it = numbers_and_ids(*it);
  return out;
}

}  // namespace

TEST_CASE("demo texts: the pointer reader, on hand-picked pointers") {
  json doc = demo_project();
  json* t = demo_text_at(doc, "units[u-bolig].name");
  REQUIRE(t);
  CHECK(*t == "Boligkontoret");
  t = demo_text_at(doc, "units[u-husbanken].relation.frequency");
  REQUIRE(t);
  CHECK(*t == "Omtrent månedlig");
  t = demo_text_at(doc, "assignments[actorId=a-25,functionId=f-anskaffelse].note");
  REQUIRE(t);
  CHECK(*t == "Kjøper og leier boliger til rusfeltet over eget budsjett.");
  t = demo_text_at(doc, "phases.1.items.mandate.note");
  REQUIRE(t);
  CHECK(*t == "Mandatet ble vedtatt av kommunedirektøren etter drøfting i ledermøtet.");
  // A pointer names one text or none.
  for (const char* none : {"units[u-nowhere].name",                                 // no such id
                           "assignments[actorId=a-39,functionId=f-startlan].note",  // two assignments match
                           "units[u-bolig].colour",                                 // no such member
                           "units[u-bolig]",                                        // an object, not a text
                           "actors[a-01].fte",                                      // a number
                           "units[u-bolig", "units[u-bolig]name", "units..name", "units[].name", "units[=u-bolig].name",
                           "", "units[u-bolig].name."})
    CHECK_MESSAGE(demo_text_at(doc, none) == nullptr, none);
}

TEST_CASE("demo texts: every pointer names a text of the demo that is still the bokmål it translates") {
  json doc = demo_project();
  CHECK(demo_texts().size() > 100);
  for (const auto& entry : demo_texts().items()) {
    const json& texts = entry.value();
    for (const char* lang : {"nb", "nn", "en"})
      CHECK_MESSAGE((texts.contains(lang) && texts[lang].is_string() && !texts[lang].get<std::string>().empty()),
                    entry.key() << " has no " << lang);
    const json* text = demo_text_at(doc, entry.key());
    CHECK_MESSAGE(text != nullptr, entry.key() << " names no text of the demo");
    if (text) CHECK_MESSAGE(*text == texts.value("nb", json()), entry.key() << ": the demo now says " << *text);
  }
}

TEST_CASE("demo texts: every text of the demo that is language has a translation, and nothing else has one") {
  json doc = demo_project();
  std::set<const json*> translated;
  for (const auto& entry : demo_texts().items())
    if (const json* text = demo_text_at(doc, entry.key())) translated.insert(text);
  std::vector<Field> fields;
  strings(doc, "", fields);
  std::set<std::string> seen;
  size_t language = 0;
  for (const auto& f : fields) {
    seen.insert(f.shape);
    const bool isLanguage = kLanguage.count(f.shape) > 0;
    language += isLanguage;
    CHECK_MESSAGE((isLanguage || kFromCatalogue.count(f.shape) || kNotLanguage.count(f.shape)),
                  f.shape << " is a new kind of text: is it language?");
    if (isLanguage) CHECK_MESSAGE(translated.count(f.value), f.shape << " " << *f.value << " has no translation");
    if (!isLanguage) CHECK_MESSAGE(!translated.count(f.value), f.shape << " " << *f.value << " is not language");
  }
  CHECK(language == translated.size());
  // The walk saw the fields it classifies (a typo in the shapes above would otherwise pass unnoticed).
  for (const char* shape : {"units[].relation.about", "actors[].role", "assignments[].note", "phases.*.items.*.note",
                            "actors[].name", "functions[].name"})
    CHECK_MESSAGE(seen.count(shape), shape);
  // Every function and target group of the demo is in the catalogue, named there in all three languages, and the
  // file's bokmål name is the catalogue's (so the file is a valid bokmål project as it stands).
  for (const char* list : {"functions", "targetGroups"})
    for (const auto& item : doc[list]) {
      const json& names = catalogue_entry(list, item["id"]).at("name");
      CHECK(names.contains("nn"));
      CHECK(names.contains("en"));
      CHECK(names.value("nb", "") == item["name"]);
    }
}

TEST_CASE("demo in nynorsk and English: every text that is language in that language; it validates") {
  for (const char* lang : {"nb", "nn", "en"}) {
    CAPTURE(lang);
    json doc = demo_in(lang);
    CHECK(doc["settings"]["language"] == lang);
    for (const auto& entry : demo_texts().items()) {
      const json* text = demo_text_at(doc, entry.key());
      REQUIRE_MESSAGE(text, entry.key());
      CHECK_MESSAGE(*text == entry.value()[lang], entry.key());
    }
    for (const char* list : {"functions", "targetGroups"})
      for (const auto& item : doc[list]) CHECK(item["name"] == catalogue_entry(list, item["id"])["name"][lang]);
    // What the demo as loaded says is a valid project in its own right (no warnings either).
    const json env = json::parse(api::validate(doc.dump(), "{}"));
    CHECK(env["ok"] == true);
    CHECK(env["warnings"].empty());
  }
}

TEST_CASE("demo in nynorsk and English: hand-picked texts") {
  const json nn = demo_in("nn"), en = demo_in("en"), nb = demo_in("nb");
  auto unit = [](const json& d, const char* id) {
    for (const auto& u : d["units"])
      if (u["id"] == id) return u;
    return json();
  };
  auto actor = [](const json& d, const char* id) {
    for (const auto& a : d["actors"])
      if (a["id"] == id) return a;
    return json();
  };
  CHECK(unit(nb, "u-bolig")["name"] == "Boligkontoret");
  CHECK(unit(nn, "u-bolig")["name"] == "Bustadkontoret");
  CHECK(unit(en, "u-bolig")["name"] == "Housing office");
  CHECK(unit(nn, "u-nav")["name"] == "NAV-kontoret (kommunal del)");
  CHECK(unit(nn, "u-hjemme")["name"] == "Heimetenesta");
  CHECK(unit(en, "u-husbanken")["name"] == "Husbanken");
  CHECK(unit(nn, "u-husbanken")["relation"]["frequency"] == "Om lag månadleg");
  CHECK(unit(en, "u-kriminalomsorgen")["relation"]["frequency"] == "Rarely, only in individual cases");
  CHECK(unit(en, "u-bolig")["sector"] == "housing");
  CHECK(actor(nn, "a-08")["role"] == "Bustadkoordinator");
  CHECK(actor(en, "a-08")["role"] == "Housing coordinator");
  CHECK(actor(nn, "a-18")["role"] == "Sakshandsamar");
  CHECK(actor(nn, "a-39")["note"] == "Har ingen fast stadfortredar under ferie og sjukdom.");
  CHECK(nn["waves"][0]["label"] == "Kartlegging hausten 2025");
  CHECK(en["waves"][1]["label"] == "New survey, spring 2026");
  CHECK(nn["functions"][0]["name"] == "Kartlegging av bustadbehov");
  CHECK(en["functions"][0]["name"] == "Mapping of housing needs");
  CHECK(nn["targetGroups"][1]["name"] == "Bustadlause");
  CHECK(nn["phases"]["1"]["items"]["mandate"]["note"] ==
        "Mandatet vart vedteke av kommunedirektøren etter drøfting i leiarmøtet.");
  CHECK(nb["settings"]["language"] == "nb");
  // Without a language the demo is bokmål, its målform nb.
  CHECK(json::parse(api::demo("{}"))["result"] == nb);
}

TEST_CASE("demo in English: only the bodies' own names read as in bokmål") {
  const json nb = demo_in("nb"), en = demo_in("en");
  const std::set<std::string> ownNames = {"Husbanken", "Statsforvalteren", "Kriminalomsorgen", "Kirkens Bymisjon"};
  json a = nb, b = en;
  for (const auto& entry : demo_texts().items()) {
    const json* bokmal = demo_text_at(a, entry.key());
    const json* english = demo_text_at(b, entry.key());
    REQUIRE_MESSAGE((bokmal && english), entry.key());
    if (!ownNames.count(bokmal->get<std::string>()))
      CHECK_MESSAGE(*english != *bokmal, entry.key() << ": " << *english);
  }
}

TEST_CASE("demo in every language: names of people and places, ids, numbers and ties unchanged") {
  const json nb = demo_in("nb");
  for (const char* lang : {"nn", "en"}) {
    CAPTURE(lang);
    const json other = demo_in(lang);
    CHECK(without_language(other) == without_language(nb));
    CHECK(other["municipality"]["name"] == "Eksempel kommune");
    CHECK(other["actors"][0]["name"] == "Kari Nilsen");
    CHECK(other["actors"][7]["name"] == "Hilde Johansen");
    CHECK(other["units"][1]["location"] == "Rådhuset");
    CHECK(other["units"][12]["location"] == "Trondheim");
  }
  // The comparison above sees a change outside the texts (it can fail).
  json changed = nb;
  changed["actors"][0]["name"] = "Kari Nilsen-Berg";
  CHECK(without_language(changed) != without_language(nb));
}

TEST_CASE("demo in every language: the same analysis numbers; the core's texts name the units in that language") {
  json numbers;
  for (const char* lang : {"nb", "nn", "en"}) {
    CAPTURE(lang);
    // No language in the options: the analysis speaks the demo's målform, the language it was loaded in.
    const json env = json::parse(api::analyze(demo_in(lang).dump(), "{}"));
    REQUIRE(env["ok"] == true);
    const json& result = env["result"];
    const json n = numbers_and_ids(result);
    if (numbers.is_null())
      numbers = n;
    else
      CHECK(n == numbers);
    // Hilde Johansen (a-08, Boligkontoret) is the bottleneck of 17 people (test_demo's data; docs/findings.md).
    std::string explanation;
    for (const auto& f : result["findings"])
      if (f["id"] == "bottleneck:a-08") explanation = f["explanation"].get<std::string>();
    const std::string unit = std::string(lang) == "nb"   ? "(Boligkontoret)"
                             : std::string(lang) == "nn" ? "(Bustadkontoret)"
                                                         : "(Housing office)";
    CHECK_MESSAGE(explanation.find("Hilde Johansen " + unit) != std::string::npos, explanation);
  }
  CHECK(numbers["network"]["nodes"] == 52);
}
