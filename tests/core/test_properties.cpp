// Property tests over random valid projects (gen_project.hpp, fixed seeds, so a failure names its seed and
// reproduces): the door is idempotent, analysis never fails and gives only finite numbers, merging the same
// answer twice changes nothing, and pseudonymising then re-identifying gives the original back.
#include <doctest/doctest.h>

#include <cstdio>

#include "api/analysis_json.hpp"
#include "api/api.hpp"
#include "checks/run.hpp"
#include "gen_project.hpp"
#include "model/project.hpp"
#include "schema/door.hpp"
#include "sna/analyze.hpp"
#include "survey/merge.hpp"
#include "survey/pseudonymize.hpp"

using namespace bosam;

namespace {

// 100 projects: about 3 s natively and 6 s as WebAssembly under node, on the 2-core reference machine.
constexpr std::uint64_t kProjects = 100;

json validated(const json& p) {
  const LoadResult r = load_project(p.dump(), Lang::en);
  std::string issues;
  for (const auto& i : r.issues)
    if (i.severity == Severity::error) issues += i.path + " " + i.code + "; ";
  INFO("errors: ", issues);
  REQUIRE(r.doc.has_value());
  return *r.doc;
}

// Random analysis options; the wave is one of the project's or absent (the latest).
json random_options(test::Rng& rng, const json& p) {
  json o = {{"lang", rng.chance(50) ? "en" : "nb"}, {"weighted", rng.chance(50)}, {"reciprocated", rng.chance(30)},
            {"minFrequency", 1 + rng.below(4)},     {"seed", rng.below(1000)},    {"groupLayout", rng.chance(50)}};
  const std::size_t waves = p.contains("waves") ? p["waves"].size() : 0;
  if (waves > 0 && rng.chance(70))
    o["waveId"] = p["waves"][static_cast<std::size_t>(rng.below(static_cast<int>(waves)))]["id"];
  if (rng.chance(20)) {  // the sampled path estimates, on small networks
    o["exactLimit"] = 1 + rng.below(5);
    o["sampleSources"] = 1 + rng.below(5);
  }
  return o;
}

}  // namespace

TEST_CASE("properties: every generated project validates, and validate -> serialise -> validate is the identity") {
  for (std::uint64_t seed = 0; seed < kProjects; ++seed) {
    INFO("seed ", seed);
    const json p = test::random_project(seed);
    const json once = validated(p);
    CHECK(once == p);  // the door keeps a current, valid document exactly as it is
    const LoadResult twice = load_project(once.dump(), Lang::en);
    REQUIRE(twice.doc.has_value());
    CHECK(*twice.doc == once);
    CHECK(twice.doc->dump() == once.dump());
  }
}

TEST_CASE("properties: analysis never fails on a valid project and every measure is finite or null") {
  test::Rng rng(2026);
  for (std::uint64_t seed = 0; seed < kProjects; ++seed) {
    INFO("seed ", seed);
    const json doc = validated(test::random_project(seed));
    const json o = random_options(rng, doc);
    INFO("options ", o.dump());
    const json env = json::parse(api::analyze(doc.dump(), o.dump()));
    INFO("envelope ", env.dump().substr(0, 600));
    CHECK(env["ok"] == true);
    // The same analysis before it is printed: NaN and infinity would only become null there.
    const model::Project project = model::from_json(doc);
    sna::AnalysisOptions opt;
    opt.waveId = o.value("waveId", std::string());
    opt.weighted = o["weighted"].get<bool>();
    opt.reciprocated = o["reciprocated"].get<bool>();
    opt.minFrequency = o["minFrequency"].get<int>();
    opt.groupLayout = o["groupLayout"].get<bool>();
    opt.exactLimit = o.value("exactLimit", opt.exactLimit);
    opt.sampleSources = o.value("sampleSources", opt.sampleSources);
    CHECK(test::first_non_finite(api::analysis_document(project, opt, Lang::en)) == "");
    // Comparing two random waves never fails either.
    if (doc.contains("waves") && doc["waves"].size() >= 2) {
      const int n = static_cast<int>(doc["waves"].size());
      json c = o;
      c["from"] = doc["waves"][static_cast<std::size_t>(rng.below(n))]["id"];
      c["to"] = doc["waves"][static_cast<std::size_t>(rng.below(n))]["id"];
      CHECK(json::parse(api::compare(doc.dump(), c.dump()))["ok"] == true);
    }
  }
}

