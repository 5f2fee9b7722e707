#include "checks/drafts.hpp"

#include <map>
#include <set>

#include "checks/rules.hpp"
#include "text/catalogue.hpp"

namespace bosam::checks {
namespace {

json draft(const std::string& id, const char* kind, const std::string& text, json evidence) {
  return {{"id", id}, {"kind", kind}, {"text", text}, {"evidence", std::move(evidence)}, {"accepted", false}};
}

// One weakness per rule: the findings of a rule are one theme for the discussion ("three functions rest on one
// person"), listed with the names involved.
void weaknesses(const Context& c, const json& findings, json& out) {
  std::map<std::string, std::vector<const json*>> byRule;
  for (const auto& f : findings)
    if (f["severity"] != "info" && f["rule"] != "phase-incomplete") byRule[f["rule"].get<std::string>()].push_back(&f);
  for (const auto& [rule, list] : byRule) {
    std::vector<std::string> titles;
    json evidence = json::array();
    for (const json* f : list) {
      titles.push_back((*f)["title"].get<std::string>());
      evidence.push_back("finding:" + (*f)["id"].get<std::string>());
    }
    std::string shown;
    for (std::size_t i = 0; i < titles.size() && i < 4; ++i) shown += (i ? "; " : "") + titles[i];
    const std::string lead = "draft.lead." + rule;
    const std::string text = text::tr(c.lang, "draft.weakness",
                                      {{"lead", text::has_message(c.lang, lead) ? text::tr(c.lang, lead) : rule},
                                       {"titles", shown},
                                       {"more", titles.size() > 4 ? titles.size() - 4 : 0}});
    out.push_back(draft("draft:weakness:" + rule, "weakness", text, evidence));
  }
}

// Strengths the data can show: close, two-way contact between units that share work; a survey most answered;
// every essential function held.
void strengths(const Context& c, const json& findings, json& out) {
  const auto& d = c.network.directed;
  if (!c.network.waveId.empty()) {
    // Per pair of internal units: arcs, reciprocated arcs and frequent (weekly or daily) arcs.
    struct Tally {
      int arcs = 0, mutual = 0, frequent = 0;
    };
    std::map<std::pair<int, int>, Tally> pairs;
    for (sna::Vertex u = 0; u < d.n; ++u)
      for (auto e = d.offsets[u]; e < d.offsets[u + 1]; ++e) {
        const sna::Vertex v = d.targets[e];
        int a = c.network.unitOf[u], b = c.network.unitOf[v];
        if (a < 0 || b < 0 || a == b) continue;
        if (b < a) std::swap(a, b);
        Tally& t = pairs[{a, b}];
        ++t.arcs;
        t.mutual += sna::edge_weight(d, v, u) > 0.0;
        t.frequent += d.weights[e] >= 3;
      }
    for (const auto& [p, t] : pairs) {
      const auto *ua = c.unit(c.network.unitIds[p.first]), *ub = c.unit(c.network.unitIds[p.second]);
      if (!ua || !ub || ua->external || ub->external) continue;
      // Dense: at least six reports between the units, four in five returned, most of them weekly or daily.
      if (t.arcs < 6 || t.mutual * 5 < t.arcs * 4 || t.frequent * 2 < t.arcs) continue;
      const std::string text =
          text::tr(c.lang, "draft.strength.units",
                   {{"unitA", ua->name}, {"unitB", ub->name}, {"arcs", t.arcs}, {"mutual", t.mutual}});
      out.push_back(draft("draft:strength:units:" + ua->id + "+" + ub->id, "strength", text,
                          json::array({"units:" + ua->id + "+" + ub->id})));
    }
    const double rate = c.response_rate();
    if (rate >= 0.85)
      out.push_back(draft("draft:strength:response-rate", "strength",
                          text::tr(c.lang, "draft.strength.response-rate", {{"rate", percent(rate, c.lang)}}),
                          json::array({"network:responseRate"})));
  }
  bool uncovered = false;
  for (const auto& f : findings) uncovered |= f["rule"] == "uncovered-function";
  int essential = 0;
  for (const auto& f : c.project.functions) essential += f.essential;
  if (!uncovered && essential > 0 && !c.project.assignments.empty())
    out.push_back(draft("draft:strength:coverage", "strength", text::tr(c.lang, "draft.strength.coverage"),
                        json::array({"network:coverage"})));
}

}  // namespace

json assessment_drafts(const Context& c, const json& findings) {
  json out = json::array();
  strengths(c, findings, out);
  weaknesses(c, findings, out);
  std::set<std::string> accepted;
  for (const auto& a : c.project.assessments)
    if (!a.draftId.empty()) accepted.insert(a.draftId);
  for (auto& d : out) d["accepted"] = accepted.count(d["id"].get<std::string>()) > 0;
  return out;
}

}  // namespace bosam::checks
