#include "sna/robustness.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>

#include "sna/analysis.hpp"

namespace bosam::sna {
namespace {

using Value = std::optional<double>;
constexpr double kInf = std::numeric_limits<double>::infinity();

// Two values are the same measure up to rounding: |x - y| at most 1e-9 of the larger (or of 1).
bool same(const Value& x, const Value& y) {
  if (!x || !y) return !x && !y;
  return std::abs(*x - *y) <= 1e-9 * std::max({1.0, std::abs(*x), std::abs(*y)});
}

// How far a value moved: absolute for people (one scale per measure), relative for the network's measures
// (their scales differ); a value that appears or disappears moved furthest.
double moved(const Value& x, const Value& y, bool relative) {
  if (same(x, y)) return 0.0;
  if (!x || !y) return kInf;
  const double d = std::abs(*y - *x);
  if (!relative) return d;
  return *x == 0.0 ? kInf : d / std::abs(*x);
}

// 1-based ranks, tied values sharing the average of the ranks they span. O(k log k).
std::vector<double> average_ranks(const std::vector<double>& x) {
  std::vector<std::size_t> order(x.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
  std::vector<double> rank(x.size());
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i;
    while (j + 1 < order.size() && x[order[j + 1]] == x[order[i]]) ++j;
    const double r = (static_cast<double>(i) + static_cast<double>(j)) / 2.0 + 1.0;
    for (std::size_t k = i; k <= j; ++k) rank[order[k]] = r;
    i = j + 1;
  }
  return rank;
}

struct NetworkMeasure {
  const char* key;
  std::function<Value(const NetworkMeasures&)> get;
};

struct PersonMeasure {
  const char* key;
  std::function<Value(const NodeMeasures&)> get;
};

// The measures compared, in the document's order. Counts of the survey (asked, answered) and of the raw reports
// are the same on both sides and left out.
const std::vector<NetworkMeasure>& network_measures() {
  static const std::vector<NetworkMeasure> list = {
      {"ties", [](const NetworkMeasures& m) -> Value { return m.ties; }},
      {"edges", [](const NetworkMeasures& m) -> Value { return m.edges; }},
      {"density", [](const NetworkMeasures& m) { return m.density; }},
      {"reciprocity", [](const NetworkMeasures& m) { return m.reciprocity; }},
      {"transitivity", [](const NetworkMeasures& m) -> Value { return m.transitivity; }},
      {"averageClustering", [](const NetworkMeasures& m) { return m.averageClustering; }},
      {"components", [](const NetworkMeasures& m) -> Value { return m.components; }},
      {"largestComponent", [](const NetworkMeasures& m) -> Value { return m.largestComponent; }},
      {"diameter", [](const NetworkMeasures& m) { return m.diameter; }},
      {"averagePathLength", [](const NetworkMeasures& m) { return m.averagePathLength; }},
      {"degreeCentralization", [](const NetworkMeasures& m) { return m.degreeCentralization; }},
      {"betweennessCentralization", [](const NetworkMeasures& m) { return m.betweennessCentralization; }},
      {"eiIndex", [](const NetworkMeasures& m) { return m.eiIndex; }},
      {"overload", [](const NetworkMeasures& m) { return m.overload; }}};
  return list;
}

const std::vector<PersonMeasure>& person_measures() {
  static const std::vector<PersonMeasure> list = {
      {"inDegree", [](const NodeMeasures& m) -> Value { return m.inDegree; }},
      {"outDegree", [](const NodeMeasures& m) -> Value { return m.outDegree; }},
      {"degree", [](const NodeMeasures& m) -> Value { return m.degree; }},
      {"strength", [](const NodeMeasures& m) -> Value { return m.strength; }},
      {"betweenness", [](const NodeMeasures& m) -> Value { return m.betweenness; }},
      {"closeness", [](const NodeMeasures& m) -> Value { return m.closeness; }},
      {"harmonic", [](const NodeMeasures& m) -> Value { return m.harmonic; }},
      {"eigenvector", [](const NodeMeasures& m) { return m.eigenvector; }},
      {"pagerank", [](const NodeMeasures& m) { return m.pagerank; }},
      {"clustering", [](const NodeMeasures& m) -> Value { return m.clustering; }},
      {"coreNumber", [](const NodeMeasures& m) -> Value { return m.coreNumber; }},
      {"constraint", [](const NodeMeasures& m) { return m.constraint; }},
      {"effectiveSize", [](const NodeMeasures& m) { return m.effectiveSize; }},
      {"brokerage", [](const NodeMeasures& m) -> Value { return m.brokerage.total(); }}};
  return list;
}

PeopleShift person_shift(const PersonMeasure& measure, const Analysis& a, const Analysis& b) {
  PeopleShift out;
  out.measure = measure.key;
  std::vector<double> x, y;
  std::vector<std::pair<double, std::size_t>> moves;  // (how far, vertex) of the people who changed
  for (std::size_t v = 0; v < a.nodes.size(); ++v) {
    const Value before = measure.get(a.nodes[v]), after = measure.get(b.nodes[v]);
    if (before && after) {
      x.push_back(*before);
      y.push_back(*after);
    }
    const double d = moved(before, after, false);
    if (d > 0.0) moves.emplace_back(d, v);
  }
  out.rankCorrelation = spearman(x, y);
  out.changed = static_cast<int>(moves.size());
  const std::size_t top = std::min<std::size_t>(5, moves.size());
  std::partial_sort(
      moves.begin(), moves.begin() + static_cast<std::ptrdiff_t>(top), moves.end(),
      [](const auto& p, const auto& q) { return p.first != q.first ? p.first > q.first : p.second < q.second; });
  for (std::size_t i = 0; i < top; ++i) {
    const std::size_t v = moves[i].second;
    out.largest.push_back({a.net.actorIds[v], measure.get(a.nodes[v]), measure.get(b.nodes[v])});
  }
  return out;
}

}  // namespace

std::optional<double> spearman(const std::vector<double>& x, const std::vector<double>& y) {
  const std::size_t k = x.size();
  if (k < 2 || y.size() != k) return std::nullopt;
  const std::vector<double> rx = average_ranks(x), ry = average_ranks(y);
  const double mean = (static_cast<double>(k) + 1.0) / 2.0;  // the mean of any 1..k ranking, ties averaged or not
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t i = 0; i < k; ++i) {
    sxy += (rx[i] - mean) * (ry[i] - mean);
    sxx += (rx[i] - mean) * (rx[i] - mean);
    syy += (ry[i] - mean) * (ry[i] - mean);
  }
  if (sxx <= 0.0 || syy <= 0.0) return std::nullopt;
  return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);  // rounding must not leave [-1, 1]
}

