// Multilevel Fruchterman–Reingold with Barnes–Hut repulsion, and the group-in-a-disc variant.
// Complexity: coarsening O(n + m) per level; relax O((n log n + m) * I) per level for the I iterations until
// the level freezes (at most its budget).
#include "layout/multilevel.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "layout/pack.hpp"

namespace bosam::layout::detail {

namespace {
constexpr std::int32_t kCoarsest = 24;  // stop coarsening at this many super-vertices
constexpr int kMaxLevels = 40;
constexpr double kMinShrink = 0.85;  // a level that keeps more than this share of vertices is not worth it
constexpr double kCooling = 0.9;     // adaptive step factor (Hu 2005)
constexpr int kCoarsestExtra = 300;  // the coarsest level is small: give it time to untangle
// A level is frozen, and relax stops, when the move cap falls below this share of the natural spacing. The
// adaptive step shrinks by kCooling whenever the energy rises, which near equilibrium (and against the group
// discs' hard limit) is nearly every iteration, so the tail of a fixed budget used to be hundreds of
// iterations of moves below a hundredth of the spacing that changed nothing visible. Coarser levels are
// refined afterwards, so they may stop earlier. Measured on the benchmark's block networks (100-1,000 actors,
// seeds 1-8): neighbour and group distance ratios and the closest pair unchanged within noise, for a quarter
// (100-300 actors) to a third (1,000) of the work.
constexpr double kFrozenFine = 0.02;
constexpr double kFrozenCoarse = 0.05;
// A prolonged level starts from its parent's converged positions (each vertex near its super-vertex), so its
// first moves need only half the spacing.
constexpr double kProlongedStep = 0.5;
constexpr double kDiscSlack = 0.8;  // disc radius over the even spread sqrt(M / spring) (ties pack members)
constexpr double kDiscGap = 0.5;    // space between two groups' discs
constexpr double kDiscMin = 0.3;    // added to every disc's radius (a group of one still has room)

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
           const ForceParams& params, const Anchors* anchors, RepulsionTree& tree, double frozen) {
  const std::int32_t n = g.n;
  if (n < 1 || iterations <= 0) return;
  const bool anchored = anchors != nullptr && !g.group.empty();
  std::vector<double> fx(static_cast<std::size_t>(n)), fy(static_cast<std::size_t>(n));
  double step = step0, lastEnergy = -1;
  int progress = 0;
  for (int it = 0; it < iterations; ++it) {
    // Move cap: the adaptive step under a linear cooling envelope. Below `frozen` nothing visible happens.
    const double cap = std::min(step, step0 * static_cast<double>(iterations - it) / iterations);
    if (cap < frozen) break;
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
    // Groups, O(n): a spring to the group's anchor. Against the repulsion it settles a group of mass M into
    // an even disc of radius sqrt(M / spring).
    if (anchored) {
      for (std::int32_t u = 0; u < n; ++u) {
        const std::int32_t k = g.group[u];
        fx[u] += anchors->spring * g.mass[u] * (anchors->x[k] - x[u]);
        fy[u] += anchors->spring * g.mass[u] * (anchors->y[k] - y[u]);
      }
    }
    // Move: displacement = force / mass, capped.
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
    // A member never leaves its group's disc: ties to other groups turn it towards them, no further.
    if (anchored) {
      for (std::int32_t u = 0; u < n; ++u) {
        const std::int32_t k = g.group[u];
        const double dx = x[u] - anchors->x[k], dy = y[u] - anchors->y[k];
        const double r = anchors->radius[k], d2 = dx * dx + dy * dy;
        if (d2 > r * r) {
          const double s = r / std::sqrt(d2);
          x[u] = anchors->x[k] + s * dx;
          y[u] = anchors->y[k] + s * dy;
        }
      }
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

namespace {

// Coarsens g while it shrinks, down to `floor` vertices. Level l >= 1 is coarse[l - 1]; parents[l] maps
// level l to level l + 1.
void build_hierarchy(const LevelGraph& g, std::int32_t floor, SplitMix64& rng, std::vector<LevelGraph>& coarse,
                     std::vector<std::vector<std::int32_t>>& parents) {
  while (static_cast<int>(coarse.size()) < kMaxLevels) {
    const LevelGraph& last = coarse.empty() ? g : coarse.back();
    if (last.n <= floor) break;
    LevelGraph c;
    std::vector<std::int32_t> p;
    if (!coarsen(last, rng, c, p)) break;
    coarse.push_back(std::move(c));
    parents.push_back(std::move(p));
  }
}

// Prolongs positions from `coarser` to `finer` (each vertex near its parent) and refines them.
void refine_down(const LevelGraph& g, const std::vector<LevelGraph>& coarse,
                 const std::vector<std::vector<std::int32_t>>& parents, std::size_t from, int fineIterations,
                 const ForceParams& params, const Anchors* anchors, SplitMix64& rng, RepulsionTree& tree,
                 std::vector<double>& x, std::vector<double>& y) {
  auto level = [&](std::size_t l) -> const LevelGraph& { return l == 0 ? g : coarse[l - 1]; };
  std::vector<double> nx, ny;
  for (std::size_t l = from; l-- > 0;) {
    const LevelGraph& fine = level(l);
    const LevelGraph& crs = level(l + 1);
    const std::vector<std::int32_t>& p = parents[l];
    nx.resize(static_cast<std::size_t>(fine.n));
    ny.resize(static_cast<std::size_t>(fine.n));
    for (std::int32_t i = 0; i < fine.n; ++i) {
      const double r = 0.5 * std::sqrt(crs.mass[p[i]]);
      nx[i] = x[p[i]] + r * rng.symmetric();
      ny[i] = y[p[i]] + r * rng.symmetric();
    }
    x.swap(nx);
    y.swap(ny);
    const int iterations = l == 0 ? fineIterations : std::max(fineIterations, default_iterations(fine.n) / 2);
    relax(fine, x, y, iterations, kProlongedStep, params, anchors, tree, l == 0 ? kFrozenFine : kFrozenCoarse);
  }
}

}  // namespace

void layout_component(const LevelGraph& g, std::uint64_t seed, int fineIterations, const ForceParams& params,
                      std::vector<double>& x, std::vector<double>& y) {
  SplitMix64 rng(seed);
  RepulsionTree tree;
  std::vector<LevelGraph> coarse;
  std::vector<std::vector<std::int32_t>> parents;
  const bool grouped = !g.group.empty() && g.groups > 1;

  if (!grouped) {
    build_hierarchy(g, kCoarsest, rng, coarse, parents);
    const LevelGraph& top = coarse.empty() ? g : coarse.back();
    double total = 0;
    for (double m : top.mass) total += m;
    const double side = std::sqrt(total);
    x.resize(static_cast<std::size_t>(top.n));
    y.resize(static_cast<std::size_t>(top.n));
    for (std::int32_t i = 0; i < top.n; ++i) {
      x[i] = side * rng.uniform();
      y[i] = side * rng.uniform();
    }
    const int topIterations = coarse.empty() ? fineIterations : std::max(kCoarsestExtra, default_iterations(top.n));
    relax(top, x, y, topIterations, 0.25 * side + 1.0, params, nullptr, tree,
          coarse.empty() ? kFrozenFine : kFrozenCoarse);
    refine_down(g, coarse, parents, coarse.size(), fineIterations, params, nullptr, rng, tree, x, y);
    return;
  }

  // Groups: coarsen within groups, then collapse each group to one vertex. The groups' own layout (ties
  // between groups summed) gives each group a disc, sized by its mass and kept apart from the others; the
  // members are then refined level by level inside their disc.
  build_hierarchy(g, std::max(kCoarsest, g.groups), rng, coarse, parents);
  LevelGraph q;
  {
    std::vector<std::int32_t> p;
    collapse_groups(coarse.empty() ? g : coarse.back(), q, p);
    coarse.push_back(std::move(q));
    parents.push_back(std::move(p));
  }
  LevelGraph groupsGraph = coarse.back();  // the groups as an ungrouped graph
  groupsGraph.group.clear();
  groupsGraph.groups = 0;
  Anchors anchors;
  anchors.spring = params.groupSpring;
  layout_component(groupsGraph, rng.next(), default_iterations(groupsGraph.n), params, anchors.x, anchors.y);
  anchors.radius.resize(static_cast<std::size_t>(groupsGraph.n));
  for (std::int32_t k = 0; k < groupsGraph.n; ++k)
    anchors.radius[k] = kDiscSlack * std::sqrt(groupsGraph.mass[k] / anchors.spring) + kDiscMin;
  // Scale so that groups with ties between them typically just clear each other, then push overlapping
  // discs apart.
  std::vector<double> ratios;
  for (std::int32_t u = 0; u < groupsGraph.n; ++u) {
    for (std::int32_t a = groupsGraph.offsets[u]; a < groupsGraph.offsets[u + 1]; ++a) {
      const std::int32_t v = groupsGraph.targets[a];
      if (v < u) continue;
      const double dx = anchors.x[v] - anchors.x[u], dy = anchors.y[v] - anchors.y[u];
      const double d = std::sqrt(dx * dx + dy * dy);
      if (d > 0) ratios.push_back((anchors.radius[u] + anchors.radius[v] + kDiscGap) / d);
    }
  }
  if (!ratios.empty()) {
    auto mid = ratios.begin() + static_cast<std::ptrdiff_t>(ratios.size() / 2);
    std::nth_element(ratios.begin(), mid, ratios.end());
    for (double& v : anchors.x) v *= *mid;
    for (double& v : anchors.y) v *= *mid;
  }
  std::vector<double> reach(anchors.radius);
  for (double& r : reach) r += 0.5 * kDiscGap;
  separate_discs(anchors.x, anchors.y, reach, groupsGraph.mass, 200);

  x = anchors.x;
  y = anchors.y;
  refine_down(g, coarse, parents, coarse.size(), fineIterations, params, &anchors, rng, tree, x, y);
}

}  // namespace bosam::layout::detail
