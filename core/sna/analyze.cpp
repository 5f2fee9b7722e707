#include "sna/analyze.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "sna/chance.hpp"
#include "sna/communities.hpp"
#include "sna/groups.hpp"
#include "sna/holes.hpp"
#include "sna/partitions.hpp"
#include "sna/paths.hpp"
#include "sna/rng.hpp"
#include "sna/roles.hpp"
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
    ms_.emplace_back(stage,
                     std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    return result;
  }
  std::vector<std::pair<std::string, double>> take() { return std::move(ms_); }

 private:
  std::vector<std::pair<std::string, double>> ms_;
};

// Density and reciprocity of D, as NetworkX: m / (n(n-1)); share of arcs whose reverse arc exists.
std::optional<double> density(const Graph& d) {
  if (d.n < 2) return std::nullopt;
  return static_cast<double>(d.arcs()) / (static_cast<double>(d.n) * (d.n - 1.0));
}

std::optional<double> reciprocity(const Graph& d) {
  if (d.arcs() == 0) return std::nullopt;
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

// Per vertex, the functions the person is assigned to (any role, through assignments that name them), as
// distinct indices in the project's function order, ascending. O(A log A) for A assignments.
std::vector<std::vector<std::int32_t>> functions_of(const model::Project& p, const Network& net) {
  std::unordered_map<std::string, std::int32_t> index;
  for (const auto& f : p.functions) index.emplace(f.id, static_cast<std::int32_t>(index.size()));
  std::vector<std::vector<std::int32_t>> out(net.actorIds.size());
  for (const auto& a : p.assignments) {
    const auto who = net.index.find(a.actorId);
    const auto what = index.find(a.functionId);
    if (!a.actorId.empty() && who != net.index.end() && what != index.end()) out[who->second].push_back(what->second);
  }
  for (auto& list : out) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
  return out;
}

// Salts of the tests' random streams (rng.hpp, stream_seed): each draws its own permutations from `seed`.
constexpr std::uint64_t kSharedWorkStream = 1, kEiIndexStream = 2;

// Places in the network and collaborative overload (sna/roles.hpp) from G, G's betweenness, D's brokerage and
// in-degrees and who answered, with the project's thresholds; the counts per place. O(n log n + m).
void add_roles(Analysis& a, const model::Project& project, const std::vector<double>& betweenness,
               const std::vector<Brokerage>& brokers, const std::vector<int>& inDeg) {
  const Network& net = a.net;
  const auto roles =
      assign_roles({net.undirected, net.unitOf, betweenness, brokers, net.survey}, role_thresholds(project));
  NetworkMeasures& nm = a.network;
  nm.roles.clear();
  for (const char* id : kRoleIds) nm.roles.emplace_back(id, 0);
  for (Vertex v = 0; v < net.undirected.n; ++v) {
    a.nodes[v].roles = roles[v];
    for (auto& [id, count] : nm.roles) count += std::count(roles[v].begin(), roles[v].end(), id);
  }
  const Overload overload = collaborative_overload(inDeg);
  nm.overload = overload.share;
  nm.overloadPeople = overload.people;
}

// Every measure of a built network (analyze()'s body). O(n·m) for the path measures.
Analysis measure(const model::Project& project, const AnalysisOptions& opt, Network built, Stopwatch& time) {
  Analysis a;
  a.options = opt;
  a.net = std::move(built);
  const Network& net = a.net;
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
  a.communities.result = time("communities", [&] { return detect_communities(G, opt.seed, w); });
  const CommunityResult& communities = a.communities.result;

  a.nodes.resize(n);
  for (Vertex v = 0; v < n; ++v) {
    NodeMeasures& m = a.nodes[v];
    for (auto e = G.offsets[v]; e < G.offsets[v + 1]; ++e) m.strength += G.weights[e];
    m.inDegree = inDeg[v];
    m.outDegree = D.degree(v);
    m.degree = G.degree(v);
    m.betweenness = paths.betweenness[v];
    m.closeness = paths.closeness[v];
    m.harmonic = paths.harmonic[v];
    if (eigen) m.eigenvector = (*eigen)[v];
    if (rank) m.pagerank = (*rank)[v];
    m.clustering = clust[v];
    m.coreNumber = cores[v];
    m.constraint = holes.constraint[v];
    m.effectiveSize = holes.effectiveSize[v];
    m.articulationPoint = static_cast<bool>(cuts[v]);
    m.component = comp.of[v];
    if (!communities.membership.empty()) m.community = communities.membership[v];
    m.brokerage = brokers[v];
  }

  double clusterSum = 0.0;
  for (double c : clust) clusterSum += c;
  NetworkMeasures& nm = a.network;
  nm.nodes = static_cast<int>(n);
  nm.ties = static_cast<int>(D.arcs());
  nm.edges = static_cast<int>(G.edges());
  nm.density = density(D);
  nm.reciprocity = reciprocity(D);
  nm.transitivity = transitivity(G);
  if (n > 0) nm.averageClustering = clusterSum / n;
  nm.components = comp.count;
  nm.largestComponent = comp.largestSize;
  nm.diameter = paths.diameter;
  nm.averagePathLength = paths.averagePathLength;
  nm.degreeCentralization = degree_centralization(G);
  nm.betweennessCentralization = betweenness_centralization(paths.betweenness);
  nm.eiIndex = units.eiIndex;
  if (net.asked > 0) nm.responseRate = static_cast<double>(net.responded) / net.asked;
  nm.asked = net.asked;
  nm.responded = net.responded;
  nm.selfTiesIgnored = net.selfTies;
  nm.duplicateReports = net.duplicateReports;
  // Hoeffding: each normalised betweenness lies within this of the exact value with probability 0.95.
  if (sampled)
    nm.pathSampling =
        PathSampling{paths.sources, static_cast<int>(n), 0.95, std::sqrt(std::log(2.0 / 0.05) / (2.0 * paths.sources))};

  // Per unit, with the response: unique people of the unit asked and answered in the wave.
  a.units.resize(net.unitIds.size());
  for (std::size_t u = 0; u < net.unitIds.size(); ++u) {
    const auto& t = units.groups[u];
    a.units[u].members = t.members;
    a.units[u].internalTies = t.internal;
    a.units[u].externalTies = t.external;
    a.units[u].internalDensity = t.internalDensity;
    a.units[u].eiIndex = t.eiIndex;
  }
  for (Vertex v = 0; v < n; ++v)
    if (net.unitOf[v] >= 0) {
      a.units[net.unitOf[v]].asked += net.survey[v] > 0;
      a.units[net.unitOf[v]].responded += net.answered(v);
    }
  for (auto& u : a.units)
    if (u.asked > 0) u.responseRate = static_cast<double>(u.responded) / u.asked;
  a.unitMatrix = units.matrix;

  // Tests against chance: does shared work go with contact, is each unit more closed than its size explains.
  nm.permutations = permutations_for(n, opt.exactLimit, opt.permutations);
  nm.sharedWork = time("qap", [&] {
    return qap_shared_items(G, functions_of(project, net), nm.permutations, stream_seed(opt.seed, kSharedWorkStream));
  });
  const auto eiP = time("eiIndexP", [&] {
    return ei_index_p(G, net.unitOf, static_cast<int>(net.unitIds.size()), nm.permutations,
                      stream_seed(opt.seed, kEiIndexStream));
  });
  for (std::size_t u = 0; u < a.units.size(); ++u) a.units[u].eiIndexP = eiP[u];

  // Agreement between informal clusters and formal units, over actors with a known unit.
  std::vector<int> formal, informal;
  for (Vertex v = 0; v < n; ++v)
    if (net.unitOf[v] >= 0 && !communities.membership.empty()) {
      formal.push_back(net.unitOf[v]);
      informal.push_back(communities.membership[v]);
    }
  if (!formal.empty()) {
    a.communities.nmi = normalized_mutual_information(informal, formal);
    a.communities.ari = adjusted_rand_index(informal, formal);
  }
  a.bridges = time("bridges", [&] { return bridges(G); });
  // Places in the network and collaborative overload (sna/roles.hpp), with the project's thresholds.
  time("roles", [&] {
    add_roles(a, project, paths.betweenness, brokers, inDeg);
    return 0;
  });
  return a;
}

bool same_graph(const Graph& x, const Graph& y) {
  return x.n == y.n && x.offsets == y.offsets && x.targets == y.targets && x.weights == y.weights;
}

// The reconstructed analysis when reconstruction left G as observed (always unless options.reciprocated: G
// counts a tie when either side reported it, at the larger report, and a filled-in arc mirrors a report): G's
// measures are copied and only D's are computed again. O(n + m) plus PageRank.
Analysis with_directed(const model::Project& project, const Analysis& observed, const AnalysisOptions& opt,
                       Network built) {
  Analysis a;
  a.options = opt;
  a.net = std::move(built);
  a.network = observed.network;
  a.nodes = observed.nodes;
  a.units = observed.units;
  a.unitMatrix = observed.unitMatrix;
  a.communities = observed.communities;
  a.bridges = observed.bridges;
  const Graph& D = a.net.directed;
  const auto inDeg = in_degrees(D);
  const auto rank = pagerank(D, opt.weighted);
  const auto brokers = brokerage(D, a.net.unitOf);
  for (Vertex v = 0; v < D.n; ++v) {
    NodeMeasures& m = a.nodes[v];
    m.inDegree = inDeg[v];
    m.outDegree = D.degree(v);
    m.pagerank = rank ? std::optional<double>((*rank)[v]) : std::nullopt;
    m.brokerage = brokers[v];
  }
  a.network.ties = static_cast<int>(D.arcs());
  a.network.density = density(D);
  a.network.reciprocity = reciprocity(D);
  // Its tests against chance are not repeated (options.permutations 0), as in a measured reconstruction.
  a.network.permutations = 0;
  if (a.network.sharedWork) a.network.sharedWork->p.reset(), a.network.sharedWork->permutations = 0;
  for (auto& u : a.units) u.eiIndexP.reset();
  // Places read D (brokerage, who is named) and the survey as well as G: assigned again.
  std::vector<double> betweenness(D.n);
  for (Vertex v = 0; v < D.n; ++v) betweenness[v] = a.nodes[v].betweenness;
  add_roles(a, project, betweenness, brokers, inDeg);
  return a;
}

}  // namespace

Analysis analyze(const model::Project& project, const AnalysisOptions& opt) {
  Stopwatch time;
  Analysis a = measure(project, opt, time("build", [&] { return build_network(project, opt); }), time);
  // Robustness to missing answers: the same wave with non-respondents' ties reconstructed, without the tests
  // against chance; G's measures are copied when G is unchanged, so the usual cost is D's measures once more.
  if (opt.robustness && !opt.reconstruct && a.net.responded < a.net.asked) {
    time("robustness", [&] {
      AnalysisOptions r = opt;
      r.reconstruct = true;
      r.robustness = false;
      r.timings = false;
      r.permutations = 0;
      Network built = build_network(project, r);
      Stopwatch unused;
      auto rec = std::make_shared<Analysis>(same_graph(built.undirected, a.net.undirected)
                                                ? with_directed(project, a, r, std::move(built))
                                                : measure(project, r, std::move(built), unused));
      a.robustness = compare_reconstructed(a, *rec);
      a.reconstructed = std::move(rec);
      return 0;
    });
  }
  if (opt.timings) a.timings = time.take();
  return a;
}

}  // namespace bosam::sna
