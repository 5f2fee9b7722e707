#include "checks/locations.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <unordered_map>

namespace bosam::checks {
namespace {

// Leading and trailing white space, the Unicode spaces a spreadsheet pastes included: NBSP (U+00A0), figure
// space (U+2007) and narrow NBSP (U+202F) as well as ASCII space, tab and line breaks. O(length).
std::size_t space_at(const std::string& s, std::size_t i, bool backwards) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  if (!backwards) {
    if (std::string(" \t\r\n\f\v").find(s[i]) != std::string::npos) return 1;
    if (byte(i) == 0xC2 && i + 1 < s.size() && byte(i + 1) == 0xA0) return 2;
    if (byte(i) == 0xE2 && i + 2 < s.size() && byte(i + 1) == 0x80 && (byte(i + 2) == 0x87 || byte(i + 2) == 0xAF))
      return 3;
    return 0;
  }
  if (std::string(" \t\r\n\f\v").find(s[i]) != std::string::npos) return 1;
  if (i >= 1 && byte(i - 1) == 0xC2 && byte(i) == 0xA0) return 2;
  if (i >= 2 && byte(i - 2) == 0xE2 && byte(i - 1) == 0x80 && (byte(i) == 0x87 || byte(i) == 0xAF)) return 3;
  return 0;
}

std::string trimmed(const std::string& s) {
  std::size_t first = 0, end = s.size();
  while (first < end) {
    const std::size_t n = space_at(s, first, false);
    if (!n) break;
    first += n;
  }
  while (end > first) {
    const std::size_t n = space_at(s, end - 1, true);
    if (!n) break;
    end -= n;
  }
  return s.substr(first, end - first);
}

// The small letter of a capital in Latin Extended-A (U+0100..U+017F), which holds the Sámi letters Č Đ Ŋ Š Ŧ Ž:
// pairs are (even capital, odd small) except in U+0139..U+0148 and U+0179..U+017E (odd capital, even small);
// İ (U+0130) has no small letter in this block and ĸ, ŉ, ſ none at all. 0 when `cp` is not a capital.
unsigned small_of_extended_a(unsigned cp) {
  if (cp < 0x100 || cp > 0x17F || cp == 0x130 || cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F) return 0;
  if (cp == 0x178) return 0xFF;  // Ÿ -> ÿ
  const bool oddCapitals = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
  return (cp % 2 == 1) == oddCapitals ? cp + 1 : 0;
}

std::optional<std::string> known(const std::string& s) {
  std::string t = trimmed(s);
  return t.empty() ? std::nullopt : std::optional<std::string>(std::move(t));
}

template <typename T>
std::unordered_map<std::string, std::size_t> index_of(const std::vector<T>& list) {
  std::unordered_map<std::string, std::size_t> idx;
  for (std::size_t i = 0; i < list.size(); ++i) idx.emplace(list[i].id, i);
  return idx;
}

std::vector<std::string> common(const std::vector<std::size_t>& x, const std::vector<std::size_t>& y,
                                const std::vector<std::string>& ids) {
  std::vector<std::size_t> both;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(both));
  std::vector<std::string> out;
  for (auto i : both) out.push_back(ids[i]);
  return out;
}

struct Contact {
  int edges = 0, strongest = 0;
};

}  // namespace

