#include "sna/compare.hpp"

#include <map>

#include "sna/analyze.hpp"

namespace bosam::sna {
namespace {

using Pair = std::pair<std::string, std::string>;  // actor ids, first < second

std::map<Pair, int> relationships(const model::Project& project, const AnalysisOptions& opt) {
  const Network net = build_network(project, opt);
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

// {before, after, change} for the named numeric fields of two objects; change is null when either is null.
json delta(const json& before, const json& after, std::initializer_list<const char*> keys) {
  json b = json::object(), a = json::object(), c = json::object();
  for (const char* k : keys) {
    const json x = before.is_object() && before.contains(k) ? before[k] : json(nullptr);
    const json y = after.is_object() && after.contains(k) ? after[k] : json(nullptr);
    b[k] = x;
    a[k] = y;
    c[k] = x.is_number() && y.is_number() ? json(y.get<double>() - x.get<double>()) : json(nullptr);
  }
  return {{"before", b}, {"after", a}, {"change", c}};
}

std::map<std::string, json> by_id(const json& list) {
  std::map<std::string, json> out;
  for (const auto& item : list) out[item["id"].get<std::string>()] = item;
  return out;
}

}  // namespace

json compare_waves(const model::Project& project, const std::string& fromWave, const std::string& toWave,
                   const AnalysisOptions& options) {
  AnalysisOptions a = options, b = options;
  a.waveId = fromWave;
  b.waveId = toWave;
  const json before = analyze(project, a), after = analyze(project, b);

  const auto r1 = relationships(project, a), r2 = relationships(project, b);
  json added = json::array(), removed = json::array(), stronger = json::array(), weaker = json::array();
  for (const auto& [pair, f] : r2) {
    auto it = r1.find(pair);
    json tie = {{"a", pair.first}, {"b", pair.second}};
    if (it == r1.end()) {
      tie["frequency"] = f;
      added.push_back(tie);
    } else if (f != it->second) {
      tie["before"] = it->second;
      tie["after"] = f;
      (f > it->second ? stronger : weaker).push_back(tie);
    }
  }
  for (const auto& [pair, f] : r1)
    if (!r2.count(pair)) removed.push_back({{"a", pair.first}, {"b", pair.second}, {"frequency", f}});

  json nodes = json::array();
  const auto n1 = by_id(before["nodes"]);
  for (const auto& node : after["nodes"]) {  // project order
    const std::string id = node["id"].get<std::string>();
    json d = delta(n1.count(id) ? n1.at(id) : json(), node,
                   {"degree", "inDegree", "outDegree", "strength", "betweenness", "closeness", "eigenvector",
                    "pagerank", "constraint"});
    d["id"] = id;
    nodes.push_back(d);
  }
  json units = json::array();
  const auto u1 = by_id(before["units"]);
  for (const auto& unit : after["units"]) {
    const std::string id = unit["id"].get<std::string>();
    json d = delta(u1.count(id) ? u1.at(id) : json(), unit, {"internalTies", "externalTies", "internalDensity", "eiIndex"});
    d["id"] = id;
    units.push_back(d);
  }
  return {{"format", "bosam-comparison"},
          {"schemaVersion", 1},
          {"from", fromWave},
          {"to", toWave},
          {"ties", {{"added", added}, {"removed", removed}, {"strengthened", stronger}, {"weakened", weaker}}},
          {"network", delta(before["network"], after["network"],
                            {"nodes", "ties", "edges", "density", "reciprocity", "transitivity", "averageClustering",
                             "components", "largestComponent", "diameter", "averagePathLength",
                             "degreeCentralization", "betweennessCentralization", "eiIndex", "responseRate"})},
          {"nodes", nodes},
          {"units", units}};
}

}  // namespace bosam::sna
