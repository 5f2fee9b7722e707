// Network layout (core/layout): determinism, the output box, readable spacing, ties and groups shaping the
// picture, components and isolates kept apart, degenerate graphs. The same suite runs natively and as
// WebAssembly; the golden checksum at the end proves both builds draw the same picture.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "layout/force.hpp"
#include "sna/graph.hpp"

using namespace bosam;
using layout::LayoutOptions;
using layout::LayoutResult;
using layout::Point;

namespace {

// A small deterministic generator for test graphs (independent of the layout's own).
struct Lcg {
  std::uint64_t s;
  double uniform() {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<double>(s >> 11) * (1.0 / 9007199254740992.0);
  }
  int below(int n) { return std::min(n - 1, static_cast<int>(uniform() * n)); }
};

// k groups of `size` vertices; a pair is tied with probability pin inside a group, pout across; strengths
// 1-4. groups (if given) receives each vertex's group.
sna::Graph block_graph(int k, int size, double pin, double pout, std::uint64_t seed, std::vector<int>* groups = nullptr,
                       bool directed = false) {
  Lcg r{seed};
  const int n = k * size;
  std::vector<sna::WeightedEdge> edges;
  for (int i = 0; i < n; ++i)
    for (int j = i + 1; j < n; ++j)
      if (r.uniform() < (i / size == j / size ? pin : pout)) edges.push_back({i, j, 1.0 + r.below(4)});
  if (groups) {
    groups->clear();
    for (int i = 0; i < n; ++i) groups->push_back(i / size);
  }
  return sna::make_graph(n, edges, directed);
}

// The demo-sized network: 5 units of 10 actors, about 4 ties inside a unit and 1 across per actor.
sna::Graph demo_size(std::vector<int>* groups = nullptr, std::uint64_t seed = 11) {
  return block_graph(5, 10, 0.45, 0.025, seed, groups);
}

double dist(const Point& a, const Point& b) { return std::hypot(a.x - b.x, a.y - b.y); }

bool finite_and_inside(const LayoutResult& r) {
  for (const Point& p : r.positions)
    if (!std::isfinite(p.x) || !std::isfinite(p.y) || p.x < 0 || p.x > r.width || p.y < 0 || p.y > r.height)
      return false;
  return true;
}

double min_pair_distance(const LayoutResult& r) {
  double best = INFINITY;
  for (std::size_t i = 0; i < r.positions.size(); ++i)
    for (std::size_t j = i + 1; j < r.positions.size(); ++j)
      best = std::min(best, dist(r.positions[i], r.positions[j]));
  return best;
}

// Mean distance between tied pairs over mean distance between untied pairs.
double neighbour_ratio(const sna::Graph& g, const LayoutResult& r) {
  double tied = 0, untied = 0;
  long nt = 0, nu = 0;
  for (sna::Vertex i = 0; i < g.n; ++i)
    for (sna::Vertex j = i + 1; j < g.n; ++j) {
      const double d = dist(r.positions[i], r.positions[j]);
      if (sna::edge_weight(g, i, j) > 0) {
        tied += d;
        ++nt;
      } else {
        untied += d;
        ++nu;
      }
    }
  return (tied / nt) / (untied / nu);
}

// Mean distance within a group over mean distance between groups.
double group_ratio(const std::vector<int>& groups, const LayoutResult& r) {
  double within = 0, between = 0;
  long nw = 0, nb = 0;
  for (std::size_t i = 0; i < groups.size(); ++i)
    for (std::size_t j = i + 1; j < groups.size(); ++j) {
      const double d = dist(r.positions[i], r.positions[j]);
      if (groups[i] == groups[j]) {
        within += d;
        ++nw;
      } else {
        between += d;
        ++nb;
      }
    }
  return (within / nw) / (between / nb);
}

LayoutResult run(const sna::Graph& g, const std::vector<int>& groups = {}, bool groupAware = false,
                 std::uint64_t seed = 1, int iterations = 0) {
  LayoutOptions o;
  o.seed = seed;
  o.groupAware = groupAware;
  o.iterations = iterations;
  return layout::force_layout(g, groups, o);
}

struct Box {
  double minx = INFINITY, miny = INFINITY, maxx = -INFINITY, maxy = -INFINITY;
  void add(const Point& p) {
    minx = std::min(minx, p.x);
    maxx = std::max(maxx, p.x);
    miny = std::min(miny, p.y);
    maxy = std::max(maxy, p.y);
  }
  bool overlaps(const Box& o, double gap) const {
    return !(maxx + gap < o.minx || o.maxx + gap < minx || maxy + gap < o.miny || o.maxy + gap < miny);
  }
  bool contains(const Point& p, double slack) const {
    return p.x >= minx - slack && p.x <= maxx + slack && p.y >= miny - slack && p.y <= maxy + slack;
  }
};

}  // namespace

