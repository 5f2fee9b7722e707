#include "sna/communities.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace bosam::sna {

namespace {
// Whole Leiden iterations repeat, each from the previous partition, while one raises modularity by at least
// kMinIterationGain, and at most kMaxIterations times. On structured networks the gain falls below the threshold
// after two or three iterations; on structureless random graphs it can creep on for dozens, at about one
// iteration's cost (near-linear in m) each, for changes in the fourth decimal.
constexpr int kMaxIterations = 16;
constexpr double kMinIterationGain = 1e-4;
// Small networks get several independent runs (the random vertex orders continue from one generator) and keep
// the best: kRunBudget / (n + 2m) runs, between 1 and kMaxRuns. A 50-actor municipality gets 16 runs (about a
// millisecond in all), 1,500 actors with 6,000 ties get 7, and 10,000 actors with 40,000 ties get one.
constexpr int kMaxRuns = 16;
constexpr double kRunBudget = 100000.0;

// splitmix64 (Steele, Lea & Flood 2014): tiny, fast, and the same sequence on every platform.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, bound), bound > 0. Rejects the lowest 2^64 mod bound values, so every residue is equally
  // likely; written out here because std::uniform_int_distribution differs between standard libraries.
  std::uint32_t below(std::uint32_t bound) {
    const std::uint64_t b = bound;
    const std::uint64_t threshold = (0 - b) % b;  // 2^64 mod b
    for (;;) {
      const std::uint64_t x = next();
      if (x >= threshold) return static_cast<std::uint32_t>(x % b);
    }
  }
  // Fisher-Yates over 0..n-1.
  void permutation(std::vector<std::int32_t>& out, std::int32_t n) {
    out.resize(static_cast<std::size_t>(n));
    for (std::int32_t i = 0; i < n; ++i) out[i] = i;
    for (std::int32_t i = n - 1; i > 0; --i) std::swap(out[i], out[below(static_cast<std::uint32_t>(i) + 1)]);
  }

 private:
  std::uint64_t state_;
};

// One level of the hierarchy: a weighted undirected graph in CSR form. The edges inside an aggregate vertex are
// not stored as self-loops (they never change a move's gain): they are counted twice in k, the weighted degree,
// and once in self, which only the modularity of a level reads.
struct Level {
  std::int32_t n = 0;
  std::vector<std::int32_t> offsets;  // n + 1
  std::vector<std::int32_t> targets;
  std::vector<double> weights;
  std::vector<double> k;     // weighted degree
  std::vector<double> self;  // weight of the edges inside an aggregate vertex (each edge once)
};

// Buffers sized once for the input graph (no level is larger) and reused by every step of every level.
struct Workspace {
  explicit Workspace(std::int32_t n)
      : nbWeight(static_cast<std::size_t>(n), 0.0),
        inQueue(static_cast<std::size_t>(n), 0),
        queue(static_cast<std::size_t>(n)),
        communityWeight(static_cast<std::size_t>(n), 0.0),
        communitySize(static_cast<std::size_t>(n), 0),
        refined(static_cast<std::size_t>(n)),
        refinedWeight(static_cast<std::size_t>(n)),
        refinedSize(static_cast<std::size_t>(n)),
        external(static_cast<std::size_t>(n)),
        renumber(static_cast<std::size_t>(n), -1) {
    neighbours.reserve(static_cast<std::size_t>(n));
    empties.reserve(static_cast<std::size_t>(n));
  }
  std::vector<double> nbWeight;          // weight from the current vertex to each community; 0 between uses
  std::vector<std::int32_t> neighbours;  // communities with nbWeight > 0
  std::vector<std::int32_t> order;
  std::vector<char> inQueue;
  std::vector<std::int32_t> queue;
  std::vector<double> communityWeight;  // K_c: sum of degrees in community c
  std::vector<std::int32_t> communitySize;
  std::vector<std::int32_t> empties;  // ids of empty communities
  std::vector<std::int32_t> refined;  // refined sub-community of each vertex
  std::vector<double> refinedWeight;
  std::vector<std::int32_t> refinedSize;
  std::vector<double> external;  // weight from a refined sub-community to the rest of its community
  std::vector<std::int32_t> renumber;
  std::vector<std::int32_t> count, members;  // counting sort for aggregation
};

