// Communities (Leiden), modularity, and partition agreement (NMI, ARI). Expected numbers are worked out by hand
// in the comments, or come from the NetworkX / igraph fixtures in tests/fixtures/sna; never from this code.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "sna/communities.hpp"
#include "sna/graph.hpp"
#include "sna/partitions.hpp"

using namespace bosam;
using namespace bosam::sna;

namespace {

Graph undirected(Vertex n, const std::vector<std::pair<Vertex, Vertex>>& edges) {
  std::vector<WeightedEdge> list;
  for (auto [a, b] : edges) list.push_back({a, b, 1.0});
  return make_graph(n, list, false);
}

// Two 4-cliques {0,1,2,3} and {4,5,6,7} joined by the edge 3-4.
Graph two_cliques() {
  std::vector<std::pair<Vertex, Vertex>> e;
  for (Vertex base : {0, 4})
    for (Vertex a = base; a < base + 4; ++a)
      for (Vertex b = a + 1; b < base + 4; ++b) e.push_back({a, b});
  e.push_back({3, 4});
  return undirected(8, e);
}

// True if every community induces a connected subgraph.
bool communities_connected(const Graph& g, const std::vector<int>& membership, int count) {
  std::vector<int> seen(static_cast<std::size_t>(g.n), 0), started(static_cast<std::size_t>(count), 0);
  for (Vertex s = 0; s < g.n; ++s) {
    if (seen[s]) continue;
    if (started[membership[s]]++) return false;  // a second piece of a community already visited
    std::vector<Vertex> stack{s};
    seen[s] = 1;
    while (!stack.empty()) {
      const Vertex v = stack.back();
      stack.pop_back();
      for (auto e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
        const Vertex u = g.targets[e];
        if (!seen[u] && membership[u] == membership[v]) {
          seen[u] = 1;
          stack.push_back(u);
        }
      }
    }
  }
  return true;
}

// Labels are 0..count-1 and numbered by first appearance in vertex order.
bool numbered_by_first_appearance(const std::vector<int>& membership, int count) {
  int next = 0;
  for (int c : membership) {
    if (c < 0 || c > next) return false;
    if (c == next) ++next;
  }
  return next == count;
}

// The graph G of a fixture case (docs/measures.md): actors in file order are the vertices; ties of the case's wave with
// frequency >= minFrequency; an edge where either side reported the tie (both sides when reciprocated), weighted
// by the larger frequency (make_graph keeps the largest weight of a repeated pair).
Graph fixture_graph(const json& project, const json& options) {
  std::map<std::string, Vertex> index;
  for (const auto& a : project["actors"]) index.emplace(a["id"].get<std::string>(), static_cast<Vertex>(index.size()));
  const std::string wave = options["waveId"].get<std::string>();
  const int minFrequency = options.value("minFrequency", 1);
  std::vector<WeightedEdge> reported;
  std::set<std::pair<Vertex, Vertex>> arcs;
  for (const auto& t : project["ties"]) {
    const int f = t.value("frequency", 0);
    if (t.value("waveId", std::string()) != wave || f < minFrequency || f < 1) continue;
    const Vertex a = index.at(t["from"].get<std::string>()), b = index.at(t["to"].get<std::string>());
    reported.push_back({a, b, static_cast<double>(f)});
    arcs.insert({a, b});
  }
  std::vector<WeightedEdge> edges;
  for (const auto& e : reported)
    if (!options.value("reciprocated", false) || arcs.count({e.to, e.from})) edges.push_back(e);
  return make_graph(static_cast<Vertex>(index.size()), edges, false);
}

const char* const kFixtures[] = {"karate",
                                 "florentine",
                                 "kite",
                                 "weighted-small",
                                 "random-directed",
                                 "degenerate-disconnected",
                                 "degenerate-empty",
                                 "degenerate-isolates",
                                 "degenerate-one",
                                 "degenerate-self-and-duplicates"};

bool fixture_exists(const std::string& name) {
  return static_cast<bool>(std::ifstream(test::fixture_path("sna/" + name + ".json")));
}

}  // namespace

// ---------------------------------------------------------------------------------------------- modularity