TEST_CASE("layout: the same seed gives the same positions, another seed another picture") {
  std::vector<int> groups;
  const sna::Graph g = demo_size(&groups);
  for (bool aware : {false, true}) {
    CAPTURE(aware);
    const LayoutResult a = run(g, groups, aware, 7), b = run(g, groups, aware, 7), c = run(g, groups, aware, 8);
    REQUIRE(a.positions.size() == 50);
    bool same = true;
    double moved = 0;
    for (std::size_t i = 0; i < a.positions.size(); ++i) {
      same = same && a.positions[i].x == b.positions[i].x && a.positions[i].y == b.positions[i].y;
      moved = std::max(moved, dist(a.positions[i], c.positions[i]));
    }
    CHECK(same);
    CHECK(a.width == b.width);
    CHECK(moved > 0.05 * a.width);
  }
}

TEST_CASE("layout: a directed graph is laid out as its undirected version") {
  const sna::Graph und = block_graph(3, 8, 0.5, 0.05, 5, nullptr, false);
  const sna::Graph dir = block_graph(3, 8, 0.5, 0.05, 5, nullptr, true);
  const LayoutResult a = run(und), b = run(dir);
  REQUIRE(a.positions.size() == b.positions.size());
  for (std::size_t i = 0; i < a.positions.size(); ++i) {
    CHECK(a.positions[i].x == b.positions[i].x);
    CHECK(a.positions[i].y == b.positions[i].y);
  }
}

TEST_CASE("layout: coordinates are finite, inside a 4:3 box about 1000 wide, and fill it") {
  std::vector<sna::Graph> graphs;
  graphs.push_back(demo_size());
  graphs.push_back(block_graph(10, 30, 0.2, 0.01, 3));  // 300 actors
  // A star and a path.
  {
    std::vector<sna::WeightedEdge> star, path;
    for (int i = 1; i < 40; ++i) star.push_back({0, i, 1.0 + i % 4});
    for (int i = 0; i + 1 < 40; ++i) path.push_back({i, i + 1, 2});
    graphs.push_back(sna::make_graph(40, star, false));
    graphs.push_back(sna::make_graph(40, path, false));
  }
  // A complete graph.
  {
    std::vector<sna::WeightedEdge> k;
    for (int i = 0; i < 20; ++i)
      for (int j = i + 1; j < 20; ++j) k.push_back({i, j, 3});
    graphs.push_back(sna::make_graph(20, k, false));
  }
  for (const sna::Graph& g : graphs) {
    CAPTURE(g.n);
    const LayoutResult r = run(g);
    REQUIRE(r.positions.size() == static_cast<std::size_t>(g.n));
    CHECK(r.width == doctest::Approx(1000));
    CHECK(r.height == doctest::Approx(750));
    CHECK(finite_and_inside(r));
    CHECK(r.iterations > 0);
    Box b;
    for (const Point& p : r.positions) b.add(p);
    // Uniformly scaled to fit: one side reaches the margins (K20 is small enough to be drawn smaller).
    const bool fillsWidth = b.maxx - b.minx > 0.9 * r.width, fillsHeight = b.maxy - b.miny > 0.85 * r.height;
    if (g.n > 20) CHECK((fillsWidth || fillsHeight));
    CHECK(b.minx >= 0.04 * r.width - 1e-6);
    CHECK(b.miny >= 0.04 * r.width - 1e-6);
    CHECK(b.maxx <= r.width - 0.04 * r.width + 1e-6);
    CHECK(b.maxy <= r.height - 0.04 * r.width + 1e-6);
  }
}