// Collects the weight from v to each community label[u] of its neighbours (u filtered by `keep`) in
// ws.nbWeight / ws.neighbours. Edge weights are positive, so nbWeight[c] == 0 means "not seen yet".
template <class Keep>
void gather(const Level& L, std::int32_t v, const std::vector<std::int32_t>& label, Workspace& ws, Keep keep) {
  ws.neighbours.clear();
  for (std::int32_t e = L.offsets[v]; e < L.offsets[v + 1]; ++e) {
    const std::int32_t u = L.targets[e];
    if (!keep(u)) continue;
    const std::int32_t c = label[u];
    if (ws.nbWeight[c] == 0.0) ws.neighbours.push_back(c);
    ws.nbWeight[c] += L.weights[e];
  }
}

void clear_gathered(Workspace& ws) {
  for (std::int32_t c : ws.neighbours) ws.nbWeight[c] = 0.0;
  ws.neighbours.clear();
}

// Leiden's fast local moving. comm holds ids in [0, n). A vertex moves only for a gain above a tolerance relative
// to its degree, so rounding cannot make two vertices swap forever. Each move strictly raises modularity; each
// visit costs O(degree), so a sweep over the queue is O(n + m).
void move_nodes(const Level& L, std::vector<std::int32_t>& comm, Workspace& ws, Rng& rng, double inv2m) {
  const std::int32_t n = L.n;
  std::fill(ws.communityWeight.begin(), ws.communityWeight.begin() + n, 0.0);
  std::fill(ws.communitySize.begin(), ws.communitySize.begin() + n, 0);
  for (std::int32_t v = 0; v < n; ++v) {
    ws.communityWeight[comm[v]] += L.k[v];
    ++ws.communitySize[comm[v]];
  }
  ws.empties.clear();
  for (std::int32_t c = n - 1; c >= 0; --c)
    if (ws.communitySize[c] == 0) ws.empties.push_back(c);

  rng.permutation(ws.order, n);
  for (std::int32_t i = 0; i < n; ++i) {
    ws.queue[i] = ws.order[i];
    ws.inQueue[ws.order[i]] = 1;
  }
  std::int32_t head = 0, size = n;
  auto all = [](std::int32_t) { return true; };
  while (size > 0) {
    const std::int32_t v = ws.queue[head];
    head = head + 1 == n ? 0 : head + 1;
    --size;
    ws.inQueue[v] = 0;

    const std::int32_t from = comm[v];
    const double kv = L.k[v];
    const double tol = 1e-12 * (kv > 1.0 ? kv : 1.0);
    gather(L, v, comm, ws, all);
    ws.communityWeight[from] -= kv;
    std::int32_t best = from;
    double bestGain = ws.nbWeight[from] - kv * ws.communityWeight[from] * inv2m;
    for (std::int32_t c : ws.neighbours) {
      if (c == from) continue;
      const double gain = ws.nbWeight[c] - kv * ws.communityWeight[c] * inv2m;
      if (gain > bestGain + tol) {
        best = c;
        bestGain = gain;
      }
    }
    bool toEmpty = false;
    if (bestGain < -tol && ws.communitySize[from] > 1) {  // being alone (gain 0) beats every community
      best = ws.empties.back();
      toEmpty = true;
    }
    ws.communityWeight[best] += kv;
    if (best != from) {
      if (toEmpty) ws.empties.pop_back();
      if (--ws.communitySize[from] == 0) ws.empties.push_back(from);
      ++ws.communitySize[best];
      comm[v] = best;
      for (std::int32_t e = L.offsets[v]; e < L.offsets[v + 1]; ++e) {
        const std::int32_t u = L.targets[e];
        if (!ws.inQueue[u] && comm[u] != best) {
          std::int32_t tail = head + size;
          if (tail >= n) tail -= n;
          ws.queue[tail] = u;
          ws.inQueue[u] = 1;
          ++size;
        }
      }
    }
    clear_gathered(ws);
  }
}

