// Hostile files: markup and script in text, prototype-looking keys, huge strings and lists, deep
// nesting, invalid UTF-8 and numbers too large for a double. Each gets a clear error naming where, or is handled
// as plain data; never a crash or a hang. Big inputs are generated here, not committed. The time bounds are
// hang guards only (generous for a slow shared machine, sanitizers and WebAssembly), not benchmarks.
#include <doctest/doctest.h>

#include <chrono>

#include "api/analysis_json.hpp"
#include "api/api.hpp"
#include "checks/run.hpp"
#include "fixtures.hpp"
#include "gen_project.hpp"
#include "model/project.hpp"
#include "schema/door.hpp"
#include "sna/analyze.hpp"
#include "survey/merge.hpp"

using namespace bosam;

namespace {

const Issue* find_issue(const Issues& issues, const std::string& code, const std::string& path = "") {
  for (const auto& i : issues)
    if (i.code == code && (path.empty() || i.path == path)) return &i;
  return nullptr;
}

// Hang guard in seconds: generous, and tripled under AddressSanitizer (build/san), which is several times slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr double kGuard = 60.0;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr double kGuard = 60.0;
#else
constexpr double kGuard = 20.0;
#endif
#else
constexpr double kGuard = 20.0;
#endif

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

const char* const kMarkup[] = {"<script>alert(1)</script>",
                               "<img src=x onerror=\"alert(1)\">",
                               "</textarea><svg onload=alert(1)>",
                               "javascript:alert(1)",
                               "{{constructor.constructor('x')()}}",
                               "&lt;b&gt; &amp; &#x3C;",
                               "'; DROP TABLE x; --",
                               "\u202Eevil\u202C",
                               "${alert(1)}"};

}  // namespace

