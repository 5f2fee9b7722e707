// The newer survey answer wins, in a batch and against the answer already stored (respondents[].submittedAt), and
// answer refusals speak of people and files in words. Times are hand-worked: Norway is UTC+1 in winter and UTC+2
// from the last Sunday of March (29 March in 2026) to the last Sunday of October (25 October in 2026).
#include <doctest/doctest.h>

#include "check_helpers.hpp"
#include "text/times.hpp"

using namespace bosam;

namespace {
json saved_answer(const std::string& respondent, std::vector<std::string> to, const std::string& at) {
  json a = {{"format", "bosam-answer"}, {"schemaVersion", 1},   {"projectId", "p-test"}, {"waveId", "w"},
            {"respondent", respondent}, {"ties", json::array()}};
  if (!at.empty()) a["submittedAt"] = at;
  for (const auto& t : to) a["ties"].push_back({{"to", t}, {"frequency", 3}});
  return a;
}
json merge_in(const json& project, const std::vector<std::pair<std::string, json>>& answers,
              const char* options = R"({"lang":"en"})") {
  json list = json::array();
  for (const auto& [name, a] : answers)
    list.push_back({{"name", name}, {"text", a.is_string() ? a.get<std::string>() : a.dump()}});
  return json::parse(api::merge(project.dump(), list.dump(), options));
}
std::size_t ties_of(const json& p, const std::string& who) {
  std::size_t n = 0;
  for (const auto& t : p["ties"]) n += t["from"] == who;
  return n;
}
const json& respondent(const json& p, const std::string& who) {
  for (const auto& r : p["respondents"])
    if (r["actorId"] == who) return r;
  throw std::runtime_error("no respondent " + who);
}
// Person a1 asked and not answered yet: the walk's Gøril before her first answer.
json asked_project() {
  json p = test::base_project();
  for (auto& r : p["respondents"])
    if (r["actorId"] == "a1") r["responded"] = false;
  return p;
}
}  // namespace

TEST_CASE("answer times: UTC read to the millisecond, shown in Norwegian time across summer time and new year") {
  CHECK(text::utc_millis("1970-01-01T00:00:01Z") == 1000);
  CHECK(text::utc_millis("1970-01-01T00:00:01.25Z") == 1250);
  CHECK(*text::utc_millis("2026-04-21T08:30:00.5Z") > *text::utc_millis("2026-04-21T08:30:00Z"));
  CHECK_FALSE(text::utc_millis("2026-04-21T10:30:00+02:00"));
  CHECK_FALSE(text::utc_millis("2026-04-21"));
  CHECK_FALSE(text::utc_millis("i går"));
  auto nb = [](const char* iso) { return text::norwegian_time(Lang::nb, *text::utc_millis(iso)); };
  CHECK(nb("2026-01-02T10:00:00Z") == "02.01.2026 kl. 11.00");
  CHECK(nb("2026-04-21T08:30:00Z") == "21.04.2026 kl. 10.30");
  CHECK(nb("2026-03-29T00:59:00Z") == "29.03.2026 kl. 01.59");  // the last minute of winter time
  CHECK(nb("2026-03-29T01:00:00Z") == "29.03.2026 kl. 03.00");  // clocks go forward
  CHECK(nb("2026-10-25T00:59:00Z") == "25.10.2026 kl. 02.59");
  CHECK(nb("2026-10-25T01:00:00Z") == "25.10.2026 kl. 02.00");  // clocks go back
  CHECK(nb("2026-12-31T23:30:00Z") == "01.01.2027 kl. 00.30");
  CHECK(text::norwegian_time(Lang::en, *text::utc_millis("2026-04-21T08:30:00Z")) ==
        "2026-04-21 at 10:30 (Norwegian time)");
}

