#include "layout/multilevel.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace bosam::layout::detail {

namespace {
constexpr std::int32_t kCoarsest = 24;  // stop coarsening at this many super-vertices
constexpr int kMaxLevels = 40;
constexpr double kMinShrink = 0.85;     // a level that keeps more than this share of vertices is not worth it
constexpr double kCooling = 0.9;        // adaptive step factor (Hu 2005)
constexpr int kCoarsestExtra = 300;     // the coarsest level is small: give it time to untangle
// The quotient graph of fine under parent (nc super-vertices with masses cmass): members of each
// super-vertex in ascending order (counting sort), then every fine arc between two super-vertices, weights
// summed. The arc order is fixed, so the sums are reproducible. O(n + m).
void quotient(const LevelGraph& f, const std::vector<std::int32_t>& parent, std::int32_t nc, std::vector<double> cmass,
              LevelGraph& c) {
  const std::int32_t n = f.n;
  const bool grouped = !f.group.empty();
  std::vector<std::int32_t> start(static_cast<std::size_t>(nc) + 1, 0), members(static_cast<std::size_t>(n));
  for (std::int32_t u = 0; u < n; ++u) ++start[parent[u] + 1];
  for (std::int32_t k = 0; k < nc; ++k) start[k + 1] += start[k];
  {
    std::vector<std::int32_t> pos(start.begin(), start.end() - 1);
    for (std::int32_t u = 0; u < n; ++u) members[pos[parent[u]]++] = u;
  }
  c = LevelGraph{};
  c.n = nc;
  c.mass = std::move(cmass);
  c.groups = f.groups;
  if (grouped) c.group.resize(static_cast<std::size_t>(nc));
  c.offsets.assign(static_cast<std::size_t>(nc) + 1, 0);
  std::vector<std::int32_t> mark(static_cast<std::size_t>(nc), -1), slot(static_cast<std::size_t>(nc), 0);
  for (std::int32_t cu = 0; cu < nc; ++cu) {
    if (grouped && start[cu] < start[cu + 1]) c.group[cu] = f.group[members[start[cu]]];
    for (std::int32_t k = start[cu]; k < start[cu + 1]; ++k) {
      const std::int32_t u = members[k];
      for (std::int32_t a = f.offsets[u]; a < f.offsets[u + 1]; ++a) {
        const std::int32_t cv = parent[f.targets[a]];
        if (cv == cu) continue;
        if (mark[cv] != cu) {
          mark[cv] = cu;
          slot[cv] = static_cast<std::int32_t>(c.targets.size());
          c.targets.push_back(cv);
          c.weights.push_back(f.weights[a]);
        } else {
          c.weights[slot[cv]] += f.weights[a];
        }
      }
    }
    c.offsets[cu + 1] = static_cast<std::int32_t>(c.targets.size());
  }
}

}  // namespace

int default_iterations(std::int32_t n) {
  if (n <= 150) return 300;
  const int it = static_cast<int>(300.0 * std::sqrt(150.0 / static_cast<double>(n)));
  return std::max(it, 40);
}

bool coarsen(const LevelGraph& f, SplitMix64& rng, LevelGraph& c, std::vector<std::int32_t>& parent) {
  const std::int32_t n = f.n;
  const bool grouped = !f.group.empty();
  std::vector<std::int32_t> order(static_cast<std::size_t>(n));
  for (std::int32_t i = 0; i < n; ++i) order[i] = i;
  for (std::int32_t i = n - 1; i > 0; --i) std::swap(order[i], order[rng.below(static_cast<std::uint32_t>(i + 1))]);

  parent.assign(static_cast<std::size_t>(n), -1);
  std::vector<double> cmass;
  std::int32_t nc = 0;
  // Matching: each unmatched vertex takes its lightest unmatched neighbour (balanced super-vertices),
  // then the strongest tie, then the lowest index.
  for (std::int32_t u : order) {
    if (parent[u] >= 0) continue;
    std::int32_t best = -1;
    double bm = 0, bw = 0;
    for (std::int32_t a = f.offsets[u]; a < f.offsets[u + 1]; ++a) {
      const std::int32_t v = f.targets[a];
      if (parent[v] >= 0 || v == u || (grouped && f.group[v] != f.group[u])) continue;
      const double m = f.mass[v], w = f.weights[a];
      if (best < 0 || m < bm || (m == bm && (w > bw || (w == bw && v < best)))) {
        best = v;
        bm = m;
        bw = w;
      }
    }
    if (best < 0) continue;
    parent[u] = parent[best] = nc++;
    cmass.push_back(f.mass[u] + f.mass[best]);
  }
  // Leftovers (all their eligible neighbours are taken) join the lightest neighbouring super-vertex.
  for (std::int32_t u : order) {
    if (parent[u] >= 0) continue;
    std::int32_t best = -1;
    double bm = 0, bw = 0;
    for (std::int32_t a = f.offsets[u]; a < f.offsets[u + 1]; ++a) {
      const std::int32_t v = f.targets[a];
      if (parent[v] < 0 || (grouped && f.group[v] != f.group[u])) continue;
      const std::int32_t cv = parent[v];
      const double m = cmass[cv], w = f.weights[a];
      if (best < 0 || m < bm || (m == bm && (w > bw || (w == bw && cv < best)))) {
        best = cv;
        bm = m;
        bw = w;
      }
    }
    if (best >= 0) {
      parent[u] = best;
      cmass[best] += f.mass[u];
    } else {
      parent[u] = nc++;
      cmass.push_back(f.mass[u]);
    }
  }
  if (static_cast<double>(nc) > kMinShrink * static_cast<double>(n)) return false;
  quotient(f, parent, nc, std::move(cmass), c);
  return true;
}

