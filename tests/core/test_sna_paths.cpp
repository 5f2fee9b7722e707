// The CSR betweenness kernel against Boost.Graph's own Brandes implementation (an independent reference) on
// random graphs, unweighted and weighted, and hand-worked path cases.
#include <doctest/doctest.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <cmath>

#include "api/api.hpp"
#include "base/json.hpp"
#include "sna/paths.hpp"
#include "sna/structure.hpp"

using namespace bosam::sna;

namespace {

// A small deterministic generator (splitmix64) so the graphs are the same everywhere.
struct Rng {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
};

std::vector<WeightedEdge> random_edges(Vertex n, double p, std::uint64_t seed) {
  Rng rng{seed};
  std::vector<WeightedEdge> edges;
  for (Vertex u = 0; u < n; ++u)
    for (Vertex v = u + 1; v < n; ++v)
      if ((rng.next() % 1000) < p * 1000) edges.push_back({u, v, static_cast<double>(1 + rng.next() % 4)});
  return edges;
}

// Boost's raw betweenness for an undirected graph counts each unordered pair once, so NetworkX's normalisation
// is a division by the number of unordered pairs of the others, (n-1)(n-2)/2.
std::vector<double> boost_betweenness(Vertex n, const std::vector<WeightedEdge>& edges, bool weighted) {
  using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                  boost::property<boost::edge_weight_t, double>>;
  G g(n);
  for (const auto& e : edges) boost::add_edge(e.from, e.to, weighted ? 12.0 / e.weight : 1.0, g);
  std::vector<double> c(n, 0.0);
  auto cmap = boost::make_iterator_property_map(c.begin(), boost::get(boost::vertex_index, g));
  if (weighted)
    boost::brandes_betweenness_centrality(g, boost::centrality_map(cmap).weight_map(boost::get(boost::edge_weight, g)));
  else
    boost::brandes_betweenness_centrality(g, cmap);
  for (auto& x : c) x /= (n - 1.0) * (n - 2.0) / 2.0;
  return c;
}

}  // namespace

TEST_CASE("betweenness matches Boost's Brandes on random graphs") {
  for (std::uint64_t seed : {1u, 2u, 3u}) {
    for (bool weighted : {false, true}) {
      const Vertex n = 60;
      const auto edges = random_edges(n, 0.08, seed);
      const Graph g = make_graph(n, edges, false);
      const Components c = connected_components(g);
      const auto ours = path_measures(g, weighted, c.of, c.largest).betweenness;
      const auto ref = boost_betweenness(n, edges, weighted);
      for (Vertex v = 0; v < n; ++v) {
        INFO("seed ", seed, " weighted ", weighted, " vertex ", v);
        CHECK(ours[v] == doctest::Approx(ref[v]).epsilon(1e-9));
      }
    }
  }
}

TEST_CASE("path measures on a path of four, by hand") {
  // 0 - 1 - 2 - 3: betweenness of 1 and 2 is 2 pairs each / ((n-1)(n-2)/2 = 3) = 2/3.
  const Graph g = make_graph(4, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}}, false);
  const Components c = connected_components(g);
  const PathMeasures m = path_measures(g, false, c.of, c.largest);
  CHECK(m.betweenness[0] == doctest::Approx(0.0));
  CHECK(m.betweenness[1] == doctest::Approx(2.0 / 3.0));
  CHECK(m.closeness[0] == doctest::Approx(3.0 / 6.0));  // distances 1 + 2 + 3
  CHECK(m.harmonic[0] == doctest::Approx(1.0 + 0.5 + 1.0 / 3.0));
  CHECK(*m.diameter == doctest::Approx(3.0));
  CHECK(*m.averagePathLength == doctest::Approx(20.0 / 12.0));  // ordered pairs: 2·(1+2+3+1+2+1) / 12
}