std::string location_key(const std::string& location) {
  std::string k = trimmed(location);
  for (std::size_t i = 0; i < k.size(); ++i) {
    auto c = static_cast<unsigned char>(k[i]);
    if (c >= 'A' && c <= 'Z') {
      k[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < k.size()) {
      // UTF-8 of Latin-1 capitals À..Þ (C3 80..C3 9E, except × at C3 97): the small letter is 0x20 higher.
      auto d = static_cast<unsigned char>(k[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) k[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    } else if ((c == 0xC4 || c == 0xC5) && i + 1 < k.size()) {
      // Latin Extended-A: two bytes 110xxxxx 10xxxxxx; the small letter of a capital is in the same block.
      const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(k[i + 1]) & 0x3Fu);
      if (const unsigned small = small_of_extended_a(cp)) {
        const std::string bytes =
            small < 0x100
                ? std::string{static_cast<char>(0xC3), static_cast<char>(0x80 | (small & 0x3F))}
                : std::string{static_cast<char>(0xC0 | (small >> 6)), static_cast<char>(0x80 | (small & 0x3F))};
        k.replace(i, 2, bytes);
      }
      ++i;
    }
  }
  return k;
}

Locations compute_locations(const model::Project& p, const sna::Network* net) {
  Locations out;
  const auto unitIdx = index_of(p.units), fnIdx = index_of(p.functions), tgIdx = index_of(p.targetGroups);

  // Places: one per location key, in order of first appearance; the unknown place last.
  std::map<std::string, std::size_t> placeOf;
  Place unknown;
  auto place = [&](const std::optional<std::string>& loc) -> Place& {
    if (!loc) return unknown;
    auto [it, added] = placeOf.emplace(location_key(*loc), out.places.size());
    if (added) out.places.push_back({loc, {}, {}});
    return out.places[it->second];
  };
  for (const auto& u : p.units) place(known(u.location)).units.push_back(u.id);
  for (const auto& a : p.actors) {
    std::optional<std::string> loc = known(a.location);
    if (!loc) {
      auto u = unitIdx.find(a.unitId);
      if (u != unitIdx.end()) loc = known(p.units[u->second].location);
    }
    place(loc).actors.push_back(a.id);
  }
  if (!unknown.units.empty() || !unknown.actors.empty()) out.places.push_back(std::move(unknown));

  // What each internal unit works on (function and named target group indices, sorted).
  // The held* lists keep only assignments that hold the function (not those that only contribute).
  const std::size_t U = p.units.size();
  std::vector<std::vector<std::size_t>> fns(U), groups(U), heldFns(U), heldGroups(U);
  for (const auto& a : p.assignments) {
    auto u = unitIdx.find(a.unitId);
    if (u == unitIdx.end() || p.units[u->second].external) continue;
    const bool holds = a.role != model::Role::contributes;
    auto f = fnIdx.find(a.functionId);
    if (f != fnIdx.end()) {
      fns[u->second].push_back(f->second);
      if (holds) heldFns[u->second].push_back(f->second);
    }
    for (const auto& g : a.targetGroupIds) {
      auto t = tgIdx.find(g);
      if (t == tgIdx.end()) continue;
      groups[u->second].push_back(t->second);
      if (holds) heldGroups[u->second].push_back(t->second);
    }
  }
  for (auto* lists : {&fns, &groups, &heldFns, &heldGroups})
    for (auto& v : *lists) {
      std::sort(v.begin(), v.end());
      v.erase(std::unique(v.begin(), v.end()), v.end());
    }
  std::vector<std::string> fnIds, tgIds;
  for (const auto& f : p.functions) fnIds.push_back(f.id);
  for (const auto& t : p.targetGroups) tgIds.push_back(t.id);

  // Contact between units in G, keyed by project unit indices (smaller first). O(m log m).
  std::map<std::pair<std::size_t, std::size_t>, Contact> contact;
  if (net) {
    const auto& g = net->undirected;
    std::vector<long> projectUnit(net->unitIds.size(), -1);  // network unit index -> project unit index
    for (std::size_t i = 0; i < net->unitIds.size(); ++i) {
      auto u = unitIdx.find(net->unitIds[i]);
      if (u != unitIdx.end()) projectUnit[i] = static_cast<long>(u->second);
    }
    for (sna::Vertex v = 0; v < g.n; ++v)
      for (auto e = g.offsets[v]; e < g.offsets[v + 1]; ++e) {
        const sna::Vertex w = g.targets[e];
        const int a = net->unitOf[v], b = net->unitOf[w];
        if (w < v || a < 0 || b < 0 || a == b || projectUnit[a] < 0 || projectUnit[b] < 0) continue;
        const auto x = static_cast<std::size_t>(projectUnit[a]), y = static_cast<std::size_t>(projectUnit[b]);
        Contact& k = contact[{std::min(x, y), std::max(x, y)}];  // (not std::minmax: it returns references)
        ++k.edges;
        k.strongest = std::max(k.strongest, static_cast<int>(g.weights[e]));
      }
  }

  for (std::size_t i = 0; i < p.units.size(); ++i) {
    if (p.units[i].external) continue;
    for (std::size_t j = i + 1; j < p.units.size(); ++j) {
      if (p.units[j].external) continue;
      UnitPair pair;
      pair.sharedFunctions = common(fns[i], fns[j], fnIds);
      pair.sharedTargetGroups = common(groups[i], groups[j], tgIds);
      if (pair.sharedFunctions.empty() && pair.sharedTargetGroups.empty()) continue;
      pair.bothHoldFunctions = common(heldFns[i], heldFns[j], fnIds);
      pair.bothHoldTargetGroups = common(heldGroups[i], heldGroups[j], tgIds);
      pair.a = p.units[i].id;
      pair.b = p.units[j].id;
      pair.locationA = known(p.units[i].location);
      pair.locationB = known(p.units[j].location);
      if (pair.locationA && pair.locationB)
        pair.sameLocation = location_key(*pair.locationA) == location_key(*pair.locationB);
      auto k = contact.find({i, j});
      if (k != contact.end()) {
        pair.ties = k->second.edges;
        pair.maxFrequency = k->second.strongest;
      }
      out.pairs.push_back(std::move(pair));
    }
  }
  return out;
}

json locations_json(const Locations& l) {
  auto opt = [](const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); };
  json places = json::array(), pairs = json::array();
  for (const auto& pl : l.places)
    places.push_back({{"location", opt(pl.location)}, {"units", pl.units}, {"actors", pl.actors}});
  for (const auto& pr : l.pairs)
    pairs.push_back({{"a", pr.a},
                     {"b", pr.b},
                     {"sharedFunctions", pr.sharedFunctions},
                     {"sharedTargetGroups", pr.sharedTargetGroups},
                     {"sameLocation", pr.sameLocation ? json(*pr.sameLocation) : json(nullptr)},
                     {"ties", pr.ties},
                     {"maxFrequency", pr.maxFrequency},
                     {"weeklyOrMore", pr.maxFrequency >= 3},
                     {"locationA", opt(pr.locationA)},
                     {"locationB", opt(pr.locationB)},
                     {"bothHoldFunctions", pr.bothHoldFunctions},
                     {"bothHoldTargetGroups", pr.bothHoldTargetGroups}});
  return {{"places", std::move(places)}, {"pairs", std::move(pairs)}};
}

}  // namespace bosam::checks