// Leiden's refinement (MergeNodesSubset for every community at once). Leaves the refined sub-community of each
// vertex in ws.refined, renumbered 0..R-1 by first appearance, and returns R. Only singletons move, and only into
// a sub-community they are joined to by a positive weight, so every sub-community is connected. O(n + m).
std::int32_t refine(const Level& L, const std::vector<std::int32_t>& comm, Workspace& ws, Rng& rng, double inv2m) {
  const std::int32_t n = L.n;
  // ws.communityWeight holds K_c for the (renumbered) communities in comm.
  for (std::int32_t v = 0; v < n; ++v) {
    ws.refined[v] = v;
    ws.refinedWeight[v] = L.k[v];
    ws.refinedSize[v] = 1;
    double inside = 0.0;
    for (std::int32_t e = L.offsets[v]; e < L.offsets[v + 1]; ++e)
      if (comm[L.targets[e]] == comm[v]) inside += L.weights[e];
    ws.external[v] = inside;
  }
  rng.permutation(ws.order, n);
  for (std::int32_t i = 0; i < n; ++i) {
    const std::int32_t v = ws.order[i];
    if (ws.refined[v] != v || ws.refinedSize[v] != 1) continue;  // no longer a singleton
    const std::int32_t c = comm[v];
    const double Kc = ws.communityWeight[c], kv = L.k[v];
    const double tol = 1e-12 * (kv > 1.0 ? kv : 1.0);
    // v must be well connected to its community: E(v, C - v) >= k_v (K_C - k_v) / 2m.
    if (ws.external[v] + tol < kv * (Kc - kv) * inv2m) continue;
    gather(L, v, ws.refined, ws, [&](std::int32_t u) { return comm[u] == c; });
    std::int32_t best = -1;
    double bestGain = 0.0;  // staying alone
    for (std::int32_t t : ws.neighbours) {
      const double Kt = ws.refinedWeight[t];
      if (ws.external[t] + tol < Kt * (Kc - Kt) * inv2m) continue;  // T must be well connected too
      const double gain = ws.nbWeight[t] - kv * Kt * inv2m;
      if (gain > bestGain + tol) {
        best = t;
        bestGain = gain;
      }
    }
    if (best >= 0) {
      ws.external[best] += ws.external[v] - 2.0 * ws.nbWeight[best];
      ws.refinedWeight[best] += kv;
      ++ws.refinedSize[best];
      ws.refinedSize[v] = 0;
      ws.refined[v] = best;
    }
    clear_gathered(ws);
  }
  std::int32_t R = 0;
  for (std::int32_t v = 0; v < n; ++v) {
    std::int32_t& r = ws.renumber[ws.refined[v]];
    if (r < 0) r = R++;
  }
  for (std::int32_t v = 0; v < n; ++v) ws.refined[v] = ws.renumber[ws.refined[v]];
  std::fill(ws.renumber.begin(), ws.renumber.begin() + n, -1);
  return R;
}

// Renumbers labels in [0, n) to 0..k-1 by first appearance; returns k.
std::int32_t compact(std::vector<std::int32_t>& label, std::int32_t n, Workspace& ws) {
  std::int32_t k = 0;
  for (std::int32_t v = 0; v < n; ++v) {
    std::int32_t& r = ws.renumber[label[v]];
    if (r < 0) r = k++;
  }
  for (std::int32_t v = 0; v < n; ++v) label[v] = ws.renumber[label[v]];
  std::fill(ws.renumber.begin(), ws.renumber.begin() + n, -1);
  return k;
}

// Collapses each group (labels 0..R-1) into one vertex; parallel edges are summed, internal edges go to `self`.
// O(n + m).
Level aggregate(const Level& L, const std::vector<std::int32_t>& group, std::int32_t R, Workspace& ws) {
  ws.count.assign(static_cast<std::size_t>(R) + 1, 0);
  for (std::int32_t v = 0; v < L.n; ++v) ++ws.count[group[v] + 1];
  for (std::int32_t r = 0; r < R; ++r) ws.count[r + 1] += ws.count[r];
  ws.members.resize(static_cast<std::size_t>(L.n));
  {
    std::vector<std::int32_t>& fill = ws.queue;  // free at this point
    std::copy(ws.count.begin(), ws.count.begin() + R, fill.begin());
    for (std::int32_t v = 0; v < L.n; ++v) ws.members[fill[group[v]]++] = v;
  }
  Level A;
  A.n = R;
  A.offsets.assign(static_cast<std::size_t>(R) + 1, 0);
  A.k.assign(static_cast<std::size_t>(R), 0.0);
  A.self.assign(static_cast<std::size_t>(R), 0.0);
  A.targets.resize(L.targets.size());  // an upper bound; trimmed below
  A.weights.resize(L.targets.size());
  std::int32_t out = 0;
  for (std::int32_t r = 0; r < R; ++r) {
    double k = 0.0, self = 0.0, inside = 0.0;
    for (std::int32_t i = ws.count[r]; i < ws.count[r + 1]; ++i) {
      const std::int32_t v = ws.members[i];
      k += L.k[v];
      self += L.self[v];
      for (std::int32_t e = L.offsets[v]; e < L.offsets[v + 1]; ++e) {
        const std::int32_t s = group[L.targets[e]];
        if (s == r) {
          inside += L.weights[e];
          continue;
        }
        if (ws.nbWeight[s] == 0.0) ws.neighbours.push_back(s);
        ws.nbWeight[s] += L.weights[e];
      }
    }
    A.k[r] = k;
    A.self[r] = self + inside / 2.0;  // each inside edge was seen from both ends
    for (std::int32_t s : ws.neighbours) {
      A.targets[out] = s;
      A.weights[out] = ws.nbWeight[s];
      ++out;
    }
    A.offsets[r + 1] = out;
    clear_gathered(ws);
  }
  A.targets.resize(static_cast<std::size_t>(out));
  A.weights.resize(static_cast<std::size_t>(out));
  return A;
}

