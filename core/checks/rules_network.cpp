#include <algorithm>
#include <map>
#include <set>

#include "checks/rules.hpp"

namespace bosam::checks {
namespace {

using sna::Graph;
using sna::Vertex;

// A sentence that network findings carry when too few answered (low-response-rate explains the rest).
std::string caveat(const Context& c) {
  if (c.network_trusted()) return "";
  return c.lang == Lang::en ? " Note: only " + percent(c.response_rate(), c.lang) + " answered, so this may be missing data."
                            : " Merk: bare " + percent(c.response_rate(), c.lang) + " svarte, så dette kan skyldes manglende svar.";
}

void add_caveat(const Context& c, Finding& f) {
  f.explanation += caveat(c);
  if (!c.network_trusted()) f.numbers["responseRate"] = c.response_rate();
}

std::map<std::string, bool> responded(const Context& c) {
  std::map<std::string, bool> r;  // actor -> answered (absent: not asked)
  for (const auto& x : c.project.respondents)
    if (x.waveId == c.network.waveId) r[x.actorId] = r[x.actorId] || x.responded;
  return r;
}

void isolates(const Context& c, std::vector<Finding>& out) {
  const Graph& g = c.network.undirected;
  const auto answers = responded(c);
  for (Vertex v = 0; v < g.n; ++v) {
    if (g.degree(v) > 0) continue;
    const std::string& id = c.network.actorIds[v];
    const auto* a = c.actor(id);
    auto it = answers.find(id);
    const bool answered = it != answers.end() && it->second;
    const bool asked = it != answers.end();
    Finding f;
    f.rule = "isolate";
    f.id = "isolate:" + id;
    f.severity = answered ? "warning" : "info";  // without an answer, missing ties may just be missing data
    f.subjects.actors = {id};
    if (a) f.subjects.units = {a->unitId};
    f.numbers = {{"degree", 0}, {"answered", answered}, {"asked", asked}};
    const bool en = c.lang == Lang::en;
    const std::string how = answered ? (en ? "answered the survey but named no one" : "svarte på undersøkelsen, men oppga ingen")
                            : asked ? (en ? "did not answer the survey" : "har ikke svart på undersøkelsen")
                                    : (en ? "was not asked in the survey" : "ble ikke spurt i undersøkelsen");
    write_texts(f, c.lang, {{"person", c.actor_name(id)}, {"unit", a ? c.unit_name(a->unitId) : "?"}, {"answered", how}});
    add_caveat(c, f);
    out.push_back(f);
  }
}

// Sizes of the pieces G falls into when v is removed (only v's own component matters). O(n + m).
std::vector<int> pieces_without(const Graph& g, Vertex v) {
  std::vector<int> seen(g.n, 0), sizes;
  seen[v] = 1;
  std::vector<Vertex> stack;
  for (auto e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
    const Vertex s = g.targets[e];
    if (seen[s]) continue;
    int size = 0;
    stack.assign(1, s);
    seen[s] = 1;
    while (!stack.empty()) {
      const Vertex x = stack.back();
      stack.pop_back();
      ++size;
      for (auto f = g.offsets[x]; f < g.offsets[x + 1]; ++f)
        if (!seen[g.targets[f]]) seen[g.targets[f]] = 1, stack.push_back(g.targets[f]);
    }
    sizes.push_back(size);
  }
  return sizes;
}

void bottlenecks(const Context& c, std::vector<Finding>& out) {
  const Graph& g = c.network.undirected;
  const json& nodes = c.analysis["nodes"];
  const bool en = c.lang == Lang::en;
  for (Vertex v = 0; v < g.n; ++v) {
    const json& node = nodes[v];
    const double btw = node["betweenness"].get<double>();
    const bool cut = node["articulationPoint"].get<bool>();
    int cutOff = 0;  // people who would lose every path to the largest remaining piece
    if (cut) {
      auto sizes = pieces_without(g, v);
      std::sort(sizes.begin(), sizes.end());
      for (std::size_t i = 0; i + 1 < sizes.size(); ++i) cutOff += sizes[i];
    }
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
    f.numbers = {{"betweenness", btw}, {"threshold", c.settings.bottleneckBetweenness}, {"articulationPoint", cut},
                 {"peopleCutOff", cutOff}};
    std::string why;
    if (cutOff >= 2)
      why = en ? "is the only link to " + std::to_string(cutOff) + " people: without them, those people lose every path to the rest of the network."
               : "er eneste bindeledd til " + std::to_string(cutOff) + " personer: uten vedkommende mister de all forbindelse med resten av nettverket.";
    else
      why = en ? "lies on " + percent(btw, c.lang) + " of the shortest paths between the others."
               : "ligger på " + percent(btw, c.lang) + " av de korteste veiene mellom de andre.";
    write_texts(f, c.lang, {{"person", c.actor_name(id)}, {"unit", a ? c.unit_name(a->unitId) : "?"}, {"why", why}});
    add_caveat(c, f);
    out.push_back(f);
  }
}

void silos(const Context& c, std::vector<Finding>& out) {
  const bool en = c.lang == Lang::en;
  for (const auto& u : c.analysis["units"]) {
    const std::string id = u["id"].get<std::string>();
    const auto* unit = c.unit(id);
    if (!unit || unit->external || u["members"].get<int>() < c.settings.siloMinMembers) continue;
    const int in = u["internalTies"].get<int>(), ext = u["externalTies"].get<int>();
    const bool noTies = in == 0 && ext == 0;
    const bool inward = u["eiIndex"].is_number() && u["eiIndex"].get<double>() <= c.settings.siloEiIndex;
    if (!noTies && !inward) continue;
    Finding f;
    f.rule = "silo";
    f.id = "silo:" + id;
    f.severity = "warning";
    f.subjects.units = {id};
    f.numbers = {{"internalTies", in}, {"externalTies", ext}, {"eiIndex", u["eiIndex"]}, {"threshold", c.settings.siloEiIndex}};
    std::string why;
    if (noTies) why = en ? "No one in the unit reported contact with anyone, inside or outside it" : "Ingen i enheten har kontakt med noen, verken internt eller utenfor";
    else if (ext == 0) why = en ? "All " + std::to_string(in) + " ties are inside the unit; none go outside it" : "Alle " + std::to_string(in) + " kontakter er internt i enheten; ingen går utenfor";
    else why = en ? std::to_string(in) + " ties inside the unit and only " + std::to_string(ext) + " to others" : std::to_string(in) + " kontakter internt og bare " + std::to_string(ext) + " til andre";
    write_texts(f, c.lang, {{"unit", unit->name}, {"why", why}, {"ei", u["eiIndex"].is_number() ? decimal(u["eiIndex"].get<double>(), c.lang) : "–"}});
    add_caveat(c, f);
    out.push_back(f);
  }
}

void external_contact(const Context& c, std::vector<Finding>& out) {
  const Graph& g = c.network.undirected;
  const bool en = c.lang == Lang::en;
  for (std::size_t ui = 0; ui < c.network.unitIds.size(); ++ui) {
    const auto* unit = c.unit(c.network.unitIds[ui]);
    if (!unit || !unit->external) continue;
    int members = 0, internalContacts = 0;
    for (Vertex v = 0; v < g.n; ++v) {
      if (c.network.unitOf[v] != static_cast<int>(ui)) continue;
      ++members;
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
    const std::string why = members == 0 ? (en ? "no contact person there is registered." : "ingen kontaktperson der er registrert.")
                                         : (en ? "no one in the municipality reported contact with its people in this wave." : "ingen i kommunen oppga kontakt med deres folk i denne runden.");
    write_texts(f, c.lang, {{"unit", unit->name}, {"why", why}});
    add_caveat(c, f);
    out.push_back(f);
  }
}

void one_sided(const Context& c, std::vector<Finding>& out) {
  const Graph& d = c.network.directed;
  const auto answers = responded(c);
  auto answered = [&](Vertex v) {
    auto it = answers.find(c.network.actorIds[v]);
    return it != answers.end() && it->second;
  };
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
  f.numbers = {{"oneSided", oneSided}, {"pairs", pairs}, {"share", share}, {"threshold", c.settings.oneSidedShare}, {"examples", examples}};
  write_texts(f, c.lang, {{"oneSided", std::to_string(oneSided)}, {"pairs", std::to_string(pairs)}, {"share", percent(share, c.lang)}});
  out.push_back(f);
}

}  // namespace

void should_collaborate(const Context& c, std::vector<Finding>& out);  // rules_collaborate.cpp

void network_rules(const Context& c, std::vector<Finding>& out) {
  if (!c.analysis.is_object() || c.network.waveId.empty()) return;
  isolates(c, out);
  bottlenecks(c, out);
  silos(c, out);
  external_contact(c, out);
  one_sided(c, out);
  should_collaborate(c, out);
}

}  // namespace bosam::checks
