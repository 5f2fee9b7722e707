// The project's written standard (målform, settings.language): what a new project gets, what the door accepts, and
// that a call without a language speaks it, while an explicit "lang" still wins (docs/project-file.md).
#include <doctest/doctest.h>

#include "api/api.hpp"
#include "check_helpers.hpp"

using namespace bosam;

namespace {

json with_language(json p, const char* language) {
  p["settings"]["language"] = language;
  return p;
}

// The title of the first finding with `rule`, or "" when there is none.
std::string title_of(const json& env, const std::string& rule) {
  for (const auto& f : env["result"]["findings"])
    if (f["rule"] == rule) return f["title"].get<std::string>();
  return "";
}

}  // namespace

TEST_CASE("målform: a new project's målform is the language it was made in") {
  for (const char* lang : {"nb", "nn", "en"}) {
    CAPTURE(lang);
    const json env = json::parse(api::new_project(json{{"id", "p-1"}, {"name", "K"}, {"lang", lang}}.dump()));
    REQUIRE(env["ok"] == true);
    CHECK(env["result"]["settings"]["language"] == lang);
  }
}

TEST_CASE("målform: nb, nn and en are accepted, anything else is an error at settings.language") {
  const json p = test::base_project();
  CHECK(json::parse(api::validate(with_language(p, "nn").dump(), "{}"))["ok"] == true);
  for (const char* bad : {"nynorsk", "NN", ""}) {
    CAPTURE(bad);
    const json env = json::parse(api::validate(with_language(p, bad).dump(), R"({"lang":"nb"})"));
    REQUIRE(env["ok"] == false);
    CHECK(env["errors"][0]["code"] == "unknown-language");
    CHECK(env["errors"][0]["path"] == "$.settings.language");
  }
  json number = p;
  number["settings"]["language"] = 2;
  CHECK(json::parse(api::validate(number.dump(), "{}"))["errors"][0]["code"] == "wrong-type");
}

TEST_CASE("målform: without a language a call speaks the project's målform, and an explicit one wins") {
  // A new, empty project has one finding, not-mapped; its title differs in each language.
  const json nn = json::parse(api::new_project(R"({"id":"p-1","name":"K","lang":"nn"})"))["result"];
  const std::string ownTitle = title_of(json::parse(api::analyze(nn.dump(), "{}")), "not-mapped");
  const std::string nnTitle = title_of(json::parse(api::analyze(nn.dump(), R"({"lang":"nn"})")), "not-mapped");
  const std::string nbTitle = title_of(json::parse(api::analyze(nn.dump(), R"({"lang":"nb"})")), "not-mapped");
  REQUIRE_FALSE(nnTitle.empty());
  CHECK(ownTitle == nnTitle);
  CHECK(nbTitle != nnTitle);
  // A project with no målform speaks bokmål.
  json plain = nn;
  plain.erase("settings");
  CHECK(title_of(json::parse(api::analyze(plain.dump(), "{}")), "not-mapped") == nbTitle);
  // Validation messages too: a warning about the project comes in its målform.
  json warned = with_language(test::base_project(), "nn");
  warned["actors"][0]["fte"] = 1.5;
  const json env = json::parse(api::validate(warned.dump(), "{}"));
  REQUIRE(env["ok"] == true);
  REQUIRE_FALSE(env["warnings"].empty());
  CHECK(env["warnings"][0]["message"].get<std::string>().find("uvanleg") != std::string::npos);
}