TEST_CASE("communities: modularity of hand-worked partitions of two 4-cliques joined by an edge") {
  const Graph g = two_cliques();
  // m = 6 + 6 + 1 = 13. Each clique: L = 6 edges inside, degrees 3+3+3+4 = 13.
  // Q = 2 * (6/13 - (13/26)^2) = 12/13 - 1/2 = 11/26.
  CHECK(modularity(g, {0, 0, 0, 0, 1, 1, 1, 1}, false) == doctest::Approx(11.0 / 26.0).epsilon(1e-12));
  // Everyone together: L = m, K = 2m, Q = 1 - 1 = 0.
  CHECK(modularity(g, std::vector<int>(8, 7), false) == doctest::Approx(0.0).epsilon(1e-12));
  // Singletons: Q = -sum (k_i / 2m)^2 = -(6 * 3^2 + 2 * 4^2) / 26^2 = -86/676.
  CHECK(modularity(g, {0, 1, 2, 3, 4, 5, 6, 7}, false) == doctest::Approx(-86.0 / 676.0).epsilon(1e-12));
  // Labels are names only: negative or large values give the same number.
  CHECK(modularity(g, {-5, -5, -5, -5, 1000000, 1000000, 1000000, 1000000}, false) ==
        doctest::Approx(11.0 / 26.0).epsilon(1e-12));
}

TEST_CASE("communities: modularity refuses a membership of the wrong size or a directed graph") {
  const Graph g = two_cliques();
  CHECK_THROWS_AS(modularity(g, {0, 0, 0}, false), std::invalid_argument);
  const Graph d = make_graph(2, {{0, 1, 1.0}}, true);
  CHECK_THROWS_AS(modularity(d, {0, 0}, false), std::invalid_argument);
  CHECK_THROWS_AS(detect_communities(d, 1, false), std::invalid_argument);
}

// ---------------------------------------------------------------------------------------------- detection

TEST_CASE("communities: two 4-cliques joined by one edge are two communities") {
  const auto r = detect_communities(two_cliques(), 42, false);
  CHECK(r.method == "leiden");
  CHECK(r.count == 2);
  CHECK(r.membership == std::vector<int>{0, 0, 0, 0, 1, 1, 1, 1});
  CHECK(r.modularity == doctest::Approx(11.0 / 26.0).epsilon(1e-12));  // worked out above
}

TEST_CASE("communities: a ring of 6 triangles splits into the 6 triangles") {
  // Triangle t holds 3t, 3t+1, 3t+2; ring edges (3t+2) - (3t+3 mod 18). m = 18 + 6 = 24.
  // Triangles: L = 3, K = 2*3 + 2 = 8:  Q = 6 * (3/24 - (8/48)^2) = 3/4 - 1/6 = 7/12 = 0.58333.
  // Pairs of triangles would give 3 * (7/24 - (16/48)^2) = 13/24 = 0.54167, halves 2 * (11/24 - 1/4) = 5/12.
  std::vector<std::pair<Vertex, Vertex>> e;
  for (Vertex t = 0; t < 6; ++t) {
    e.push_back({3 * t, 3 * t + 1});
    e.push_back({3 * t, 3 * t + 2});
    e.push_back({3 * t + 1, 3 * t + 2});
    e.push_back({3 * t + 2, (3 * t + 3) % 18});
  }
  const Graph g = undirected(18, e);
  for (std::uint64_t seed : {1ULL, 42ULL, 2026ULL}) {
    const auto r = detect_communities(g, seed, false);
    CHECK(r.count == 6);
    for (Vertex v = 0; v < 18; ++v) CHECK(r.membership[v] == v / 3);
    CHECK(r.modularity == doctest::Approx(7.0 / 12.0).epsilon(1e-12));
  }
}

TEST_CASE("communities: isolated vertices are singleton communities, labels by first appearance") {
  // 0 and 4 are isolates; {1,2,3} and {5,6,7} are triangles. m = 6; each triangle L = 3, K = 6:
  // Q = 2 * (3/6 - (6/12)^2) = 1/2 (isolates add nothing).
  const Graph g = undirected(8, {{1, 2}, {1, 3}, {2, 3}, {5, 6}, {5, 7}, {6, 7}});
  const auto r = detect_communities(g, 7, false);
  CHECK(r.count == 4);
  CHECK(r.membership == std::vector<int>{0, 1, 1, 1, 2, 3, 3, 3});
  CHECK(r.modularity == doctest::Approx(0.5).epsilon(1e-12));
}

