// Network layout: force-directed placement of a graph's vertices, deterministic for a seed (natively and in
// WebAssembly), for the app's SVG map.
//
// Algorithm (see force.cpp, multilevel.cpp, quadtree.cpp, pack.cpp):
//   1. Split the graph into connected components; isolates are set aside.
//   2. Each component is laid out by a multilevel Fruchterman–Reingold scheme (Walshaw 2003; Hu 2005):
//      coarsen by edge matching until a few dozen super-vertices remain, lay out the coarsest graph from a
//      seeded random start, then prolong level by level, refining each with force iterations. Repulsion is
//      approximated with a Barnes–Hut quadtree (opening angle 0.8), attraction follows the ties (weighted: a
//      stronger tie pulls harder). Step length follows an adaptive cooling schedule under a linear envelope.
//   3. Optional group awareness: coarsening only merges vertices of the same group, and every vertex is pulled
//      towards its group's centroid, so formal units stay together while ties still shape the picture.
//   4. Each component is turned so its principal axis is horizontal, vertices closer than a minimum spacing
//      are pushed apart (grid, so labels can be placed), components are packed in rows by size and isolates
//      go in a tidy grid underneath (ordered by group).
//   5. The whole is scaled uniformly into a 4:3 box with a margin: width 1000 up to 500 vertices, growing
//      with the square root of n beyond that.
//
// Complexity: O((n log n + m) * I) time for I iterations at the finest level (coarser levels add a
// geometrically shrinking amount), O(n + m) memory. The iteration count falls with size (300 for small
// graphs down to 40 at 10,000 vertices), so a 10,000-vertex graph of average degree 8 takes a fraction of a
// second natively.
#pragma once
#include <cstdint>
#include <vector>

#include "sna/graph.hpp"

namespace bosam::layout {

struct LayoutOptions {
  std::uint64_t seed = 1;
  bool groupAware = false;  // keep members of the same group together
  int iterations = 0;       // force iterations at the finest level; 0 = choose by size
};

struct Point {
  double x, y;
};

struct LayoutResult {
  std::vector<Point> positions;  // one per vertex; x in [0, width], y in [0, height]
  double width = 0, height = 0;
  int iterations = 0;  // finest-level iterations used (the largest over components; 0 when nothing moved)
};

// g: undirected (a directed graph is read as undirected); weights are tie strengths (1-4), stronger ties
// pull harder. groups: one int per vertex (e.g. the formal unit's index) or empty; any other length throws
// std::invalid_argument. Without groupAware, groups only order the isolates' grid.
LayoutResult force_layout(const sna::Graph& g, const std::vector<int>& groups, const LayoutOptions& opt);

}  // namespace bosam::layout
