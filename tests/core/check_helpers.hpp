// Small hand-made projects for the knowledge-base rule tests: each test states its scenario in a few lines.
#pragma once
#include <string>
#include <vector>

#include "api/api.hpp"
#include "base/json.hpp"

namespace bosam::test {

// Units u-a, u-b, u-c (internal) and u-x (external); actors a1..a3 in u-a, b1..b3 in u-b, c1..c2 in u-c, x1 in u-x;
// functions f-1 (essential), f-2 (essential), f-3 (not essential); target groups tg-1, tg-2; one wave w with
// every internal actor asked and answering. No assignments, no ties: tests add what their scenario needs.
inline json base_project() {
  json p = {{"format", "bosam-project"}, {"schemaVersion", 1}, {"id", "p-test"}, {"municipality", {{"name", "Test"}}}};
  p["units"] = json::array({{{"id", "u-a"}, {"name", "Enhet A"}},
                            {{"id", "u-b"}, {"name", "Enhet B"}},
                            {{"id", "u-c"}, {"name", "Enhet C"}},
                            {{"id", "u-x"}, {"name", "Partner X"}, {"external", true}}});
  p["actors"] = json::array();
  for (const char* a : {"a1", "a2", "a3"})
    p["actors"].push_back({{"id", a}, {"name", std::string("Person ") + a}, {"unitId", "u-a"}});
  for (const char* a : {"b1", "b2", "b3"})
    p["actors"].push_back({{"id", a}, {"name", std::string("Person ") + a}, {"unitId", "u-b"}});
  for (const char* a : {"c1", "c2"})
    p["actors"].push_back({{"id", a}, {"name", std::string("Person ") + a}, {"unitId", "u-c"}});
  p["actors"].push_back({{"id", "x1"}, {"name", "Kontakt X"}, {"unitId", "u-x"}});
  p["functions"] = json::array({{{"id", "f-1"}, {"name", "Funksjon 1"}, {"essential", true}},
                                {{"id", "f-2"}, {"name", "Funksjon 2"}, {"essential", true}},
                                {{"id", "f-3"}, {"name", "Funksjon 3"}, {"essential", false}}});
  p["targetGroups"] = json::array({{{"id", "tg-1"}, {"name", "Gruppe 1"}}, {{"id", "tg-2"}, {"name", "Gruppe 2"}}});
  p["assignments"] = json::array();
  p["waves"] = json::array({{{"id", "w"}, {"label", "Runde"}, {"date", "2026-01-01"}}});
  p["respondents"] = json::array();
  for (const char* a : {"a1", "a2", "a3", "b1", "b2", "b3", "c1", "c2"})
    p["respondents"].push_back({{"actorId", a}, {"waveId", "w"}, {"responded", true}});
  p["ties"] = json::array();
  return p;
}

// A tie reported by `from` (not named "tie": ADL on json would find std::tie) (and, when both, by `to` as well).
inline void add_tie(json& p, const std::string& from, const std::string& to, int frequency = 3, bool both = true) {
  p["ties"].push_back({{"from", from}, {"to", to}, {"waveId", "w"}, {"frequency", frequency}});
  if (both) p["ties"].push_back({{"from", to}, {"to", from}, {"waveId", "w"}, {"frequency", frequency}});
}

inline void assign(json& p, const std::string& unit, const std::string& actor, const std::string& function,
                   const std::string& role, std::vector<std::string> groups = {}, bool decides = false) {
  json a = {{"unitId", unit},
            {"functionId", function},
            {"role", role},
            {"targetGroupIds", groups},
            {"decisionAuthority", decides}};
  if (!actor.empty()) a["actorId"] = actor;
  p["assignments"].push_back(a);
}

// Connects every internal actor in a chain-free way (a clique per unit and one strong tie between units), so
// network rules other than the one under test stay quiet.
inline void connect_all(json& p) {
  for (auto [u, v] : std::vector<std::pair<const char*, const char*>>{{"a1", "a2"},
                                                                      {"a2", "a3"},
                                                                      {"a1", "a3"},
                                                                      {"b1", "b2"},
                                                                      {"b2", "b3"},
                                                                      {"b1", "b3"},
                                                                      {"c1", "c2"},
                                                                      {"a1", "b1"},
                                                                      {"a2", "b2"},
                                                                      {"b1", "c1"},
                                                                      {"b2", "c2"},
                                                                      {"a3", "c1"},
                                                                      {"a1", "x1"},
                                                                      {"b3", "x1"}})
    add_tie(p, u, v);
}

// The findings of one rule from analysing `p` (the latest wave, default options).
inline json findings(const json& p, const std::string& rule, const std::string& lang = "en") {
  const json env = json::parse(api::analyze(p.dump(), json{{"lang", lang}}.dump()));
  json out = json::array();
  if (!env["ok"].get<bool>()) {
    out.push_back({{"error", env["errors"]}});
    return out;
  }
  for (const auto& f : env["result"]["findings"])
    if (f["rule"] == rule) out.push_back(f);
  return out;
}

}  // namespace bosam::test
