// The layout driver: components, per-component multilevel layout, spacing, packing and the output box.
// Complexity: O(n + m) for the bookkeeping, O(c log c) to order components, plus the force iterations
// (multilevel.hpp): O((n log n + m) * I) overall.
#include "layout/force.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <utility>

#include "layout/multilevel.hpp"
#include "layout/pack.hpp"
#include "layout/rng.hpp"

namespace bosam::layout {

namespace {

using detail::LevelGraph;

constexpr double kBaseWidth = 1000;  // output width up to kBaseVertices
constexpr double kBaseVertices = 500;
constexpr double kAspect = 0.75;         // height / width
constexpr double kMargin = 0.04;         // of the width, on every side
constexpr double kMinSpacing = 0.6;      // closest allowed pair, in units (median nearest-neighbour distance)
constexpr double kEvenShare = 0.5;       // closest allowed pair, as a share of a component's even spacing
constexpr double kMaxUnitShare = 0.12;   // a unit is drawn at most this share of the width (tiny graphs)
constexpr double kCrossGroupTie = 0.25;  // a tie between groups pulls this much (relative) when groupAware

double tie_weight(double w) { return std::isfinite(w) && w > 0 ? w : 1.0; }

// Connected components by breadth-first search from ascending start vertices: comp[v] and the count. O(n + m).
std::int32_t components(const sna::Graph& g, std::vector<std::int32_t>& comp) {
  comp.assign(static_cast<std::size_t>(g.n), -1);
  std::vector<std::int32_t> queue(static_cast<std::size_t>(g.n));
  std::int32_t count = 0;
  for (sna::Vertex s = 0; s < g.n; ++s) {
    if (comp[s] >= 0) continue;
    std::size_t head = 0, tail = 0;
    queue[tail++] = s;
    comp[s] = count;
    while (head < tail) {
      const sna::Vertex u = queue[head++];
      for (std::int32_t a = g.offsets[u]; a < g.offsets[u + 1]; ++a) {
        const sna::Vertex v = g.targets[a];
        if (comp[v] < 0) {
          comp[v] = count;
          queue[tail++] = v;
        }
      }
    }
    ++count;
  }
  return count;
}

// The component's own graph with local indices (vertices ascending), weights divided by the mean tie
// weight, and its groups renumbered 0..k-1 (when used).
LevelGraph extract(const sna::Graph& g, const std::vector<std::int32_t>& vertices, std::vector<std::int32_t>& local,
                   double meanWeight, const std::vector<int>* groups) {
  LevelGraph lg;
  lg.n = static_cast<std::int32_t>(vertices.size());
  for (std::int32_t i = 0; i < lg.n; ++i) local[vertices[i]] = i;
  lg.offsets.assign(static_cast<std::size_t>(lg.n) + 1, 0);
  for (std::int32_t i = 0; i < lg.n; ++i) {
    const sna::Vertex u = vertices[i];
    for (std::int32_t a = g.offsets[u]; a < g.offsets[u + 1]; ++a) {
      lg.targets.push_back(local[g.targets[a]]);
      lg.weights.push_back(tie_weight(g.weights[a]) / meanWeight);
    }
    lg.offsets[i + 1] = static_cast<std::int32_t>(lg.targets.size());
  }
  lg.mass.assign(static_cast<std::size_t>(lg.n), 1.0);
  if (groups) {
    // A negative id means "no group": such a vertex becomes a group of its own.
    std::vector<std::pair<std::int64_t, std::int32_t>> keyed(static_cast<std::size_t>(lg.n));
    for (std::int32_t i = 0; i < lg.n; ++i) {
      const int k = (*groups)[vertices[i]];
      keyed[i] = {k >= 0 ? std::int64_t{k} : (std::int64_t{1} << 32) + i, i};
    }
    std::sort(keyed.begin(), keyed.end());  // pairs are distinct: a total order
    lg.group.resize(static_cast<std::size_t>(lg.n));
    std::int32_t k = -1;
    for (std::size_t t = 0; t < keyed.size(); ++t) {
      if (t == 0 || keyed[t].first != keyed[t - 1].first) ++k;
      lg.group[keyed[t].second] = k;
    }
    lg.groups = k + 1;
    if (lg.groups == lg.n) {  // every vertex alone: nothing to keep together
      lg.group.clear();
      lg.groups = 0;
      return lg;
    }
    // Ties across groups pull less, so they shape where groups sit rather than pulling members apart.
    for (std::int32_t u = 0; u < lg.n; ++u)
      for (std::int32_t a = lg.offsets[u]; a < lg.offsets[u + 1]; ++a)
        if (lg.group[lg.targets[a]] != lg.group[u]) lg.weights[a] *= kCrossGroupTie;
  }
  return lg;
}

}  // namespace

LayoutResult force_layout(const sna::Graph& input, const std::vector<int>& groups, const LayoutOptions& opt) {
  const sna::Vertex n = input.n;
  if (!groups.empty() && groups.size() != static_cast<std::size_t>(n))
    throw std::invalid_argument("force_layout: groups must be empty or have one entry per vertex");
  LayoutResult result;
  result.width = kBaseWidth * std::max(1.0, std::sqrt(static_cast<double>(n) / kBaseVertices));
  result.height = kAspect * result.width;
  if (n <= 0) return result;

  // A directed graph is read as undirected (the strongest of the two directions).
  sna::Graph symmetric;
  if (input.directed) {
    std::vector<sna::WeightedEdge> edges;
    edges.reserve(input.targets.size());
    for (sna::Vertex u = 0; u < n; ++u)
      for (std::int32_t a = input.offsets[u]; a < input.offsets[u + 1]; ++a)
        edges.push_back({u, input.targets[a], input.weights[a]});
    symmetric = sna::make_graph(n, std::move(edges), false);
  }
  const sna::Graph& g = input.directed ? symmetric : input;

  double weightSum = 0;
  for (double w : g.weights) weightSum += tie_weight(w);
  const double meanWeight = g.targets.empty() ? 1.0 : weightSum / static_cast<double>(g.targets.size());

  std::vector<std::int32_t> comp;
  const std::int32_t ncomp = components(g, comp);
  std::vector<std::vector<std::int32_t>> members(static_cast<std::size_t>(ncomp));
  for (sna::Vertex v = 0; v < n; ++v) members[comp[v]].push_back(v);
  // Largest first; equal sizes by their first vertex (a total order, so every library sorts alike).
  std::vector<std::int32_t> byCount(static_cast<std::size_t>(ncomp));
  for (std::int32_t c = 0; c < ncomp; ++c) byCount[c] = c;
  std::sort(byCount.begin(), byCount.end(), [&](std::int32_t a, std::int32_t b) {
    if (members[a].size() != members[b].size()) return members[a].size() > members[b].size();
    return members[a][0] < members[b][0];
  });

  const bool useGroups = opt.groupAware && !groups.empty();
  const detail::ForceParams params;

  std::vector<detail::Piece> pieces;
  std::vector<std::int32_t> isolates, local(static_cast<std::size_t>(n), -1);
  for (std::int32_t c : byCount) {
    const std::vector<std::int32_t>& vs = members[c];
    if (vs.size() == 1) {
      isolates.push_back(vs[0]);
      continue;
    }
    const LevelGraph lg = extract(g, vs, local, meanWeight, useGroups ? &groups : nullptr);
    const int iterations = opt.iterations > 0 ? opt.iterations : detail::default_iterations(lg.n);
    result.iterations = std::max(result.iterations, iterations);
    detail::Piece piece;
    piece.vertices = vs;
    detail::layout_component(lg, detail::mix_seed(opt.seed, static_cast<std::uint64_t>(vs[0])), iterations, params,
                             piece.x, piece.y);
    detail::rotate_to_principal_axis(piece.x, piece.y);
    pieces.push_back(std::move(piece));
  }
  // The drawing's unit: the median distance from a vertex to its nearest neighbour (1 without components).
  double unit = 1.0;
  {
    std::vector<double> nearest;
    for (const detail::Piece& piece : pieces) detail::median_nearest_distance(piece.x, piece.y, nearest);
    if (!nearest.empty()) {
      auto mid = nearest.begin() + static_cast<std::ptrdiff_t>(nearest.size() / 2);
      std::nth_element(nearest.begin(), mid, nearest.end());
      if (*mid > 0 && std::isfinite(*mid)) unit = *mid;
    }
  }
  // Readable spacing: no pair closer than a share of the unit, nor of the even spacing the component's box
  // would allow (so a drawing with room to spare uses it).
  for (detail::Piece& piece : pieces) {
    const auto [minx, maxx] = std::minmax_element(piece.x.begin(), piece.x.end());
    const auto [miny, maxy] = std::minmax_element(piece.y.begin(), piece.y.end());
    const double even = std::sqrt((*maxx - *minx) * (*maxy - *miny) / static_cast<double>(piece.x.size()));
    // Passes are O(size) each, so big components get fewer and may keep a few pairs slightly closer.
    const int passes = static_cast<int>(std::clamp<std::size_t>(200000 / piece.x.size(), 20, 100));
    detail::enforce_min_distance(piece.x, piece.y, std::max(kMinSpacing * unit, kEvenShare * even), passes);
  }
  if (!groups.empty()) {
    // Isolates ordered by group, then index.
    std::stable_sort(isolates.begin(), isolates.end(),
                     [&](std::int32_t a, std::int32_t b) { return groups[a] < groups[b]; });
  }

  std::vector<double> X(static_cast<std::size_t>(n), 0.0), Y(static_cast<std::size_t>(n), 0.0);
  detail::pack(pieces, isolates, unit, X, Y);
  detail::fit_to_box(X, Y, result.width, result.height, kMargin * result.width, kMaxUnitShare * result.width / unit);
  result.positions.resize(static_cast<std::size_t>(n));
  for (sna::Vertex v = 0; v < n; ++v) result.positions[v] = {X[v], Y[v]};
  return result;
}

}  // namespace bosam::layout