void collapse_groups(const LevelGraph& f, LevelGraph& c, std::vector<std::int32_t>& parent) {
  parent.assign(f.group.begin(), f.group.end());
  std::vector<double> cmass(static_cast<std::size_t>(f.groups), 0.0);
  for (std::int32_t u = 0; u < f.n; ++u) cmass[f.group[u]] += f.mass[u];
  quotient(f, parent, f.groups, std::move(cmass), c);
}

void relax(const LevelGraph& g, std::vector<double>& x, std::vector<double>& y, int iterations, double step0,
           const ForceParams& params, RepulsionTree& tree) {
  const std::int32_t n = g.n;
  if (n < 2 || iterations <= 0) return;
  const bool pull = params.groupPull > 0 && !g.group.empty() && g.groups > 1;
  std::vector<double> fx(static_cast<std::size_t>(n)), fy(static_cast<std::size_t>(n));
  std::vector<double> gx, gy, gm, gfx, gfy;
  RepulsionTree groupTree;
  std::vector<double> pullWeight;
  if (pull) {
    for (auto* v : {&gx, &gy, &gm, &gfx, &gfy}) v->resize(static_cast<std::size_t>(g.groups));
    pullWeight.assign(g.mass.begin(), g.mass.end());
    for (std::int32_t u = 0; u < n; ++u)
      for (std::int32_t a = g.offsets[u]; a < g.offsets[u + 1]; ++a)
        if (g.group[g.targets[a]] != g.group[u]) pullWeight[u] += g.weights[a];
    for (double& w : pullWeight) w *= params.groupPull;
  }
  double step = step0, lastEnergy = -1;
  int progress = 0;
  for (int it = 0; it < iterations; ++it) {
    std::fill(fx.begin(), fx.end(), 0.0);
    std::fill(fy.begin(), fy.end(), 0.0);
    // Repulsion, O(n log n).
    tree.build(x.data(), y.data(), g.mass.data(), n);
    tree.accumulate(1.0, params.theta, fx.data(), fy.data());
    // Attraction along ties, O(m): w d^2 towards the neighbour (each edge is stored in both directions).
    for (std::int32_t u = 0; u < n; ++u) {
      const double ux = x[u], uy = y[u];
      double ax = 0, ay = 0;
      for (std::int32_t a = g.offsets[u]; a < g.offsets[u + 1]; ++a) {
        const std::int32_t v = g.targets[a];
        const double dx = x[v] - ux, dy = y[v] - uy;
        const double s = g.weights[a] * std::sqrt(dx * dx + dy * dy);
        ax += s * dx;
        ay += s * dy;
      }
      fx[u] += ax;
      fy[u] += ay;
    }
    // Group cohesion, O(n): a spring from each vertex to its group's centre of mass.
    if (pull) {
      std::fill(gx.begin(), gx.end(), 0.0);
      std::fill(gy.begin(), gy.end(), 0.0);
      std::fill(gm.begin(), gm.end(), 0.0);
      for (std::int32_t u = 0; u < n; ++u) {
        gx[g.group[u]] += g.mass[u] * x[u];
        gy[g.group[u]] += g.mass[u] * y[u];
        gm[g.group[u]] += g.mass[u];
      }
      for (std::int32_t k = 0; k < g.groups; ++k) {
        if (gm[k] > 0) {
          gx[k] /= gm[k];
          gy[k] /= gm[k];
        }
      }
      // Groups repel each other as bodies at their centroids (Barnes–Hut over groups, O(k log k)), shared
      // among the members by mass, so groups do not sink into each other.
      std::fill(gfx.begin(), gfx.end(), 0.0);
      std::fill(gfy.begin(), gfy.end(), 0.0);
      groupTree.build(gx.data(), gy.data(), gm.data(), g.groups);
      groupTree.accumulate(params.groupRepulsion, params.theta, gfx.data(), gfy.data());
      // The pull acts like a tie to the centroid (d^2), as strong as the vertex's mass plus its ties to
      // other groups, so those ties turn a member towards the groups it works with but cannot pull it out.
      for (std::int32_t u = 0; u < n; ++u) {
        const std::int32_t k = g.group[u];
        const double dx = gx[k] - x[u], dy = gy[k] - y[u];
        const double s = pullWeight[u] * std::sqrt(dx * dx + dy * dy);
        fx[u] += s * dx + gfx[k] * g.mass[u] / gm[k];
        fy[u] += s * dy + gfy[k] * g.mass[u] / gm[k];
      }
    }
    // Move: displacement = force / mass, capped at the step.
    const double cap = std::min(step, step0 * static_cast<double>(iterations - it) / iterations);
    double energy = 0;
    for (std::int32_t u = 0; u < n; ++u) {
      double dx = fx[u] / g.mass[u], dy = fy[u] / g.mass[u];
      const double len2 = dx * dx + dy * dy;
      energy += len2;
      if (len2 > cap * cap) {
        const double s = cap / std::sqrt(len2);
        dx *= s;
        dy *= s;
      }
      x[u] += dx;
      y[u] += dy;
    }
    // Adaptive step: grow after five improvements in a row, shrink when the energy rises.
    if (lastEnergy >= 0 && energy < lastEnergy) {
      if (++progress >= 5) {
        progress = 0;
        step /= kCooling;
      }
    } else if (lastEnergy >= 0) {
      progress = 0;
      step *= kCooling;
    }
    lastEnergy = energy;
  }
}

