// Caps on size, nesting, list length and string length turn absurd input into one clear error.
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "schema/door.hpp"

using namespace bosam;

namespace {
bool has_code(const Issues& issues, const std::string& code, const std::string& path = "") {
  for (const auto& i : issues)
    if (i.code == code && (path.empty() || i.path == path)) return true;
  return false;
}
}  // namespace

TEST_CASE("a file larger than the size cap is refused before parsing") {
  Limits small;
  small.maxBytes = 1000;
  const std::string text = test::read_fixture("valid/minimal.json");
  REQUIRE(text.size() > 1000);
  const LoadResult r = load_project(text, Lang::en, small);
  CHECK_FALSE(r.doc);
  CHECK(has_code(r.issues, "too-large", "$"));
}

TEST_CASE("nesting exactly at the cap is fine, one deeper is refused") {
  Limits l;
  l.maxDepth = 5;
  // depth 5: the object plus 4 arrays
  const std::string ok = R"({"format":"bosam-project","schemaVersion":1,"x":[[[[]]]]})";
  const std::string deep = R"({"format":"bosam-project","schemaVersion":1,"x":[[[[[]]]]]})";
  CHECK_FALSE(has_code(load_project(ok, Lang::en, l).issues, "too-deep"));
  CHECK(has_code(load_project(deep, Lang::en, l).issues, "too-deep"));
}

TEST_CASE("brackets inside strings do not count as nesting") {
  Limits l;
  l.maxDepth = 3;
  const std::string text = R"({"format":"bosam-project","schemaVersion":1,"x":"[[[[[[{{{{ \" [[["})";
  CHECK_FALSE(has_code(load_project(text, Lang::en, l).issues, "too-deep"));
}

TEST_CASE("a list longer than the cap is refused with its path") {
  Limits l;
  l.maxListLength = 2;
  const LoadResult r = load_project(test::read_fixture("valid/minimal.json"), Lang::en, l);
  CHECK_FALSE(r.doc);
  CHECK(has_code(r.issues, "list-too-long", "$.units"));
  CHECK(has_code(r.issues, "list-too-long", "$.ties"));
}

TEST_CASE("a string longer than the cap is refused with its path") {
  json doc = test::fixture_json("valid/minimal.json");
  doc["actors"][0]["note"] = std::string(5000, 'x');
  Limits l;
  l.maxStringLength = 4000;
  const LoadResult r = load_project(doc.dump(), Lang::en, l);
  CHECK_FALSE(r.doc);
  CHECK(has_code(r.issues, "string-too-long", "$.actors[0].note"));
}

TEST_CASE("the default caps accept a 10 MB note as an error, not a crash") {
  json doc = test::fixture_json("valid/minimal.json");
  doc["actors"][0]["note"] = std::string(10u * 1024u * 1024u, 'a');
  const LoadResult r = load_project(doc.dump(), Lang::en);
  CHECK(has_code(r.issues, "string-too-long", "$.actors[0].note"));
}

TEST_CASE("invalid UTF-8 variants are errors, valid multi-byte text is not") {
  const std::string head = R"({"format":"bosam-project","schemaVersion":1,"id":"p","municipality":{"name":")";
  const std::string tail = R"("}})";
  for (const char* bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82", "\x80", "\xFF"}) {
    INFO("bytes: ", bad);
    CHECK(has_code(load_project(head + bad + tail, Lang::en).issues, "invalid-utf8"));
  }
  const LoadResult ok = load_project(head + "Ærøy – 🏠" + tail, Lang::en);
  CHECK(ok.doc.has_value());
}
