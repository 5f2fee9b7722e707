// should-collaborate: the rule that joins the responsibility map to the network. Units that work on the same
// function, or hold work for the same target group (so clients pass between them), but that had no contact,
// or only rare contact, in the wave. O(assignments² per function + units² + m).
#include <map>
#include <set>

#include "checks/rules.hpp"
#include "text/catalogue.hpp"

namespace bosam::checks {
namespace {

using sna::Vertex;

struct Shared {
  std::set<std::string> functions, targetGroups;
  std::set<std::string> people;  // named holders of the shared functions in either unit
};

struct Contact {
  int edges = 0;
  int strongest = 0;
};

}  // namespace

void should_collaborate(const Context& c, std::vector<Finding>& out) {
  std::map<std::string, int> membersOf;
  for (const auto& a : c.project.actors) ++membersOf[a.unitId];

  // Which units touch each function (any role), and which hold work for each named target group.
  std::map<std::string, std::set<std::string>> unitsByFunction, unitsByGroup, holdersByFunction;
  std::map<std::pair<std::string, std::string>, std::set<std::string>> peopleByUnitFunction;
  for (const auto& a : c.project.assignments) {
    unitsByFunction[a.functionId].insert(a.unitId);
    if (a.role != model::Role::contributes) holdersByFunction[a.functionId].insert(a.unitId);
    if (!a.actorId.empty()) peopleByUnitFunction[{a.unitId, a.functionId}].insert(a.actorId);
    if (a.role != model::Role::contributes)
      for (const auto& tg : a.targetGroupIds) unitsByGroup[tg].insert(a.unitId);
  }
  std::map<std::pair<std::string, std::string>, Shared> shared;
  auto each_pair = [&](const std::set<std::string>& units, auto&& f) {
    for (auto i = units.begin(); i != units.end(); ++i)
      for (auto j = std::next(i); j != units.end(); ++j)
        if (membersOf[*i] > 0 && membersOf[*j] > 0) f(shared[{*i, *j}]);
  };
  for (const auto& [fn, units] : unitsByFunction)
    for (auto i = units.begin(); i != units.end(); ++i)
      for (auto j = std::next(i); j != units.end(); ++j) {
        if (membersOf[*i] == 0 || membersOf[*j] == 0) continue;
        // Two contributors to a function someone else holds do not hand work to each other.
        if (!holdersByFunction[fn].count(*i) && !holdersByFunction[fn].count(*j)) continue;
        Shared& s = shared[{*i, *j}];
        s.functions.insert(fn);
        for (const auto& u : {*i, *j})
          for (const auto& p : peopleByUnitFunction[{u, fn}]) s.people.insert(p);
      }
  for (const auto& entry : unitsByGroup)  // (not a structured binding: clang 14 cannot capture those)
    each_pair(entry.second, [&](Shared& s) { s.targetGroups.insert(entry.first); });

  // Contact between every pair of units in G.
  std::map<std::pair<std::string, std::string>, Contact> contact;
  const auto& g = c.network.undirected;
  for (Vertex u = 0; u < g.n; ++u)
    for (auto e = g.offsets[u]; e < g.offsets[u + 1]; ++e) {
      const Vertex v = g.targets[e];
      const int a = c.network.unitOf[u], b = c.network.unitOf[v];
      if (v < u || a < 0 || b < 0 || a == b) continue;
      std::string ua = c.network.unitIds[a], ub = c.network.unitIds[b];
      if (ub < ua) std::swap(ua, ub);
      Contact& k = contact[{ua, ub}];
      ++k.edges;
      k.strongest = std::max(k.strongest, static_cast<int>(g.weights[e]));
    }

  for (const auto& [pair, s] : shared) {
    const auto *ua = c.unit(pair.first), *ub = c.unit(pair.second);
    if (ua && ub && ua->external && ub->external) continue;  // two partners: not the municipality's to arrange
    const Contact k = contact.count(pair) ? contact.at(pair) : Contact{};
    const bool rare = k.edges > 0 && k.strongest <= c.settings.rareFrequency;
    if (k.edges > 0 && !rare) continue;
    Finding f;
    f.rule = "should-collaborate";
    f.id = "should-collaborate:" + pair.first + "+" + pair.second;
    // Several shared functions and no contact at all is worth a discussion; one shared function or rare contact
    // is worth a look.
    f.severity = k.edges == 0 && s.functions.size() >= 2 ? "warning" : "info";
    f.subjects.units = {pair.first, pair.second};
    f.subjects.functions = {s.functions.begin(), s.functions.end()};
    f.subjects.targetGroups = {s.targetGroups.begin(), s.targetGroups.end()};
    f.subjects.actors = {s.people.begin(), s.people.end()};
    f.numbers = {{"ties", k.edges},
                 {"strongestFrequency", k.strongest},
                 {"rareFrequency", c.settings.rareFrequency},
                 {"sharedFunctions", s.functions.size()},
                 {"sharedTargetGroups", s.targetGroups.size()}};
    std::vector<std::string> names;
    for (const auto& p : s.people) names.push_back(c.actor_name(p));
    // "share work" only when a function is shared; a shared target group alone is another sentence.
    write_texts(f, c.lang,
                {{"unitA", c.unit_name(pair.first)},
                 {"unitB", c.unit_name(pair.second)},
                 {"ties", k.edges},
                 {"frequency", frequency_name(k.strongest, c.lang)},
                 {"shared", shared_work(c, {s.functions.begin(), s.functions.end()},
                                        {s.targetGroups.begin(), s.targetGroups.end()})}},
                s.functions.empty() ? "groups" : "");
    if (!names.empty())
      f.explanation += text::tr(c.lang, "finding.people-involved", {{"names", join_names(names, c.lang)}});
    // It rests on the people of both units: their answers would have shown the contact.
    std::vector<Vertex> basis;
    for (Vertex v = 0; v < g.n; ++v) {
      const int u = c.network.unitOf[v];
      if (u >= 0 && (c.network.unitIds[u] == pair.first || c.network.unitIds[u] == pair.second)) basis.push_back(v);
    }
    note_non_response(c, f, basis);
    if (!c.network_trusted() && !f.numbers.value("restsOnNonRespondents", false))
      f.explanation += text::tr(c.lang, "finding.caveat.few-answered");
    out.push_back(f);
  }
}

}  // namespace bosam::checks