TEST_CASE("weighted paths use 1/frequency: a daily detour beats a rare direct tie") {
  // 0 -(1)- 2 direct (length 1); 0 -(4)- 1 -(4)- 2 (length 1/4 + 1/4 = 1/2): the path runs through 1.
  const Graph g = make_graph(3, {{0, 2, 1}, {0, 1, 4}, {1, 2, 4}}, false);
  const Components c = connected_components(g);
  const PathMeasures w = path_measures(g, true, c.of, c.largest);
  const PathMeasures u = path_measures(g, false, c.of, c.largest);
  CHECK(w.betweenness[1] == doctest::Approx(1.0));  // the only pair (0,2) goes through 1; normalised by 1
  CHECK(u.betweenness[1] == doctest::Approx(0.0));
  CHECK(*w.diameter == doctest::Approx(0.5));
}

TEST_CASE("sampled path measures: all sources give the exact values; half of them stay within the stated bound") {
  const Vertex n = 300;
  const auto edges = random_edges(n, 0.03, 9);
  const Graph g = make_graph(n, edges, false);
  const Components c = connected_components(g);
  const PathMeasures exact = path_measures(g, false, c.of, c.largest);
  const auto all = sample_sources(n, n, 1);
  const PathMeasures full = path_measures(g, false, c.of, c.largest, &all);
  for (Vertex v = 0; v < n; ++v) {
    CHECK(full.betweenness[v] == doctest::Approx(exact.betweenness[v]).epsilon(1e-9));
    CHECK(full.closeness[v] == doctest::Approx(exact.closeness[v]).epsilon(1e-9));
    CHECK(full.harmonic[v] == doctest::Approx(exact.harmonic[v]).epsilon(1e-9));
  }
  const auto half = sample_sources(n, 150, 7);
  CHECK(half.size() == 150);
  CHECK(std::adjacent_find(half.begin(), half.end()) == half.end());  // distinct
  const PathMeasures est = path_measures(g, false, c.of, c.largest, &half);
  const double bound = std::sqrt(std::log(2.0 / 0.05) / (2.0 * 150));  // Hoeffding, 95 %
  int outside = 0;
  for (Vertex v = 0; v < n; ++v) outside += std::fabs(est.betweenness[v] - exact.betweenness[v]) > bound;
  CHECK(outside <= n / 20);  // at most the 5 % the bound allows
  CHECK(est.sources == 150);
}

TEST_CASE("analysis above the exact limit says it sampled, and how exact it is") {
  // Through the API with a tiny limit: 60 actors, limit 50, 30 sources.
  bosam::json p = {{"format", "bosam-project"},
                   {"schemaVersion", 1},
                   {"id", "p"},
                   {"municipality", {{"name", "x"}}},
                   {"units", {{{"id", "u"}, {"name", "U"}}}},
                   {"waves", {{{"id", "w"}}}}};
  p["actors"] = bosam::json::array();
  p["ties"] = bosam::json::array();
  for (int i = 0; i < 60; ++i) p["actors"].push_back({{"id", "a" + std::to_string(i)}, {"name", "A"}, {"unitId", "u"}});
  for (const auto& e : random_edges(60, 0.1, 3))
    p["ties"].push_back({{"from", "a" + std::to_string(e.from)},
                         {"to", "a" + std::to_string(e.to)},
                         {"waveId", "w"},
                         {"frequency", 2}});
  const auto env = bosam::json::parse(bosam::api::analyze(p.dump(), R"({"exactLimit":50,"sampleSources":30})"));
  REQUIRE(env["ok"] == true);
  const auto& s = env["result"]["network"]["pathSampling"];
  REQUIRE(s.is_object());
  CHECK(s["sources"] == 30);
  CHECK(s["betweennessErrorBound"].get<double>() == doctest::Approx(std::sqrt(std::log(40.0) / 60.0)));
  const auto exact = bosam::json::parse(bosam::api::analyze(p.dump(), "{}"));
  CHECK(exact["result"]["network"]["pathSampling"].is_null());
}
