#include "checks/drafts.hpp"

#include <map>
#include <set>

#include "checks/rules.hpp"

namespace bosam::checks {
namespace {

json draft(const std::string& id, const char* kind, const std::string& text, json evidence) {
  return {{"id", id}, {"kind", kind}, {"text", text}, {"evidence", std::move(evidence)}, {"accepted", false}};
}

// One weakness per rule: the findings of a rule are one theme for the discussion ("three functions rest on one
// person"), listed with the names involved.
void weaknesses(const Context& c, const json& findings, json& out) {
  const bool en = c.lang == Lang::en;
  std::map<std::string, std::vector<const json*>> byRule;
  for (const auto& f : findings)
    if (f["severity"] != "info" && f["rule"] != "phase-incomplete") byRule[f["rule"].get<std::string>()].push_back(&f);
  static const std::map<std::string, std::pair<const char*, const char*>> lead = {
      {"duplicate-function", {"Samme oppgave gjøres flere steder", "The same task is done in several places"}},
      {"uncovered-function", {"Vesentlige oppgaver har ingen ansvarlig", "Essential tasks have no one responsible"}},
      {"no-decision-authority", {"Uklar beslutningsmyndighet", "Unclear decision authority"}},
      {"single-person-dependency",
       {"Sårbart når én person har oppgaven alene", "Vulnerable where one person holds a task alone"}},
      {"should-collaborate", {"Enheter som deler oppgaver, snakker ikke sammen", "Units that share tasks do not talk"}},
      {"isolate", {"Noen står utenfor samarbeidet", "Some people are outside the collaboration"}},
      {"bottleneck", {"Kontakten er avhengig av få personer", "Contact depends on a few people"}},
      {"silo", {"Enheter som arbeider for seg selv", "Units that work on their own"}},
      {"external-without-contact", {"Samarbeidsparter uten kontakt", "Partners without contact"}},
      {"one-sided-ties", {"Ulik oppfatning av hvem som samarbeider", "Different views of who works together"}},
      {"low-response-rate",
       {"For få svar til å stole på nettverksbildet", "Too few answers to trust the network picture"}},
      {"thin-resources", {"Vesentlige oppgaver får lite tid", "Essential tasks get little time"}}};
  for (const auto& [rule, list] : byRule) {
    auto it = lead.find(rule);
    std::vector<std::string> titles;
    json evidence = json::array();
    for (const json* f : list) {
      titles.push_back((*f)["title"].get<std::string>());
      evidence.push_back("finding:" + (*f)["id"].get<std::string>());
    }
    std::string text = it == lead.end() ? rule : (en ? it->second.second : it->second.first);
    text += ": ";
    for (std::size_t i = 0; i < titles.size() && i < 4; ++i) text += (i ? "; " : "") + titles[i];
    if (titles.size() > 4)
      text += en ? " (and " + std::to_string(titles.size() - 4) + " more)"
                 : " (og " + std::to_string(titles.size() - 4) + " til)";
    text += ".";
    out.push_back(draft("draft:weakness:" + rule, "weakness", text, evidence));
  }
}

// Strengths the data can show: close, two-way contact between units that share work; a survey most answered;
// every essential function held.
void strengths(const Context& c, const json& findings, json& out) {
  const bool en = c.lang == Lang::en;
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
      const std::string text = en ? "Close, two-way contact between " + ua->name + " and " + ub->name + ": " +
                                        std::to_string(t.arcs) + " reported ties, " + std::to_string(t.mutual) +
                                        " of them returned, most weekly or daily."
                                  : "Tett og gjensidig kontakt mellom " + ua->name + " og " + ub->name + ": " +
                                        std::to_string(t.arcs) + " oppgitte kontakter, " + std::to_string(t.mutual) +
                                        " av dem gjensidige, de fleste ukentlige eller daglige.";
      out.push_back(draft("draft:strength:units:" + ua->id + "+" + ub->id, "strength", text,
                          json::array({"units:" + ua->id + "+" + ub->id})));
    }
    const double rate = c.response_rate();
    if (rate >= 0.85)
      out.push_back(
          draft("draft:strength:response-rate", "strength",
                en ? "High response rate (" + percent(rate, c.lang) +
                         "): the network picture rests on almost everyone's answers."
                   : "Høy svarprosent (" + percent(rate, c.lang) + "): nettverksbildet bygger på svar fra nesten alle.",
                json::array({"network:responseRate"})));
  }
  bool uncovered = false;
  for (const auto& f : findings) uncovered |= f["rule"] == "uncovered-function";
  int essential = 0;
  for (const auto& f : c.project.functions) essential += f.essential;
  if (!uncovered && essential > 0 && !c.project.assignments.empty())
    out.push_back(draft("draft:strength:coverage", "strength",
                        en ? "Every essential housing-social function has someone responsible for it or performing it."
                           : "Alle vesentlige boligsosiale funksjoner har noen som har ansvar for eller utfører dem.",
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
