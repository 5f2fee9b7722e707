// Pseudonymised sharing: SHA-256/HMAC against published test vectors, no names or free text in the copy, stable
// codes, and an exact round trip back to the original.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "api/api.hpp"
#include "schema/demo.hpp"
#include "survey/pseudonymize.hpp"
#include "survey/sha256.hpp"

using namespace bosam;

namespace {
const std::string kKey = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

json demo_with_key() {
  json d = json::parse(api::demo("{}"))["result"];
  d["pseudonymKey"] = kKey;
  return d;
}
json share(const json& project, const std::string& key = "") {
  const json env = json::parse(api::pseudonymize(project.dump(), key.empty() ? "{}" : json{{"key", key}}.dump()));
  REQUIRE(env["ok"] == true);
  return env["result"]["project"];
}
}  // namespace

TEST_CASE("SHA-256 and HMAC-SHA256 match the published test vectors") {
  auto hex = [](const std::array<std::uint8_t, 32>& h) { return survey::to_hex(h.data(), h.size()); };
  CHECK(hex(survey::sha256("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");  // FIPS 180-4
  CHECK(hex(survey::sha256("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(hex(survey::sha256(std::string(1000000, 'a'))) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  CHECK(hex(survey::hmac_sha256("Jefe", "what do ya want for nothing?")) ==  // RFC 4231, test case 2
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST_CASE("the shared copy has no names and no free text, keeps the structure, and validates") {
  const json original = demo_with_key();
  const json copy = share(original);
  const std::string text = copy.dump();
  for (const auto& a : original["actors"]) {
    INFO(a["name"].get<std::string>());
    CHECK(text.find(a["name"].get<std::string>()) == std::string::npos);
    CHECK(text.find("\"" + a["id"].get<std::string>() + "\"") == std::string::npos);
  }
  CHECK(text.find("\"note\"") == std::string::npos);
  CHECK(text.find(kKey) == std::string::npos);
  CHECK(copy["units"].size() == 5);  // the demo's three units of 5 or more people, and two pools (test_pool.cpp)
  CHECK(copy["ties"].size() == original["ties"].size());
  CHECK(copy["functions"] == original["functions"]);
  CHECK(json::parse(api::validate(text, "{}"))["ok"] == true);
}

TEST_CASE("codes are stable for a key and differ between keys") {
  const json original = demo_with_key();
  CHECK(share(original)["actors"] == share(original)["actors"]);
  const json other = share(original, std::string(64, 'f'));
  CHECK(other["actors"][0]["id"] != share(original)["actors"][0]["id"]);
}

TEST_CASE("the measures survive: the copy's network is the original's, only relabelled; unit measures are the pools'") {
  const json original = demo_with_key();
  const json copy = share(original);
  const json a = json::parse(api::analyze(original.dump(), "{}"))["result"];
  const json b = json::parse(api::analyze(copy.dump(), "{}"))["result"];
  for (const char* k : {"nodes", "ties", "density", "transitivity", "components", "responseRate"})
    CHECK(a["network"][k] == b["network"][k]);
  // Every person's measures, found by their code; only the unit (now a pool), brokerage between units and the
  // places in the network that read units (boundary-spanner, information-broker) differ.
  std::map<std::string, json> byCode;
  for (const auto& n : b["nodes"]) byCode[n["id"].get<std::string>()] = n;
  REQUIRE(a["nodes"].size() == byCode.size());
  auto unitFree = [](const json& roles) {
    json out = json::array();
    for (const auto& r : roles)
      if (r == "central-connector" || r == "peripheral") out.push_back(r);
    return out;
  };
  for (const auto& n : a["nodes"]) {
    json mine = n, theirs = byCode.at(survey::pseudonym(kKey, n["id"].get<std::string>()));
    CHECK(unitFree(mine["roles"]) == unitFree(theirs["roles"]));
    for (json* x : {&mine, &theirs})
      for (const char* k : {"id", "unitId", "brokerage", "roles"}) x->erase(k);
    CHECK(mine == theirs);
  }
  // The units of the analysis are the copy's: the kept ones and the two pools.
  std::set<std::string> units;
  for (const auto& u : b["units"]) units.insert(u["id"].get<std::string>());
  CHECK(units == std::set<std::string>{"u-nav", "u-rus", "u-flyktning", "u-pool-internal", "u-pool-external"});
}

TEST_CASE("pseudonymise then re-identify gives the original exactly") {
  const json original = demo_with_key();
  const json env = json::parse(api::reidentify(original.dump(), share(original).dump(), "{}"));
  REQUIRE(env["ok"] == true);
  CHECK(env["result"] == original);
  CHECK(env["result"].dump() == original.dump());
}

TEST_CASE("re-identification refuses a copy made with another key, and a project without a key") {
  const json original = demo_with_key();
  const json env = json::parse(api::reidentify(original.dump(), share(original, std::string(64, 'f')).dump(), "{}"));
  CHECK(env["ok"] == false);
  CHECK(env["errors"][0]["code"] == "wrong-key");
  json plain = json::parse(api::demo("{}"))["result"];
  CHECK(json::parse(api::pseudonymize(plain.dump(), "{}"))["errors"][0]["code"] == "missing-key");
}

TEST_CASE("a pseudonymKey that is not text is refused by the door, so pseudonymising never crashes (regression)") {
  json p = bosam::demo_project();
  p["pseudonymKey"] = 5;
  const json env = json::parse(api::validate(p.dump(), R"({"lang":"en"})"));
  REQUIRE(env["ok"] == false);
  CHECK(env["errors"][0]["path"] == "$.pseudonymKey");
  CHECK(env["errors"][0]["code"] == "wrong-type");
  const json copy = json::parse(api::pseudonymize(p.dump(), R"({"lang":"en"})"));
  CHECK(copy["ok"] == false);
  CHECK(copy["errors"][0]["code"] != "internal-error");
}
