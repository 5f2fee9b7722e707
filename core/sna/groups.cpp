#include "sna/groups.hpp"

#include <algorithm>

namespace bosam::sna {

std::vector<Brokerage> brokerage(const Graph& d, const std::vector<int>& groups) {
  const Vertex n = d.n;
  // In-neighbours from the out-lists (D is stored by source).
  std::vector<std::vector<Vertex>> in(n);
  for (Vertex i = 0; i < n; ++i)
    for (auto e = d.offsets[i]; e < d.offsets[i + 1]; ++e) in[d.targets[e]].push_back(i);
  auto group = [&](Vertex v) { return groups[v] >= 0 ? groups[v] : -2 - v; };  // no unit: a group of one
  std::vector<Brokerage> out(n);
  for (Vertex v = 0; v < n; ++v) {
    auto& b = out[v];
    for (Vertex i : in[v])
      for (auto e = d.offsets[v]; e < d.offsets[v + 1]; ++e) {
        const Vertex j = d.targets[e];
        if (j == i || edge_weight(d, i, j) > 0.0) continue;  // i reaches j directly: no brokerage
        const int gi = group(i), gv = group(v), gj = group(j);
        if (gi == gv && gv == gj)
          ++b.coordinator;
        else if (gi == gj)
          ++b.itinerant;
        else if (gi == gv)
          ++b.representative;
        else if (gv == gj)
          ++b.gatekeeper;
        else
          ++b.liaison;
      }
  }
  return out;
}

GroupSummary group_summary(const Graph& g, const std::vector<int>& groups, int groupCount) {
  GroupSummary s;
  s.groups.assign(groupCount, {});
  s.matrix.assign(groupCount, std::vector<int>(groupCount, 0));
  for (Vertex v = 0; v < g.n; ++v)
    if (groups[v] >= 0) ++s.groups[groups[v]].members;
  long internalAll = 0, externalAll = 0;
  for (Vertex u = 0; u < g.n; ++u)
    for (auto e = g.offsets[u]; e < g.offsets[u + 1]; ++e) {
      const Vertex v = g.targets[e];
      if (v <= u) continue;  // each edge once
      const int a = groups[u], b = groups[v];
      if (a >= 0 && a == b) {
        ++s.groups[a].internal;
        ++s.matrix[a][a];
        ++internalAll;
        continue;
      }
      ++externalAll;  // different units, or a person without a known unit
      if (a >= 0) ++s.groups[a].external;
      if (b >= 0) ++s.groups[b].external;
      if (a >= 0 && b >= 0) ++s.matrix[a][b], ++s.matrix[b][a];
    }
  for (auto& t : s.groups) {
    if (t.members >= 2) t.internalDensity = t.internal / (t.members * (t.members - 1) / 2.0);
    if (t.internal + t.external > 0)
      t.eiIndex = static_cast<double>(t.external - t.internal) / (t.external + t.internal);
  }
  if (internalAll + externalAll > 0)
    s.eiIndex = static_cast<double>(externalAll - internalAll) / static_cast<double>(externalAll + internalAll);
  return s;
}

std::optional<double> degree_centralization(const Graph& g) {
  if (g.n < 3) return std::nullopt;
  Vertex maxDegree = 0;
  for (Vertex v = 0; v < g.n; ++v) maxDegree = std::max(maxDegree, g.degree(v));
  double sum = 0.0;
  for (Vertex v = 0; v < g.n; ++v) sum += maxDegree - g.degree(v);
  return sum / ((g.n - 1.0) * (g.n - 2.0));
}

std::optional<double> betweenness_centralization(const std::vector<double>& b) {
  const auto n = b.size();
  if (n < 3) return std::nullopt;
  const double top = *std::max_element(b.begin(), b.end());
  double sum = 0.0;
  for (double x : b) sum += top - x;
  return sum / (n - 1.0);
}

}  // namespace bosam::sna
