// The revision stamp of a written project (core/schema/revision.hpp): the door's check of `revision`, stamping
// (basedOn and lineage carried forward), the stamp of a reconciled result, and how two copies relate. Every
// expectation is worked out by hand from small documents.
#include <doctest/doctest.h>

#include "api/api.hpp"
#include "schema/revision.hpp"

using namespace bosam;

namespace {

const char* const kA = "r-000000000000000a";
const char* const kB = "r-000000000000000b";
const char* const kC = "r-000000000000000c";
const char* const kD = "r-000000000000000d";
const char* const kE = "r-000000000000000e";
const char* const kT = "2026-12-05T07:15:00.000Z";

json project(const std::string& id = "p-1") {
  return {{"format", "bosam-project"}, {"schemaVersion", 1}, {"id", id}, {"municipality", {{"name", "Liten"}}}};
}

json with_revision(json doc, const std::string& stamp, std::vector<std::string> lineage) {
  doc["revision"] = {{"stamp", stamp}, {"lineage", lineage}, {"savedAt", kT}};
  if (!lineage.empty()) doc["revision"]["basedOn"] = lineage.front();
  return doc;
}

json door(const json& doc) { return json::parse(api::validate(doc.dump(), R"({"lang":"en"})")); }

// The codes and paths of a refused document's errors, as "code at path".
std::vector<std::string> errors_of(const json& env) {
  std::vector<std::string> out;
  for (const auto& e : env.value("errors", json::array()))
    out.push_back(e["code"].get<std::string>() + " at " + e["path"].get<std::string>());
  return out;
}

std::string relation(const json& mine, const json& theirs, json* common = nullptr) {
  const json env = json::parse(api::relate(mine.dump(), theirs.dump(), "{}"));
  REQUIRE(env["ok"] == true);
  if (common) *common = env["result"]["commonStamps"];
  return env["result"]["relation"].get<std::string>();
}

}  // namespace

TEST_CASE("stamps and times: the forms the door accepts") {
  CHECK(revision::is_stamp("r-0123456789abcdef"));
  CHECK_FALSE(revision::is_stamp("r-0123456789ABCDEF"));  // lowercase only
  CHECK_FALSE(revision::is_stamp("r-0123456789abcde"));   // 15 digits
  CHECK_FALSE(revision::is_stamp("x-0123456789abcdef"));
  CHECK_FALSE(revision::is_stamp("r-0123456789abcdeg"));
  CHECK(revision::is_time("2026-12-05T07:15:00.000Z"));
  CHECK(revision::is_time("2026-12-05T07:15:00Z"));
  CHECK_FALSE(revision::is_time("2026-12-05T07:15:00+01:00"));  // UTC only
  CHECK_FALSE(revision::is_time("2026-12-05 07:15:00Z"));
  CHECK_FALSE(revision::is_time("2026-13-05T07:15:00Z"));
  CHECK_FALSE(revision::is_time("2026-12-05T07:15:00.Z"));
  CHECK_FALSE(revision::is_time("2026-12-05"));
}

TEST_CASE("the door accepts a good revision and names what is wrong with a bad one") {
  CHECK(door(with_revision(project(), kB, {kA}))["ok"] == true);
  CHECK(door(project())["ok"] == true);  // revision is optional

  json bad = project();
  bad["revision"] = {{"stamp", "r-XYZ"}, {"basedOn", 7}, {"lineage", {kA, "abc", 3}}, {"savedAt", "i går"}};
  const json env = door(bad);
  CHECK(env["ok"] == false);
  CHECK(errors_of(env) ==
        std::vector<std::string>{"bad-revision-stamp at $.revision.stamp", "wrong-type at $.revision.basedOn",
                                 "bad-revision-time at $.revision.savedAt",
                                 "bad-revision-stamp at $.revision.lineage[1]", "wrong-type at $.revision.lineage[2]"});
  // The message names the bad stamp in plain words.
  CHECK(env["errors"][0]["message"].get<std::string>().find("“r-XYZ”") != std::string::npos);
  CHECK(env["errors"][0]["message"].get<std::string>().find("version stamp") != std::string::npos);

  json noStamp = project();
  noStamp["revision"] = {{"savedAt", kT}};
  CHECK(errors_of(door(noStamp)) == std::vector<std::string>{"missing-field at $.revision.stamp"});

  json notObject = project();
  notObject["revision"] = "r-000000000000000a";
  CHECK(errors_of(door(notObject)) == std::vector<std::string>{"wrong-type at $.revision"});

  json tooLong = with_revision(project(), kB, std::vector<std::string>(201, kA));
  CHECK(errors_of(door(tooLong)) == std::vector<std::string>{"bad-revision-lineage at $.revision.lineage"});
  CHECK(door(with_revision(project(), kB, std::vector<std::string>(200, kA)))["ok"] == true);
}

TEST_CASE("stamping: the first stamp has no basedOn; later ones carry the previous stamp and lineage") {
  auto stamp = [](const json& doc, const std::string& s) {
    const json env = json::parse(api::stamp(doc.dump(), json{{"stamp", s}, {"savedAt", kT}}.dump()));
    REQUIRE(env["ok"] == true);
    return env["result"];
  };
  const json first = stamp(project(), kA);
  CHECK(first["revision"] == json{{"stamp", kA}, {"lineage", json::array()}, {"savedAt", kT}});
  const json second = stamp(first, kB);
  CHECK(second["revision"] == json{{"stamp", kB}, {"basedOn", kA}, {"lineage", {kA}}, {"savedAt", kT}});
  const json third = stamp(second, kC);
  CHECK(third["revision"]["basedOn"] == kB);
  CHECK(third["revision"]["lineage"] == json{kB, kA});
  // The rest of the document is unchanged.
  json rest = third;
  rest.erase("revision");
  CHECK(rest == project());
  CHECK(door(third)["ok"] == true);
}

