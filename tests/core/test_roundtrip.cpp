// Valid documents: they load, keep what they do not know, and survive parse -> serialise -> parse unchanged.
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "schema/catalogue.hpp"
#include "schema/door.hpp"

using namespace bosam;

TEST_CASE("a minimal valid project loads with no errors or warnings") {
  const LoadResult r = load_project(test::read_fixture("valid/minimal.json"), Lang::nb);
  REQUIRE(r.doc.has_value());
  CHECK(r.issues.empty());
}

TEST_CASE("a UTF-8 byte-order mark is accepted") {
  const LoadResult r = load_project(test::read_fixture("valid/with-bom.json"), Lang::nb);
  REQUIRE(r.doc.has_value());
  CHECK(r.doc->at("municipality").at("name") == "Liten kommune");
}

TEST_CASE("unknown fields are kept, at the top and inside items") {
  const LoadResult r = load_project(test::read_fixture("valid/minimal.json"), Lang::nb);
  REQUIRE(r.doc.has_value());
  CHECK(r.doc->at("x-note-from-a-newer-version").at("list") == json::array({1, 2, 3}));
  CHECK(r.doc->at("actors").at(0).at("x-extra") == "kept");
}

TEST_CASE("parse -> serialise -> parse is the identity") {
  for (const char* file : {"valid/minimal.json", "valid/with-bom.json"}) {
    const LoadResult first = load_project(test::read_fixture(file), Lang::nb);
    REQUIRE(first.doc.has_value());
    const LoadResult second = load_project(first.doc->dump(2), Lang::nb);
    REQUIRE(second.doc.has_value());
    CHECK(*second.doc == *first.doc);
    CHECK(second.doc->dump() == first.doc->dump());  // key order too, so shared files diff cleanly
  }
  // The source text itself: the loaded document equals the file read as plain JSON.
  const json plain = test::fixture_json("valid/minimal.json");
  CHECK(*load_project(plain.dump(), Lang::nb).doc == plain);
}

TEST_CASE("warnings do not stop a load: self-tie, duplicate tie, FTE above one, odd date") {
  json doc = test::fixture_json("valid/minimal.json");
  doc["ties"].push_back({{"from", "a-1"}, {"to", "a-1"}, {"waveId", "w-1"}, {"frequency", 2}});
  doc["ties"].push_back({{"from", "a-1"}, {"to", "a-2"}, {"waveId", "w-1"}, {"frequency", 1}});
  doc["actors"][1]["fte"] = 1.5;
  doc["waves"][0]["date"] = "1. mars";
  const LoadResult r = load_project(doc.dump(), Lang::en);
  REQUIRE(r.doc.has_value());
  std::vector<std::string> codes;
  for (const auto& i : r.issues) {
    CHECK(i.severity == Severity::warning);
    codes.push_back(i.code + " " + i.path);
  }
  CHECK(codes == std::vector<std::string>{"fte-above-one $.actors[1].fte", "bad-date $.waves[0].date",
                                          "self-tie $.ties[3]", "duplicate-tie $.ties[4]"});
}

TEST_CASE("messages come in the requested language") {
  const std::string text = test::read_fixture("bad/unknown-actor.json");
  const auto nb = load_project(text, Lang::nb).issues.at(0).message;
  const auto en = load_project(text, Lang::en).issues.at(0).message;
  CHECK(nb.find("Ukjent person") != std::string::npos);
  CHECK(en.find("Unknown person") != std::string::npos);
}

TEST_CASE("odd keys are quoted in paths") {
  json doc = test::fixture_json("valid/minimal.json");
  doc["phases"]["fase én"] = {{"items", {{"x", {{"done", "ja"}}}}}};
  const LoadResult r = load_project(doc.dump(), Lang::en);
  REQUIRE(r.issues.size() == 1);
  CHECK(r.issues[0].path == "$.phases['fase én'].items.x.done");
}
