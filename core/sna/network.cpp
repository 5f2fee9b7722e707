#include "sna/network.hpp"

#include <map>

namespace bosam::sna {

Network build_network(const model::Project& p, const AnalysisOptions& opt) {
  Network net;
  const model::Wave* latest = p.latest_wave();
  net.waveId = !opt.waveId.empty() ? opt.waveId : (latest ? latest->id : std::string());

  std::unordered_map<std::string, int> unitIndex;
  for (const auto& u : p.units) {
    unitIndex.emplace(u.id, static_cast<int>(net.unitIds.size()));
    net.unitIds.push_back(u.id);
  }
  for (const auto& a : p.actors) {
    net.index.emplace(a.id, static_cast<Vertex>(net.actorIds.size()));
    net.actorIds.push_back(a.id);
    auto it = unitIndex.find(a.unitId);
    net.unitOf.push_back(it == unitIndex.end() ? -1 : it->second);
  }
  const auto n = static_cast<Vertex>(net.actorIds.size());
  net.survey.assign(n, 0);
  for (const auto& [actor, answered] : p.survey_status(net.waveId)) {
    auto it = net.index.find(actor);
    if (it != net.index.end()) net.survey[it->second] = answered ? 2 : 1;
  }
  for (const signed char s : net.survey) {
    net.asked += s > 0;
    net.responded += s == 2;
  }

  // Reported arcs of the wave, strongest report per ordered pair.
  std::map<std::pair<Vertex, Vertex>, int> arcs;
  for (const auto& t : p.ties) {
    if (t.waveId != net.waveId) continue;
    auto f = net.index.find(t.from), to = net.index.find(t.to);
    if (f == net.index.end() || to == net.index.end()) continue;
    if (f->second == to->second) {
      ++net.selfTies;
      continue;
    }
    auto [it, inserted] = arcs.emplace(std::make_pair(f->second, to->second), t.frequency);
    if (!inserted) {
      ++net.duplicateReports;
      it->second = std::max(it->second, t.frequency);
    }
  }
  if (opt.reconstruct) {
    // Collected first: the arcs added start at non-respondents, so none of them is itself a report to mirror.
    std::vector<std::pair<std::pair<Vertex, Vertex>, int>> filled;
    for (const auto& [pair, freq] : arcs)
      if (net.answered(pair.first) && net.missing(pair.second) && !arcs.count({pair.second, pair.first}))
        filled.push_back({{pair.second, pair.first}, freq});
    for (const auto& [pair, freq] : filled) {
      arcs.emplace(pair, freq);
      net.reconstructedTies += freq >= opt.minFrequency;  // the ones D keeps (their reverse is there as well)
    }
  }
  std::vector<WeightedEdge> kept;
  for (const auto& [pair, freq] : arcs) {
    if (freq < opt.minFrequency) continue;
    if (opt.reciprocated) {
      auto back = arcs.find({pair.second, pair.first});
      if (back == arcs.end() || back->second < opt.minFrequency) continue;
    }
    kept.push_back({pair.first, pair.second, static_cast<double>(freq)});
  }
  net.directed = make_graph(n, kept, true);
  net.undirected = make_graph(n, std::move(kept), false);  // keeps the larger report per pair

  return net;
}

}  // namespace bosam::sna
