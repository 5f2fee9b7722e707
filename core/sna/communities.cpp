#include "sna/communities.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "sna/rng.hpp"

namespace bosam::sna {

namespace {
// Iterations and restarts adapt to the network. Whole Leiden iterations repeat, each from the previous partition,
// while one raises modularity by at least kMinIterationGain (at most kMaxIterations). After the second
// iteration of the first run the network is classed by what that iteration still gained:
//  - settled (gain below kRuggedGain): the first pass already found the basin. This is the municipality case:
//    on the benchmark's block networks (100-10,000 actors, 70 % of ties inside units, seeds 1-20) the gain is
//    0.0000-0.0063, more iterations add under 0.001 and independent restarts agree to 1e-5. The run stops after
//    these two iterations (igraph's and leidenalg's default) and no restarts are made. Its mean modularity over
//    those seeds, and even its worst, is above graphology's mean single Louvain on every one of those networks.
//  - rugged (gain at least kRuggedGain): weak structure, where each run lands in another local optimum (the
//    tests' 30 x 30 random block graphs with half the ties between blocks: gains 0.018-0.053). Iterations go on
//    to the threshold, and several independent runs keep the best (the random vertex orders continue from one
//    generator): kRunBudget / (n + 2m) runs, between 1 and kMaxRuns.
// Tiny networks (n + 2m <= kTinySize, about 40 actors with average degree 8) are always treated as rugged: all
// runs together take microseconds there, and NetworkX's Louvain is the bar on the small reference graphs.
// Cost: a settled network costs two iterations, each O(n + m) per level over typically four to six levels of
// shrinking size; a rugged one at most kMaxRuns * kMaxIterations iterations, with runs * (n + 2m) held near
// kRunBudget, as before this rule.
constexpr int kMaxIterations = 16;
constexpr double kMinIterationGain = 1e-4;
constexpr double kRuggedGain = 0.01;
constexpr int kSettledIterations = 2;
constexpr int kMaxRuns = 16;
constexpr double kRunBudget = 100000.0;
constexpr double kTinySize = 400.0;

// One level of the hierarchy: a weighted undirected graph in CSR form. The edges inside an aggregate vertex are
// not stored as self-loops (they never change a move's gain): they are counted twice in k, the weighted degree,
// and once in self, which only the modularity of a level reads.
struct Level {
  std::int32_t n = 0;
  std::vector<std::int32_t> offsets;  // n + 1; offsets[n] arcs
  std::vector<std::int32_t> targets;  // at least offsets[n] (buffers are reused, so they may be longer)
  std::vector<double> weights;
  std::vector<double> k;     // weighted degree
  std::vector<double> self;  // weight of the edges inside an aggregate vertex (each edge once)
};

// Buffers sized once for the input graph (no level is larger) and reused by every step of every level.
struct Workspace {
  explicit Workspace(std::int32_t n)
      : nbWeight(static_cast<std::size_t>(n), 0.0),
        neighbours(static_cast<std::size_t>(n)),
        inQueue(static_cast<std::size_t>(n), 0),
        queue(static_cast<std::size_t>(n)),
        communityWeight(static_cast<std::size_t>(n), 0.0),
        communitySize(static_cast<std::size_t>(n), 0),
        refined(static_cast<std::size_t>(n)),
        refinedWeight(static_cast<std::size_t>(n)),
        refinedSize(static_cast<std::size_t>(n)),
        external(static_cast<std::size_t>(n)),
        renumber(static_cast<std::size_t>(n), -1) {
    empties.reserve(static_cast<std::size_t>(n));
  }
  std::vector<double> nbWeight;          // weight from the current vertex to each community; 0 between uses
  std::vector<std::int32_t> neighbours;  // the first `gathered` entries: communities with nbWeight > 0
  std::int32_t gathered = 0;
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
  Level levels[2];                           // aggregate levels, used in turn (their buffers only grow)
  std::vector<std::int32_t> toLevel, comm, next;
};

// Collects the weight from v to each community label[u] of its neighbours (u filtered by `keep`) in
// ws.nbWeight and the list ws.neighbours[0 .. ws.gathered). Edge weights are positive, so nbWeight[c] == 0
// means "not seen yet". The inner loops here and below work on raw pointers with the bounds in locals: a store
// into an int32 vector may alias the CSR arrays, so through std::vector the compiler reloads every bound and
// base pointer on each arc. The list append is branch-free: whether c is new is close to a coin toss, and the
// mispredicted branch cost about a fifth of the run time (natively and in WebAssembly).
template <class Keep>
void gather(const Level& L, std::int32_t v, const std::int32_t* label, Workspace& ws, Keep keep) {
  const std::int32_t* targets = L.targets.data();
  const double* weights = L.weights.data();
  double* nbWeight = ws.nbWeight.data();
  std::int32_t* list = ws.neighbours.data();
  std::int32_t count = 0;
  const std::int32_t end = L.offsets[v + 1];
  for (std::int32_t e = L.offsets[v]; e < end; ++e) {
    const std::int32_t u = targets[e];
    if (!keep(u)) continue;
    const std::int32_t c = label[u];
    const double w = nbWeight[c];
    list[count] = c;  // kept only when c is new
    count += w == 0.0;
    nbWeight[c] = w + weights[e];
  }
  ws.gathered = count;
}

void clear_gathered(Workspace& ws) {
  double* nbWeight = ws.nbWeight.data();
  const std::int32_t* list = ws.neighbours.data();
  for (std::int32_t i = 0, count = ws.gathered; i < count; ++i) nbWeight[list[i]] = 0.0;
  ws.gathered = 0;
}

// Leiden's fast local moving. comm holds ids in [0, n). A vertex moves only for a gain above a tolerance relative
// to its degree, so rounding cannot make two vertices swap forever. Each move strictly raises modularity; each
// visit costs O(degree), so a sweep over the queue is O(n + m).
void move_nodes(const Level& L, std::vector<std::int32_t>& commVector, Workspace& ws, Rng& rng, double inv2m) {
  const std::int32_t n = L.n;
  std::int32_t* comm = commVector.data();
  double* communityWeight = ws.communityWeight.data();
  std::int32_t* communitySize = ws.communitySize.data();
  const double* k = L.k.data();
  std::fill(communityWeight, communityWeight + n, 0.0);
  std::fill(communitySize, communitySize + n, 0);
  for (std::int32_t v = 0; v < n; ++v) {
    communityWeight[comm[v]] += k[v];
    ++communitySize[comm[v]];
  }
  ws.empties.clear();
  for (std::int32_t c = n - 1; c >= 0; --c)
    if (communitySize[c] == 0) ws.empties.push_back(c);

  rng.permutation(ws.order, n);
  std::int32_t* queue = ws.queue.data();
  char* inQueue = ws.inQueue.data();
  for (std::int32_t i = 0; i < n; ++i) {
    queue[i] = ws.order[i];
    inQueue[ws.order[i]] = 1;
  }
  const std::int32_t* offsets = L.offsets.data();
  const std::int32_t* targets = L.targets.data();
  const double* nbWeight = ws.nbWeight.data();
  const std::int32_t* neighbours = ws.neighbours.data();
  std::int32_t head = 0, size = n;
  auto all = [](std::int32_t) { return true; };
  while (size > 0) {
    const std::int32_t v = queue[head];
    head = head + 1 == n ? 0 : head + 1;
    --size;
    inQueue[v] = 0;

    const std::int32_t from = comm[v];
    const double kv = k[v];
    const double tol = 1e-12 * (kv > 1.0 ? kv : 1.0);
    gather(L, v, comm, ws, all);
    communityWeight[from] -= kv;
    std::int32_t best = from;
    double bestGain = nbWeight[from] - kv * communityWeight[from] * inv2m;
    for (std::int32_t i = 0, count = ws.gathered; i < count; ++i) {
      const std::int32_t c = neighbours[i];
      if (c == from) continue;
      const double gain = nbWeight[c] - kv * communityWeight[c] * inv2m;
      if (gain > bestGain + tol) {
        best = c;
        bestGain = gain;
      }
    }
    bool toEmpty = false;
    if (bestGain < -tol && communitySize[from] > 1) {  // being alone (gain 0) beats every community
      best = ws.empties.back();
      toEmpty = true;
    }
    communityWeight[best] += kv;
    if (best != from) {
      if (toEmpty) ws.empties.pop_back();
      if (--communitySize[from] == 0) ws.empties.push_back(from);
      ++communitySize[best];
      comm[v] = best;
      for (std::int32_t e = offsets[v], end = offsets[v + 1]; e < end; ++e) {
        const std::int32_t u = targets[e];
        if (!inQueue[u] && comm[u] != best) {
          std::int32_t tail = head + size;
          if (tail >= n) tail -= n;
          queue[tail] = u;
          inQueue[u] = 1;
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
std::int32_t refine(const Level& L, const std::vector<std::int32_t>& commVector, Workspace& ws, Rng& rng,
                    double inv2m) {
  const std::int32_t n = L.n;
  const std::int32_t* comm = commVector.data();
  const std::int32_t* offsets = L.offsets.data();
  const std::int32_t* targets = L.targets.data();
  const double* weights = L.weights.data();
  const double* k = L.k.data();
  std::int32_t* refined = ws.refined.data();
  double* refinedWeight = ws.refinedWeight.data();
  std::int32_t* refinedSize = ws.refinedSize.data();
  double* external = ws.external.data();
  const double* communityWeight = ws.communityWeight.data();  // K_c for the (renumbered) communities in comm
  for (std::int32_t v = 0; v < n; ++v) {
    refined[v] = v;
    refinedWeight[v] = k[v];
    refinedSize[v] = 1;
    double inside = 0.0;
    const std::int32_t c = comm[v];
    for (std::int32_t e = offsets[v], end = offsets[v + 1]; e < end; ++e)
      if (comm[targets[e]] == c) inside += weights[e];
    external[v] = inside;
  }
  rng.permutation(ws.order, n);
  const double* nbWeight = ws.nbWeight.data();
  const std::int32_t* neighbours = ws.neighbours.data();
  for (std::int32_t i = 0; i < n; ++i) {
    const std::int32_t v = ws.order[i];
    if (refined[v] != v || refinedSize[v] != 1) continue;  // no longer a singleton
    const std::int32_t c = comm[v];
    const double Kc = communityWeight[c], kv = k[v];
    const double tol = 1e-12 * (kv > 1.0 ? kv : 1.0);
    // v must be well connected to its community: E(v, C - v) >= k_v (K_C - k_v) / 2m.
    if (external[v] + tol < kv * (Kc - kv) * inv2m) continue;
    gather(L, v, refined, ws, [&](std::int32_t u) { return comm[u] == c; });
    std::int32_t best = -1;
    double bestGain = 0.0;  // staying alone
    for (std::int32_t j = 0, count = ws.gathered; j < count; ++j) {
      const std::int32_t t = neighbours[j];
      const double Kt = refinedWeight[t];
      if (external[t] + tol < Kt * (Kc - Kt) * inv2m) continue;  // T must be well connected too
      const double gain = nbWeight[t] - kv * Kt * inv2m;
      if (gain > bestGain + tol) {
        best = t;
        bestGain = gain;
      }
    }
    if (best >= 0) {
      external[best] += external[v] - 2.0 * nbWeight[best];
      refinedWeight[best] += kv;
      ++refinedSize[best];
      refinedSize[v] = 0;
      refined[v] = best;
    }
    clear_gathered(ws);
  }
  std::int32_t R = 0;
  std::int32_t* renumber = ws.renumber.data();
  for (std::int32_t v = 0; v < n; ++v) {
    std::int32_t& r = renumber[refined[v]];
    if (r < 0) r = R++;
  }
  for (std::int32_t v = 0; v < n; ++v) refined[v] = renumber[refined[v]];
  std::fill(renumber, renumber + n, -1);
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
void aggregate(const Level& L, const std::vector<std::int32_t>& group, std::int32_t R, Workspace& ws, Level& A) {
  ws.count.assign(static_cast<std::size_t>(R) + 1, 0);
  for (std::int32_t v = 0; v < L.n; ++v) ++ws.count[group[v] + 1];
  for (std::int32_t r = 0; r < R; ++r) ws.count[r + 1] += ws.count[r];
  ws.members.resize(static_cast<std::size_t>(L.n));
  {
    std::vector<std::int32_t>& fill = ws.queue;  // free at this point
    std::copy(ws.count.begin(), ws.count.begin() + R, fill.begin());
    for (std::int32_t v = 0; v < L.n; ++v) ws.members[fill[group[v]]++] = v;
  }
  // Every entry below is written before it is read, so the buffers only grow (no clearing, no reallocation
  // after the first iteration); L's arc count is an upper bound for A's.
  const auto grow = [](auto& v, std::size_t size) {
    if (v.size() < size) v.resize(size);
  };
  A.n = R;
  grow(A.offsets, static_cast<std::size_t>(R) + 1);
  grow(A.k, static_cast<std::size_t>(R));
  grow(A.self, static_cast<std::size_t>(R));
  grow(A.targets, static_cast<std::size_t>(L.offsets[L.n]));
  grow(A.weights, static_cast<std::size_t>(L.offsets[L.n]));
  A.offsets[0] = 0;
  const std::int32_t* offsets = L.offsets.data();
  const std::int32_t* targets = L.targets.data();
  const double* weights = L.weights.data();
  const std::int32_t* g = group.data();
  const std::int32_t* members = ws.members.data();
  double* nbWeight = ws.nbWeight.data();
  std::int32_t* list = ws.neighbours.data();
  std::int32_t* outTargets = A.targets.data();
  double* outWeights = A.weights.data();
  std::int32_t out = 0;
  for (std::int32_t r = 0; r < R; ++r) {
    double k = 0.0, self = 0.0, inside = 0.0;
    std::int32_t count = 0;
    for (std::int32_t i = ws.count[r], last = ws.count[r + 1]; i < last; ++i) {
      const std::int32_t v = members[i];
      k += L.k[v];
      self += L.self[v];
      for (std::int32_t e = offsets[v], end = offsets[v + 1]; e < end; ++e) {
        const std::int32_t s = g[targets[e]];
        if (s == r) {
          inside += weights[e];
          continue;
        }
        const double w = nbWeight[s];
        list[count] = s;
        count += w == 0.0;
        nbWeight[s] = w + weights[e];
      }
    }
    A.k[r] = k;
    A.self[r] = self + inside / 2.0;  // each inside edge was seen from both ends
    for (std::int32_t j = 0; j < count; ++j) {
      const std::int32_t s = list[j];
      outTargets[out] = s;
      outWeights[out] = nbWeight[s];
      nbWeight[s] = 0.0;
      ++out;
    }
    A.offsets[r + 1] = out;
  }
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

// One Leiden iteration from the partition `membership` of the base level (ids in [0, n)); overwrites it with
// the new partition and returns its modularity. Levels are built in ws.levels, used in turn.
double leiden_iteration(const Level& base, std::vector<std::int32_t>& membership, Workspace& ws, Rng& rng,
                        double inv2m) {
  const std::int32_t n0 = base.n;
  std::vector<std::int32_t>& toLevel = ws.toLevel;  // base vertex -> vertex of the current level
  std::vector<std::int32_t>& comm = ws.comm;
  std::vector<std::int32_t>& next = ws.next;
  toLevel.resize(static_cast<std::size_t>(n0));
  for (std::int32_t v = 0; v < n0; ++v) toLevel[v] = v;
  comm.assign(membership.begin(), membership.end());
  const Level* L = &base;
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
    next.resize(static_cast<std::size_t>(R));
    for (std::int32_t v = 0; v < L->n; ++v) next[(*group)[v]] = comm[v];
    for (std::int32_t v = 0; v < n0; ++v) toLevel[v] = (*group)[toLevel[v]];
    Level& A = L == &ws.levels[0] ? ws.levels[1] : ws.levels[0];
    aggregate(*L, *group, R, ws, A);
    L = &A;
    comm.swap(next);
  }
  const double q = level_modularity(*L, comm, ws, inv2m);
  for (std::int32_t v = 0; v < n0; ++v) membership[v] = comm[toLevel[v]];
  return q;
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
      label[v] =
          static_cast<std::int32_t>(std::lower_bound(sorted.begin(), sorted.end(), membership[v]) - sorted.begin());
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
    const int maxRuns = static_cast<int>(std::max(1.0, std::min<double>(kMaxRuns, kRunBudget / size)));
    bool rugged = size <= kTinySize;  // otherwise decided by run 0's second iteration
    double bestQ = -std::numeric_limits<double>::infinity();
    std::vector<std::int32_t> current(static_cast<std::size_t>(n)), next(static_cast<std::size_t>(n));
    for (int run = 0; run < maxRuns; ++run) {
      for (std::int32_t v = 0; v < n; ++v) current[v] = v;
      double runQ = -std::numeric_limits<double>::infinity(), firstQ = 0.0;
      for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
        next = current;
        const double q = leiden_iteration(base, next, ws, rng, inv2m);
        if (!(q > runQ)) break;
        const bool small = q - runQ < kMinIterationGain;
        runQ = q;
        current.swap(next);
        if (iteration == 0) firstQ = q;
        if (run == 0 && iteration == 1) rugged = rugged || q - firstQ >= kRuggedGain;
        if (small) break;
        if (!rugged && iteration + 1 >= kSettledIterations) break;
      }
      if (runQ > bestQ) {
        bestQ = runQ;
        best = current;
      }
      if (!rugged) break;  // settled: restarts would find the same partition
    }
  }
  result.count = split_and_number(base, best, result.membership);
  result.modularity = modularity(g, result.membership, useWeights);
  return result;
}

}  // namespace bosam::sna
