#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "checks/rules.hpp"
#include "text/catalogue.hpp"

namespace bosam::checks {
namespace {

using sna::Graph;
using sna::Vertex;

// A sentence that network findings carry when too few answered (low-response-rate explains the rest).
std::string caveat(const Context& c) {
  if (c.network_trusted()) return "";
  return text::tr(c.lang, "finding.caveat.low-response", {{"rate", percent(c.response_rate(), c.lang)}});
}

}  // namespace

void add_caveat(const Context& c, Finding& f) {
  f.explanation += caveat(c);
  if (!c.network_trusted()) f.numbers["responseRate"] = c.response_rate();
}

namespace {

// The people of unit index `u` (vertices), or every internal person when u is -1. O(n).
std::vector<Vertex> members(const Context& c, int u) {
  std::vector<Vertex> out;
  for (Vertex v = 0; v < c.network.undirected.n; ++v) {
    const int of = c.network.unitOf[v];
    if (u >= 0 ? of == u : of >= 0 && c.unit(c.network.unitIds[of]) && !c.unit(c.network.unitIds[of])->external)
      out.push_back(v);
  }
  return out;
}

}  // namespace

void isolates(const Context& c, std::vector<Finding>& out) {
  const Graph& g = c.network.undirected;
  for (Vertex v = 0; v < g.n; ++v) {
    if (g.degree(v) > 0) continue;
    const std::string& id = c.network.actorIds[v];
    const auto* a = c.actor(id);
    const bool answered = c.network.answered(v);
    const bool asked = c.network.survey[v] > 0;
    Finding f;
    f.rule = "isolate";
    f.id = "isolate:" + id;
    f.severity = answered ? "warning" : "info";  // without an answer, missing ties may just be missing data
    f.subjects.actors = {id};
    if (a) f.subjects.units = {a->unitId};
    f.numbers = {{"degree", 0}, {"answered", answered}, {"asked", asked}};
    write_texts(f, c.lang,
                {{"person", c.actor_name(id)},
                 {"unit", a ? c.unit_name(a->unitId) : "?"},
                 {"answered", answered ? "answered"
                              : asked  ? "asked"
                                       : "not-asked"}});
    note_non_response(c, f, {v}, false);  // the text already says whether they answered
    add_caveat(c, f);
    out.push_back(f);
  }
}

namespace {

// The pieces G falls into when v is removed (only v's own component matters), as lists of vertices. O(n + m).
std::vector<std::vector<Vertex>> pieces_without(const Graph& g, Vertex v) {
  std::vector<int> seen(g.n, 0);
  std::vector<std::vector<Vertex>> pieces;
  seen[v] = 1;
  std::vector<Vertex> stack;
  for (auto e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
    const Vertex s = g.targets[e];
    if (seen[s]) continue;
    std::vector<Vertex> piece;
    stack.assign(1, s);
    seen[s] = 1;
    while (!stack.empty()) {
      const Vertex x = stack.back();
      stack.pop_back();
      piece.push_back(x);
      for (auto f = g.offsets[x]; f < g.offsets[x + 1]; ++f)
        if (!seen[g.targets[f]]) seen[g.targets[f]] = 1, stack.push_back(g.targets[f]);
    }
    pieces.push_back(std::move(piece));
  }
  return pieces;
}

}  // namespace

void bottlenecks(const Context& c, std::vector<Finding>& out) {
  const Graph& g = c.network.undirected;
  for (Vertex v = 0; v < g.n; ++v) {
    const sna::NodeMeasures& node = c.analysis.nodes[v];
    const double btw = node.betweenness;
    const bool cut = node.articulationPoint;
    std::vector<Vertex> cutAway;  // people who would lose every path to the largest remaining piece
    if (cut) {
      auto pieces = pieces_without(g, v);
      std::sort(pieces.begin(), pieces.end(), [](const auto& a, const auto& b) { return a.size() < b.size(); });
      for (std::size_t i = 0; i + 1 < pieces.size(); ++i)
        cutAway.insert(cutAway.end(), pieces[i].begin(), pieces[i].end());
    }
    const int cutOff = static_cast<int>(cutAway.size());
    // A cut point that only holds one pendant contact is common and harmless; flag real separations or a large
    // share of all shortest paths.
    if (cutOff < 2 && btw < c.settings.bottleneckBetweenness) continue;
    const std::string& id = c.network.actorIds[v];
    const auto* a = c.actor(id);
    Finding f;
    f.rule = "bottleneck";
    f.id = "bottleneck:" + id;
    f.severity = cutOff >= 2 ? "critical" : "warning";
    f.subjects.actors = {id};
    if (a) f.subjects.units = {a->unitId};
    f.numbers = {{"betweenness", btw},
                 {"threshold", c.settings.bottleneckBetweenness},
                 {"articulationPoint", cut},
                 {"peopleCutOff", cutOff}};
    // cutOff 0 selects the betweenness sentence; a single person cut off is flagged only through betweenness.
    write_texts(f, c.lang,
                {{"person", c.actor_name(id)},
                 {"unit", a ? c.unit_name(a->unitId) : "?"},
                 {"cutOff", cutOff >= 2 ? cutOff : 0},
                 {"share", percent(btw, c.lang)}});
    // It rests on the people cut off (their only tie may be the one this person reported), or else on the
    // person's contacts, through whom the paths run.
    std::vector<Vertex> basis = cutAway;
    if (basis.empty())
      for (auto e = g.offsets[v]; e < g.offsets[v + 1]; ++e) basis.push_back(g.targets[e]);
    note_non_response(c, f, basis);
    add_caveat(c, f);
    out.push_back(f);
  }
}

namespace {

void silos(const Context& c, std::vector<Finding>& out) {
  for (std::size_t index = 0; index < c.analysis.units.size(); ++index) {
    const sna::UnitMeasures& u = c.analysis.units[index];
    const std::string& id = c.network.unitIds[index];
    const auto* unit = c.unit(id);
    if (!unit || unit->external || u.members < c.settings.siloMinMembers) continue;
    const int in = u.internalTies, ext = u.externalTies;
    const bool noTies = in == 0 && ext == 0;
    const bool inward = u.eiIndex && *u.eiIndex <= c.settings.siloEiIndex;
    if (!noTies && !inward) continue;
    // Against chance (units[].eiIndexP): a unit no more closed than the same people placed at random in units of
    // the same sizes would be is reported for information only; its few people or ties may be all it shows.
    const std::optional<double>& p = u.eiIndexP;
    const bool beyond = p && sna::beyond_chance(*p);
    Finding f;
    f.rule = "silo";
    f.id = "silo:" + id;
    f.severity = p && !beyond ? "info" : "warning";
    f.subjects.units = {id};
    f.numbers = {{"internalTies", in},
                 {"externalTies", ext},
                 {"eiIndex", u.eiIndex ? json(*u.eiIndex) : json(nullptr)},
                 {"threshold", c.settings.siloEiIndex},
                 {"eiIndexP", p ? json(*p) : json(nullptr)},
                 {"moreClosedThanChance", p ? json(beyond) : json(nullptr)}};
    write_texts(f, c.lang,
                {{"unit", unit->name},
                 {"internal", in},
                 {"external", ext},
                 {"ei", u.eiIndex ? decimal(*u.eiIndex, c.lang) : "–"}});
    if (p) {
      const int permutations = c.analysis.network.permutations;
      f.explanation += text::tr(c.lang, "finding.silo.chance",
                                {{"closed", beyond ? "more" : "chance"},
                                 {"permutations", permutations},
                                 {"count", static_cast<int>(std::lround(*p * permutations))}});
    }
    note_non_response(c, f, members(c, static_cast<int>(index)));
    add_caveat(c, f);
    out.push_back(f);
  }
}

void external_contact(const Context& c, std::vector<Finding>& out) {
  const Graph& g = c.network.undirected;
  const std::vector<Vertex> internalPeople = members(c, -1);
  for (std::size_t ui = 0; ui < c.network.unitIds.size(); ++ui) {
    const auto* unit = c.unit(c.network.unitIds[ui]);
    if (!unit || !unit->external) continue;
    int members = 0, internalContacts = 0;
    std::vector<Vertex> partnerPeople;
    for (Vertex v = 0; v < g.n; ++v) {
      if (c.network.unitOf[v] != static_cast<int>(ui)) continue;
      ++members;
      partnerPeople.push_back(v);
      for (auto e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
        const int other = c.network.unitOf[g.targets[e]];
        const auto* ou = other >= 0 ? c.unit(c.network.unitIds[other]) : nullptr;
        internalContacts += ou && !ou->external;
      }
    }
    if (internalContacts > 0) continue;
    Finding f;
    f.rule = "external-without-contact";
    f.id = "external-without-contact:" + unit->id;
    f.severity = members == 0 ? "info" : "warning";
    f.subjects.units = {unit->id};
    f.numbers = {{"contactPersons", members}, {"tiesToInternal", 0}};
    write_texts(f, c.lang, {{"unit", unit->name}, {"members", members}});
    // Contact would show in the partner's people's answers or in the municipality's: it rests on all of them.
    if (members > 0) {
      std::vector<Vertex> basis = partnerPeople;
      for (const Vertex x : internalPeople) basis.push_back(x);
      note_non_response(c, f, basis);
    } else {
      f.numbers["nonRespondents"] = 0;
    }
    add_caveat(c, f);
    out.push_back(f);
  }
}

void one_sided(const Context& c, std::vector<Finding>& out) {
  const Graph& d = c.network.directed;
  auto answered = [&](Vertex v) { return c.network.answered(v); };
  int pairs = 0, oneSided = 0;
  json examples = json::array();
  for (Vertex u = 0; u < d.n; ++u)
    for (auto e = d.offsets[u]; e < d.offsets[u + 1]; ++e) {
      const Vertex v = d.targets[e];
      if (!answered(u) || !answered(v)) continue;  // only both-answered pairs can show a perception gap
      const bool back = sna::edge_weight(d, v, u) > 0.0;
      if (back && v < u) continue;  // count a reciprocated pair once
      ++pairs;
      if (!back) {
        ++oneSided;
        if (examples.size() < 10) examples.push_back({{"from", c.network.actorIds[u]}, {"to", c.network.actorIds[v]}});
      }
    }
  if (pairs < c.settings.oneSidedMinTies) return;
  const double share = static_cast<double>(oneSided) / pairs;
  if (share < c.settings.oneSidedShare) return;
  Finding f;
  f.rule = "one-sided-ties";
  f.id = "one-sided-ties:" + c.network.waveId;
  f.severity = "info";
  f.numbers = {{"oneSided", oneSided},
               {"pairs", pairs},
               {"share", share},
               {"threshold", c.settings.oneSidedShare},
               {"examples", examples}};
  write_texts(f, c.lang, {{"oneSided", oneSided}, {"pairs", pairs}, {"share", percent(share, c.lang)}});
  f.numbers["nonRespondents"] = 0;  // only pairs where both answered are counted
  out.push_back(f);
}

}  // namespace

void should_collaborate(const Context& c, std::vector<Finding>& out);  // rules_collaborate.cpp

void network_rules(const Context& c, std::vector<Finding>& out) {
  if (c.network.waveId.empty() || c.wave_retired()) return;
  isolates(c, out);
  bottlenecks(c, out);
  silos(c, out);
  external_contact(c, out);
  one_sided(c, out);
  should_collaborate(c, out);
  overload(c, out);
}

}  // namespace bosam::checks
