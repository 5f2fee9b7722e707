// The bosam-analysis and bosam-comparison documents (docs/analysis.md), written once from the typed results of
// core/sna, the layout of core/layout and the checks of core/checks. Key names and order are the contract.
#include "api/analysis_json.hpp"

#include <cmath>
#include <cstdint>

namespace bosam::api {
namespace {

json maybe(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

// A QAP result (sna/chance.hpp): the correlation, its p and the verdict by the one decision rule; null when
// there is no variance to correlate.
json qap_json(const std::optional<sna::QapResult>& q) {
  if (!q) return nullptr;
  return {{"correlation", q->correlation},
          {"p", maybe(q->p)},
          {"permutations", q->permutations},
          {"moreThanChance", q->p ? json(sna::beyond_chance(*q->p)) : json(nullptr)}};
}

json brokerage_json(const sna::Brokerage& b) {
  return {{"coordinator", b.coordinator}, {"gatekeeper", b.gatekeeper}, {"representative", b.representative},
          {"itinerant", b.itinerant},     {"liaison", b.liaison},       {"total", b.total()}};
}

json unit_id(const sna::Network& net, sna::Vertex v) {
  return net.unitOf[v] >= 0 ? json(net.unitIds[net.unitOf[v]]) : json(nullptr);
}

json node_json(const sna::Analysis& a, sna::Vertex v) {
  const sna::NodeMeasures& m = a.nodes[v];
  return {{"id", a.net.actorIds[v]},
          {"unitId", unit_id(a.net, v)},
          {"inDegree", m.inDegree},
          {"outDegree", m.outDegree},
          {"degree", m.degree},
          {"strength", m.strength},
          {"betweenness", m.betweenness},
          {"closeness", m.closeness},
          {"harmonic", m.harmonic},
          {"eigenvector", maybe(m.eigenvector)},
          {"pagerank", maybe(m.pagerank)},
          {"clustering", m.clustering},
          {"coreNumber", m.coreNumber},
          {"constraint", maybe(m.constraint)},
          {"effectiveSize", maybe(m.effectiveSize)},
          {"articulationPoint", m.articulationPoint},
          {"component", m.component},
          {"community", m.community ? json(*m.community) : json(nullptr)},
          {"brokerage", brokerage_json(m.brokerage)},
          {"roles", m.roles}};
}

json network_figures_json(const sna::NetworkMeasures& n) {
  json sampling = nullptr;
  if (n.pathSampling)
    sampling = {{"sources", n.pathSampling->sources},
                {"actors", n.pathSampling->actors},
                {"confidence", n.pathSampling->confidence},
                {"betweennessErrorBound", n.pathSampling->betweennessErrorBound}};
  return {{"nodes", n.nodes},
          {"ties", n.ties},
          {"edges", n.edges},
          {"density", maybe(n.density)},
          {"reciprocity", maybe(n.reciprocity)},
          {"transitivity", n.transitivity},
          {"averageClustering", maybe(n.averageClustering)},
          {"components", n.components},
          {"largestComponent", n.largestComponent},
          {"diameter", maybe(n.diameter)},
          {"averagePathLength", maybe(n.averagePathLength)},
          {"degreeCentralization", maybe(n.degreeCentralization)},
          {"betweennessCentralization", maybe(n.betweennessCentralization)},
          {"eiIndex", maybe(n.eiIndex)},
          {"responseRate", maybe(n.responseRate)},
          {"asked", n.asked},
          {"responded", n.responded},
          {"selfTiesIgnored", n.selfTiesIgnored},
          {"duplicateReports", n.duplicateReports},
          {"pathSampling", sampling},
          {"qap",
           {{"level", sna::kChanceLevel}, {"permutations", n.permutations}, {"sharedWork", qap_json(n.sharedWork)}}}};
}

// The network's figures, then the places in the network (people per role, in kRoleIds order) and collaborative
// overload (sna/roles.hpp).
json network_json(const sna::NetworkMeasures& n) {
  json out = network_figures_json(n);
  json roles = json::object();
  for (const auto& [id, count] : n.roles) roles[id] = count;
  out["roles"] = std::move(roles);
  out["overload"] = maybe(n.overload);
  out["overloadPeople"] = n.overloadPeople;
  return out;
}

json unit_json(const sna::Analysis& a, std::size_t u) {
  const sna::UnitMeasures& m = a.units[u];
  json row = json::object();
  for (std::size_t o = 0; o < a.net.unitIds.size(); ++o)
    if (o != u && a.unitMatrix[u][o] > 0) row[a.net.unitIds[o]] = a.unitMatrix[u][o];
  return {{"id", a.net.unitIds[u]},
          {"members", m.members},
          {"internalTies", m.internalTies},
          {"externalTies", m.externalTies},
          {"internalDensity", maybe(m.internalDensity)},
          {"eiIndex", maybe(m.eiIndex)},
          {"eiIndexP", maybe(m.eiIndexP)},
          {"moreClosedThanChance", m.eiIndexP ? json(sna::beyond_chance(*m.eiIndexP)) : json(nullptr)},
          {"asked", m.asked},
          {"responded", m.responded},
          {"responseRate", maybe(m.responseRate)},
          {"tiesTo", row}};
}

// A compared value: counts (ties, degrees, …) as whole numbers, as elsewhere in the document.
json value(const std::optional<double>& v) {
  if (v && std::abs(*v) < 9.0e15 && *v == std::floor(*v)) return static_cast<std::int64_t>(*v);
  return maybe(v);
}

// Robustness to missing answers (docs/analysis.md): null when nothing was reconstructed.
json robustness_json(const std::optional<sna::Robustness>& r) {
  if (!r) return nullptr;
  json network = json::array(), people = json::array();
  for (const auto& s : r->network)
    network.push_back(
        {{"measure", s.measure}, {"observed", value(s.observed)}, {"reconstructed", value(s.reconstructed)}});
  for (const auto& p : r->people) {
    json largest = json::array();
    for (const auto& x : p.largest)
      largest.push_back({{"id", x.id}, {"observed", value(x.observed)}, {"reconstructed", value(x.reconstructed)}});
    people.push_back({{"measure", p.measure},
                      {"rankCorrelation", maybe(p.rankCorrelation)},
                      {"changed", p.changed},
                      {"largest", std::move(largest)}});
  }
  return {{"method", "reconstruction"},
          {"nonRespondents", r->nonRespondents},
          {"reconstructedTies", r->reconstructedTies},
          {"network", std::move(network)},
          {"people", std::move(people)}};
}

json timings_json(const std::vector<std::pair<std::string, double>>& stages) {
  json out = json::object();
  for (const auto& [stage, ms] : stages) out[stage] = ms;
  return out;
}

// {before, after, change} for the named numeric fields of two objects; change is null when either is null.
json delta(const json& before, const json& after, std::initializer_list<const char*> keys) {
  json b = json::object(), a = json::object(), c = json::object();
  for (const char* k : keys) {
    const json x = before.is_object() && before.contains(k) ? before[k] : json(nullptr);
    const json y = after.is_object() && after.contains(k) ? after[k] : json(nullptr);
    b[k] = x;
    a[k] = y;
    c[k] = x.is_number() && y.is_number() ? json(y.get<double>() - x.get<double>()) : json(nullptr);
  }
  return {{"before", b}, {"after", a}, {"change", c}};
}

json tie_changes(const std::vector<sna::TieChange>& list, bool both) {
  json out = json::array();
  for (const auto& t : list) {
    json tie = {{"a", t.a}, {"b", t.b}};
    if (both) {
      tie["before"] = t.before;
      tie["after"] = t.after;
    } else {
      tie["frequency"] = t.after > 0 ? t.after : t.before;
    }
    out.push_back(std::move(tie));
  }
  return out;
}

json stability_json(const sna::TieStability& s) {
  return {{"people", s.people},
          {"kept", s.kept},
          {"lost", s.lost},
          {"new", s.added},
          {"keptShare", maybe(s.keptShare)},
          {"lostShare", maybe(s.lostShare)},
          {"newShare", maybe(s.addedShare)},
          {"qap", qap_json(s.qap)}};
}

}  // namespace

json analysis_json(const sna::Analysis& a, const layout::LayoutResult& placed, const json& layoutTimings) {
  const sna::Network& net = a.net;
  const auto n = net.undirected.n;
  json nodes = json::array();
  for (sna::Vertex v = 0; v < n; ++v) nodes.push_back(node_json(a, v));
  json units = json::array();
  for (std::size_t u = 0; u < net.unitIds.size(); ++u) units.push_back(unit_json(a, u));

  const auto& c = a.communities.result;
  json membership = json::object();
  for (sna::Vertex v = 0; v < n && !c.membership.empty(); ++v) membership[net.actorIds[v]] = c.membership[v];
  json agreement = a.communities.nmi ? json{{"nmi", *a.communities.nmi}, {"ari", *a.communities.ari}} : json(nullptr);
  json bridges = json::array();
  for (const auto& [x, y] : a.bridges) bridges.push_back({{"from", net.actorIds[x]}, {"to", net.actorIds[y]}});
  json positions = json::object();
  for (sna::Vertex v = 0; v < n; ++v)
    positions[net.actorIds[v]] = {{"x", placed.positions[v].x}, {"y", placed.positions[v].y}};

  const auto& o = a.options;
  json result = {{"format", "bosam-analysis"},
                 {"schemaVersion", 1},
                 {"waveId", net.waveId.empty() ? json(nullptr) : json(net.waveId)},
                 {"options",
                  {{"weighted", o.weighted},
                   {"reciprocated", o.reciprocated},
                   {"minFrequency", o.minFrequency},
                   {"seed", o.seed},
                   {"groupLayout", o.groupLayout},
                   {"permutations", o.permutations}}},
                 {"network", network_json(a.network)},
                 {"nodes", std::move(nodes)},
                 {"units", std::move(units)},
                 {"unitMatrix", {{"unitIds", net.unitIds}, {"ties", a.unitMatrix}}},
                 {"communities",
                  {{"method", c.method},
                   {"modularity", c.modularity},
                   {"count", c.count},
                   {"membership", std::move(membership)},
                   {"agreementWithUnits", std::move(agreement)}}},
                 {"bridges", std::move(bridges)},
                 {"robustness", robustness_json(a.robustness)},
                 {"layout",
                  {{"width", placed.width},
                   {"height", placed.height},
                   {"groupAware", o.groupLayout},
                   {"positions", std::move(positions)}}},
                 {"findings", json::array()}};
  if (o.timings) {
    json t = timings_json(a.timings);
    for (auto it = layoutTimings.begin(); it != layoutTimings.end(); ++it) t[it.key()] = it.value();
    result["timings"] = std::move(t);
  }
  return result;
}

json comparison_json(const sna::Comparison& cmp) {
  auto side = [](const sna::Analysis& a) {
    json nodes = json::object(), units = json::object();
    for (sna::Vertex v = 0; v < a.net.undirected.n; ++v) nodes[a.net.actorIds[v]] = node_json(a, v);
    for (std::size_t u = 0; u < a.net.unitIds.size(); ++u) units[a.net.unitIds[u]] = unit_json(a, u);
    return std::make_tuple(network_json(a.network), std::move(nodes), std::move(units));
  };
  const auto [netBefore, nodesBefore, unitsBefore] = side(cmp.before);
  const auto [netAfter, nodesAfter, unitsAfter] = side(cmp.after);
  json nodes = json::array();
  for (sna::Vertex v = 0; v < cmp.after.net.undirected.n; ++v) {  // project order
    const std::string& id = cmp.after.net.actorIds[v];
    json d = delta(nodesBefore.contains(id) ? nodesBefore.at(id) : json(), nodesAfter.at(id),
                   {"degree", "inDegree", "outDegree", "strength", "betweenness", "closeness", "eigenvector",
                    "pagerank", "constraint"});
    d["id"] = id;
    nodes.push_back(std::move(d));
  }
  json units = json::array();
  for (const std::string& id : cmp.after.net.unitIds) {
    json d = delta(unitsBefore.contains(id) ? unitsBefore.at(id) : json(), unitsAfter.at(id),
                   {"internalTies", "externalTies", "internalDensity", "eiIndex"});
    d["id"] = id;
    units.push_back(std::move(d));
  }
  return {{"format", "bosam-comparison"},
          {"schemaVersion", 1},
          {"from", cmp.from},
          {"to", cmp.to},
          {"ties",
           {{"added", tie_changes(cmp.added, false)},
            {"removed", tie_changes(cmp.removed, false)},
            {"strengthened", tie_changes(cmp.strengthened, true)},
            {"weakened", tie_changes(cmp.weakened, true)}}},
          {"network", delta(netBefore, netAfter,
                            {"nodes", "ties", "edges", "density", "reciprocity", "transitivity", "averageClustering",
                             "components", "largestComponent", "diameter", "averagePathLength", "degreeCentralization",
                             "betweennessCentralization", "eiIndex", "responseRate"})},
          {"nodes", std::move(nodes)},
          {"units", std::move(units)},
          {"stability", stability_json(cmp.stability)}};
}

}  // namespace bosam::api
