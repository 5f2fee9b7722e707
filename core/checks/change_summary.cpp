#include "checks/change_summary.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "checks/rules.hpp"
#include "text/catalogue.hpp"

namespace bosam::checks {
namespace {

json sentence(const char* kind, std::string text, json numbers = json::object()) {
  return {{"kind", kind}, {"text", std::move(text)}, {"numbers", std::move(numbers)}};
}

// For each external unit: the internal people who have contact with its people in a wave.
std::map<std::string, std::set<std::string>> links_to_partners(const model::Project& p, const sna::Network& net) {
  std::map<std::string, bool> external;
  for (const auto& u : p.units) external[u.id] = u.external;
  std::map<std::string, std::set<std::string>> out;
  for (const auto& u : p.units)
    if (u.external) out[u.id];
  const auto& g = net.undirected;
  for (sna::Vertex v = 0; v < g.n; ++v) {
    if (net.unitOf[v] < 0 || !external[net.unitIds[net.unitOf[v]]]) continue;
    for (auto e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
      const int other = net.unitOf[g.targets[e]];
      if (other >= 0 && !external[net.unitIds[other]])
        out[net.unitIds[net.unitOf[v]]].insert(net.actorIds[g.targets[e]]);
    }
  }
  return out;
}

}  // namespace

json change_summary(const model::Project& p, const sna::Comparison& cmp, Lang lang) {
  std::map<std::string, std::string> unitOf, unitName, actorName;
  for (const auto& a : p.actors) unitOf[a.id] = a.unitId, actorName[a.id] = a.name;
  for (const auto& u : p.units) unitName[u.id] = u.name;
  json out = json::array();

  // New and lost ties, counted per pair of units (or within one unit), largest changes first.
  for (const bool added : {true, false}) {
    std::map<std::pair<std::string, std::string>, int> byPair;
    for (const auto& t : added ? cmp.added : cmp.removed) {
      std::string a = unitOf[t.a], b = unitOf[t.b];
      if (b < a) std::swap(a, b);
      ++byPair[{a, b}];
    }
    std::vector<std::pair<int, std::pair<std::string, std::string>>> ranked;
    for (const auto& [pair, n] : byPair) ranked.push_back({n, pair});
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
    for (std::size_t i = 0; i < ranked.size() && i < 3; ++i) {
      const auto& [n, pair] = ranked[i];
      const bool within = pair.first == pair.second;
      const std::string text = text::tr(lang, added ? "change.ties-added" : "change.ties-removed",
                                        {{"count", n},
                                         {"within", within ? "yes" : "no"},
                                         {"unitA", unitName[pair.first]},
                                         {"unitB", unitName[pair.second]}});
      out.push_back(sentence(added ? "ties-added" : "ties-removed", text,
                             {{"count", n}, {"units", json::array({pair.first, pair.second})}}));
    }
  }
  const auto stronger = cmp.strengthened.size(), weaker = cmp.weakened.size();
  if (stronger + weaker > 0)
    out.push_back(sentence("ties-strength",
                           text::tr(lang, "change.ties-strength", {{"stronger", stronger}, {"weaker", weaker}}),
                           {{"strengthened", stronger}, {"weakened", weaker}}));

  // Partners reached through a single person, or no longer at all.
  const auto before = links_to_partners(p, cmp.before.net);
  const auto after = links_to_partners(p, cmp.after.net);
  for (const auto& [unit, people] : after) {
    const auto& was = before.count(unit) ? before.at(unit) : std::set<std::string>{};
    if (people.size() == 1) {
      const std::string& person = *people.begin();
      const bool still = was.size() == 1 && *was.begin() == person;
      out.push_back(
          sentence("single-link",
                   text::tr(lang, "change.single-link",
                            {{"unit", unitName[unit]}, {"person", actorName[person]}, {"still", still ? "yes" : "no"}}),
                   {{"unit", unit}, {"actor", person}, {"still", still}}));
    } else if (people.empty() && !was.empty()) {
      out.push_back(sentence("lost-contact", text::tr(lang, "change.lost-contact", {{"unit", unitName[unit]}}),
                             {{"unit", unit}, {"before", was.size()}}));
    }
  }

  // The survey and the network as a whole.
  const sna::NetworkMeasures &nb = cmp.before.network, &na = cmp.after.network;
  if (nb.responseRate && na.responseRate)
    out.push_back(
        sentence("response-rate",
                 text::tr(lang, "change.response-rate",
                          {{"before", percent(*nb.responseRate, lang)}, {"after", percent(*na.responseRate, lang)}}),
                 {{"before", *nb.responseRate}, {"after", *na.responseRate}}));
  if (nb.density && na.density) {
    const double b = *nb.density, a = *na.density;
    out.push_back(sentence("density",
                           text::tr(lang, "change.density",
                                    {{"trend", a > b   ? "denser"
                                               : a < b ? "sparser"
                                                       : "same"},
                                     {"before", decimal(b, lang, 3)},
                                     {"after", decimal(a, lang, 3)}}),
                           {{"before", b}, {"after", a}}));
  }
  return out;
}

}  // namespace bosam::checks
