// Drafted strengths and weaknesses: each carries its evidence, and an accepted draft is marked as such.
#include <doctest/doctest.h>

#include "check_helpers.hpp"

using namespace bosam;
using test::add_tie;

namespace {
json drafts(const json& p) {
  const json env = json::parse(api::analyze(p.dump(), R"({"lang":"en"})"));
  REQUIRE(env["ok"] == true);
  return env["result"]["assessmentDrafts"];
}
const json* by_id(const json& list, const std::string& id) {
  for (const auto& d : list)
    if (d["id"] == id) return &d;
  return nullptr;
}
}  // namespace

TEST_CASE("a dense, two-way, frequent tie between two units is drafted as a strength") {
  json p = test::base_project();
  for (const char* a : {"a1", "a2", "a3"}) add_tie(p, a, "b1", 4);  // 6 arcs between u-a and u-b, all returned, daily
  add_tie(p, "b1", "c1");
  add_tie(p, "c1", "c2");
  const json all = drafts(p);
  const json* d = by_id(all, "draft:strength:units:u-a+u-b");
  REQUIRE(d != nullptr);
  CHECK((*d)["kind"] == "strength");
  CHECK((*d)["evidence"] == json::array({"units:u-a+u-b"}));
  CHECK((*d)["accepted"] == false);
}

TEST_CASE("near-miss: the same ties reported by one side only are not drafted as a strength") {
  json p = test::base_project();
  for (const char* a : {"a1", "a2", "a3"}) add_tie(p, a, "b1", 4, false);
  for (const char* a : {"a1", "a2", "a3"}) add_tie(p, "b2", a, 4, false);
  const json all = drafts(p);
  CHECK(by_id(all, "draft:strength:units:u-a+u-b") == nullptr);
}

TEST_CASE("findings of one rule make one weakness draft that points at each finding; accepted drafts are marked") {
  json p = test::base_project();
  add_tie(p, "a1", "a2");
  test::assign(p, "u-a", "a1", "f-1", "responsible", {}, true);
  p["assessments"] =
      json::array({{{"id", "s-1"}, {"kind", "weakness"}, {"text", "edited"}, {"draftId", "draft:weakness:isolate"}}});
  const json all = drafts(p);
  const json* iso = by_id(all, "draft:weakness:isolate");
  REQUIRE(iso != nullptr);
  CHECK((*iso)["accepted"] == true);
  // a3, b1, b2, b3, c1, c2 answered but have no ties: six isolate findings behind one draft.
  CHECK((*iso)["evidence"].size() == 6);
  CHECK((*iso)["evidence"][0].get<std::string>().rfind("finding:isolate:", 0) == 0);
  const json* unc = by_id(all, "draft:weakness:uncovered-function");
  REQUIRE(unc != nullptr);
  CHECK((*unc)["evidence"] == json::array({"finding:uncovered-function:f-2"}));
}