TEST_CASE("layout: at demo size no two actors are closer than 3% of the drawing's width") {
  for (std::uint64_t seed : {1, 2, 3}) {
    std::vector<int> groups;
    const sna::Graph g = demo_size(&groups, 10 + seed);
    for (bool aware : {false, true}) {
      CAPTURE(seed);
      CAPTURE(aware);
      const LayoutResult r = run(g, groups, aware, seed);
      CHECK(min_pair_distance(r) > 0.03 * r.width);
    }
  }
}

TEST_CASE("layout: tied actors are drawn closer than untied ones, and stronger ties shorter") {
  double strong = 0, weak = 0;
  long ns = 0, nw = 0;
  for (std::uint64_t seed : {1, 2, 3}) {
    const sna::Graph g = demo_size(nullptr, 20 + seed);
    const LayoutResult r = run(g, {}, false, seed);
    CHECK(neighbour_ratio(g, r) < 0.6);
    for (sna::Vertex u = 0; u < g.n; ++u)
      for (std::int32_t a = g.offsets[u]; a < g.offsets[u + 1]; ++a) {
        const sna::Vertex v = g.targets[a];
        if (v < u) continue;
        const double d = dist(r.positions[u], r.positions[v]);
        if (g.weights[a] == 4) {
          strong += d;
          ++ns;
        } else if (g.weights[a] == 1) {
          weak += d;
          ++nw;
        }
      }
  }
  REQUIRE(ns > 20);
  REQUIRE(nw > 20);
  CHECK(strong / ns < 0.9 * (weak / nw));
}

TEST_CASE("layout: group-aware keeps each unit together") {
  SUBCASE("units that match the ties") {
    for (std::uint64_t seed : {1, 2, 3}) {
      std::vector<int> groups;
      const sna::Graph g = demo_size(&groups, 30 + seed);
      const double plain = group_ratio(groups, run(g, groups, false, seed));
      const double aware = group_ratio(groups, run(g, groups, true, seed));
      CAPTURE(plain);
      CAPTURE(aware);
      CHECK(aware < 0.4);
      CHECK(aware < 0.9 * plain);
    }
  }
  SUBCASE("units that cut across the ties") {
    for (std::uint64_t seed : {1, 2, 3}) {
      const sna::Graph g = demo_size(nullptr, 40 + seed);
      std::vector<int> units(50);
      for (int i = 0; i < 50; ++i) units[i] = (i * 7 + static_cast<int>(seed)) % 5;  // unrelated to the blocks
      const double plain = group_ratio(units, run(g, units, false, seed));
      const double aware = group_ratio(units, run(g, units, true, seed));
      CAPTURE(plain);
      CAPTURE(aware);
      CHECK(plain > 0.85);  // without awareness the units are scattered
      CHECK(aware < 0.6);
      CHECK(aware < 0.7 * plain);
      // The ties still shape the picture: tied actors are closer than untied ones.
      CHECK(neighbour_ratio(g, run(g, units, true, seed)) < 0.95);
    }
  }
  SUBCASE("actors without a unit (negative id) and units of one") {
    std::vector<int> groups;
    const sna::Graph g = demo_size(&groups);
    for (int i = 0; i < 50; i += 3) groups[i] = -1;
    const LayoutResult r = run(g, groups, true);
    CHECK(finite_and_inside(r));
    CHECK(min_pair_distance(r) > 0.03 * r.width);
    std::vector<int> alone(50);
    for (int i = 0; i < 50; ++i) alone[i] = i;
    const LayoutResult a = run(g, alone, true), b = run(g, {}, false);
    for (std::size_t i = 0; i < a.positions.size(); ++i) CHECK(a.positions[i].x == b.positions[i].x);
  }
}