TEST_CASE(
    "merge: an older answer read in after a newer one is not merged, with a warning naming the person and both "
    "times (regression: it silently replaced the newer answer, 3 contacts became 2)") {
  const json first =
      merge_in(asked_project(), {{"goril-andre.json", saved_answer("a1", {"a2", "a3", "b1"}, "2026-04-22T08:00:00Z")}});
  REQUIRE(first["ok"] == true);
  CHECK(first["warnings"].empty());  // asked and not answered before: nothing is replaced
  const json& stored = first["result"]["project"];
  CHECK(respondent(stored, "a1")["responded"] == true);
  CHECK(respondent(stored, "a1")["submittedAt"] == "2026-04-22T08:00:00Z");
  CHECK(ties_of(stored, "a1") == 3);

  const json older =
      merge_in(stored, {{"goril-forste.json", saved_answer("a1", {"a2", "a3"}, "2026-04-21T08:00:00Z")}});
  REQUIRE(older["ok"] == true);
  CHECK(older["result"]["project"] == stored);
  CHECK(older["result"]["report"].empty());
  REQUIRE(older["warnings"].size() == 1);
  CHECK(older["warnings"][0]["code"] == "older-answer");
  CHECK(older["warnings"][0]["path"] == "goril-forste.json: $");
  CHECK(older["warnings"][0]["message"] ==
        "This answer from Person a1 was saved on 2026-04-21 at 10:00 (Norwegian time), but the answer already read "
        "in is newer (saved on 2026-04-22 at 10:00 (Norwegian time)). The older answer was not read in, and nothing "
        "changed for Person a1.");

  // Two saves in the same minute (regression: "kl. 12.42 … nyere (lagret … kl. 12.42)"): both to the second.
  const json sameMinute =
      merge_in(stored, {{"goril-tidlig.json", saved_answer("a1", {"a2"}, "2026-04-22T07:59:59Z")}}, R"({"lang":"nb"})");
  const json sameMinuteLater = merge_in(
      stored, {{"goril-tidlig.json", saved_answer("a1", {"a2"}, "2026-04-22T08:00:00.500Z")}}, R"({"lang":"nb"})");
  REQUIRE(sameMinute["warnings"].size() == 1);
  CHECK(sameMinute["warnings"][0]["message"].get<std::string>().find("lagret 22.04.2026 kl. 09.59, men") !=
        std::string::npos);  // different minutes: to the minute
  REQUIRE(sameMinuteLater["warnings"].size() == 1);
  CHECK(sameMinuteLater["warnings"][0]["code"] == "replaces-answer");
  {
    json earlier = stored;
    for (auto& r : earlier["respondents"])
      if (r["actorId"] == "a1") r["submittedAt"] = "2026-04-22T08:00:40Z";
    const json close = merge_in(earlier, {{"goril-forste.json", saved_answer("a1", {"a2"}, "2026-04-22T08:00:05Z")}},
                                R"({"lang":"nb"})");
    REQUIRE(close["warnings"].size() == 1);
    CHECK(close["warnings"][0]["code"] == "older-answer");
    const std::string m = close["warnings"][0]["message"].get<std::string>();
    CHECK(m.find("lagret 22.04.2026 kl. 10.00.05") != std::string::npos);
    CHECK(m.find("(lagret 22.04.2026 kl. 10.00.40)") != std::string::npos);
  }

  // The same file again: already read in, nothing changed (regression: "1 svar er lest inn" and nothing more).
  const json again =
      merge_in(stored, {{"goril-andre.json", saved_answer("a1", {"a2", "a3", "b1"}, "2026-04-22T08:00:00Z")}},
               R"({"lang":"nb"})");
  REQUIRE(again["ok"] == true);
  CHECK(again["result"]["project"] == stored);
  REQUIRE(again["warnings"].size() == 1);
  CHECK(again["warnings"][0]["code"] == "same-answer");
  CHECK(again["warnings"][0]["message"] ==
        "Dette svaret fra Person a1 (lagret 22.04.2026 kl. 10.00) er alt lest inn. Ingenting er endret.");

  // A newer one replaces it and says so, with both times.
  const json newer =
      merge_in(stored, {{"goril-tredje.json", saved_answer("a1", {"c1"}, "2026-04-23T07:15:00Z")}}, R"({"lang":"nn"})");
  REQUIRE(newer["ok"] == true);
  CHECK(ties_of(newer["result"]["project"], "a1") == 1);
  CHECK(respondent(newer["result"]["project"], "a1")["submittedAt"] == "2026-04-23T07:15:00Z");
  REQUIRE(newer["warnings"].size() == 1);
  CHECK(newer["warnings"][0]["code"] == "replaces-answer");
  CHECK(newer["warnings"][0]["message"] ==
        "Svaret frå Person a1 (lagra 23.04.2026 kl. 09.15) erstattar det førre svaret, som vart lagra 22.04.2026 kl. "
        "10.00.");
}