TEST_CASE("hostile: markup and script in names and notes are kept as text, unchanged, through every door") {
  json p = test::fixture_json("valid/minimal.json");
  std::size_t k = 0;
  for (auto& a : p["actors"]) {
    a["name"] = kMarkup[k++ % std::size(kMarkup)];
    a["note"] = kMarkup[k++ % std::size(kMarkup)];
  }
  p["units"][0]["name"] = kMarkup[0];
  p["municipality"]["name"] = kMarkup[1];
  const LoadResult r = load_project(p.dump(), Lang::en);
  REQUIRE(r.doc.has_value());
  CHECK(*r.doc == p);
  // The analysis and its findings carry ids, not names: nothing to escape there, and nothing breaks.
  CHECK(json::parse(api::analyze(p.dump(), "{}"))["ok"] == true);
  // A pseudonymised round trip restores the text exactly.
  json keyed = p;
  keyed["pseudonymKey"] = std::string(64, 'a');
  const json shared = json::parse(api::pseudonymize(keyed.dump(), "{}"));
  REQUIRE(shared["ok"] == true);
  const json back = json::parse(api::reidentify(keyed.dump(), shared["result"]["project"].dump(), "{}"));
  REQUIRE(back["ok"] == true);
  CHECK(back["result"]["actors"] == keyed["actors"]);
  // In GraphML the markup is escaped: no raw tag survives into the XML.
  const json g = json::parse(api::export_network(p.dump(), R"({"format":"graphml"})"));
  REQUIRE(g["ok"] == true);
  const std::string xml = g["result"]["files"][0]["text"];
  CHECK(xml.find("<script>") == std::string::npos);
  CHECK(xml.find("<img") == std::string::npos);
  CHECK(xml.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
}

TEST_CASE("hostile: __proto__ and constructor are plain keys and plain ids") {
  json p = test::fixture_json("valid/minimal.json");
  p["__proto__"] = {{"polluted", true}};  // an unknown top-level field: kept as it is
  p["constructor"] = {{"prototype", {{"x", 1}}}};
  p["actors"][0]["__proto__"] = "x";
  p["actors"][0]["hasOwnProperty"] = 1;
  p["units"].push_back({{"id", "__proto__"}, {"name", "constructor"}});
  p["actors"].push_back({{"id", "constructor"}, {"name", "toString"}, {"unitId", "__proto__"}});
  p["actors"].push_back({{"id", "__proto__"}, {"name", "valueOf"}, {"unitId", "__proto__"}});
  p["ties"].push_back({{"from", "constructor"}, {"to", "__proto__"}, {"waveId", "w-1"}, {"frequency", 2}});
  p["ties"].push_back({{"from", "__proto__"}, {"to", "a-1"}, {"waveId", "w-1"}, {"frequency", 4}});
  const LoadResult r = load_project(p.dump(), Lang::en);
  REQUIRE(r.doc.has_value());
  CHECK(*r.doc == p);
  CHECK((*r.doc)["__proto__"]["polluted"] == true);
  const json env = json::parse(api::analyze(p.dump(), R"({"lang":"en"})"));
  REQUIRE(env["ok"] == true);
  bool seen = false;
  for (const auto& n : env["result"]["nodes"]) seen |= n.value("id", "") == "__proto__";
  CHECK(seen);
  // A duplicate "__proto__" key in one object: JSON allows it, the last one wins (as JSON.parse does).
  std::string dup = test::read_fixture("valid/minimal.json");
  dup.insert(dup.find('{') + 1, R"("__proto__":1,"__proto__":2,)");
  const LoadResult d = load_project(dup, Lang::en);
  REQUIRE(d.doc.has_value());
  CHECK((*d.doc)["__proto__"] == 2);
}

TEST_CASE("hostile: a 10 MB name is refused with its path, and so is a 5 MB key") {
  json p = test::fixture_json("valid/minimal.json");
  p["actors"][1]["name"] = std::string(10u * 1024u * 1024u, 'N');
  const auto start = std::chrono::steady_clock::now();
  const LoadResult r = load_project(p.dump(), Lang::en);
  CHECK_FALSE(r.doc.has_value());
  const Issue* i = find_issue(r.issues, "string-too-long");
  REQUIRE(i != nullptr);
  CHECK(i->path == "$.actors[1].name");
  CHECK(i->message.find(std::to_string(10u * 1024u * 1024u)) != std::string::npos);
  // A key is capped like a string and named by its first 40 characters (never cut inside a UTF-8 letter).
  json q = test::fixture_json("valid/minimal.json");
  q["units"][0][std::string(40, 'k') + std::string(5u * 1024u * 1024u, 'x')] = 1;
  json u = test::fixture_json("valid/minimal.json");
  u["units"][0][std::string(39, 'k') + "\xC3\xB8" + std::string(200000, 'y')] = 1;  // ø straddles byte 40
  const LoadResult rq = load_project(q.dump(), Lang::en);
  CHECK_FALSE(rq.doc.has_value());
  const Issue* k = find_issue(rq.issues, "key-too-long");
  REQUIRE(k != nullptr);
  CHECK(k->path == "$.units[0]['" + std::string(40, 'k') + "…']");
  const LoadResult ru = load_project(u.dump(), Lang::en);
  const Issue* ku = find_issue(ru.issues, "key-too-long");
  REQUIRE(ku != nullptr);
  CHECK(ku->path == "$.units[0]['" + std::string(39, 'k') + "…']");
  CHECK(seconds_since(start) < kGuard);
}

TEST_CASE("hostile: 100,000 actors are refused at once by the actor cap; 20,000 pass") {
  // Limits::maxActors (20,000) is checked before migration and validation, so the refusal costs one parse.
  auto project = [](int n) {
    json p = {{"format", "bosam-project"},
              {"schemaVersion", 1},
              {"id", "p-big"},
              {"municipality", {{"name", "Stor"}}},
              {"units", json::array({{{"id", "u"}, {"name", "Enhet"}}})},
              {"waves", json::array({{{"id", "w"}, {"label", "R"}}})}};
    json actors = json::array(), ties = json::array();
    for (int a = 0; a < n; ++a) {
      actors.push_back({{"id", "a" + std::to_string(a)}, {"name", "Person " + std::to_string(a)}, {"unitId", "u"}});
      ties.push_back({{"from", "a" + std::to_string(a)},
                      {"to", "a" + std::to_string((a + 1) % n)},
                      {"waveId", "w"},
                      {"frequency", 2}});
    }
    p["actors"] = std::move(actors);
    p["ties"] = std::move(ties);
    return p.dump();
  };
  const std::string big = project(100000);
  const auto start = std::chrono::steady_clock::now();
  const LoadResult r = load_project(big, Lang::en);
  CHECK(seconds_since(start) < kGuard);
  CHECK_FALSE(r.doc.has_value());
  const Issue* i = find_issue(r.issues, "too-many-actors", "$.actors");
  REQUIRE(i != nullptr);
  CHECK(i->message.find("100000 people; Bosam takes up to 20000") != std::string::npos);
  CHECK(load_project(project(20000), Lang::en).doc.has_value());
  CHECK(find_issue(load_project(project(20001), Lang::en).issues, "too-many-actors", "$.actors") != nullptr);
  // One more item than a (lowered) list cap is refused with the list's path.
  Limits small;
  small.maxListLength = 19999;
  const LoadResult refused = load_project(project(20000), Lang::en, small);
  CHECK_FALSE(refused.doc.has_value());
  CHECK(find_issue(refused.issues, "list-too-long", "$.actors") != nullptr);
  CHECK(find_issue(refused.issues, "list-too-long", "$.ties") != nullptr);
}

TEST_CASE("hostile: nesting 10,000 deep is refused with line and column, in projects, answers and API options") {
  const std::string deep =
      "{\"format\":\"bosam-project\",\n\"x\":" + std::string(10000, '[') + std::string(10000, ']') + "}";
  const LoadResult r = load_project(deep, Lang::en);
  CHECK_FALSE(r.doc.has_value());
  const Issue* i = find_issue(r.issues, "too-deep");
  REQUIRE(i != nullptr);
  CHECK(i->path == "$");
  CHECK(i->line == 2);
  CHECK(i->column == 5 + 63);  // "x": is 4 characters; the object is level 1, so the 64th '[' is level 65
  // The same in an answer merged into a project.
  const survey::MergeResult m =
      survey::merge_answers(test::fixture_json("valid/minimal.json"), {{"deep.json", deep}}, Lang::en);
  CHECK_FALSE(m.ok);
  REQUIRE(find_issue(m.issues, "too-deep") != nullptr);
  CHECK(find_issue(m.issues, "too-deep")->path == "deep.json: $");
  // Deep JSON where the API takes its own JSON (options, the answer list) is an error, not a stack overflow.
  const std::string deepList = std::string(100000, '[') + std::string(100000, ']');
  CHECK(json::parse(api::analyze(test::read_fixture("valid/minimal.json"), deepList))["ok"] == false);
  CHECK(json::parse(api::merge(test::read_fixture("valid/minimal.json"), deepList, "{}"))["ok"] == false);
  CHECK(json::parse(api::validate(deepList, "{}"))["ok"] == false);
}

TEST_CASE("hostile: invalid UTF-8 is refused with line and column") {
  const std::string text =
      "{\"format\":\"bosam-project\",\"schemaVersion\":1,\n\"municipality\":\n  {\"name\": \"Bad \xFF\xFE\"}}";
  const LoadResult r = load_project(text, Lang::en);
  CHECK_FALSE(r.doc.has_value());
  const Issue* i = find_issue(r.issues, "invalid-utf8");
  REQUIRE(i != nullptr);
  CHECK(i->line == 3);
  CHECK(i->column == 17);  // `  {"name": "Bad ` is 16 characters
  CHECK(i->message.find("line 3, column 17") != std::string::npos);
}

TEST_CASE("hostile: 1e400 and friends: too large is an error with line and column, too small is zero") {
  const std::string head =
      "{\"format\":\"bosam-project\",\"schemaVersion\":1,\"id\":\"p\",\"municipality\":{\"name\":\"K\"},\n\"x\": ";
  for (const char* big : {"1e400", "-1e400", "123456789e999999999"}) {
    INFO(big);
    const LoadResult r = load_project(head + big + "}", Lang::en);
    CHECK_FALSE(r.doc.has_value());
    const Issue* i = find_issue(r.issues, "number-out-of-range");
    REQUIRE(i != nullptr);
    CHECK(i->line == 2);
    CHECK(i->column == 6);
  }
  // An underflow is not an overflow: the parser reads it as 0 and the unknown field is kept.
  const LoadResult tiny = load_project(head + "1e-400}", Lang::en);
  REQUIRE(tiny.doc.has_value());
  CHECK((*tiny.doc)["x"] == 0.0);
  // The largest doubles do parse: in a known field the validator warns with the path, and sums over them
  // (FTE per unit and function) stay finite in the analysis or become null, never NaN or infinity.
  json p = test::fixture_json("valid/minimal.json");
  p["actors"][0]["fte"] = 1.7e308;
  p["actors"][1]["fte"] = 1.7e308;
  const std::string text = p.dump();
  REQUIRE(text.find("1.7e+308") != std::string::npos);
  const LoadResult huge = load_project(text, Lang::en);
  REQUIRE(huge.doc.has_value());
  CHECK(find_issue(huge.issues, "fte-above-one", "$.actors[0].fte") != nullptr);
  CHECK(find_issue(huge.issues, "fte-above-one", "$.actors[1].fte") != nullptr);
  const model::Project project = model::from_json(*huge.doc);
  CHECK(test::first_non_finite(api::analysis_document(project, sna::AnalysisOptions{}, Lang::en)) == "");
}
