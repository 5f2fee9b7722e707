#include "reconcile/repair.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "reconcile/keys.hpp"

namespace bosam::reconcile {
namespace {

using Ids = std::unordered_set<std::string>;

Ids ids_of(const json& doc, const char* list) {
  Ids out;
  auto it = doc.find(list);
  if (it != doc.end() && it->is_array())
    for (const auto& x : *it) out.insert(text_of(x, "id"));
  return out;
}

const json* unit_in(const json& doc, const std::string& id) {
  auto it = doc.find("units");
  if (it == doc.end() || !it->is_array()) return nullptr;
  for (const auto& u : *it)
    if (text_of(u, "id") == id) return &u;
  return nullptr;
}

const json& list_in(const json& doc, const char* list) {
  static const json empty = json::array();
  auto it = doc.find(list);
  return it != doc.end() && it->is_array() ? *it : empty;
}

// Keeps the items of doc[list] for which `why` is empty; the others are listed as removed because of why().
template <typename Why>
void keep_only(json& doc, const char* list, const char* kind, std::vector<Removed>& removed, Why&& why) {
  if (!doc.contains(list) || !doc[list].is_array()) return;
  json kept = json::array();
  for (auto& item : doc[list]) {
    const std::pair<std::string, std::string> cause = why(item);
    if (cause.first.empty()) {
      kept.push_back(std::move(item));
      continue;
    }
    removed.push_back({kind, list, "", key_json(list, item), false, cause.first, cause.second});
  }
  doc[list] = std::move(kept);
}

// People in units that are not in the merged document: a conflict about each such unit, settled or open.
void units_in_use(json& doc, const json& base, const json& mine, const json& theirs, Merger& merger,
                  std::vector<Removed>& removed) {
  Ids units = ids_of(doc, "units");
  std::unordered_map<std::string, std::size_t> byId;
  for (std::size_t i = 0; i < merger.conflicts.size(); ++i) byId.emplace(merger.conflicts[i].id, i);
  // A unit kept by a whole-unit conflict that is still open: name the people who would go with it.
  for (auto& c : merger.conflicts)
    if (c.kind == "unit" && c.field.empty() && (c.mine.is_null() || c.theirs.is_null()))
      for (const auto& a : list_in(doc, "actors"))
        if (a.value("unitId", json()) == c.item) c.people.push_back(text_of(a, "id"));
  std::vector<std::string> missing;
  std::unordered_map<std::string, std::vector<std::string>> people;
  for (const auto& a : list_in(doc, "actors")) {
    const std::string unit = text_of(a, "unitId");
    if (units.count(unit)) continue;
    if (!people.count(unit)) missing.push_back(unit);
    people[unit].push_back(text_of(a, "id"));
  }
  Ids dropped;
  for (const auto& unit : missing) {
    const std::string id = conflict_id("unit", escape(unit), "");
    auto found = byId.find(id);
    if (found == byId.end()) {
      Conflict c;
      c.id = id;
      c.kind = "unit";
      c.list = "units";
      c.key = escape(unit);
      c.item = unit;
      const json *b = unit_in(base, unit), *m = unit_in(mine, unit), *t = unit_in(theirs, unit);
      c.base = b ? *b : json();
      c.mine = m ? *m : json();
      c.theirs = t ? *t : json();
      c.chosen = merger.choices().decide(id);
      merger.conflicts.push_back(std::move(c));
      found = byId.emplace(id, merger.conflicts.size() - 1).first;
    }
    Conflict& c = merger.conflicts[found->second];
    for (const auto& p : people[unit])
      if (std::find(c.people.begin(), c.people.end(), p) == c.people.end()) c.people.push_back(p);
    const Side keeper = !c.mine.is_null() ? Side::mine : Side::theirs;
    if (c.chosen == keeper) {
      if (!doc.contains("units") || !doc["units"].is_array()) doc["units"] = json::array();
      doc["units"].push_back(keeper == Side::mine ? c.mine : c.theirs);
    } else if (c.chosen != Side::none) {
      for (const auto& p : people[unit]) dropped.insert(p);
    }
  }
  if (dropped.empty()) return;
  keep_only(doc, "actors", "person", removed, [&](const json& a) {
    return dropped.count(text_of(a, "id")) ? std::make_pair(std::string("unit"), text_of(a, "unitId"))
                                           : std::make_pair(std::string(), std::string());
  });
}

}  // namespace

std::vector<Removed> repair(json& doc, const json& base, const json& mine, const json& theirs, Merger& merger) {
  std::vector<Removed> removed;
  units_in_use(doc, base, mine, theirs, merger, removed);
  const Ids units = ids_of(doc, "units"), actors = ids_of(doc, "actors"), functions = ids_of(doc, "functions"),
            groups = ids_of(doc, "targetGroups"), waves = ids_of(doc, "waves");
  using Cause = std::pair<std::string, std::string>;
  auto missing = [](const json& item, const char* key, const Ids& known, const char* kind, Cause& cause) {
    if (!cause.first.empty()) return;
    auto it = item.find(key);
    if (it != item.end() && it->is_string() && !known.count(it->get<std::string>()))
      cause = {kind, it->get<std::string>()};
  };
  keep_only(doc, "assignments", "assignment", removed, [&](const json& a) {
    Cause c;
    missing(a, "unitId", units, "unit", c);
    missing(a, "functionId", functions, "function", c);
    return c;
  });
  json noAssignments = json::array();
  json& assignments = doc.contains("assignments") && doc["assignments"].is_array() ? doc["assignments"] : noAssignments;
  for (auto& a : assignments) {
    Cause c;
    missing(a, "actorId", actors, "person", c);
    if (!c.first.empty()) {
      removed.push_back({"assignment", "assignments", "", key_json("assignments", a), true, c.first, c.second});
      a.erase("actorId");
    }
    auto tg = a.find("targetGroupIds");
    if (tg != a.end() && tg->is_array()) {
      json kept = json::array();
      for (const auto& g : *tg)
        if (!g.is_string() || groups.count(g.get<std::string>())) kept.push_back(g);
      *tg = std::move(kept);
    }
  }
  keep_only(doc, "ties", "tie", removed, [&](const json& t) {
    Cause c;
    missing(t, "from", actors, "person", c);
    missing(t, "to", actors, "person", c);
    missing(t, "waveId", waves, "wave", c);
    return c;
  });
  keep_only(doc, "respondents", "respondent", removed, [&](const json& r) {
    Cause c;
    missing(r, "actorId", actors, "person", c);
    missing(r, "waveId", waves, "wave", c);
    return c;
  });
  keep_only(doc, "reportedAssignments", "reportedAssignment", removed, [&](const json& r) {
    Cause c;
    missing(r, "actorId", actors, "person", c);
    missing(r, "waveId", waves, "wave", c);
    missing(r, "functionId", functions, "function", c);
    return c;
  });
  return removed;
}

}  // namespace bosam::reconcile