TEST_CASE("layout: separate components and isolates do not overlap") {
  // One 30-actor component, three triangles, two paths of four, one pair and eight isolates, shuffled
  // among the vertex numbers.
  std::vector<std::vector<int>> parts;
  std::vector<sna::WeightedEdge> edges;
  std::vector<int> groups;
  int n = 0;
  auto add_part = [&](int size) {
    parts.push_back({});
    for (int i = 0; i < size; ++i) parts.back().push_back(n++);
    return parts.back();
  };
  Lcg r{99};
  {
    const auto big = add_part(30);
    for (int i = 0; i < 30; ++i) {
      edges.push_back({big[i], big[(i + 1) % 30], 2});  // a ring keeps it connected
      for (int j = i + 2; j < 30; ++j)
        if (i / 10 == j / 10 && r.uniform() < 0.3) edges.push_back({big[i], big[j], 1.0 + r.below(4)});
    }
  }
  for (int t = 0; t < 3; ++t) {
    const auto tri = add_part(3);
    edges.push_back({tri[0], tri[1], 3});
    edges.push_back({tri[1], tri[2], 3});
    edges.push_back({tri[0], tri[2], 1});
  }
  for (int t = 0; t < 2; ++t) {
    const auto path = add_part(4);
    for (int i = 0; i + 1 < 4; ++i) edges.push_back({path[i], path[i + 1], 2});
  }
  {
    const auto pair = add_part(2);
    edges.push_back({pair[0], pair[1], 4});
  }
  std::vector<int> isolates;
  for (int i = 0; i < 8; ++i) isolates.push_back(n++);
  for (int v = 0; v < n; ++v) groups.push_back(v % 4);
  // Renumber vertices so components are interleaved.
  std::vector<int> perm(static_cast<std::size_t>(n));
  for (int v = 0; v < n; ++v) perm[v] = (v * 37) % n;  // 37 is coprime to n = 57
  REQUIRE(n == 57);
  for (auto& e : edges) e = {perm[e.from], perm[e.to], e.weight};
  for (auto& p : parts)
    for (int& v : p) v = perm[v];
  for (int& v : isolates) v = perm[v];
  const sna::Graph g = sna::make_graph(n, edges, false);

  for (bool aware : {false, true}) {
    CAPTURE(aware);
    const LayoutResult res = run(g, groups, aware, 5);
    REQUIRE(finite_and_inside(res));
    std::vector<Box> boxes(parts.size());
    for (std::size_t k = 0; k < parts.size(); ++k)
      for (int v : parts[k]) boxes[k].add(res.positions[v]);
    const double gap = 0.01 * res.width;
    for (std::size_t a = 0; a < boxes.size(); ++a)
      for (std::size_t b = a + 1; b < boxes.size(); ++b) {
        CAPTURE(a);
        CAPTURE(b);
        CHECK_FALSE(boxes[a].overlaps(boxes[b], gap));
      }
    double lowestComponent = 0;
    for (const Box& b : boxes) lowestComponent = std::max(lowestComponent, b.maxy);
    std::vector<double> rows;
    for (int v : isolates) {
      const Point& p = res.positions[v];
      for (const Box& b : boxes) CHECK_FALSE(b.contains(p, gap));
      CHECK(p.y > lowestComponent + gap);  // the isolates' grid is underneath
      rows.push_back(p.y);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    CHECK(rows.size() <= 2);  // a tidy grid: 8 isolates in one or two rows
    CHECK(min_pair_distance(res) > 0.02 * res.width);
  }
}

TEST_CASE("layout: empty, single, pair and edgeless graphs") {
  SUBCASE("no vertices") {
    const LayoutResult r = run(sna::make_graph(0, {}, false));
    CHECK(r.positions.empty());
    CHECK(r.width == doctest::Approx(1000));
    CHECK(r.height == doctest::Approx(750));
    CHECK(r.iterations == 0);
  }
  SUBCASE("one vertex sits in the middle") {
    const LayoutResult r = run(sna::make_graph(1, {}, false));
    REQUIRE(r.positions.size() == 1);
    CHECK(r.positions[0].x == doctest::Approx(500));
    CHECK(r.positions[0].y == doctest::Approx(375));
    CHECK(r.iterations == 0);
  }
  SUBCASE("a tied pair is centred and not blown up to the box") {
    const LayoutResult r = run(sna::make_graph(2, {{0, 1, 2}}, false));
    REQUIRE(r.positions.size() == 2);
    CHECK(finite_and_inside(r));
    const double d = dist(r.positions[0], r.positions[1]);
    CHECK(d > 0.05 * r.width);
    CHECK(d <= 0.2 * r.width);
    CHECK((r.positions[0].x + r.positions[1].x) / 2 == doctest::Approx(500));
    CHECK((r.positions[0].y + r.positions[1].y) / 2 == doctest::Approx(375));
  }
  SUBCASE("an untied pair") {
    const LayoutResult r = run(sna::make_graph(2, {}, false));
    REQUIRE(r.positions.size() == 2);
    CHECK(finite_and_inside(r));
    CHECK(dist(r.positions[0], r.positions[1]) > 0.05 * r.width);
  }
  SUBCASE("thirty isolates make a tidy grid") {
    std::vector<int> groups(30);
    for (int i = 0; i < 30; ++i) groups[i] = i % 3;
    for (bool aware : {false, true}) {
      const LayoutResult r = run(sna::make_graph(30, {}, false), groups, aware);
      CHECK(finite_and_inside(r));
      CHECK(r.iterations == 0);
      CHECK(min_pair_distance(r) > 0.05 * r.width);
      std::vector<double> xs, ys;
      for (const Point& p : r.positions) {
        xs.push_back(p.x);
        ys.push_back(p.y);
      }
      for (auto* v : {&xs, &ys}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end(), [](double a, double b) { return std::abs(a - b) < 1e-6; }),
                 v->end());
      }
      CHECK(xs.size() * ys.size() >= 30);
      CHECK(xs.size() * ys.size() < 40);
      CHECK(xs.back() - xs.front() >= ys.back() - ys.front());  // landscape
    }
  }
}

