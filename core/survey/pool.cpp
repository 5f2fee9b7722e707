#include "survey/pool.hpp"

#include <algorithm>
#include <deque>

#include "model/project.hpp"
#include "text/catalogue.hpp"

namespace bosam::survey {
namespace {

const json& list_of(const json& doc, const char* key) {
  static const json empty = json::array();
  auto it = doc.find(key);
  return it != doc.end() && it->is_array() ? *it : empty;
}

bool is_external(const json& unit) { return unit.value("external", json(false)) == json(true); }

// The project's målform, the language of the pools' names (the copy speaks it); bokmål without one.
Lang project_lang(const json& doc, Lang fallback) {
  auto st = doc.find("settings");
  if (st == doc.end() || !st->is_object()) return fallback;
  auto lang = parse_lang(text_of(*st, "language"));
  return lang ? *lang : fallback;
}

// A unit of the project with its size and place in the file.
struct Entry {
  std::size_t index;
  int people;
  bool external;
};

struct Building {
  std::vector<std::size_t> members;  // indexes of units
  int people = 0;
  void add(const Entry& e) {
    members.push_back(e.index);
    people += e.people;
  }
};

// Smallest first; the first in the file among equals.
bool smaller(const Entry& a, const Entry& b) { return a.people != b.people ? a.people < b.people : a.index < b.index; }

// Takes kept units, smallest first, into `pool` until it has `floor` people. `kept` is sorted by `smaller`.
void widen(Building& pool, std::deque<Entry>& kept, int floor) {
  while (pool.people < floor && !kept.empty()) {
    pool.add(kept.front());
    kept.pop_front();
  }
}

std::string free_id(const std::string& base, const std::set<std::string>& taken) {
  if (!taken.count(base)) return base;
  for (int i = 2;; ++i)
    if (!taken.count(base + "-" + std::to_string(i))) return base + "-" + std::to_string(i);
}

// An assignment's fields other than unitId and note, as text: what matches a pooled assignment to its original.
std::string assignment_key(const json& a) {
  json k = a;
  if (k.is_object()) {
    k.erase("unitId");
    k.erase("note");
  }
  return k.dump();
}

}  // namespace

std::string map_evidence(const std::string& evidence, const std::map<std::string, std::string>& map) {
  const auto colon = evidence.rfind(':');
  const std::size_t start = colon == std::string::npos ? 0 : colon + 1;
  std::string out = evidence.substr(0, start);
  std::size_t from = start;
  while (true) {
    const auto plus = evidence.find('+', from);
    const std::string part = evidence.substr(from, plus == std::string::npos ? std::string::npos : plus - from);
    auto it = map.find(part);
    out += it != map.end() ? it->second : part;
    if (plus == std::string::npos) break;
    out += '+';
    from = plus + 1;
  }
  return out;
}

PoolPlan plan_pools(const json& project, Lang lang) {
  PoolPlan plan;
  plan.minGroupSize = model::min_group_size(project);
  const int m = plan.minGroupSize;
  const json& units = list_of(project, "units");
  std::map<std::string, int> count;
  for (const auto& a : list_of(project, "actors")) {
    ++count[text_of(a, "unitId")];
    ++plan.people;
  }
  // Per kind (0 internal, 1 external): the small units (in file order) and the kept ones (smallest first).
  Building pool[2];
  std::deque<Entry> kept[2];
  std::set<std::string> taken;
  for (std::size_t i = 0; i < units.size(); ++i) {
    const std::string id = text_of(units[i], "id");
    taken.insert(id);
    const Entry e{i, count.count(id) ? count[id] : 0, is_external(units[i])};
    if (e.people == 0) continue;  // names nobody
    if (e.people < m)
      pool[e.external].add(e);
    else
      kept[e.external].push_back(e);
  }
  for (auto& k : kept) std::sort(k.begin(), k.end(), smaller);
  for (int kind : {0, 1})
    if (!pool[kind].members.empty()) widen(pool[kind], kept[kind], m);
  // A kind that is wholly pooled and still under the floor joins the other kind, and the union widens.
  const bool under =
      (!pool[0].members.empty() && pool[0].people < m) || (!pool[1].members.empty() && pool[1].people < m);
  std::vector<std::pair<std::string, Building>> made;  // kind, members
  if (under) {
    Building mixed = pool[0];
    for (std::size_t i : pool[1].members) mixed.add({i, count[text_of(units[i], "id")], true});
    std::deque<Entry> rest(kept[0].begin(), kept[0].end());
    rest.insert(rest.end(), kept[1].begin(), kept[1].end());
    std::sort(rest.begin(), rest.end(), smaller);
    widen(mixed, rest, m);
    // Named for what it holds: a project with one kind only gets that kind's name.
    const auto ext =
        std::count_if(mixed.members.begin(), mixed.members.end(), [&](std::size_t i) { return is_external(units[i]); });
    const std::size_t n = mixed.members.size();
    made.push_back({ext == 0 ? "internal" : static_cast<std::size_t>(ext) == n ? "external" : "mixed", mixed});
  } else {
    if (!pool[0].members.empty()) made.push_back({"internal", pool[0]});
    if (!pool[1].members.empty()) made.push_back({"external", pool[1]});
  }
  const Lang names = project_lang(project, lang);
  for (auto& [kind, b] : made) {
    std::sort(b.members.begin(), b.members.end());
    Pool p;
    p.kind = kind;
    p.id = free_id("u-pool-" + kind, taken);
    taken.insert(p.id);
    p.name = text::tr(names, "pool." + kind);
    p.people = b.people;
    for (std::size_t i : b.members) {
      const json& u = units[i];
      const std::string id = text_of(u, "id");
      p.units.push_back({id, text_of(u, "name"), is_external(u), count[id]});
      plan.poolOf[id] = p.id;
    }
    if (p.people < m) plan.belowFloor = true;
    plan.pools.push_back(std::move(p));
  }
  return plan;
}

void apply_pools(json& doc, const PoolPlan& plan) {
  if (plan.pools.empty()) return;
  std::map<std::string, const Pool*> byId;
  for (const auto& p : plan.pools) byId[p.id] = &p;
  json units = json::array();
  std::set<std::string> placed;
  for (auto& u : doc["units"]) {
    auto it = plan.poolOf.find(text_of(u, "id"));
    if (it == plan.poolOf.end()) {
      units.push_back(std::move(u));
      continue;
    }
    if (!placed.insert(it->second).second) continue;
    const Pool& p = *byId[it->second];
    json pool = {{"id", p.id}, {"name", p.name}};
    if (p.kind == "external") pool["external"] = true;
    units.push_back(std::move(pool));
  }
  doc["units"] = std::move(units);
  auto follow = [&](json& v) {
    auto it = v.is_string() ? plan.poolOf.find(v.get<std::string>()) : plan.poolOf.end();
    if (it != plan.poolOf.end()) v = it->second;
  };
  for (const char* listName : {"actors", "assignments"})
    if (doc.contains(listName) && doc[listName].is_array())
      for (auto& x : doc[listName])
        if (x.is_object() && x.contains("unitId")) follow(x["unitId"]);
  if (doc.contains("assessments") && doc["assessments"].is_array())
    for (auto& a : doc["assessments"])
      if (a.is_object() && a.contains("evidence") && a["evidence"].is_array())
        for (auto& e : a["evidence"])
          if (e.is_string()) e = map_evidence(e.get<std::string>(), plan.poolOf);
}

void unpool(json& doc, const json& original, const std::set<std::string>& pools) {
  if (pools.empty() || !doc.contains("units") || !doc["units"].is_array()) return;
  std::map<std::string, const json*> originalUnit, originalActor;
  for (const auto& u : list_of(original, "units")) originalUnit[text_of(u, "id")] = &u;
  for (const auto& a : list_of(original, "actors")) originalActor[text_of(a, "id")] = &a;
  std::set<std::string> inCopy;
  for (const auto& u : doc["units"]) inCopy.insert(text_of(u, "id"));

  // People in a pool go home; what they tell about which unit went into which pool serves the evidence below.
  std::map<std::string, std::string> poolOf;  // original unit -> pool
  std::set<std::string> needed;
  if (doc.contains("actors") && doc["actors"].is_array())
    for (auto& a : doc["actors"]) {
      const std::string unit = text_of(a, "unitId");
      auto home = originalActor.find(text_of(a, "id"));
      if (!pools.count(unit) || home == originalActor.end()) continue;
      const std::string was = text_of(*home->second, "unitId");
      poolOf[was] = unit;
      a["unitId"] = was;
      needed.insert(was);
    }
  // Assignments in a pool: matched one to one, in order, with the original's assignments of pooled units.
  std::map<std::string, std::deque<std::string>> waiting;
  for (const auto& a : list_of(original, "assignments")) {
    const std::string unit = text_of(a, "unitId");
    if (!inCopy.count(unit)) waiting[assignment_key(a)].push_back(unit);
  }
  if (doc.contains("assignments") && doc["assignments"].is_array())
    for (auto& a : doc["assignments"]) {
      if (!a.is_object() || !pools.count(text_of(a, "unitId"))) continue;
      auto& queue = waiting[assignment_key(a)];
      std::string home;
      if (!queue.empty()) {
        home = queue.front();
        queue.pop_front();
      } else if (auto who = originalActor.find(text_of(a, "actorId")); who != originalActor.end()) {
        home = text_of(*who->second, "unitId");
      }
      if (home.empty() || !originalUnit.count(home)) continue;
      if (!poolOf.count(home)) poolOf[home] = text_of(a, "unitId");
      a["unitId"] = home;
      needed.insert(home);
    }
  // Evidence that is exactly the pooled form of the original's becomes the original's again.
  std::map<std::string, const json*> originalAssessment;
  for (const auto& s : list_of(original, "assessments")) originalAssessment[text_of(s, "id")] = &s;
  if (doc.contains("assessments") && doc["assessments"].is_array())
    for (auto& s : doc["assessments"]) {
      auto was = s.is_object() ? originalAssessment.find(text_of(s, "id")) : originalAssessment.end();
      if (was == originalAssessment.end() || !was->second->contains("evidence") || !s.contains("evidence")) continue;
      const json& before = (*was->second)["evidence"];
      if (!before.is_array()) continue;
      json pooled = json::array();
      for (const auto& e : before) pooled.push_back(e.is_string() ? json(map_evidence(e, poolOf)) : e);
      if (pooled == s["evidence"]) s["evidence"] = before;
    }

  // The units: the original's in its order (the copy's version where the copy has it, the original's where a
  // person or assignment needs it back), then the copy's other units in its order: those the recipient added,
  // and a pool that something still refers to.
  std::set<std::string> used;
  for (const char* listName : {"actors", "assignments"})
    for (const auto& x : list_of(doc, listName)) used.insert(text_of(x, "unitId"));
  std::map<std::string, json> fromCopy;
  json units = json::array(), added = json::array();
  for (auto& u : doc["units"]) {
    const std::string id = text_of(u, "id");
    if (originalUnit.count(id))
      fromCopy[id] = std::move(u);
    else if (!pools.count(id) || used.count(id))
      added.push_back(std::move(u));
  }
  for (const auto& u : list_of(original, "units")) {
    const std::string id = text_of(u, "id");
    if (auto c = fromCopy.find(id); c != fromCopy.end())
      units.push_back(std::move(c->second));
    else if (needed.count(id))
      units.push_back(u);
  }
  for (auto& u : added) units.push_back(std::move(u));
  doc["units"] = std::move(units);
}

}  // namespace bosam::survey
