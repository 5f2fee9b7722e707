#include "survey/pseudonymize.hpp"

#include <map>
#include <set>

#include "schema/messages.hpp"
#include "survey/sha256.hpp"

namespace bosam::survey {
namespace {

constexpr const char* kScheme = "hmac-sha256-10";

std::string key_check(const std::string& key) {
  const auto h = hmac_sha256(key, "bosam-key-check");
  return to_hex(h.data(), 4);
}

// The free-text fields that pseudonymising removes, per list; and those it keeps everywhere.
void strip_notes(json& list) {
  if (!list.is_array()) return;
  for (auto& item : list)
    if (item.is_object()) item.erase("note");
}

// Applies `map` to every actor reference in the document (ids in lists and in evidence such as
// "finding:isolate:a-04").
void map_references(json& doc, const std::map<std::string, std::string>& map) {
  auto swap = [&](json& v) {
    if (!v.is_string()) return;
    auto it = map.find(v.get<std::string>());
    if (it != map.end()) v = it->second;
  };
  auto each = [&](const char* list, std::initializer_list<const char*> keys) {
    if (!doc.contains(list) || !doc[list].is_array()) return;
    for (auto& item : doc[list])
      for (const char* k : keys)
        if (item.is_object() && item.contains(k)) swap(item[k]);
  };
  each("actors", {"id"});
  each("assignments", {"actorId"});
  each("respondents", {"actorId"});
  each("ties", {"from", "to"});
  each("reportedAssignments", {"actorId"});
  if (doc.contains("assessments") && doc["assessments"].is_array())
    for (auto& a : doc["assessments"])
      if (a.is_object() && a.contains("evidence") && a["evidence"].is_array())
        for (auto& e : a["evidence"])
          if (e.is_string()) e = map_evidence(e.get<std::string>(), map);
}

// Job titles and locations: dropped from the copy unless kept on purpose (they can point at one person).
void drop_identifying(json& doc, const ShareOptions& options, ShareReport& report) {
  auto drop = [](json& item, const char* field) {
    if (!item.is_object() || !item.contains(field)) return 0;
    const bool counted = item[field].is_string() && !item[field].get<std::string>().empty();
    item.erase(field);
    return counted ? 1 : 0;
  };
  json none = json::array();
  for (auto& a : doc.contains("actors") ? doc["actors"] : none) {
    if (!options.keepRoles) report.rolesDropped += drop(a, "role");
    if (!options.keepLocations) report.locationsDropped += drop(a, "location");
  }
  if (!options.keepLocations)
    for (auto& u : doc.contains("units") ? doc["units"] : none) report.locationsDropped += drop(u, "location");
}

// Puts the keys of every object in `x` in the order they have in `model` (keys `model` lacks go last), into
// arrays element by element: restored fields land where they were, so the round trip is exact, order included.
void reorder_like(json& x, const json& model) {
  if (x.is_object() && model.is_object()) {
    json ordered = json::object();
    for (auto it = model.begin(); it != model.end(); ++it)
      if (x.contains(it.key())) {
        json v = std::move(x[it.key()]);
        reorder_like(v, it.value());
        ordered[it.key()] = std::move(v);
      }
    for (auto it = x.begin(); it != x.end(); ++it)
      if (!ordered.contains(it.key())) ordered[it.key()] = std::move(it.value());
    x = std::move(ordered);
  } else if (x.is_array() && model.is_array()) {
    for (std::size_t i = 0; i < x.size() && i < model.size(); ++i) reorder_like(x[i], model[i]);
  }
}

}  // namespace

std::string pseudonym(const std::string& key, const std::string& actorId) {
  const auto h = hmac_sha256(key, "actor:" + actorId);
  return "P-" + to_hex(h.data(), 5);
}

json pseudonymize(const json& project, const std::string& key, const ShareOptions& options, ShareReport* report,
                  Lang lang) {
  json doc = project;
  ShareReport made;
  made.plan = plan_pools(project, lang);
  // Locations are counted before pooling (a pooled unit's location goes with it), then the units are pooled.
  drop_identifying(doc, options, made);
  apply_pools(doc, made.plan);
  std::map<std::string, std::string> codes;
  json none = json::array();  // "actors" is optional, and doc["actors"] would add a null list
  for (auto& a : doc.contains("actors") ? doc["actors"] : none) {
    const std::string code = pseudonym(key, a["id"].get<std::string>());
    codes[a["id"].get<std::string>()] = code;
    a["name"] = code;
  }
  map_references(doc, codes);
  for (const char* list : {"units", "actors", "assignments", "ties", "waves", "targetGroups", "functions"})
    if (doc.contains(list)) strip_notes(doc[list]);
  if (doc.contains("units"))
    for (auto& u : doc["units"]) u.erase("relation");  // contact people and free text about the partnership
  if (doc.contains("assessments"))
    for (auto& a : doc["assessments"])
      for (const char* k : {"text", "owner", "note"}) a.erase(k);
  if (doc.contains("phases") && doc["phases"].is_object())
    for (auto& [number, phase] : doc["phases"].items()) {
      phase.erase("note");
      if (phase.contains("items") && phase["items"].is_object())
        for (auto& [id, item] : phase["items"].items()) item.erase("note");
    }
  doc.erase("pseudonymKey");
  json pools = json::array(), dropped = json::array();
  for (const auto& p : made.plan.pools) pools.push_back(p.id);
  if (!options.keepRoles) dropped.push_back("roles");
  if (!options.keepLocations) dropped.push_back("locations");
  doc["pseudonymized"] = {{"scheme", kScheme}, {"keyCheck", key_check(key)}, {"pools", pools}, {"dropped", dropped}};
  if (report) *report = std::move(made);
  return doc;
}

std::optional<json> reidentify(const json& original, const json& shared, Lang lang, Issues& out) {
  const std::string key = text_of(original, "pseudonymKey");
  const bool pseudo = shared.contains("pseudonymized") && shared["pseudonymized"].is_object();
  if (key.empty() || !pseudo || text_of(shared["pseudonymized"], "keyCheck") != key_check(key) ||
      shared.value("id", std::string()) != original.value("id", std::string())) {
    add_issue(out, lang, Severity::error, "$.pseudonymized", "wrong-key");
    return std::nullopt;
  }
  std::map<std::string, std::string> back;
  std::map<std::string, const json*> actorById;
  const json none = json::array();  // "actors" is optional: const operator[] on a missing key is undefined behaviour
  for (const auto& a : original.contains("actors") ? original["actors"] : none) {
    back[pseudonym(key, a["id"].get<std::string>())] = a["id"].get<std::string>();
    actorById[a["id"].get<std::string>()] = &a;
  }
  // What the copy pooled and dropped (a copy from before the floor names neither).
  const json& marker = shared["pseudonymized"];
  std::set<std::string> pools, dropped;
  for (const char* field : {"pools", "dropped"})
    if (marker.contains(field) && marker[field].is_array())
      for (const auto& v : marker[field])
        if (v.is_string()) (field[0] == 'p' ? pools : dropped).insert(v.get<std::string>());
  json doc = shared;
  map_references(doc, back);
  unpool(doc, original, pools);
  // Restore what pseudonymising removed, item by item, from the original where the item is still there. A job
  // title or location the copy dropped comes back; one the copy kept is the recipient's to change.
  auto restore_dropped = [&](json& item, const json& was, const char* field, const char* what) {
    if (dropped.count(what) && !item.contains(field) && was.contains(field)) item[field] = was[field];
  };
  json noActors = json::array();
  for (auto& a : doc.contains("actors") ? doc["actors"] : noActors) {
    auto it = actorById.find(a["id"].get<std::string>());
    if (it == actorById.end()) continue;
    a["name"] = (*it->second)["name"];
    if (it->second->contains("note")) a["note"] = (*it->second)["note"];
    restore_dropped(a, *it->second, "role", "roles");
    restore_dropped(a, *it->second, "location", "locations");
  }
  if (doc.contains("units") && original.contains("units")) {
    std::map<std::string, const json*> unitById;
    for (const auto& u : original["units"]) unitById[text_of(u, "id")] = &u;
    for (auto& u : doc["units"])
      if (auto it = unitById.find(text_of(u, "id")); it != unitById.end())
        restore_dropped(u, *it->second, "location", "locations");
  }
  auto restore_by_id = [&](const char* list, std::initializer_list<const char*> fields) {
    if (!doc.contains(list) || !original.contains(list)) return;
    std::map<std::string, const json*> byId;
    for (const auto& x : original[list])
      if (x.contains("id")) byId[x["id"].get<std::string>()] = &x;
    for (auto& x : doc[list]) {
      auto it = x.contains("id") ? byId.find(x["id"].get<std::string>()) : byId.end();
      if (it == byId.end()) continue;
      for (const char* f : fields)
        if (it->second->contains(f)) x[f] = (*it->second)[f];
    }
  };
  restore_by_id("units", {"note", "relation"});
  restore_by_id("waves", {"note"});
  restore_by_id("targetGroups", {"note"});
  restore_by_id("functions", {"note"});
  restore_by_id("assessments", {"text", "owner", "note"});
  // Lists without ids: restore by position when the list still has the original's length.
  for (const char* list : {"assignments", "ties"})
    if (doc.contains(list) && original.contains(list) && doc[list].size() == original[list].size())
      for (std::size_t i = 0; i < doc[list].size(); ++i)
        if (original[list][i].contains("note")) doc[list][i]["note"] = original[list][i]["note"];
  if (original.contains("phases") && doc.contains("phases"))
    for (auto& [number, phase] : doc["phases"].items()) {
      if (!original["phases"].contains(number)) continue;
      const json& was = original["phases"][number];
      if (was.contains("note")) phase["note"] = was["note"];
      if (phase.contains("items") && was.contains("items"))
        for (auto& [id, item] : phase["items"].items())
          if (was["items"].contains(id) && was["items"][id].contains("note")) item["note"] = was["items"][id]["note"];
    }
  doc.erase("pseudonymized");
  doc["pseudonymKey"] = key;
  reorder_like(doc, original);
  return doc;
}

}  // namespace bosam::survey