TEST_CASE("merge: an answer without a time, or over one without a time, replaces what is stored and says so") {
  // base_project: everyone answered already, with no time kept (entered by hand, or read in before times were kept).
  const json env = merge_in(test::base_project(), {{"b2.json", saved_answer("b2", {"b1"}, "2026-04-22T08:00:00Z")}});
  REQUIRE(env["ok"] == true);
  CHECK(ties_of(env["result"]["project"], "b2") == 1);
  REQUIRE(env["warnings"].size() == 1);
  CHECK(env["warnings"][0]["code"] == "replaces-answer/untimed");
  CHECK(env["warnings"][0]["message"] == "The answer from Person b2 replaces the answer the person already had.");
  // An answer that does not say when it was saved replaces a timed one, and the stored time goes with it.
  const json untimed = merge_in(env["result"]["project"], {{"b2-old.json", saved_answer("b2", {"b3", "c1"}, "")}});
  REQUIRE(untimed["ok"] == true);
  CHECK(ties_of(untimed["result"]["project"], "b2") == 2);
  CHECK_FALSE(respondent(untimed["result"]["project"], "b2").contains("submittedAt"));
}

TEST_CASE("merge: in one batch the newer answer wins whatever the order of the files") {
  const json env =
      merge_in(asked_project(), {{"ny.json", saved_answer("a1", {"a2", "a3", "b1"}, "2026-04-22T08:00:00Z")},
                                 {"gammel.json", saved_answer("a1", {"a2"}, "2026-04-21T08:00:00Z")}});
  REQUIRE(env["ok"] == true);
  CHECK(ties_of(env["result"]["project"], "a1") == 3);
  REQUIRE(env["result"]["report"].size() == 1);
  CHECK(env["result"]["report"][0]["file"] == "ny.json");
  REQUIRE(env["warnings"].size() == 1);
  CHECK(env["warnings"][0]["code"] == "duplicate-answer/older");
  CHECK(env["warnings"][0]["path"] == "gammel.json: $");
  CHECK(env["warnings"][0]["message"] ==
        "The answer in ny.json from the same person in the same round is newer, so this answer was not read in.");
}

TEST_CASE("merge: all or nothing still holds when an older answer sits in a batch with a refused one") {
  const json stored = merge_in(asked_project(), {{"ny.json", saved_answer("a1", {"a2"}, "2026-04-22T08:00:00Z")}});
  REQUIRE(stored["ok"] == true);
  const json env =
      merge_in(stored["result"]["project"], {{"gammel.json", saved_answer("a1", {"a3"}, "2026-04-21T08:00:00Z")},
                                             {"feil.json", saved_answer("b1", {"zz"}, "2026-04-22T09:00:00Z")}});
  CHECK(env["ok"] == false);
  CHECK_FALSE(env.contains("result"));
  REQUIRE(env["errors"].size() == 1);
  CHECK(env["errors"][0]["path"] == "feil.json: $.ties[0].to");
}

