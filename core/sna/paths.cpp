#include "sna/paths.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <queue>

namespace bosam::sna {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Weighted path lengths are 1/frequency. Searching with 12/frequency instead (12, 6, 4, 3: whole numbers for
// frequencies 1-4) keeps every sum exact, so equally long paths always compare equal (with 1/3 in floating
// point, 1/3 + 1/4 and 1/4 + 1/3 can differ in the last bit and split path counts wrongly). Distances are
// divided by the scale again before they are reported.
constexpr double kLengthScale = 12.0;
inline double length(const Graph& g, std::int32_t e) { return kLengthScale / g.weights[e]; }

// Buffers reused across sources, so each search allocates nothing.
struct Search {
  std::vector<double> dist, sigma, delta;
  std::vector<Vertex> order;  // vertices in the order they were settled
  explicit Search(Vertex n) : dist(n, kInf), sigma(n, 0.0), delta(n, 0.0) { order.reserve(n); }
  void reset() {
    for (Vertex v : order) dist[v] = kInf, sigma[v] = 0.0, delta[v] = 0.0;
    order.clear();
  }
};

void bfs(const Graph& g, Vertex s, Search& S) {
  S.dist[s] = 0.0;
  S.sigma[s] = 1.0;
  S.order.push_back(s);
  for (std::size_t head = 0; head < S.order.size(); ++head) {
    const Vertex v = S.order[head];
    const double dv = S.dist[v] + 1.0;
    for (auto e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
      const Vertex w = g.targets[e];
      if (S.dist[w] == kInf) {
        S.dist[w] = dv;
        S.order.push_back(w);
      }
      if (S.dist[w] == dv) S.sigma[w] += S.sigma[v];
    }
  }
}

// Dijkstra with lazy deletion; path counts use exact equality of dist[v] + length (exact: see kLengthScale).
void dijkstra(const Graph& g, Vertex s, Search& S, std::vector<char>& settled) {
  using Item = std::pair<double, Vertex>;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> heap;
  S.dist[s] = 0.0;
  S.sigma[s] = 1.0;
  heap.push({0.0, s});
  while (!heap.empty()) {
    auto [d, v] = heap.top();
    heap.pop();
    if (settled[v] || d > S.dist[v]) continue;
    settled[v] = 1;
    S.order.push_back(v);
    for (auto e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
      const Vertex w = g.targets[e];
      if (settled[w]) continue;
      const double alt = d + length(g, e);
      if (alt < S.dist[w]) {
        S.dist[w] = alt;
        S.sigma[w] = S.sigma[v];
        heap.push({alt, w});
      } else if (alt == S.dist[w]) {
        S.sigma[w] += S.sigma[v];
      }
    }
  }
  for (Vertex v : S.order) settled[v] = 0;
}

// Dependency accumulation in reverse settling order; a predecessor v of w is a neighbour on a shortest path.
void accumulate(const Graph& g, bool weighted, Vertex s, Search& S, std::vector<double>& bc) {
  for (auto i = S.order.size(); i-- > 1;) {
    const Vertex w = S.order[i];
    const double coeff = (1.0 + S.delta[w]) / S.sigma[w];
    for (auto e = g.offsets[w]; e < g.offsets[w + 1]; ++e) {
      const Vertex v = g.targets[e];
      const double through = S.dist[v] + (weighted ? length(g, e) : 1.0);
      if (S.dist[v] != kInf && through == S.dist[w]) S.delta[v] += S.sigma[v] * coeff;
    }
    bc[w] += S.delta[w];
  }
  (void)s;
}

// The sampled variant: per-target sums over the k sources stand in for the sums over all n.
PathMeasures sampled_path_measures(const Graph& g, bool weighted, const std::vector<int>& component, int largest,
                                   const std::vector<Vertex>& sources) {
  const Vertex n = g.n;
  const double k = static_cast<double>(sources.size());
  PathMeasures out;
  out.betweenness.assign(n, 0.0);
  out.closeness.assign(n, 0.0);
  out.harmonic.assign(n, 0.0);
  out.sources = static_cast<int>(sources.size());
  std::vector<double> sumDist(n, 0.0), harmonic(n, 0.0);
  std::vector<int> reachedFrom(n, 0), sampledSelf(n, 0);
  Search S(n);
  std::vector<char> settled(n, 0);
  double diameter = 0.0, totalLength = 0.0, pairs = 0.0;
  for (Vertex s : sources) {
    sampledSelf[s] = 1;
    S.reset();
    if (weighted)
      dijkstra(g, s, S, settled);
    else
      bfs(g, s, S);
    for (Vertex v : S.order) {
      if (v == s) continue;
      const double d = weighted ? S.dist[v] / kLengthScale : S.dist[v];
      sumDist[v] += d;
      harmonic[v] += 1.0 / d;
      ++reachedFrom[v];
      if (component[s] == largest) {
        diameter = std::max(diameter, d);
        totalLength += d;
        pairs += 1.0;
      }
    }
    accumulate(g, weighted, s, S, out.betweenness);
  }
  for (Vertex v = 0; v < n; ++v) {
    const double others = k - sampledSelf[v];  // sampled sources other than v
    if (others <= 0) continue;
    out.harmonic[v] = harmonic[v] * (n - 1.0) / others;
    if (sumDist[v] > 0.0) out.closeness[v] = reachedFrom[v] / sumDist[v] * (reachedFrom[v] / others);
  }
  if (n > 2 && k > 0)
    for (auto& b : out.betweenness) b *= (n / k) / ((n - 1.0) * (n - 2.0));
  if (pairs > 0) {
    out.diameter = diameter;
    out.averagePathLength = totalLength / pairs;
  }
  return out;
}

}  // namespace

std::vector<Vertex> sample_sources(Vertex n, Vertex k, std::uint64_t seed) {
  std::vector<Vertex> all(n);
  for (Vertex v = 0; v < n; ++v) all[v] = v;
  std::uint64_t x = seed;
  for (Vertex i = 0; i < k && i < n; ++i) {
    x += 0x9E3779B97F4A7C15ull;  // splitmix64: own generator, so native and WASM pick the same sources
    std::uint64_t z = x;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    std::swap(all[i], all[i + static_cast<Vertex>(z % static_cast<std::uint64_t>(n - i))]);
  }
  all.resize(std::min(k, n));
  std::sort(all.begin(), all.end());
  return all;
}

PathMeasures path_measures(const Graph& g, bool weighted, const std::vector<int>& component, int largest,
                           const std::vector<Vertex>* sample) {
  if (sample) return sampled_path_measures(g, weighted, component, largest, *sample);
  const Vertex n = g.n;
  PathMeasures out;
  out.betweenness.assign(n, 0.0);
  out.closeness.assign(n, 0.0);
  out.harmonic.assign(n, 0.0);
  Search S(n);
  std::vector<char> settled(n, 0);
  double diameter = 0.0, totalLength = 0.0;
  std::int64_t largestSize = 0;
  for (Vertex v = 0; v < n; ++v) largestSize += component[v] == largest;

  for (Vertex s = 0; s < n; ++s) {
    S.reset();
    if (weighted)
      dijkstra(g, s, S, settled);
    else
      bfs(g, s, S);
    double sum = 0.0, harmonic = 0.0, far = 0.0;
    for (Vertex v : S.order) {
      sum += S.dist[v];
      if (v != s) harmonic += 1.0 / S.dist[v];
      far = std::max(far, S.dist[v]);
    }
    if (weighted) sum /= kLengthScale, harmonic *= kLengthScale, far /= kLengthScale;
    const double reached = static_cast<double>(S.order.size());
    if (sum > 0.0 && n > 1) out.closeness[s] = (reached - 1.0) / sum * ((reached - 1.0) / (n - 1.0));
    out.harmonic[s] = harmonic;
    if (component[s] == largest) {
      diameter = std::max(diameter, far);
      totalLength += sum;
    }
    accumulate(g, weighted, s, S, out.betweenness);
  }
  out.sources = n;
  // Each unordered pair was counted from both ends; NetworkX's normalisation divides ordered counts by
  // (n-1)(n-2), which is the same as unordered counts over (n-1)(n-2)/2.
  if (n > 2)
    for (auto& b : out.betweenness) b /= static_cast<double>(n - 1) * static_cast<double>(n - 2);
  if (largestSize >= 2) {
    out.diameter = diameter;
    out.averagePathLength = totalLength / (static_cast<double>(largestSize) * static_cast<double>(largestSize - 1));
  }
  return out;
}

}  // namespace bosam::sna
