#include "sna/compare.hpp"

#include <map>

#include "sna/analyze.hpp"

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

}  // namespace

Comparison compare_waves(const model::Project& project, const std::string& fromWave, const std::string& toWave,
                         const AnalysisOptions& options) {
  Comparison c;
  c.from = fromWave;
  c.to = toWave;
  AnalysisOptions a = options, b = options;
  a.waveId = fromWave;
  b.waveId = toWave;
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
  return c;
}

}  // namespace bosam::sna