// Modularity of the partition comm of a level: sum_c (inside_c / m - (K_c / 2m)^2). Equal to the modularity of
// the corresponding partition of the input graph. O(n + m) of the level.
double level_modularity(const Level& L, const std::vector<std::int32_t>& comm, Workspace& ws, double inv2m) {
  std::vector<double>& inside = ws.nbWeight;  // zero between uses; restored below
  std::fill(ws.communityWeight.begin(), ws.communityWeight.begin() + L.n, 0.0);
  for (std::int32_t v = 0; v < L.n; ++v) {
    const std::int32_t c = comm[v];
    ws.communityWeight[c] += L.k[v];
    inside[c] += 2.0 * L.self[v];
    for (std::int32_t e = L.offsets[v]; e < L.offsets[v + 1]; ++e)
      if (comm[L.targets[e]] == c) inside[c] += L.weights[e];
  }
  double q = 0.0;
  for (std::int32_t c = 0; c < L.n; ++c) {
    const double share = ws.communityWeight[c] * inv2m;
    q += inside[c] * inv2m - share * share;  // inside[c] counts each edge twice: (2 L_c) / (2m) = L_c / m
    inside[c] = 0.0;
  }
  return q;
}

// One Leiden iteration from the partition `membership` of the base level (ids in [0, n)); returns the new
// partition of the base level.
std::vector<std::int32_t> leiden_iteration(const Level& base, std::vector<std::int32_t> membership, Workspace& ws,
                                           Rng& rng, double inv2m, double& q) {
  const std::int32_t n0 = base.n;
  std::vector<std::int32_t> toLevel(static_cast<std::size_t>(n0));  // base vertex -> vertex of current level
  for (std::int32_t v = 0; v < n0; ++v) toLevel[v] = v;
  std::vector<std::int32_t> comm = std::move(membership);
  Level owned;
  const Level* L = &base;
  std::vector<std::int32_t> next;
  for (;;) {
    move_nodes(*L, comm, ws, rng, inv2m);
    const std::int32_t communities = compact(comm, L->n, ws);
    if (communities == L->n) break;  // every vertex alone: nothing left to aggregate
    // compact() renumbered comm, so K_c must follow: recompute it for refine().
    std::fill(ws.communityWeight.begin(), ws.communityWeight.begin() + L->n, 0.0);
    for (std::int32_t v = 0; v < L->n; ++v) ws.communityWeight[comm[v]] += L->k[v];
    std::int32_t R = refine(*L, comm, ws, rng, inv2m);
    const std::vector<std::int32_t>* group = &ws.refined;
    if (R == L->n) {  // refinement merged nothing: aggregate by the communities themselves
      group = &comm;
      R = communities;
    }
    next.assign(static_cast<std::size_t>(R), 0);
    for (std::int32_t v = 0; v < L->n; ++v) next[(*group)[v]] = comm[v];
    for (std::int32_t v = 0; v < n0; ++v) toLevel[v] = (*group)[toLevel[v]];
    Level A = aggregate(*L, *group, R, ws);
    owned = std::move(A);
    L = &owned;
    comm.swap(next);
  }
  q = level_modularity(*L, comm, ws, inv2m);
  std::vector<std::int32_t> result(static_cast<std::size_t>(n0));
  for (std::int32_t v = 0; v < n0; ++v) result[v] = comm[toLevel[v]];
  return result;
}

// Labels connected parts of communities 0..count-1 in order of first appearance; isolated vertices become
// singletons. O(n + m).
int split_and_number(const Level& base, const std::vector<std::int32_t>& comm, std::vector<int>& out) {
  const std::int32_t n = base.n;
  out.assign(static_cast<std::size_t>(n), -1);
  std::vector<std::int32_t> stack;
  int label = 0;
  for (std::int32_t s = 0; s < n; ++s) {
    if (out[s] >= 0) continue;
    out[s] = label;
    stack.push_back(s);
    while (!stack.empty()) {
      const std::int32_t v = stack.back();
      stack.pop_back();
      for (std::int32_t e = base.offsets[v]; e < base.offsets[v + 1]; ++e) {
        const std::int32_t u = base.targets[e];
        if (out[u] < 0 && comm[u] == comm[v]) {
          out[u] = label;
          stack.push_back(u);
        }
      }
    }
    ++label;
  }
  return label;
}

