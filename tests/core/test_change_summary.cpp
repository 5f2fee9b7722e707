// Wave comparison in plain words, on a hand-made project with two waves.
#include <doctest/doctest.h>

#include "check_helpers.hpp"

using namespace bosam;

namespace {
void tie_in(json& p, const std::string& wave, const std::string& a, const std::string& b, int f = 3) {
  p["ties"].push_back({{"from", a}, {"to", b}, {"waveId", wave}, {"frequency", f}});
  p["ties"].push_back({{"from", b}, {"to", a}, {"waveId", wave}, {"frequency", f}});
}
json summary(const json& p, const std::string& lang) {
  const json env = json::parse(api::compare(p.dump(), json{{"from", "w0"}, {"to", "w"}, {"lang", lang}}.dump()));
  REQUIRE(env["ok"] == true);
  return env["result"]["summary"];
}
std::vector<std::string> texts(const json& s) {
  std::vector<std::string> out;
  for (const auto& x : s) out.push_back(x["text"].get<std::string>());
  return out;
}
}  // namespace

TEST_CASE("change summary: new ties per pair of units, a partner reached through one person, lost contact") {
  json p = test::base_project();
  p["waves"].push_back({{"id", "w0"}, {"label", "Før"}, {"date", "2025-01-01"}});
  // Before: a1-b1 only; x1 (partner X) in touch with a1 and b1.
  tie_in(p, "w0", "a1", "b1");
  tie_in(p, "w0", "x1", "a1");
  tie_in(p, "w0", "x1", "b1");
  // After: three new ties between A and B; a1-b1 kept and stronger; X now reached only through b1.
  tie_in(p, "w", "a1", "b1", 4);
  tie_in(p, "w", "a2", "b2");
  tie_in(p, "w", "a3", "b3");
  tie_in(p, "w", "a2", "b3");
  tie_in(p, "w", "x1", "b1");
  const auto en = texts(summary(p, "en"));
  CHECK(std::find(en.begin(), en.end(), "3 new contacts between Enhet A and Enhet B.") != en.end());
  CHECK(std::find(en.begin(), en.end(), "1 contact between Enhet A and Partner X has gone.") != en.end());
  CHECK(std::find(en.begin(), en.end(), "1 contact has become more frequent and 0 less frequent.") != en.end());
  CHECK(std::find(en.begin(), en.end(), "The only link to Partner X now goes through Person b1.") != en.end());
  const auto nb = texts(summary(p, "nb"));
  CHECK(std::find(nb.begin(), nb.end(), "3 nye kontakter mellom Enhet A og Enhet B.") != nb.end());
  CHECK(std::find(nb.begin(), nb.end(), "Eneste kobling til Partner X går nå gjennom Person b1.") != nb.end());

  // Remove X's last tie: the partner is lost.
  json q = p;
  json kept = json::array();
  for (const auto& t : q["ties"])
    if (!(t["waveId"] == "w" && (t["from"] == "x1" || t["to"] == "x1"))) kept.push_back(t);
  q["ties"] = kept;
  const auto lost = texts(summary(q, "en"));
  CHECK(std::find(lost.begin(), lost.end(), "No one has contact with Partner X any more.") != lost.end());
}