void layout_component(const LevelGraph& g, std::uint64_t seed, int fineIterations, const ForceParams& params,
                      std::vector<double>& x, std::vector<double>& y) {
  SplitMix64 rng(seed);
  std::vector<LevelGraph> coarse;               // level l >= 1 is coarse[l - 1]
  std::vector<std::vector<std::int32_t>> parents;  // parents[l]: level l -> level l + 1
  auto level = [&](std::size_t l) -> const LevelGraph& { return l == 0 ? g : coarse[l - 1]; };
  while (level(coarse.size()).n > kCoarsest && static_cast<int>(coarse.size()) < kMaxLevels) {
    LevelGraph c;
    std::vector<std::int32_t> p;
    if (!coarsen(level(coarse.size()), rng, c, p)) break;
    coarse.push_back(std::move(c));
    parents.push_back(std::move(p));
  }
  // With groups, the top level is the groups themselves: their layout places the groups, and the members
  // start around their group's place.
  if (!g.group.empty() && g.groups > 1 && level(coarse.size()).n > g.groups) {
    LevelGraph c;
    std::vector<std::int32_t> p;
    collapse_groups(level(coarse.size()), c, p);
    coarse.push_back(std::move(c));
    parents.push_back(std::move(p));
  }

  RepulsionTree tree;
  std::size_t l = coarse.size();
  const LevelGraph& top = level(l);
  double total = 0;
  for (double m : top.mass) total += m;
  const double side = std::sqrt(total);
  x.resize(static_cast<std::size_t>(top.n));
  y.resize(static_cast<std::size_t>(top.n));
  for (std::int32_t i = 0; i < top.n; ++i) {
    x[i] = side * rng.uniform();
    y[i] = side * rng.uniform();
  }
  const int topIterations = l == 0 ? fineIterations : std::max(kCoarsestExtra, default_iterations(top.n));
  relax(top, x, y, topIterations, 0.25 * side + 1.0, params, tree);

  std::vector<double> fx, fy;
  while (l > 0) {
    --l;
    const LevelGraph& fine = level(l);
    const LevelGraph& crs = level(l + 1);
    const std::vector<std::int32_t>& p = parents[l];
    fx.resize(static_cast<std::size_t>(fine.n));
    fy.resize(static_cast<std::size_t>(fine.n));
    for (std::int32_t i = 0; i < fine.n; ++i) {
      const double r = 0.5 * std::sqrt(crs.mass[p[i]]);
      fx[i] = x[p[i]] + r * rng.symmetric();
      fy[i] = y[p[i]] + r * rng.symmetric();
    }
    x.swap(fx);
    y.swap(fy);
    relax(fine, x, y, l == 0 ? fineIterations : std::max(fineIterations, default_iterations(fine.n)), 1.0,
          params, tree);
  }
}

}  // namespace bosam::layout::detail
