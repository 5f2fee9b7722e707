#include "sna/chance.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "sna/rng.hpp"

namespace bosam::sna {
namespace {

__extension__ typedef __int128 Wide;  // exact sums of products: n(n-1)/2 · sum x^2 passes 2^63 for large networks

// Each edge of an undirected graph once, as (u, v) with u < v: the pairs the permutation loops visit.
std::vector<std::pair<Vertex, Vertex>> edge_list(const Graph& g) {
  std::vector<std::pair<Vertex, Vertex>> out;
  out.reserve(static_cast<std::size_t>(g.edges()));
  for (Vertex u = 0; u < g.n; ++u)
    for (auto e = g.offsets[u]; e < g.offsets[u + 1]; ++e)
      if (u < g.targets[e]) out.emplace_back(u, g.targets[e]);
  return out;
}

// QAP for y's 0/1 ties against a pair value x(i, j) >= 0 (whole numbers), given sumX = sum over unordered pairs
// of x and sumXX = sum of x^2. Over unordered pairs: for symmetric x and y the correlation over ordered pairs of
// different people is the same number (every pair counted twice). Under a permutation only sum(x·y) changes (the
// means and variances are those of the same multiset of values), so the permuted correlation is at least the
// observed exactly when the permuted sum(x·y) is at least the observed one: compared as whole numbers, no
// rounding. Permuting y's rows and columns together is the same as permuting x's (s and its inverse are equally
// likely), so the people of x are shuffled and y's edges summed: X is a policy with at(u, v), x between the
// people now at u and v, and shuffle(rng), which moves them to a uniformly random order.
template <typename X>
std::optional<QapResult> qap(const Graph& y, std::int64_t sumX, std::int64_t sumXX, X&& x, int permutations,
                             std::uint64_t seed) {
  const Vertex n = y.n;
  if (n < 2) return std::nullopt;
  const Wide pairs = static_cast<Wide>(n) * (n - 1) / 2;
  const Wide sumY = y.edges();  // y is 0/1, so sum y^2 = sum y
  const Wide varX = pairs * sumXX - static_cast<Wide>(sumX) * sumX;
  const Wide varY = pairs * sumY - sumY * sumY;
  if (varX <= 0 || varY <= 0) return std::nullopt;
  const auto edges = edge_list(y);
  std::int64_t observed = 0;
  for (const auto& [u, v] : edges) observed += x.at(u, v);
  QapResult r;
  const Wide cov = pairs * observed - static_cast<Wide>(sumX) * sumY;
  r.correlation =
      static_cast<double>(cov) / (std::sqrt(static_cast<double>(varX)) * std::sqrt(static_cast<double>(varY)));
  r.permutations = permutations > 0 ? permutations : 0;
  if (r.permutations == 0) return r;
  Rng rng(seed);
  int atLeast = 0;
  for (int k = 0; k < r.permutations; ++k) {
    x.shuffle(rng);  // a shuffle of any order is again uniform
    std::int64_t sum = 0;
    for (const auto& [u, v] : edges) sum += x.at(u, v);
    atLeast += sum >= observed;
  }
  r.p = static_cast<double>(atLeast) / r.permutations;
  return r;
}

// x through a vertex order: value(a, b) is x between vertices a and b; at(u, v) reads it for the people now at u
// and v.
template <typename F>
struct ByOrder {
  F value;
  std::vector<std::int32_t> order;
  ByOrder(F f, Vertex n) : value(std::move(f)), order(static_cast<std::size_t>(n)) {
    for (Vertex v = 0; v < n; ++v) order[v] = v;
  }
  std::int64_t at(Vertex u, Vertex v) const { return value(order[u], order[v]); }
  void shuffle(Rng& rng) { rng.shuffle(order); }
};
template <typename F>
ByOrder<F> by_order(F f, Vertex n) {
  return ByOrder<F>(std::move(f), n);
}

// x as one 64-bit row of items per vertex, the rows themselves shuffled: one load per end of an edge, from an
// array of n words (80 kB for 10,000 people), and a popcount.
struct ByRow {
  std::vector<std::uint64_t> rows;
  std::int64_t at(Vertex u, Vertex v) const { return __builtin_popcountll(rows[u] & rows[v]); }
  void shuffle(Rng& rng) { rng.shuffle(rows); }
};

// |a ∩ b| of two ascending lists. O(|a| + |b|).
std::int64_t common(const std::vector<std::int32_t>& a, const std::vector<std::int32_t>& b) {
  std::int64_t c = 0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j)
      ++i;
    else if (*j < *i)
      ++j;
    else
      ++c, ++i, ++j;
  }
  return c;
}

}  // namespace

