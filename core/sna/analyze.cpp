#include "sna/analyze.hpp"

#include <chrono>
#include <cmath>

#include "sna/groups.hpp"
#include "sna/holes.hpp"
#include "layout/force.hpp"
#include "sna/communities.hpp"
#include "sna/partitions.hpp"
#include "sna/paths.hpp"
#include "sna/spectral.hpp"
#include "sna/structure.hpp"

namespace bosam::sna {
namespace {

// Wall-clock time of each stage, for tools/bench (reported only when options.timings is set).
class Stopwatch {
 public:
  template <typename F>
  auto operator()(const char* stage, F&& f) {
    const auto start = std::chrono::steady_clock::now();
    auto result = f();
    ms_[stage] = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return result;
  }
  const json& ms() const { return ms_; }

 private:
  json ms_ = json::object();
};

json maybe(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

// Density and reciprocity of D, as NetworkX: m / (n(n-1)); share of arcs whose reverse arc exists.
json density(const Graph& d) {
  if (d.n < 2) return nullptr;
  return static_cast<double>(d.arcs()) / (static_cast<double>(d.n) * (d.n - 1.0));
}

json reciprocity(const Graph& d) {
  if (d.arcs() == 0) return nullptr;
  std::int64_t mutual = 0;
  for (Vertex u = 0; u < d.n; ++u)
    for (auto e = d.offsets[u]; e < d.offsets[u + 1]; ++e) mutual += edge_weight(d, d.targets[e], u) > 0.0;
  return static_cast<double>(mutual) / static_cast<double>(d.arcs());
}

std::vector<int> in_degrees(const Graph& d) {
  std::vector<int> in(d.n, 0);
  for (Vertex t : d.targets) ++in[t];
  return in;
}

json brokerage_json(const Brokerage& b) {
  return {{"coordinator", b.coordinator}, {"gatekeeper", b.gatekeeper}, {"representative", b.representative},
          {"itinerant", b.itinerant},     {"liaison", b.liaison},       {"total", b.total()}};
}

}  // namespace

json analyze(const model::Project& project, const AnalysisOptions& opt) {
  Stopwatch time;
  const Network net = time("build", [&] { return build_network(project, opt); });
  const Graph& D = net.directed;
  const Graph& G = net.undirected;
  const Vertex n = G.n;
  const bool w = opt.weighted;

  const Components comp = time("components", [&] { return connected_components(G); });
  // Exact path measures up to exactLimit actors; above it, Brandes-Pich source sampling with a stated error.
  const bool sampled = n > opt.exactLimit && opt.sampleSources < n;
  const std::vector<Vertex> sources = sampled ? sample_sources(n, opt.sampleSources, opt.seed) : std::vector<Vertex>{};
  const PathMeasures paths =
      time("paths", [&] { return path_measures(G, w, comp.of, comp.largest, sampled ? &sources : nullptr); });
  const auto eigen = time("eigenvector", [&] { return eigenvector_centrality(G, w); });
  const auto rank = time("pagerank", [&] { return pagerank(D, w); });
  const auto clust = time("clustering", [&] { return clustering(G, w); });
  const auto cores = time("cores", [&] { return core_numbers(G); });
  const auto holes = time("structuralHoles", [&] { return structural_holes(G, w); });
  const auto cuts = time("articulation", [&] { return articulation_points(G); });
  const auto brokers = time("brokerage", [&] { return brokerage(D, net.unitOf); });
  const auto inDeg = in_degrees(D);
  const GroupSummary units =
      time("units", [&] { return group_summary(G, net.unitOf, static_cast<int>(net.unitIds.size())); });
  const CommunityResult communities = time("communities", [&] { return detect_communities(G, opt.seed, w); });

  json nodes = json::array();
  for (Vertex v = 0; v < n; ++v) {
    double strength = 0.0;
    for (auto e = G.offsets[v]; e < G.offsets[v + 1]; ++e) strength += G.weights[e];
    nodes.push_back({{"id", net.actorIds[v]},
                     {"unitId", net.unitOf[v] >= 0 ? json(net.unitIds[net.unitOf[v]]) : json(nullptr)},
                     {"inDegree", inDeg[v]},
                     {"outDegree", D.degree(v)},
                     {"degree", G.degree(v)},
                     {"strength", strength},
                     {"betweenness", paths.betweenness[v]},
                     {"closeness", paths.closeness[v]},
                     {"harmonic", paths.harmonic[v]},
                     {"eigenvector", eigen ? json((*eigen)[v]) : json(nullptr)},
                     {"pagerank", rank ? json((*rank)[v]) : json(nullptr)},
                     {"clustering", clust[v]},
                     {"coreNumber", cores[v]},
                     {"constraint", maybe(holes.constraint[v])},
                     {"effectiveSize", maybe(holes.effectiveSize[v])},
                     {"articulationPoint", static_cast<bool>(cuts[v])},
                     {"component", comp.of[v]},
                     {"community", communities.membership.empty() ? json(nullptr) : json(communities.membership[v])},
                     {"brokerage", brokerage_json(brokers[v])}});
  }

  double clusterSum = 0.0;
  for (double c : clust) clusterSum += c;
  json network = {
      {"nodes", n},
      {"ties", D.arcs()},
      {"edges", G.edges()},
      {"density", density(D)},
      {"reciprocity", reciprocity(D)},
      {"transitivity", transitivity(G)},
      {"averageClustering", n > 0 ? json(clusterSum / n) : json(nullptr)},
      {"components", comp.count},
      {"largestComponent", comp.largestSize},
      {"diameter", maybe(paths.diameter)},
      {"averagePathLength", maybe(paths.averagePathLength)},
      {"degreeCentralization", maybe(degree_centralization(G))},
      {"betweennessCentralization", maybe(betweenness_centralization(paths.betweenness))},
      {"eiIndex", maybe(units.eiIndex)},
      {"responseRate", net.asked > 0 ? json(static_cast<double>(net.responded) / net.asked) : json(nullptr)},
      {"asked", net.asked},
      {"responded", net.responded},
      {"selfTiesIgnored", net.selfTies},
      {"duplicateReports", net.duplicateReports},
      // Hoeffding: each normalised betweenness lies within this of the exact value with probability 0.95.
      {"pathSampling", sampled ? json{{"sources", paths.sources}, {"actors", n}, {"confidence", 0.95},
                                      {"betweennessErrorBound", std::sqrt(std::log(2.0 / 0.05) / (2.0 * paths.sources))}}
                               : json(nullptr)}};

  // Response per unit: unique people of the unit asked and answered in the wave.
  std::vector<int> unitAsked(net.unitIds.size(), 0), unitAnswered(net.unitIds.size(), 0);
  for (Vertex v = 0; v < n; ++v)
    if (net.unitOf[v] >= 0) {
      unitAsked[net.unitOf[v]] += net.survey[v] > 0;
      unitAnswered[net.unitOf[v]] += net.answered(v);
    }

  json unitList = json::array();
  for (std::size_t u = 0; u < net.unitIds.size(); ++u) {
    const auto& t = units.groups[u];
    json row = json::object();
    for (std::size_t o = 0; o < net.unitIds.size(); ++o)
      if (o != u && units.matrix[u][o] > 0) row[net.unitIds[o]] = units.matrix[u][o];
    unitList.push_back({{"id", net.unitIds[u]},
                        {"members", t.members},
                        {"internalTies", t.internal},
                        {"externalTies", t.external},
                        {"internalDensity", maybe(t.internalDensity)},
                        {"eiIndex", maybe(t.eiIndex)},
                        {"asked", unitAsked[u]},
                        {"responded", unitAnswered[u]},
                        {"responseRate", unitAsked[u] > 0 ? json(static_cast<double>(unitAnswered[u]) / unitAsked[u])
                                                          : json(nullptr)},
                        {"tiesTo", row}});
  }

  json membership = json::object();
  for (Vertex v = 0; v < n && !communities.membership.empty(); ++v)
    membership[net.actorIds[v]] = communities.membership[v];
  // Agreement between informal clusters and formal units, over actors with a known unit.
  std::vector<int> formal, informal;
  for (Vertex v = 0; v < n; ++v)
    if (net.unitOf[v] >= 0 && !communities.membership.empty()) {
      formal.push_back(net.unitOf[v]);
      informal.push_back(communities.membership[v]);
    }
  json agreement = formal.empty() ? json(nullptr)
                                  : json{{"nmi", normalized_mutual_information(informal, formal)},
                                         {"ari", adjusted_rand_index(informal, formal)}};

  json bridgeList = json::array();
  for (auto [a, b] : time("bridges", [&] { return bridges(G); })) bridgeList.push_back({{"from", net.actorIds[a]}, {"to", net.actorIds[b]}});

  layout::LayoutOptions lo;
  lo.seed = opt.seed;
  lo.groupAware = opt.groupLayout;
  const auto placed =
      time("layout", [&] { return layout::force_layout(G, opt.groupLayout ? net.unitOf : std::vector<int>{}, lo); });
  json positions = json::object();
  for (Vertex v = 0; v < n; ++v) positions[net.actorIds[v]] = {{"x", placed.positions[v].x}, {"y", placed.positions[v].y}};

  json result = {{"format", "bosam-analysis"},
          {"schemaVersion", 1},
          {"waveId", net.waveId.empty() ? json(nullptr) : json(net.waveId)},
          {"options",
           {{"weighted", opt.weighted}, {"reciprocated", opt.reciprocated}, {"minFrequency", opt.minFrequency},
            {"seed", opt.seed}, {"groupLayout", opt.groupLayout}}},
          {"network", network},
          {"nodes", nodes},
          {"units", unitList},
          {"unitMatrix", {{"unitIds", net.unitIds}, {"ties", units.matrix}}},
          {"communities",
           {{"method", communities.method}, {"modularity", communities.modularity}, {"count", communities.count},
            {"membership", membership}, {"agreementWithUnits", agreement}}},
          {"bridges", bridgeList},
          {"layout", {{"width", placed.width}, {"height", placed.height}, {"groupAware", opt.groupLayout},
                      {"positions", positions}}},
          {"findings", json::array()}};
  if (opt.timings) result["timings"] = time.ms();
  return result;
}

}  // namespace bosam::sna
