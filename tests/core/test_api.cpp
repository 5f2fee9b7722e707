// The envelope every caller sees (WASM, CLI): errors travel as data, exceptions never escape.
#include <doctest/doctest.h>

#include "api/api.hpp"
#include "api/envelope.hpp"
#include "fixtures.hpp"
#include "schema/messages.hpp"

using namespace bosam;

TEST_CASE("truncated JSON gives an error envelope, not an exception") {
  const std::string text = test::read_fixture("valid/minimal.json");
  for (std::size_t cut : {std::size_t(1), text.size() / 3, text.size() - 2}) {
    const json env = json::parse(api::validate(text.substr(0, cut), R"({"lang":"en"})"));
    CHECK(env["ok"] == false);
    CHECK(env["errors"][0]["code"] == "not-json");
    CHECK_FALSE(env.contains("result"));
  }
}

TEST_CASE("a valid file returns the document as the result") {
  const json env = json::parse(api::validate(test::read_fixture("valid/minimal.json"), "{}"));
  REQUIRE(env["ok"] == true);
  CHECK(env["result"]["id"] == "p-minimal");
  CHECK(env["warnings"].empty());
}

TEST_CASE("options that are not a JSON object are refused") {
  const json env = json::parse(api::validate("{}", "[1]"));
  CHECK(env["ok"] == false);
  CHECK(env["errors"][0]["code"] == "bad-options");
}

TEST_CASE("an exception inside a call becomes an internal-error envelope") {
  const json env = json::parse(api::guarded(Lang::en, []() -> std::string { throw std::runtime_error("boom"); }));
  CHECK(env["ok"] == false);
  CHECK(env["errors"][0]["code"] == "internal-error");
  CHECK(env["errors"][0]["message"].get<std::string>().find("boom") != std::string::npos);
}

TEST_CASE("error messages that quote invalid bytes still make a valid envelope") {
  Issues issues;
  add_issue(issues, Lang::en, Severity::error, "$", "unknown-actor", {"\xFF\xFE"});
  CHECK(json::accept(api::envelope(issues, nullptr)));
}

TEST_CASE("version reports the product and schema versions") {
  const json env = json::parse(api::version());
  CHECK(env["result"]["version"] == api::kVersion);
  CHECK(env["result"]["schemaVersion"] == 1);
}

TEST_CASE("a new project is valid and starts from the catalogue in the chosen language") {
  const json nb = json::parse(api::new_project(R"({"id":"p-1","name":"Ny kommune","lang":"nb"})"));
  const json en = json::parse(api::new_project(R"({"id":"p-1","name":"New","lang":"en"})"));
  REQUIRE(nb["ok"] == true);
  REQUIRE(en["ok"] == true);
  CHECK(nb["result"]["id"] == "p-1");
  CHECK(nb["result"]["municipality"]["name"] == "Ny kommune");
  CHECK(nb["result"]["functions"].size() >= 15);  // data/catalogue.json has about 20 functions
  CHECK(nb["result"]["targetGroups"].size() >= 8);
  CHECK(nb["result"]["units"].empty());
  CHECK(nb["result"]["functions"][0]["name"] != en["result"]["functions"][0]["name"]);
  CHECK(json::parse(api::new_project(R"({"name":"no id"})"))["ok"] == false);
}

TEST_CASE("analysis of a project with no survey wave yet: findings and phases, an empty network") {
  const json fresh = json::parse(api::new_project(R"({"id":"p-new","name":"Ny"})"))["result"];
  for (const char* options : {"{}", R"({"waveId":null})"}) {
    INFO(options);
    const json env = json::parse(api::analyze(fresh.dump(), options));
    REQUIRE(env["ok"] == true);
    CHECK(env["result"]["waveId"].is_null());
    CHECK(env["result"]["network"]["ties"] == 0);
    CHECK(env["result"]["phases"].size() == 5);
    // Regression: an empty new project showed 13 red "Kritisk" findings. A map not drawn yet is one calm
    // piece of guidance, not a critical finding per catalogue function.
    const json& findings = env["result"]["findings"];
    REQUIRE(findings.size() == 1);
    CHECK(findings[0]["rule"] == "not-mapped");
    CHECK(findings[0]["severity"] == "info");
    CHECK(findings[0]["numbers"]["essential"] ==
          13);  // the catalogue's essential functions, counted in data/catalogue.json
  }
}

TEST_CASE(
    "compare without from/to and with a lang that is not text answers in an envelope (regression: an "
    "exception escaped the API, core-crash in the app)") {
  const json demo = json::parse(api::demo("{}"))["result"];
  for (const char* options : {R"({"lang": 5})", R"({"lang": null, "from": "w-2025"})", R"([1, 2])", "not json"}) {
    INFO(options);
    json env;
    CHECK_NOTHROW(env = json::parse(api::compare(demo.dump(), options)));
    CHECK(env["ok"] == false);
    CHECK(env["errors"].size() >= 1);
  }
}

TEST_CASE("a new project in nynorsk takes the catalogue's nynorsk names") {
  const json nn = json::parse(api::new_project(R"({"id":"p-1","name":"Ny kommune","lang":"nn"})"));
  REQUIRE(nn["ok"] == true);
  CHECK(nn["result"]["functions"][0]["name"] == "Kartlegging av bustadbehov");
  CHECK(nn["result"]["targetGroups"][1]["name"] == "Bustadlause");
}

TEST_CASE("a language the core does not write is refused, never replaced by bokmål") {
  for (const char* options : {R"({"lang":"se"})", R"({"lang":"NB"})", R"({"lang":1})"}) {
    CAPTURE(options);
    const json env = json::parse(api::validate(test::read_fixture("valid/minimal.json"), options));
    CHECK(env["ok"] == false);
    CHECK(env["errors"][0]["code"] == "unknown-language");
    CHECK(env["errors"][0]["message"].get<std::string>().find("nn (nynorsk)") != std::string::npos);
  }
  CHECK(json::parse(api::validate(test::read_fixture("valid/minimal.json"), R"({"lang":"nn"})"))["ok"] == true);
}

TEST_CASE("message: the CLI's own lines come from the catalogues, with plurals, in the asked language") {
  auto say = [](const json& options) { return json::parse(api::message(options.dump())); };
  const json one = say({{"key", "cli.merged-file"},
                        {"lang", "nn"},
                        {"args", {{"file", "a.json"}, {"ties", 1}, {"respondent", "Kari"}}}});
  REQUIRE(one["ok"] == true);
  CHECK(one["result"]["text"] == "a.json: 1 kontakt frå Kari");
  const json five = say({{"key", "cli.merged-file"},
                         {"lang", "nb"},
                         {"args", {{"file", "a.json"}, {"ties", 5}, {"respondent", "Kari"}}}});
  CHECK(five["result"]["text"] == "a.json: 5 kontakter fra Kari");
  CHECK(say({{"key", "cli.nothing-imported"}, {"lang", "en"}})["result"]["text"] == "nothing was imported");
  const json unknown = say({{"key", "cli.no-such-line"}});
  CHECK(unknown["ok"] == false);
  CHECK(unknown["errors"][0]["code"] == "bad-options");
  CHECK(unknown["errors"][0]["message"].get<std::string>().find("«key»") != std::string::npos);
}