TEST_CASE("communities: graphs without edges or vertices") {
  const auto none = detect_communities(Graph{0, false, {0}, {}, {}}, 42, true);
  CHECK(none.membership.empty());
  CHECK(none.count == 0);
  CHECK(none.modularity == 0.0);
  // No edges: all singletons, modularity 0 by convention (NetworkX raises ZeroDivisionError).
  const auto bare = detect_communities(make_graph(3, {}, false), 42, false);
  CHECK(bare.membership == std::vector<int>{0, 1, 2});
  CHECK(bare.count == 3);
  CHECK(bare.modularity == 0.0);
  CHECK(modularity(make_graph(3, {}, false), {0, 0, 1}, true) == 0.0);
}

TEST_CASE("communities: weights change the answer on two triangles joined by a strong tie") {
  // Triangles {0,1,2} and {3,4,5}, bridge 2-3. Unweighted: m = 7, each triangle L = 3, K = 7:
  //   Q = 2 * (3/7 - 1/4) = 5/14 = 0.35714, the best of all 203 partitions.
  // Bridge weight 4, others 1: m = 10, degrees 2,2,6,6,2,2. {0,1},{2,3},{4,5}: L = 1+4+1 = 6, K = 4,12,4:
  //   Q = 6/10 - (16+144+16)/400 = 0.6 - 0.44 = 0.16, ahead of {0,1,2,3},{4,5} (0.8 - 272/400 = 0.12) and the
  //   two triangles (6/10 - 2 * (10/20)^2 = 0.1).
  const Graph g =
      make_graph(6, {{0, 1, 1.0}, {0, 2, 1.0}, {1, 2, 1.0}, {3, 4, 1.0}, {3, 5, 1.0}, {4, 5, 1.0}, {2, 3, 4.0}}, false);
  const auto plain = detect_communities(g, 42, false);
  CHECK(plain.membership == std::vector<int>{0, 0, 0, 1, 1, 1});
  CHECK(plain.modularity == doctest::Approx(5.0 / 14.0).epsilon(1e-12));
  const auto weighted = detect_communities(g, 42, true);
  CHECK(weighted.membership == std::vector<int>{0, 0, 1, 1, 2, 2});
  CHECK(weighted.modularity == doctest::Approx(0.16).epsilon(1e-12));
  CHECK(modularity(g, {0, 0, 0, 1, 1, 1}, true) == doctest::Approx(0.1).epsilon(1e-12));
}

namespace {
// A reproducible test graph from a tiny LCG (not the algorithm's generator): `groups` blocks of `size` vertices,
// about `inside` random edges per vertex inside its block and `outside` to anywhere.
Graph block_graph(int groups, int size, int inside, int outside, std::uint32_t seed) {
  std::uint32_t x = seed;
  auto next = [&x](std::uint32_t bound) {
    x = x * 1664525u + 1013904223u;
    return static_cast<Vertex>((x >> 8) % bound);
  };
  const Vertex n = groups * size;
  std::vector<WeightedEdge> e;
  for (Vertex v = 0; v < n; ++v) {
    const Vertex base = v / size * size;
    for (int i = 0; i < inside; ++i) e.push_back({v, base + next(size), 1.0 + next(4)});
    for (int i = 0; i < outside; ++i) e.push_back({v, next(n), 1.0 + next(4)});
  }
  return make_graph(n, e, false);
}
}  // namespace

TEST_CASE("communities: the same seed gives the same membership") {
  const Graph g = block_graph(12, 40, 3, 2, 11);
  for (bool w : {false, true}) {
    const auto a = detect_communities(g, 2026, w);
    const auto b = detect_communities(g, 2026, w);
    CHECK(a.membership == b.membership);
    CHECK(a.count == b.count);
    CHECK(a.modularity == b.modularity);
  }
}

