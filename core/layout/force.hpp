// Network layout: force-directed placement of a graph's vertices, deterministic for a seed (natively and in
// WebAssembly), for the app's SVG map.
//
// Algorithm (force.cpp drives; multilevel.cpp, quadtree.cpp and pack.cpp do the work):
//   1. Split the graph into connected components (BFS); isolates are set aside.
//   2. Each component is laid out by a multilevel Fruchterman–Reingold scheme (Walshaw 2003; Hu 2005):
//      coarsen by edge matching until a few dozen super-vertices remain, lay out the coarsest graph from a
//      seeded random start, then prolong level by level, refining each with force iterations. Repulsion
//      m_u m_v / d is approximated with a Barnes–Hut quadtree (opening angle 1.0); attraction w d^2 follows
//      the ties, w being the tie strength over the mean strength, so a stronger tie pulls harder. The step
//      adapts (Hu 2005) under a linear cooling envelope that ends cold, and a level stops as soon as the step
//      is frozen (below 2 % of the spacing at the finest level, 5 % on coarser ones, which are refined later).
//   3. groupAware ("group in a disc"): coarsening merges only vertices of the same group and ends with one
//      super-vertex per group. That graph of groups (ties between groups summed) is laid out first; each
//      group gets a disc sized by its membership, scaled so related groups nearly touch and pushed apart
//      where discs overlap. Members are then refined level by level with a spring to their disc's centre
//      and may not leave the disc; ties between groups pull at a quarter strength, so they turn members
//      towards the groups they work with but do not tear groups apart.
//   4. Each component is turned so its principal axis is horizontal (2x2 eigenvector, no trigonometry).
//      Pairs closer than a minimum spacing (0.6 x the median nearest-neighbour distance, or half the even
//      spacing the component's box allows, whichever is larger) are pushed apart (uniform grid), so labels
//      have room. Components are packed in centred rows by size, isolates in a tidy grid underneath
//      (ordered by group, then index).
//   5. The whole is scaled uniformly into a 4:3 box with a 4 % margin: width 1000 up to 500 vertices,
//      growing with sqrt(n / 500) beyond; tiny graphs are not blown up (a unit is at most 12 % of the width).
//
// Determinism: own PRNG (splitmix64), a seed per component, no std distributions, no trigonometry, no
// unordered containers, every sort a total order and every partition written out, so a seed gives the
// same picture natively and in WebAssembly (IEEE double +, -, *, /, sqrt only; assumes no FMA contraction,
// which x86-64 without -mfma and WebAssembly both guarantee).
//
// Complexity: O((n log n + m) * I) time for I iterations at the finest level (coarser levels add about as
// much again, as they shrink geometrically), O(n + m) memory. I is at most a budget that falls with size
// (300 up to 150 vertices, 300 sqrt(150 / n) beyond, at least 40); levels usually freeze after 50-70
// iterations. Measured on the benchmark's block networks (average degree 8, group-aware, 2-core machine,
// WebAssembly once compiled by the optimising tier; natively up to a fifth faster): about 2 ms at 100
// vertices, 8 ms at 300, 35 ms at 1,000, 0.11 s at 3,000 and 0.38 s at 10,000.
#pragma once
#include <cstdint>
#include <vector>

#include "sna/graph.hpp"

namespace bosam::layout {

struct LayoutOptions {
  std::uint64_t seed = 1;
  bool groupAware = false;  // keep members of the same group together
  int iterations = 0;       // force iteration budget at the finest level; 0 = choose by size
};

struct Point {
  double x, y;
};

struct LayoutResult {
  std::vector<Point> positions;  // one per vertex; x in [0, width], y in [0, height]
  double width = 0, height = 0;
  int iterations = 0;  // finest-level iteration budget (the largest over components; 0 when nothing moved);
                       // a level stops earlier once frozen
};

// g: undirected (a directed graph is read as undirected); weights are tie strengths (1-4), stronger ties
// pull harder. groups: one int per vertex (e.g. the formal unit's index; negative = none, placed by its ties
// alone) or empty; any other length throws std::invalid_argument. Without groupAware, groups only order the
// isolates' grid.
LayoutResult force_layout(const sna::Graph& g, const std::vector<int>& groups, const LayoutOptions& opt);

}  // namespace bosam::layout