TEST_CASE("layout: a group list of the wrong length is refused") {
  const sna::Graph g = demo_size();
  CHECK_THROWS_AS(run(g, std::vector<int>(49, 0), true), std::invalid_argument);
  CHECK_NOTHROW(run(g, std::vector<int>{}, true));
}

TEST_CASE("layout: the iteration count can be chosen") {
  const sna::Graph g = demo_size();
  CHECK(run(g, {}, false, 1, 25).iterations == 25);
  CHECK(run(g, {}, false, 1, 0).iterations >= 100);
}

TEST_CASE("layout: a 2,000-actor network finishes, in a box that grows with size") {
  std::vector<int> groups;
  const sna::Graph g = block_graph(40, 50, 0.14, 0.0005, 17, &groups);  // about 7 ties inside, 1 across
  for (bool aware : {false, true}) {
    CAPTURE(aware);
    const LayoutResult r = run(g, groups, aware);
    REQUIRE(r.positions.size() == 2000);
    CHECK(finite_and_inside(r));
    CHECK(r.width == doctest::Approx(2000));
    CHECK(r.height == doctest::Approx(1500));
    // Tied pairs against a sample of all pairs.
    double tied = 0, any = 0;
    long nt = 0, na = 0;
    for (sna::Vertex u = 0; u < g.n; ++u) {
      for (std::int32_t a = g.offsets[u]; a < g.offsets[u + 1]; ++a) {
        tied += dist(r.positions[u], r.positions[g.targets[a]]);
        ++nt;
      }
      any += dist(r.positions[u], r.positions[(u * 7919 + 13) % g.n]);
      ++na;
    }
    CHECK(tied / nt < 0.5 * (any / na));
  }
}

// A golden checksum: the positions of a fixed graph, rounded to 0.001 units. The native and the WebAssembly
// builds must agree (the layout uses only IEEE arithmetic and its own PRNG). If you change the algorithm on
// purpose, look at the picture and update the numbers; if only one build fails, determinism is broken.
TEST_CASE("layout: golden checksum, the same natively and in WebAssembly") {
  std::vector<int> groups;
  const sna::Graph g = block_graph(3, 8, 0.5, 0.06, 2024, &groups);
  auto checksum = [](const LayoutResult& r) {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a over the rounded coordinates
    for (const Point& p : r.positions)
      for (double c : {p.x, p.y}) {
        const auto v = static_cast<std::uint64_t>(std::llround(c * 1000));
        for (int b = 0; b < 64; b += 8) h = (h ^ ((v >> b) & 0xFF)) * 1099511628211ull;
      }
    return h;
  };
  const std::uint64_t plain = checksum(run(g, groups, false, 3));
  const std::uint64_t aware = checksum(run(g, groups, true, 3));
  MESSAGE("layout checksums: plain " << plain << ", groupAware " << aware);
  CHECK(plain == 15498380229367131201ull);
  CHECK(aware == 8445432417578968490ull);
}