TEST_CASE("properties: merging an answer, then the same answer again, changes nothing more") {
  test::Rng rng(7);
  int merged = 0;
  for (std::uint64_t seed = 0; seed < kProjects; ++seed) {
    INFO("seed ", seed);
    const json doc = validated(test::random_project(seed));
    const std::size_t nActors = doc.contains("actors") ? doc["actors"].size() : 0;
    const std::size_t nWaves = doc.contains("waves") ? doc["waves"].size() : 0;
    if (nActors == 0 || nWaves == 0) continue;
    const std::string me = doc["actors"][static_cast<std::size_t>(rng.below(static_cast<int>(nActors)))]["id"];
    json answer = {{"format", "bosam-answer"},
                   {"schemaVersion", 1},
                   {"projectId", doc["id"]},
                   {"waveId", doc["waves"][static_cast<std::size_t>(rng.below(static_cast<int>(nWaves)))]["id"]},
                   {"respondent", me},
                   {"ties", json::array()},
                   {"submittedAt", "2026-03-02T10:00:00Z"}};
    for (const auto& a : doc["actors"])
      if (a["id"] != me && rng.chance(30)) answer["ties"].push_back({{"to", a["id"]}, {"frequency", 1 + rng.below(4)}});
    if (!doc["functions"].empty())
      answer["assignments"] = json::array(
          {{{"functionId", doc["functions"][0]["id"]}, {"role", "performs"}, {"targetGroupIds", json::array()}}});
    const survey::MergeResult once = survey::merge_answers(doc, {{"svar.json", answer.dump()}}, Lang::en);
    REQUIRE(once.ok);
    validated(once.project);
    const survey::MergeResult twice = survey::merge_answers(once.project, {{"svar.json", answer.dump()}}, Lang::en);
    REQUIRE(twice.ok);
    CHECK(twice.project == once.project);
    ++merged;
  }
  CHECK(merged > static_cast<int>(kProjects) / 2);  // the generator gives most projects actors and waves
}

TEST_CASE("properties: pseudonymise then re-identify gives the original") {
  for (std::uint64_t seed = 0; seed < kProjects; ++seed) {
    INFO("seed ", seed);
    json doc = validated(test::random_project(seed));
    test::Rng rng(seed);
    std::string key;
    for (int i = 0; i < 4; ++i) {
      char buf[17];
      std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(rng.next()));
      key += buf;
    }
    doc["pseudonymKey"] = key;
    const json shared = survey::pseudonymize(doc, key);
    validated(shared);
    Issues issues;
    const auto back = survey::reidentify(doc, shared, Lang::en, issues);
    REQUIRE(back.has_value());
    CHECK(*back == doc);
  }
}

// Found by this suite (seed 0): re-identifying a valid project that has no "actors" list read a missing key
// through const operator[] (an assertion in debug builds, undefined behaviour in release), and pseudonymising
// it added "actors": null. Fixed in core/survey/pseudonymize.cpp.
TEST_CASE("regression: pseudonymise and re-identify a project without an actors list") {
  const json doc = {{"format", "bosam-project"},
                    {"schemaVersion", 1},
                    {"id", "p-empty"},
                    {"municipality", {{"name", "K"}}},
                    {"pseudonymKey", std::string(64, 'b')}};
  const json shared = survey::pseudonymize(doc, doc["pseudonymKey"]);
  CHECK_FALSE(shared.contains("actors"));
  Issues issues;
  const auto back = survey::reidentify(doc, shared, Lang::en, issues);
  REQUIRE(back.has_value());
  CHECK(*back == doc);
  const json env = json::parse(api::pseudonymize(doc.dump(), "{}"));
  REQUIRE(env["ok"] == true);
  CHECK(json::parse(api::reidentify(doc.dump(), env["result"]["project"].dump(), "{}"))["result"] == doc);
}
