// Random valid projects for the property tests (test_properties.cpp): deterministic from a seed, the same on
// every platform (own generator, no std distributions, whose results differ between libstdc++ and libc++).
// Shapes vary with the seed: empty, only isolates, many waves, external units, unit-held assignments, Unicode
// and markup in names and notes, self-ties and repeated ties (warnings, still valid). O(actors²) at most.
#pragma once
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "base/json.hpp"

namespace bosam::test {

// SplitMix64: small, fast and fully specified.
struct Rng {
  std::uint64_t state;
  explicit Rng(std::uint64_t seed) : state(seed * 0x9E3779B97F4A7C15ULL + 1) {}
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }
  double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }  // [0, 1)
};

inline std::string gen_name(Rng& rng, const std::string& base) {
  static const std::vector<std::string> extras = {"",
                                                  "",
                                                  "",
                                                  " Ærøy–Åsnes",
                                                  " 🏠 bolig",
                                                  " Zoë Ünïcødé",
                                                  " שלום",
                                                  " 北京",
                                                  " e\xCC\x81",  // combining accent
                                                  " <script>alert(1)</script>",
                                                  " &amp; \"sitat\" 'x'",
                                                  " \\ bak/skrå",
                                                  " \t tab"};
  return base + extras[static_cast<std::size_t>(rng.below(static_cast<int>(extras.size())))];
}

// A valid project (docs/project-file.md). `seed` picks the shape as well as the content.
inline json random_project(std::uint64_t seed) {
  Rng rng(seed);
  json p = {{"format", "bosam-project"},
            {"schemaVersion", 1},
            {"id", "p-gen-" + std::to_string(seed)},
            {"municipality", {{"name", gen_name(rng, "Kommune " + std::to_string(seed))}}}};
  const int shape = static_cast<int>(seed % 10);
  if (shape == 0) return p;  // empty: no lists at all
  const bool isolatesOnly = shape == 1;
  const bool manyWaves = shape == 2;
  const int nUnits = rng.below(6) + (shape == 3 ? 0 : 1);
  const int nActors = nUnits == 0 ? 0 : (shape == 4 ? 60 + rng.below(60) : rng.below(30));
  const int nWaves = manyWaves ? 5 + rng.below(6) : rng.below(3);
  const int nFunctions = rng.below(5), nGroups = rng.below(4);

  p["units"] = json::array();
  for (int u = 0; u < nUnits; ++u) {
    json unit = {{"id", "u-" + std::to_string(u)}, {"name", gen_name(rng, "Enhet " + std::to_string(u))}};
    if (rng.chance(25)) unit["external"] = true;
    if (rng.chance(30)) unit["location"] = gen_name(rng, "Rådhuset");
    p["units"].push_back(unit);
  }
  p["actors"] = json::array();
  for (int a = 0; a < nActors; ++a) {
    json actor = {{"id", "a-" + std::to_string(a)},
                  {"name", gen_name(rng, "Person " + std::to_string(a))},
                  {"unitId", "u-" + std::to_string(rng.below(nUnits))}};
    if (rng.chance(40)) actor["fte"] = static_cast<double>(rng.below(21)) / 20.0;
    if (rng.chance(20)) actor["note"] = gen_name(rng, "Merknad");
    p["actors"].push_back(actor);
  }
  p["functions"] = json::array();
  for (int f = 0; f < nFunctions; ++f)
    p["functions"].push_back(
        {{"id", "f-" + std::to_string(f)}, {"name", gen_name(rng, "Funksjon")}, {"essential", rng.chance(50)}});
  p["targetGroups"] = json::array();
  for (int g = 0; g < nGroups; ++g)
    p["targetGroups"].push_back({{"id", "tg-" + std::to_string(g)}, {"name", gen_name(rng, "Målgruppe")}});
  p["assignments"] = json::array();
  static const char* const roles[] = {"responsible", "performs", "contributes"};
  const int nAssignments = nUnits > 0 && nFunctions > 0 ? rng.below(8) : 0;
  for (int i = 0; i < nAssignments; ++i) {
    json as = {{"unitId", "u-" + std::to_string(rng.below(nUnits))},
               {"functionId", "f-" + std::to_string(rng.below(nFunctions))},
               {"role", roles[rng.below(3)]},
               {"targetGroupIds", json::array()},
               {"decisionAuthority", rng.chance(30)}};
    if (nActors > 0 && rng.chance(70)) as["actorId"] = "a-" + std::to_string(rng.below(nActors));
    for (int g = 0; g < nGroups; ++g)
      if (rng.chance(40)) as["targetGroupIds"].push_back("tg-" + std::to_string(g));
    p["assignments"].push_back(as);
  }
  p["waves"] = json::array();
  p["respondents"] = json::array();
  p["ties"] = json::array();
  static const char* const types[] = {"information", "coordination", "advice", "referral"};
  const int density = isolatesOnly ? 0 : 2 + rng.below(30);  // percent of ordered pairs with a tie
  for (int w = 0; w < nWaves; ++w) {
    const std::string wave = "w-" + std::to_string(w);
    p["waves"].push_back({{"id", wave},
                          {"label", gen_name(rng, "Runde " + std::to_string(w + 1))},
                          {"date", "202" + std::to_string(w % 10) + "-0" + std::to_string(1 + w % 9) + "-15"}});
    for (int a = 0; a < nActors; ++a)
      if (rng.chance(80))
        p["respondents"].push_back(
            {{"actorId", "a-" + std::to_string(a)}, {"waveId", wave}, {"responded", rng.chance(75)}});
    for (int a = 0; a < nActors; ++a)
      for (int b = 0; b < nActors; ++b) {
        const bool odd = rng.chance(1);  // a rare self-tie or repeated tie: warned about, still valid
        if (a == b && !odd) continue;
        if (!rng.chance(density)) continue;
        json t = {{"from", "a-" + std::to_string(a)},
                  {"to", "a-" + std::to_string(b)},
                  {"waveId", wave},
                  {"frequency", 1 + rng.below(4)}};
        if (rng.chance(60)) t["types"] = json::array({types[rng.below(4)]});
        p["ties"].push_back(t);
        if (odd && a != b) p["ties"].push_back(t);
      }
  }
  if (rng.chance(30))
    p["assessments"] = json::array({{{"id", "s-1"},
                                     {"kind", rng.chance(50) ? "strength" : "weakness"},
                                     {"text", gen_name(rng, "Vurdering")},
                                     {"evidence", json::array()}}});
  return p;
}

// The first number that is NaN or infinite, as text ("" if none). Iterative, O(size of v).
inline std::string first_non_finite(const json& v) {
  std::vector<std::pair<const json*, std::string>> stack{{&v, "$"}};
  while (!stack.empty()) {
    const json* x = stack.back().first;
    const std::string path = stack.back().second;
    stack.pop_back();
    if (x->is_number_float() && !std::isfinite(x->get<double>())) return path;
    if (x->is_object())
      for (auto it = x->begin(); it != x->end(); ++it) stack.emplace_back(&it.value(), path + "." + it.key());
    else if (x->is_array())
      for (std::size_t i = 0; i < x->size(); ++i) stack.emplace_back(&(*x)[i], path + "[" + std::to_string(i) + "]");
  }
  return "";
}

}  // namespace bosam::test
