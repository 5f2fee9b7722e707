#include "export/table.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "sna/analyze.hpp"

namespace bosam::exports {
namespace {

using V = ValueType;

json opt(const std::optional<double>& v) { return v ? json(*v) : json(); }

std::string join(const std::vector<std::string>& parts, char separator = kTypeSeparator) {
  std::string out;
  for (const auto& s : parts) {
    if (!out.empty()) out += separator;
    out += s;
  }
  return out;
}

// Measures copied from the typed analysis (docs/analysis.md), in this order. Brokerage roles are flattened;
// the places in the network (sna/roles.hpp) are their ids joined by a space, "" for none.
struct MeasureColumn {
  Column column;
  json (*value)(const sna::NodeMeasures&);
};

const std::vector<MeasureColumn>& measure_columns() {
  using M = sna::NodeMeasures;
  static const std::vector<MeasureColumn> c = {
      {{"degree", V::integer}, [](const M& m) { return json(m.degree); }},
      {{"inDegree", V::integer}, [](const M& m) { return json(m.inDegree); }},
      {{"outDegree", V::integer}, [](const M& m) { return json(m.outDegree); }},
      {{"strength", V::real}, [](const M& m) { return json(m.strength); }},
      {{"betweenness", V::real}, [](const M& m) { return json(m.betweenness); }},
      {{"closeness", V::real}, [](const M& m) { return json(m.closeness); }},
      {{"harmonic", V::real}, [](const M& m) { return json(m.harmonic); }},
      {{"eigenvector", V::real}, [](const M& m) { return opt(m.eigenvector); }},
      {{"pagerank", V::real}, [](const M& m) { return opt(m.pagerank); }},
      {{"clustering", V::real}, [](const M& m) { return json(m.clustering); }},
      {{"coreNumber", V::integer}, [](const M& m) { return json(m.coreNumber); }},
      {{"constraint", V::real}, [](const M& m) { return opt(m.constraint); }},
      {{"effectiveSize", V::real}, [](const M& m) { return opt(m.effectiveSize); }},
      {{"articulationPoint", V::boolean}, [](const M& m) { return json(m.articulationPoint); }},
      {{"component", V::integer}, [](const M& m) { return json(m.component); }},
      {{"community", V::integer}, [](const M& m) { return m.community ? json(*m.community) : json(); }},
      {{"brokerage", V::integer}, [](const M& m) { return json(m.brokerage.total()); }},
      {{"brokerageCoordinator", V::integer}, [](const M& m) { return json(m.brokerage.coordinator); }},
      {{"brokerageGatekeeper", V::integer}, [](const M& m) { return json(m.brokerage.gatekeeper); }},
      {{"brokerageRepresentative", V::integer}, [](const M& m) { return json(m.brokerage.representative); }},
      {{"brokerageItinerant", V::integer}, [](const M& m) { return json(m.brokerage.itinerant); }},
      {{"brokerageLiaison", V::integer}, [](const M& m) { return json(m.brokerage.liaison); }},
      {{"roles", V::text}, [](const M& m) { return json(join(m.roles, ' ')); }}};
  return c;
}

// Edge types of each reported arc of the wave: the union over repeated reports, in order of first mention.
std::map<std::pair<std::string, std::string>, std::vector<std::string>> arc_types(const model::Project& p,
                                                                                  const std::string& waveId) {
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> types;
  for (const auto& t : p.ties) {
    if (t.waveId != waveId) continue;
    auto& list = types[{t.from, t.to}];
    for (const auto& type : t.types)
      if (std::find(list.begin(), list.end(), type) == list.end()) list.push_back(type);
  }
  return types;
}

}  // namespace

NetworkTables network_tables(const model::Project& p, const sna::AnalysisOptions& opt, bool measures) {
  const sna::Network net = sna::build_network(p, opt);
  NetworkTables t;

  std::string waveLabel;
  for (const auto& w : p.waves)
    if (w.id == net.waveId) waveLabel = w.label;
  t.graph = {{"projectId", p.id},
             {"municipality", p.municipalityName},
             {"waveId", net.waveId},
             {"waveLabel", waveLabel},
             {"minFrequency", std::to_string(opt.minFrequency)},
             {"reciprocatedOnly", opt.reciprocated ? "true" : "false"},
             {"edgeWeight", "frequency (1 = less than monthly, 2 = monthly, 3 = weekly, 4 = daily)"}};

  // Nodes: every actor, in project order (the vertex order of the network).
  t.nodes.columns = {{"id", V::text},          {"label", V::text},  {"unit", V::text}, {"unitName", V::text},
                     {"external", V::boolean}, {"sector", V::text}, {"role", V::text}, {"responded", V::boolean}};
  std::unordered_map<std::string, const model::Unit*> units;
  for (const auto& u : p.units) units.emplace(u.id, &u);
  const std::map<std::string, bool> responded = p.survey_status(net.waveId);  // asked in this wave -> answered

  sna::Analysis analysis;
  if (measures) {
    sna::AnalysisOptions a = opt;
    a.waveId = net.waveId;
    a.permutations = 0;    // the exports carry no p values: skip the tests against chance
    a.robustness = false;  // nor the reconstructed network's comparison
    analysis = sna::analyze(p, a);
    for (const auto& c : measure_columns()) t.nodes.columns.push_back(c.column);
    t.graph.emplace_back("weightedMeasures", opt.weighted ? "true" : "false");
  }

  for (const auto& a : p.actors) {
    auto u = units.find(a.unitId);
    const model::Unit* unit = u == units.end() ? nullptr : u->second;
    auto r = responded.find(a.id);
    std::vector<json> row = {a.id,
                             a.name,
                             a.unitId,
                             unit ? json(unit->name) : json(),
                             unit ? json(unit->external) : json(),
                             unit && !unit->sector.empty() ? json(unit->sector) : json(),
                             a.role.empty() ? json() : json(a.role),
                             r == responded.end() ? json() : json(r->second)};
    if (measures) {
      auto v = analysis.net.index.find(a.id);  // every actor is a vertex, in the same project order
      for (const auto& c : measure_columns())
        row.push_back(v == analysis.net.index.end() ? json() : c.value(analysis.nodes[v->second]));
    }
    t.nodes.rows.push_back(std::move(row));
  }

  // Edges: the arcs of D in vertex order (sources in project order, targets by vertex index).
  t.edges.columns = {{"source", V::text},       {"target", V::text}, {"weight", V::real},
                     {"frequency", V::integer}, {"types", V::text},  {"reciprocated", V::boolean}};
  const auto types = arc_types(p, net.waveId);
  const sna::Graph& d = net.directed;
  for (sna::Vertex u = 0; u < d.n; ++u)
    for (auto e = d.offsets[u]; e < d.offsets[u + 1]; ++e) {
      const sna::Vertex v = d.targets[e];
      const std::string& from = net.actorIds[u];
      const std::string& to = net.actorIds[v];
      const auto frequency = static_cast<int>(d.weights[e]);
      auto ty = types.find({from, to});
      t.edges.rows.push_back({from, to, frequency, frequency,
                              ty == types.end() || ty->second.empty() ? json() : json(join(ty->second)),
                              sna::edge_weight(d, v, u) > 0.0});
    }
  return t;
}

}  // namespace bosam::exports
