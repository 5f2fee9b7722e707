#include "sna/compare.hpp"

#include <map>

#include "sna/analyze.hpp"
#include "sna/rng.hpp"

namespace bosam::sna {
namespace {

using Pair = std::pair<std::string, std::string>;  // actor ids, first < second

// The edges of G with their weight, by pair of actor ids. O(m log m).
std::map<Pair, int> relationships(const Network& net) {
  std::map<Pair, int> out;
  const Graph& g = net.undirected;
  for (Vertex u = 0; u < g.n; ++u)
    for (auto e = g.offsets[u]; e < g.offsets[u + 1]; ++e) {
      const Vertex v = g.targets[e];
      if (u < v) {
        auto a = net.actorIds[u], b = net.actorIds[v];
        if (b < a) std::swap(a, b);
        out[{a, b}] = static_cast<int>(g.weights[e]);
      }
    }
  return out;
}

// The people in a wave, as flags per vertex: asked in it, or named in one of its ties (either side, as reported,
// before the options filter ties). O(n + t) for the project's t ties.
std::vector<char> in_wave(const model::Project& p, const Network& net) {
  std::vector<char> in(net.actorIds.size(), 0);
  for (std::size_t v = 0; v < in.size(); ++v) in[v] = net.survey[v] > 0;
  for (const auto& t : p.ties) {
    if (t.waveId != net.waveId) continue;
    for (const std::string* id : {&t.from, &t.to}) {
      const auto it = net.index.find(*id);
      if (it != net.index.end()) in[it->second] = 1;
    }
  }
  return in;
}

// G on the kept vertices only, renumbered: index[v] is v's new number, or -1 when v is left out. O(m log m).
Graph induced(const Graph& g, const std::vector<Vertex>& index, Vertex count) {
  std::vector<WeightedEdge> edges;
  for (Vertex u = 0; u < g.n; ++u)
    for (auto e = g.offsets[u]; e < g.offsets[u + 1]; ++e) {
      const Vertex v = g.targets[e];
      if (u < v && index[u] >= 0 && index[v] >= 0) edges.push_back({index[u], index[v], 1.0});
    }
  return make_graph(count, std::move(edges), false);
}

constexpr std::uint64_t kStabilityStream = 3;  // rng.hpp, stream_seed: the comparison's own permutations

TieStability stability(const model::Project& p, const Network& before, const Network& after,
                       const AnalysisOptions& options) {
  const auto in1 = in_wave(p, before), in2 = in_wave(p, after);
  std::vector<Vertex> index(in1.size(), -1);
  TieStability s;
  for (std::size_t v = 0; v < index.size(); ++v)
    if (in1[v] && in2[v]) index[v] = s.people++;
  const Graph g1 = induced(before.undirected, index, s.people), g2 = induced(after.undirected, index, s.people);
  for (Vertex u = 0; u < g2.n; ++u)
    for (auto e = g2.offsets[u]; e < g2.offsets[u + 1]; ++e)
      if (u < g2.targets[e]) ++(edge_weight(g1, u, g2.targets[e]) > 0.0 ? s.kept : s.added);
  s.lost = static_cast<int>(g1.edges()) - s.kept;
  if (const int all = s.kept + s.lost + s.added; all > 0) {
    s.keptShare = static_cast<double>(s.kept) / all;
    s.lostShare = static_cast<double>(s.lost) / all;
    s.addedShare = static_cast<double>(s.added) / all;
  }
  s.qap = qap_graphs(g1, g2, permutations_for(s.people, options.exactLimit, options.permutations),
                     stream_seed(options.seed, kStabilityStream));
  return s;
}

}  // namespace

Comparison compare_waves(const model::Project& project, const std::string& fromWave, const std::string& toWave,
                         const AnalysisOptions& options) {
  Comparison c;
  c.from = fromWave;
  c.to = toWave;
  AnalysisOptions a = options, b = options;
  a.waveId = fromWave;
  b.waveId = toWave;
  a.permutations = b.permutations = 0;
  a.robustness = b.robustness = false;  // a comparison of waves reads neither side's reconstruction
  c.before = analyze(project, a);
  c.after = analyze(project, b);
  const auto r1 = relationships(c.before.net), r2 = relationships(c.after.net);
  for (const auto& [pair, f] : r2) {
    auto it = r1.find(pair);
    if (it == r1.end())
      c.added.push_back({pair.first, pair.second, 0, f});
    else if (f != it->second)
      (f > it->second ? c.strengthened : c.weakened).push_back({pair.first, pair.second, it->second, f});
  }
  for (const auto& [pair, f] : r1)
    if (!r2.count(pair)) c.removed.push_back({pair.first, pair.second, f, 0});
  c.stability = stability(project, c.before.net, c.after.net, options);
  return c;
}

}  // namespace bosam::sna