TEST_CASE("communities: every community is connected, labels are compact, modularity is reported honestly") {
  // Sparse random block graphs (many low-degree vertices, several components). On some of these (e.g. 20 x 30,
  // seed 6; 40 x 25, seeds 3 and 5), plain Louvain leaves a community in two pieces; Leiden must not.
  struct Shape {
    int groups, size, inside, outside;
  };
  for (const Shape& sh : {Shape{20, 30, 1, 1}, Shape{40, 25, 1, 1}, Shape{30, 30, 2, 2}}) {
    for (std::uint32_t s = 1; s <= 6; ++s) {
      const Graph g = block_graph(sh.groups, sh.size, sh.inside, sh.outside, s);
      std::vector<int> planted(static_cast<std::size_t>(g.n));
      for (Vertex v = 0; v < g.n; ++v) planted[v] = v / sh.size;
      for (bool w : {false, true}) {
        CAPTURE(sh.groups);
        CAPTURE(s);
        CAPTURE(w);
        const auto r = detect_communities(g, s, w);
        REQUIRE(r.membership.size() == static_cast<std::size_t>(g.n));
        CHECK(numbered_by_first_appearance(r.membership, r.count));
        CHECK(communities_connected(g, r.membership, r.count));
        CHECK(r.modularity == doctest::Approx(modularity(g, r.membership, w)).epsilon(1e-12));
        CHECK(r.modularity >= modularity(g, planted, w));  // at least as good as the blocks that were planted
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------- partitions

TEST_CASE("partitions: identical and relabelled partitions agree perfectly") {
  const std::vector<int> a{0, 0, 1, 1, 2, 2, 2};
  CHECK(normalized_mutual_information(a, a) == doctest::Approx(1.0).epsilon(1e-12));
  CHECK(adjusted_rand_index(a, a) == doctest::Approx(1.0).epsilon(1e-12));
  const std::vector<int> b{5, 5, -1, -1, 9, 9, 9};  // same blocks, other names
  CHECK(normalized_mutual_information(a, b) == doctest::Approx(1.0).epsilon(1e-12));
  CHECK(adjusted_rand_index(a, b) == doctest::Approx(1.0).epsilon(1e-12));
}

TEST_CASE("partitions: a hand-worked example") {
  // a = {0,1,2}{3,4,5}, b = {0,1}{2,3}{4,5}. Contingency rows (2,1,0) and (0,1,2).
  // ARI: sum C(n_ij,2) = 1+0+0+1 = 2; rows 2*C(3,2) = 6; columns 3*C(2,2) = 3; C(6,2) = 15.
  //   E = 6*3/15 = 1.2, max = (6+3)/2 = 4.5, ARI = (2 - 1.2) / (4.5 - 1.2) = 8/33 = 0.242424...
  // NMI: H(a) = ln 2, H(b) = ln 3; I = 2 * (1/3) ln((1/3) / (1/2 * 1/3)) = (2/3) ln 2 (the 1/6 cells add 0);
  //   NMI = (2/3) ln 2 / ((ln 2 + ln 3) / 2) = 4 ln 2 / (3 ln 6) = 0.515803...
  const std::vector<int> a{0, 0, 0, 1, 1, 1}, b{0, 0, 1, 1, 2, 2};
  CHECK(adjusted_rand_index(a, b) == doctest::Approx(8.0 / 33.0).epsilon(1e-12));
  CHECK(normalized_mutual_information(a, b) ==
        doctest::Approx(4.0 * std::log(2.0) / (3.0 * std::log(6.0))).epsilon(1e-12));
  CHECK(adjusted_rand_index(b, a) == doctest::Approx(8.0 / 33.0).epsilon(1e-12));  // symmetric
  // scikit-learn's documented example: ARI([0,0,1,1], [0,0,1,2]) = 0.57: index 1, rows 2, columns 1, C(4,2) = 6,
  //   E = 2/6, max = 3/2: (1 - 1/3) / (3/2 - 1/3) = 4/7.
  CHECK(adjusted_rand_index({0, 0, 1, 1}, {0, 0, 1, 2}) == doctest::Approx(4.0 / 7.0).epsilon(1e-12));
  // Crossed halves: index 0, rows 2, columns 2, E = 4/6, max = 2: ARI = (0 - 2/3) / (2 - 2/3) = -1/2; I = 0.
  CHECK(adjusted_rand_index({0, 0, 1, 1}, {0, 1, 0, 1}) == doctest::Approx(-0.5).epsilon(1e-12));
  CHECK(normalized_mutual_information({0, 0, 1, 1}, {0, 1, 0, 1}) == doctest::Approx(0.0));
}

TEST_CASE("partitions: degenerate cases") {
  const std::vector<int> one(5, 3), halves{0, 0, 0, 1, 1}, alone{0, 1, 2, 3, 4};
  // Both a single cluster: H = 0 for both, defined as 1; ARI is 0/0 for identical partitions, defined as 1.
  CHECK(normalized_mutual_information(one, one) == 1.0);
  CHECK(adjusted_rand_index(one, one) == 1.0);
  // Both all singletons: identical, NMI = ln 5 / ln 5 = 1, ARI 0/0 -> 1.
  CHECK(normalized_mutual_information(alone, alone) == doctest::Approx(1.0).epsilon(1e-12));
  CHECK(adjusted_rand_index(alone, alone) == 1.0);
  // One cluster against two: I = 0, so NMI = 0; every pair is together in `one`, so index = row pairs = E: ARI 0.
  CHECK(normalized_mutual_information(one, halves) == 0.0);
  CHECK(adjusted_rand_index(one, halves) == doctest::Approx(0.0));
  // Fewer than two items, or none.
  CHECK(adjusted_rand_index({4}, {9}) == 1.0);
  CHECK(normalized_mutual_information({4}, {9}) == 1.0);
  CHECK(adjusted_rand_index({}, {}) == 1.0);
  CHECK(normalized_mutual_information({}, {}) == 1.0);
  CHECK_THROWS_AS(adjusted_rand_index({0, 1}, {0}), std::invalid_argument);
  CHECK_THROWS_AS(normalized_mutual_information({0, 1}, {0}), std::invalid_argument);
}

TEST_CASE("partitions: fixture pairs and the NetworkX/igraph agreement of the karate fixture") {
  if (!fixture_exists("karate")) {
    MESSAGE("tests/fixtures/sna/karate.json not present: skipped");
    return;
  }
  const json doc = test::fixture_json("sna/karate.json");
  int pairs = 0;
  for (const auto& c : doc["cases"]) {
    const json& agreement = c["expected"]["agreement"];
    if (agreement.is_null()) continue;
    for (const auto& p : agreement.value("partitionPairs", json::array())) {
      CAPTURE(p["what"].get<std::string>());
      const auto a = p["a"].get<std::vector<int>>(), b = p["b"].get<std::vector<int>>();
      CHECK(normalized_mutual_information(a, b) == doctest::Approx(p["nmi"].get<double>()).epsilon(1e-9));
      CHECK(adjusted_rand_index(a, b) == doctest::Approx(p["ari"].get<double>()).epsilon(1e-9));
      ++pairs;
    }
    // igraph's compare_communities of the units and NetworkX's Louvain partition.
    if (agreement.contains("louvain") && agreement.contains("units")) {
      const auto louvain = agreement["louvain"].get<std::vector<int>>(),
                 units = agreement["units"].get<std::vector<int>>();
      CHECK(normalized_mutual_information(louvain, units) ==
            doctest::Approx(agreement["nmi"].get<double>()).epsilon(1e-9));
      CHECK(adjusted_rand_index(louvain, units) == doctest::Approx(agreement["ari"].get<double>()).epsilon(1e-9));
    }
  }
  CHECK(pairs > 0);
}

// ---------------------------------------------------------------------------------------------- fixtures

TEST_CASE("communities: modularity matches NetworkX, and detection reaches NetworkX's Louvain, on every fixture") {
  int checked = 0;
  for (const char* name : kFixtures) {
    if (!fixture_exists(name)) {
      MESSAGE("tests/fixtures/sna/" << name << ".json not present: skipped");
      continue;
    }
    const json doc = test::fixture_json(std::string("sna/") + name + ".json");
    for (const auto& c : doc["cases"]) {
      const json& options = c["options"];
      const json& expected = c["expected"]["communities"];
      CAPTURE(name);
      CAPTURE(options.dump());
      const Graph g = fixture_graph(doc["project"], options);
      const bool weighted = options.value("weighted", false);
      const auto r = detect_communities(g, expected.value("louvainSeed", 42), weighted);
      CHECK(communities_connected(g, r.membership, r.count));
      CHECK(numbered_by_first_appearance(r.membership, r.count));
      if (expected["louvainModularity"].is_null()) {  // no edges: NetworkX cannot say; our convention
        CHECK(g.edges() == 0);
        CHECK(r.modularity == 0.0);
        CHECK(r.count == g.n);
      } else {
        const double theirs = expected["louvainModularity"].get<double>();
        // Our modularity of their partition is their number (10 significant digits in the fixture).
        const auto louvain = expected["louvainMembership"].get<std::vector<int>>();
        CHECK(modularity(g, louvain, weighted) == doctest::Approx(theirs).epsilon(1e-9));
        CHECK(r.modularity >= theirs - 1e-9);
        MESSAGE(std::string(name) << " " << options.dump() << ": leiden " << r.modularity << " (" << r.count
                                  << " communities), networkx louvain " << theirs << " (" << expected["louvainCount"]
                                  << ")");
      }
      ++checked;
    }
  }
  if (checked == 0) MESSAGE("no fixtures in tests/fixtures/sna: skipped");
}