Robustness compare_reconstructed(const Analysis& observed, const Analysis& reconstructed) {
  Robustness r;
  r.nonRespondents = observed.net.asked - observed.net.responded;
  r.reconstructedTies = reconstructed.net.reconstructedTies;

  std::vector<std::pair<double, NetworkShift>> network;
  for (const auto& m : network_measures()) {
    NetworkShift s{m.key, m.get(observed.network), m.get(reconstructed.network)};
    network.emplace_back(moved(s.observed, s.reconstructed, true), std::move(s));
  }
  std::stable_sort(network.begin(), network.end(), [](const auto& p, const auto& q) { return p.first > q.first; });
  for (auto& [d, s] : network) r.network.push_back(std::move(s));

  for (const auto& m : person_measures()) r.people.push_back(person_shift(m, observed, reconstructed));
  // Most changed first: measures where no one changed last; then the lowest rank correlation (none after any),
  // then the most people changed; the document's order among equals.
  auto key = [](const PeopleShift& p) {
    return std::make_tuple(p.changed == 0, p.rankCorrelation.value_or(kInf), -p.changed);
  };
  std::stable_sort(r.people.begin(), r.people.end(),
                   [&](const PeopleShift& p, const PeopleShift& q) { return key(p) < key(q); });
  return r;
}

}  // namespace bosam::sna
