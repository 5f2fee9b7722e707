// Multilevel force-directed layout of one connected component (Walshaw 2003; Hu 2005): coarsen, lay out the
// coarsest graph, then prolong and refine level by level.
#pragma once
#include <cstdint>
#include <vector>

#include "layout/quadtree.hpp"
#include "layout/rng.hpp"

namespace bosam::layout::detail {

// A compact undirected graph for one level: CSR with both directions stored, vertex masses (how many
// original vertices a super-vertex stands for) and dense group ids (empty when groups are not used).
struct LevelGraph {
  std::int32_t n = 0;
  std::vector<std::int32_t> offsets{0};
  std::vector<std::int32_t> targets;
  std::vector<double> weights;
  std::vector<double> mass;
  std::vector<std::int32_t> group;
  std::int32_t groups = 0;  // number of distinct group ids
};

// One level coarser: pairs matched along edges (lightest partner first, then the strongest tie), then
// unmatched vertices join a neighbouring super-vertex (so stars coarsen too). With groups, only vertices of
// the same group merge. parent[v] is v's super-vertex. Returns false when the graph barely shrinks.
// O(n + m).
bool coarsen(const LevelGraph& fine, SplitMix64& rng, LevelGraph& coarse, std::vector<std::int32_t>& parent);

// The quotient by group: one super-vertex per group (f.groups of them), parent[v] = group of v. O(n + m).
void collapse_groups(const LevelGraph& fine, LevelGraph& coarse, std::vector<std::int32_t>& parent);

struct ForceParams {
  double theta = 1.0;        // Barnes–Hut opening angle (cell width / distance; d3-force uses 0.9, ForceAtlas2 1.2)
  double groupSpring = 3.0;  // with groups: spring constant to the group's anchor (area per member ~ pi/spring)
};

// Where each group lives: its disc's centre and radius (indexed by group), and the spring's constant.
struct Anchors {
  std::vector<double> x, y, radius;
  double spring = 0;
};

// Fruchterman–Reingold iterations on one level: repulsion m_u m_v / d (Barnes–Hut), attraction w d^2 along
// each edge; with anchors, a spring to the group's anchor and a hard limit at its disc. Each vertex moves by
// its force over its mass, at most `step`, where step adapts (Hu 2005) under a linear cooling envelope from
// step0 to ~0. Stops early, before `iterations`, once that cap falls below `frozen` (in units of the natural
// spacing): no vertex could move more than a sliver any more (Hu's convergence test). O((n log n + m) * I)
// for the I iterations run, I <= iterations.
void relax(const LevelGraph& g, std::vector<double>& x, std::vector<double>& y, int iterations, double step0,
           const ForceParams& params, const Anchors* anchors, RepulsionTree& tree, double frozen);

// The whole multilevel scheme for a connected graph (n >= 2). fineIterations is the budget at the finest
// level (coarser levels choose their own by size); every level stops early once frozen (relax). Positions come back in
// natural units (spacing ~1). With groups (g.groups > 1): coarsening stays within groups, the groups are laid out first
// as one vertex each, and every member then stays in its group's disc.
void layout_component(const LevelGraph& g, std::uint64_t seed, int fineIterations, const ForceParams& params,
                      std::vector<double>& x, std::vector<double>& y);

// Iteration budget chosen by size: 300 for small graphs, falling as 1/sqrt(n) to 40 at about 10,000 vertices.
// Levels usually freeze well before it (after 50-70 iterations on the benchmark's block networks).
int default_iterations(std::int32_t n);

}  // namespace bosam::layout::detail
