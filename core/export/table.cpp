#include "export/table.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "sna/analyze.hpp"

namespace bosam::exports {
namespace {

using V = ValueType;

// Measures copied from the analysis nodes (design §4), in this order. Brokerage roles are flattened.
const std::vector<Column>& measure_columns() {
  static const std::vector<Column> c = {
      {"degree", V::integer},        {"inDegree", V::integer},      {"outDegree", V::integer},
      {"strength", V::real},         {"betweenness", V::real},      {"closeness", V::real},
      {"harmonic", V::real},         {"eigenvector", V::real},      {"pagerank", V::real},
      {"clustering", V::real},       {"coreNumber", V::integer},    {"constraint", V::real},
      {"effectiveSize", V::real},    {"articulationPoint", V::boolean}, {"component", V::integer},
      {"community", V::integer},     {"brokerage", V::integer},     {"brokerageCoordinator", V::integer},
      {"brokerageGatekeeper", V::integer}, {"brokerageRepresentative", V::integer},
      {"brokerageItinerant", V::integer},  {"brokerageLiaison", V::integer}};
  return c;
}

// The value of one measure column from an analysis node.
json measure(const json& node, const std::string& column) {
  static const std::map<std::string, std::string> roles = {
      {"brokerage", "total"},           {"brokerageCoordinator", "coordinator"},
      {"brokerageGatekeeper", "gatekeeper"}, {"brokerageRepresentative", "representative"},
      {"brokerageItinerant", "itinerant"},   {"brokerageLiaison", "liaison"}};
  if (auto r = roles.find(column); r != roles.end()) {
    const json& b = node.contains("brokerage") ? node["brokerage"] : json();
    return b.is_object() && b.contains(r->second) ? b[r->second] : json();
  }
  return node.contains(column) ? node[column] : json();
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

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& s : parts) {
    if (!out.empty()) out += kTypeSeparator;
    out += s;
  }
  return out;
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
  t.nodes.columns = {{"id", V::text},       {"label", V::text},    {"unit", V::text},   {"unitName", V::text},
                     {"external", V::boolean}, {"sector", V::text}, {"role", V::text},   {"responded", V::boolean}};
  std::unordered_map<std::string, const model::Unit*> units;
  for (const auto& u : p.units) units.emplace(u.id, &u);
  const std::map<std::string, bool> responded = p.survey_status(net.waveId);  // asked in this wave -> answered

  json analysis;
  std::unordered_map<std::string, const json*> analysed;
  if (measures) {
    sna::AnalysisOptions a = opt;
    a.waveId = net.waveId;
    analysis = sna::analyze(p, a);
    for (const auto& n : analysis["nodes"]) analysed.emplace(n["id"].get<std::string>(), &n);
    for (const auto& c : measure_columns()) t.nodes.columns.push_back(c);
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
      auto n = analysed.find(a.id);
      for (const auto& c : measure_columns()) row.push_back(n == analysed.end() ? json() : measure(*n->second, c.name));
    }
    t.nodes.rows.push_back(std::move(row));
  }

  // Edges: the arcs of D in vertex order (sources in project order, targets by vertex index).
  t.edges.columns = {{"source", V::text},   {"target", V::text}, {"weight", V::real},
                     {"frequency", V::integer}, {"types", V::text}, {"reciprocated", V::boolean}};
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