double arc_weight(const Graph& g, std::size_t e, bool useWeights) {
  return useWeights && e < g.weights.size() ? g.weights[e] : 1.0;
}

}  // namespace

double modularity(const Graph& g, const std::vector<int>& membership, bool useWeights) {
  if (g.directed) throw std::invalid_argument("modularity: the graph must be undirected");
  if (membership.size() != static_cast<std::size_t>(g.n))
    throw std::invalid_argument("modularity: membership size differs from the number of vertices");
  const std::int32_t n = g.n;
  // Map labels to 0..k-1.
  std::vector<std::int32_t> label(static_cast<std::size_t>(n));
  bool small = true;
  for (int c : membership) small = small && c >= 0 && c < n;
  std::int32_t k = 0;
  if (small) {
    for (std::int32_t v = 0; v < n; ++v) label[v] = membership[v];
    k = n;
  } else {
    std::vector<int> sorted(membership);
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (std::int32_t v = 0; v < n; ++v)
      label[v] = static_cast<std::int32_t>(std::lower_bound(sorted.begin(), sorted.end(), membership[v]) - sorted.begin());
    k = static_cast<std::int32_t>(sorted.size());
  }
  std::vector<double> inside(static_cast<std::size_t>(k), 0.0), degree(static_cast<std::size_t>(k), 0.0);
  double total = 0.0;  // 2m
  for (std::int32_t v = 0; v < n; ++v)
    for (std::int32_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
      const double w = arc_weight(g, static_cast<std::size_t>(e), useWeights);
      total += w;
      degree[label[v]] += w;
      if (label[g.targets[e]] == label[v]) inside[label[v]] += w;  // each inside edge seen twice
    }
  if (total == 0.0) return 0.0;
  const double m = total / 2.0;
  double q = 0.0;
  for (std::int32_t c = 0; c < k; ++c) {
    if (degree[c] == 0.0) continue;
    const double share = degree[c] / total;
    q += (inside[c] / 2.0) / m - share * share;
  }
  return q;
}

CommunityResult detect_communities(const Graph& g, std::uint64_t seed, bool useWeights) {
  if (g.directed) throw std::invalid_argument("detect_communities: the graph must be undirected");
  CommunityResult result;
  result.method = "leiden";
  const std::int32_t n = g.n;
  if (n == 0) return result;

  // Level 0: the input graph with the chosen weights; non-positive weights are dropped.
  Level base;
  base.n = n;
  base.offsets.assign(static_cast<std::size_t>(n) + 1, 0);
  base.k.assign(static_cast<std::size_t>(n), 0.0);
  base.self.assign(static_cast<std::size_t>(n), 0.0);
  base.targets.reserve(g.targets.size());
  base.weights.reserve(g.targets.size());
  double total = 0.0;
  for (std::int32_t v = 0; v < n; ++v) {
    for (std::int32_t e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
      const double w = arc_weight(g, static_cast<std::size_t>(e), useWeights);
      if (!(w > 0.0) || g.targets[e] == v) continue;
      base.targets.push_back(g.targets[e]);
      base.weights.push_back(w);
      base.k[v] += w;
      total += w;
    }
    base.offsets[v + 1] = static_cast<std::int32_t>(base.targets.size());
  }

  std::vector<std::int32_t> best(static_cast<std::size_t>(n));
  for (std::int32_t v = 0; v < n; ++v) best[v] = v;
  if (total > 0.0) {
    const double inv2m = 1.0 / total;
    Workspace ws(n);
    Rng rng(seed);
    const double size = static_cast<double>(n) + static_cast<double>(base.targets.size());
    const int runs = static_cast<int>(std::max(1.0, std::min<double>(kMaxRuns, kRunBudget / size)));
    double bestQ = -std::numeric_limits<double>::infinity();
    std::vector<std::int32_t> current(static_cast<std::size_t>(n));
    for (int run = 0; run < runs; ++run) {
      for (std::int32_t v = 0; v < n; ++v) current[v] = v;
      double runQ = -std::numeric_limits<double>::infinity();
      for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
        double q = 0.0;
        std::vector<std::int32_t> next = leiden_iteration(base, current, ws, rng, inv2m, q);
        if (!(q > runQ)) break;
        const bool small = q - runQ < kMinIterationGain;
        runQ = q;
        current.swap(next);
        if (small) break;
      }
      if (runQ > bestQ) {
        bestQ = runQ;
        best = current;
      }
    }
  }
  result.count = split_and_number(base, best, result.membership);
  result.modularity = modularity(g, result.membership, useWeights);
  return result;
}

}  // namespace bosam::sna