TEST_CASE("stamping keeps at most 200 earlier stamps, dropping the oldest") {
  std::vector<std::string> lineage;
  for (int i = 0; i < 200; ++i) {
    char buf[19];
    std::snprintf(buf, sizeof buf, "r-%016x", 0x1000 + i);  // none equal to kA or kB
    lineage.push_back(buf);
  }
  const json full = with_revision(project(), kA, lineage);
  const json next = revision::stamped(full, kB, kT);
  REQUIRE(next["revision"]["lineage"].size() == 200);
  CHECK(next["revision"]["lineage"][0] == kA);
  CHECK(next["revision"]["lineage"][1] == lineage[0]);
  CHECK(next["revision"]["lineage"][199] == lineage[198]);  // lineage[199], the oldest, is gone
}

TEST_CASE("stamp refuses a bad stamp or time in the options, and an invalid project") {
  const json env = json::parse(api::stamp(project().dump(), R"({"stamp":"r-1","savedAt":"nå","lang":"en"})"));
  CHECK(env["ok"] == false);
  REQUIRE(env["errors"].size() == 2);
  CHECK(env["errors"][0]["path"] == "options.stamp");
  CHECK(env["errors"][1]["path"] == "options.savedAt");
  json invalid = project();
  invalid.erase("municipality");
  CHECK(json::parse(api::stamp(invalid.dump(), json{{"stamp", kA}, {"savedAt", kT}}.dump()))["ok"] == false);
}

TEST_CASE("a reconciled result: basedOn mine, lineage mine's then theirs' (each once), mergedFrom theirs") {
  // mine: C <- B <- A; theirs: D <- B <- A. Result E.
  const json mine = with_revision(project(), kC, {kB, kA});
  const json theirs = with_revision(project(), kD, {kB, kA});
  const json merged = revision::stamped_merge(project(), mine, theirs, kE, kT);
  CHECK(merged["revision"] ==
        json{{"stamp", kE}, {"basedOn", kC}, {"lineage", {kC, kB, kA, kD}}, {"savedAt", kT}, {"mergedFrom", kD}});
  CHECK(door(merged)["ok"] == true);
  // Later: theirs goes on from D to a new stamp; the merged E and it still share D, B and A.
  const json later = with_revision(project(), "r-00000000000000ff", {kD, kB, kA});
  json common;
  CHECK(relation(merged, later, &common) == "diverged");
  CHECK(common == json{kD, kB, kA});
}

TEST_CASE("relate: every relation, worked by hand") {
  json common;
  SUBCASE("other-project: different ids") {
    CHECK(relation(with_revision(project("p-1"), kA, {}), with_revision(project("p-2"), kA, {}), &common) ==
          "other-project");
    CHECK(common == json::array());
  }
  SUBCASE("same: the same stamp") {
    CHECK(relation(with_revision(project(), kB, {kA}), with_revision(project(), kB, {kA})) == "same");
  }
  SUBCASE("same: neither stamped and equal; unrelated: neither stamped and different") {
    CHECK(relation(project(), project()) == "same");
    json other = project();
    other["units"] = json::array({{{"id", "u-1"}, {"name", "NAV"}}});
    CHECK(relation(project(), other, &common) == "unrelated");
    CHECK(common == json::array());
  }
  SUBCASE("theirs-older: theirs' stamp is in mine's lineage") {
    CHECK(relation(with_revision(project(), kC, {kB, kA}), with_revision(project(), kB, {kA}), &common) ==
          "theirs-older");
    CHECK(common == json{kB});
  }
  SUBCASE("theirs-newer: mine's stamp is in theirs' lineage") {
    CHECK(relation(with_revision(project(), kB, {kA}), with_revision(project(), kD, {kC, kB, kA}), &common) ==
          "theirs-newer");
    CHECK(common == json{kB});
  }
  SUBCASE("diverged: both went on from a shared version; common stamps newest first by theirs") {
    // mine: C <- A; theirs: D <- B <- A... and B is also in mine's lineage further down: mine C <- B <- A.
    CHECK(relation(with_revision(project(), kC, {kB, kA}), with_revision(project(), kD, {kB, kA}), &common) ==
          "diverged");
    CHECK(common == json{kB, kA});
    // theirs' order decides: theirs lists A before B (a reconciled lineage), so A comes first.
    CHECK(relation(with_revision(project(), kC, {kB, kA}), with_revision(project(), kD, {kA, kB}), &common) ==
          "diverged");
    CHECK(common == json{kA, kB});
  }
  SUBCASE("unrelated: stamps but none shared; one side without a stamp") {
    CHECK(relation(with_revision(project(), kC, {kA}), with_revision(project(), kD, {kB}), &common) == "unrelated");
    CHECK(relation(project(), with_revision(project(), kD, {kB})) == "unrelated");
    CHECK(relation(with_revision(project(), kD, {kB}), project()) == "unrelated");
  }
}

TEST_CASE("relate refuses a copy that does not pass the door") {
  json bad = project();
  bad["revision"] = {{"stamp", "nope"}};
  const json env = json::parse(api::relate(project().dump(), bad.dump(), "{}"));
  CHECK(env["ok"] == false);
  CHECK(env["errors"][0]["code"] == "bad-revision-stamp");
}