std::optional<QapResult> qap_shared_items(const Graph& y, const std::vector<std::vector<std::int32_t>>& items,
                                          int permutations, std::uint64_t seed) {
  // sum over pairs of x = sum over items of C(k, 2), k = its holders; sum of x^2 = sum over ordered item pairs
  // (f, g), f = g included, of C(c_fg, 2), c_fg = the vertices holding both (x_ij^2 = sum_f sum_g [both hold f
  // and g]). c_fg is counted from each vertex's own pairs: O(sum_i |items_i|^2), never n^2.
  std::int32_t itemCount = 0;
  for (const auto& list : items)
    for (std::int32_t f : list) itemCount = std::max(itemCount, f + 1);
  std::vector<std::int64_t> holders(static_cast<std::size_t>(itemCount), 0);
  std::unordered_map<std::int64_t, std::int64_t> both;  // f · itemCount + g -> c_fg
  for (const auto& list : items)
    for (std::int32_t f : list) {
      ++holders[f];
      for (std::int32_t g : list) ++both[static_cast<std::int64_t>(f) * itemCount + g];
    }
  auto choose2 = [](std::int64_t k) { return k * (k - 1) / 2; };
  std::int64_t sumX = 0, sumXX = 0;
  for (std::int64_t k : holders) sumX += choose2(k);
  for (const auto& [pair, c] : both) sumXX += choose2(c);
  // x_ij as the popcount of two bit rows (one word per 64 items), where merging two lists costs a branch per item.
  // Beyond kMaxWords words (more than 512 functions) the lists are merged.
  constexpr std::int32_t kMaxWords = 8;
  const std::int32_t words = (itemCount + 63) / 64;
  if (words == 0) return std::nullopt;  // no one holds anything: x has no variance
  const Vertex n = y.n;
  if (words > kMaxWords)
    return qap(y, sumX, sumXX,
               by_order([&](Vertex a,
                            Vertex b) { return items[a].empty() || items[b].empty() ? 0 : common(items[a], items[b]); },
                        n),
               permutations, seed);
  std::vector<std::uint64_t> bits(static_cast<std::size_t>(n) * words, 0);
  for (Vertex v = 0; v < n; ++v)
    for (std::int32_t f : items[v]) bits[static_cast<std::size_t>(v) * words + f / 64] |= std::uint64_t{1} << (f % 64);
  if (words == 1) return qap(y, sumX, sumXX, ByRow{std::move(bits)}, permutations, seed);
  return qap(y, sumX, sumXX,
             by_order(
                 [&](Vertex a, Vertex b) {
                   const std::uint64_t* ra = &bits[static_cast<std::size_t>(a) * words];
                   const std::uint64_t* rb = &bits[static_cast<std::size_t>(b) * words];
                   std::int64_t c = 0;
                   for (std::int32_t w = 0; w < words; ++w) c += __builtin_popcountll(ra[w] & rb[w]);
                   return c;
                 },
                 n),
             permutations, seed);
}

std::optional<QapResult> qap_graphs(const Graph& x, const Graph& y, int permutations, std::uint64_t seed) {
  if (x.n != y.n) return std::nullopt;
  const std::int64_t m = x.edges();
  return qap(y, m, m, by_order([&](Vertex a, Vertex b) -> std::int64_t { return edge_weight(x, a, b) > 0.0; }, y.n),
             permutations, seed);
}

std::vector<std::optional<double>> ei_index_p(const Graph& g, const std::vector<int>& groups, int groupCount,
                                              int permutations, std::uint64_t seed) {
  const auto k = static_cast<std::size_t>(groupCount);
  std::vector<std::optional<double>> out(k);
  if (permutations <= 0 || k == 0) return out;
  // Only the vertices with a group are relabelled: numbered 0..size-1 in `pool` order, with their degree and the
  // edges between two of them. A group's ties: its degree sum; internal: its edges inside; external = degree sum
  // - 2 · internal (an edge to someone without a group counts as external, as in the observed index).
  std::vector<Vertex> poolIndex(static_cast<std::size_t>(g.n), -1);
  std::vector<std::int32_t> labels, degree;  // per pool position: its group (shuffled), its vertex's degree
  for (Vertex v = 0; v < g.n; ++v)
    if (groups[v] >= 0) {
      poolIndex[v] = static_cast<Vertex>(labels.size());
      labels.push_back(groups[v]);
      degree.push_back(g.degree(v));
    }
  std::vector<std::pair<Vertex, Vertex>> edges;
  for (const auto& [u, v] : edge_list(g))
    if (poolIndex[u] >= 0 && poolIndex[v] >= 0) edges.emplace_back(poolIndex[u], poolIndex[v]);
  std::vector<std::int64_t> internal(k), degreeSum(k);
  auto tally = [&] {
    std::fill(internal.begin(), internal.end(), 0);
    std::fill(degreeSum.begin(), degreeSum.end(), 0);
    for (std::size_t i = 0; i < labels.size(); ++i) degreeSum[labels[i]] += degree[i];
    for (const auto& [a, b] : edges)
      if (labels[a] == labels[b]) ++internal[labels[a]];
  };
  tally();
  const std::vector<std::int64_t> obsInternal = internal;
  std::vector<std::int64_t> obsExternal(k);
  for (std::size_t c = 0; c < k; ++c) obsExternal[c] = degreeSum[c] - 2 * internal[c];

  std::vector<int> atMost(k, 0);
  Rng rng(seed);
  for (int p = 0; p < permutations; ++p) {
    rng.shuffle(labels);
    tally();
    for (std::size_t c = 0; c < k; ++c) {
      const std::int64_t i = internal[c], e = degreeSum[c] - 2 * internal[c];
      const std::int64_t oi = obsInternal[c], oe = obsExternal[c];
      // (e - i)/(e + i) <= (oe - oi)/(oe + oi), both denominators positive.
      if (e + i > 0 && oi + oe > 0) atMost[c] += (e - i) * (oe + oi) <= (oe - oi) * (e + i);
    }
  }
  for (std::size_t c = 0; c < k; ++c)
    if (obsInternal[c] + obsExternal[c] > 0) out[c] = static_cast<double>(atMost[c]) / permutations;
  return out;
}

}  // namespace bosam::sna
