#include "sna/roles.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <unordered_set>

#include "base/threshold.hpp"

namespace bosam::sna {
namespace {

constexpr double kEqual = 1e-9;  // betweenness values closer than this are the same (round-off of Brandes' sums)

}  // namespace

RoleThresholds role_thresholds(const model::Project& project) {
  RoleThresholds t;
  for (const auto& [key, v] : project.thresholds) {
    if (key == "connectorTopShare")
      read_threshold(v, t.connectorTopShare);
    else if (key == "connectorMinTies")
      read_threshold(v, t.connectorMinTies);
    else if (key == "spannerMinUnits")
      read_threshold(v, t.spannerMinUnits);
    else if (key == "brokerTopShare")
      read_threshold(v, t.brokerTopShare);
    else if (key == "brokerMinCrossUnit")
      read_threshold(v, t.brokerMinCrossUnit);
    else if (key == "peripheralMaxTies")
      read_threshold(v, t.peripheralMaxTies);
  }
  return t;
}

int top_count(double share, std::size_t n) {
  if (!(share > 0) || n == 0) return 0;
  const double k = std::ceil(share * static_cast<double>(n) - 1e-9);
  return static_cast<int>(std::min<double>(k, static_cast<double>(n)));
}

std::vector<bool> in_top_share(const std::vector<double>& values, double share) {
  std::vector<bool> out(values.size(), false);
  const int k = top_count(share, values.size());
  if (k == 0) return out;
  std::vector<double> sorted = values;
  std::nth_element(sorted.begin(), sorted.begin() + (k - 1), sorted.end(), std::greater<double>());
  const double cut = sorted[k - 1];  // the k-th largest: fewer than k are above it
  for (std::size_t v = 0; v < values.size(); ++v) out[v] = values[v] >= cut - kEqual;
  return out;
}

std::vector<std::vector<std::string>> assign_roles(const RoleInput& in, const RoleThresholds& t) {
  const Graph& g = in.g;
  const Vertex n = g.n;
  std::vector<double> degree(n);
  for (Vertex v = 0; v < n; ++v) degree[v] = g.degree(v);
  const std::vector<bool> connectorTop = in_top_share(degree, t.connectorTopShare);
  const std::vector<bool> brokerTop = in_top_share(in.betweenness, t.brokerTopShare);

  std::vector<std::vector<std::string>> roles(n);
  std::unordered_set<int> otherUnits;
  for (Vertex v = 0; v < n; ++v) {
    const int ties = g.degree(v);
    auto& out = roles[v];
    // No contacts, no role but "peripheral": whatever the thresholds say (a minimum of 0 contacts included).
    if (ties > 0) {
      if (connectorTop[v] && ties >= std::max(1, t.connectorMinTies)) out.emplace_back(kRoleIds[0]);
      // Boundary spanner: only a person with a unit has boundaries to span. A contact without a unit is an external
      // tie (outside one's unit) but names no unit.
      const int own = in.unitOf[v];
      if (own >= 0) {
        otherUnits.clear();
        int internal = 0, external = 0;
        for (auto e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
          const int u = in.unitOf[g.targets[e]];
          if (u == own) {
            ++internal;
          } else {
            ++external;
            if (u >= 0) otherUnits.insert(u);
          }
        }
        if (static_cast<int>(otherUnits.size()) >= std::max(1, t.spannerMinUnits) && external > internal)
          out.emplace_back(kRoleIds[1]);
      }
      if (in.betweenness[v] > kEqual && brokerTop[v] &&
          cross_unit(in.brokerage[v]) >= std::max(1, t.brokerMinCrossUnit))
        out.emplace_back(kRoleIds[2]);
    }
    if (in.survey[v] == 2 && ties <= t.peripheralMaxTies) out.emplace_back(kRoleIds[3]);
  }
  return roles;
}

Overload collaborative_overload(const std::vector<int>& inDegree) {
  Overload o;
  o.people = top_count(kOverloadTopShare, inDegree.size());
  long long arcs = 0;
  for (int d : inDegree) arcs += d;
  if (arcs == 0 || o.people == 0) return o;
  std::vector<int> sorted = inDegree;
  std::partial_sort(sorted.begin(), sorted.begin() + o.people, sorted.end(), std::greater<int>());
  long long top = 0;
  for (int i = 0; i < o.people; ++i) top += sorted[i];
  o.share = static_cast<double>(top) / static_cast<double>(arcs);
  return o;
}

std::vector<Vertex> overload_people(const std::vector<int>& inDegree) {
  std::vector<double> values(inDegree.begin(), inDegree.end());
  const std::vector<bool> top = in_top_share(values, kOverloadTopShare);
  std::vector<Vertex> out;
  for (std::size_t v = 0; v < inDegree.size(); ++v)
    if (top[v] && inDegree[v] > 0) out.push_back(static_cast<Vertex>(v));
  return out;
}

}  // namespace bosam::sna