TEST_CASE(
    "merge: an answer from someone not in the project names them as the form did and says what to do "
    "(regression: 'Ukjent person «a-import-99»')") {
  json a = saved_answer("a-import-99", {"a1"}, "2026-04-22T08:00:00Z");
  a["respondentName"] = "Tove Tangen";
  const json env = merge_in(test::base_project(), {{"svar-tove-tangen.json", a}}, R"({"lang":"nb"})");
  REQUIRE(env["ok"] == false);
  CHECK(env["errors"][0]["code"] == "unknown-actor");
  CHECK(env["errors"][0]["path"] == "svar-tove-tangen.json: $.respondent");
  CHECK(env["errors"][0]["message"] ==
        "Svaret er fra Tove Tangen, som ikke finnes i prosjektet (kanskje er personen slettet). Svaret kan ikke leses "
        "inn. Ble personen slettet ved en feil, kan du angre slettingen. Ellers legger du personen til under "
        "Organisasjon og sender et nytt skjema.");
  a.erase("respondentName");  // a form from before names were written: the id, said as an id
  const json en = merge_in(test::base_project(), {{"svar.json", a}});
  CHECK(en["errors"][0]["message"].get<std::string>().find("The answer is from the person with id a-import-99, who "
                                                           "is not in the project") == 0);
}

TEST_CASE(
    "a cut-off answer file says in words what to do, the place kept for the technical details (regression: "
    "'Filen er ikke gyldig JSON (linje 12, kolonne 8): uventet innhold')") {
  const std::string cut = "{\n  \"format\": \"bosam-answer\",\n  \"x\": }";  // the } is line 3, column 8
  const json env = merge_in(test::base_project(), {{"svar-odelagt.json", json(cut)}}, R"({"lang":"nb"})");
  REQUIRE(env["ok"] == false);
  const json& e = env["errors"][0];
  CHECK(e["code"] == "not-json");
  CHECK(e["path"] == "svar-odelagt.json: $");
  CHECK(e["message"] ==
        "Filen ser ut til å være skadet eller ufullstendig, så den kan ikke leses. Be personen sende den på nytt.");
  CHECK(e["line"] == 3);
  CHECK(e["column"] == 8);
}

TEST_CASE(
    "a project file that is broken or another kind of JSON is refused in words, not in JSON terms (regression: "
    "'feltet «format» mangler')") {
  auto refused = [](const std::string& text, const char* lang) {
    const json env = json::parse(api::validate(text, std::string(R"({"lang":")") + lang + "\"}"));
    REQUIRE(env["ok"] == false);
    return env["errors"][0];
  };
  const json geo = refused(R"({"type": "FeatureCollection", "features": []})", "nb");
  CHECK(geo["code"] == "wrong-format");
  CHECK(geo["path"] == "$.format");
  CHECK(geo["message"] ==
        "Dette er ikke en prosjektfil fra Bosam, men en annen slags fil. En prosjektfil er lagret eller eksportert fra "
        "Bosam, og navnet slutter vanligvis på «.bosam.json».");
  const json cut = refused("{\n  \"format\": \"bosam-project\",\n  \"x\": }", "nn");
  CHECK(cut["code"] == "not-json");
  CHECK(cut["message"] ==
        "Fila ser ut til å vere skadd eller ufullstendig, eller så er ho ikkje ei fil frå Bosam. Ho kan ikkje lesast.");
  CHECK(cut["line"] == 3);
  CHECK(cut["column"] == 8);
}

TEST_CASE("a project keeps when each answer read in was saved, and refuses a time that is not text") {
  json p = test::base_project();
  p["respondents"][0]["submittedAt"] = "2026-04-22T08:00:00Z";
  CHECK(json::parse(api::validate(p.dump(), "{}"))["ok"] == true);
  p["respondents"][0]["submittedAt"] = 5;
  const json env = json::parse(api::validate(p.dump(), "{}"));
  REQUIRE(env["ok"] == false);
  CHECK(env["errors"][0]["path"] == "$.respondents[0].submittedAt");
  CHECK(env["errors"][0]["code"] == "wrong-type");
}
