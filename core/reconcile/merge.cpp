#include "reconcile/merge.hpp"

#include <unordered_set>

#include "reconcile/keys.hpp"

namespace bosam::reconcile {
namespace {

const json kNull;

const json& member(const json& obj, const std::string& key) {
  if (!obj.is_object()) return kNull;
  auto it = obj.find(key);
  return it == obj.end() ? kNull : *it;
}

std::string joined(const std::vector<std::string>& path) {
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) out += (i ? "." : "") + path[i];
  return out;
}

// The member names of MINE, then THEIRS' that MINE lacks: the order of a merged object.
std::vector<std::string> member_order(const json& m, const json& t) {
  std::vector<std::string> keys;
  std::unordered_set<std::string> seen;
  for (const json* o : {&m, &t})
    if (o->is_object())
      for (auto it = o->begin(); it != o->end(); ++it)
        if (seen.insert(it.key()).second) keys.push_back(it.key());
  return keys;
}

// The members of an object as an index keyed by member name (for the phases and their items).
std::array<Indexed, 3> index_members(const json& b, const json& m, const json& t) {
  std::array<Indexed, 3> out;
  const std::array<const json*, 3> versions = {&b, &m, &t};
  for (std::size_t i = 0; i < 3; ++i) {
    if (!versions[i]->is_object()) continue;
    for (auto it = versions[i]->begin(); it != versions[i]->end(); ++it) {
      out[i].byKey.emplace(it.key(), &it.value());
      out[i].items.emplace_back(it.key(), &it.value());
    }
  }
  return out;
}

json without(const json& obj, const char* key) {
  if (!obj.is_object()) return obj;
  json copy = obj;
  copy.erase(key);
  return copy;
}

}  // namespace

bool same(const json& a, const json& b) {
  if (a.is_object() && b.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto it = a.begin(); it != a.end(); ++it) {
      auto other = b.find(it.key());
      if (other == b.end() || !same(it.value(), *other)) return false;
    }
    return true;
  }
  if (a.is_array() && b.is_array()) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (!same(a[i], b[i])) return false;
    return true;
  }
  return a == b;
}

const char* side_name(Side side) { return side == Side::mine ? "mine" : side == Side::theirs ? "theirs" : ""; }

Side Choices::decide(const std::string& id) const {
  auto it = byId.find(id);
  return it != byId.end() && it->second != Side::none ? it->second : prefer;
}

std::string conflict_id(const std::string& kind, const std::string& key, const std::string& field) {
  return kind + ":" + key + ":" + escape(field);
}

namespace {
bool has_nulls(const json& v) {
  if (v.is_object()) {
    for (auto it = v.begin(); it != v.end(); ++it)
      if (it->is_null() || has_nulls(*it)) return true;
  } else if (v.is_array()) {
    for (const auto& x : v)
      if (has_nulls(x)) return true;
  }
  return false;
}
}  // namespace

const json& without_nulls(const json& v, json& store) {
  if (!has_nulls(v)) return v;
  store = without_nulls(v);
  return store;
}

json without_nulls(const json& v) {
  if (v.is_object()) {
    json out = json::object();
    for (auto it = v.begin(); it != v.end(); ++it)
      if (!it->is_null()) out[it.key()] = without_nulls(*it);
    return out;
  }
  if (v.is_array()) {
    json out = json::array();
    for (const auto& x : v) out.push_back(without_nulls(x));
    return out;
  }
  return v;
}

Side Merger::conflict(const Place& place, const json& b, const json& m, const json& t) {
  Conflict c;
  c.field = joined(place.path);
  c.id = conflict_id(place.kind, place.key, c.field);
  c.kind = place.kind;
  c.list = place.list;
  c.key = place.key;
  c.item = item_of(place);
  c.base = b;
  c.mine = m;
  c.theirs = t;
  c.chosen = choices_.decide(c.id);
  conflicts.push_back(std::move(c));
  return conflicts.back().chosen;
}

json Merger::item_of(const Place& place) {
  return place.item.is_null() && place.source ? key_json(place.list, *place.source) : place.item;
}

void Merger::count(Side side, const char* change, const Place& place, std::vector<std::string> fields) {
  changes.push_back({side, change, place.kind, place.list, place.key, item_of(place), std::move(fields)});
}

json Merger::value(const json& b, const json& m, const json& t, Place& place, Took& took) {
  if (same(m, t)) return m;
  if (same(m, b)) {
    took.theirs.push_back(joined(place.path));
    return t;
  }
  if (same(t, b)) {
    took.mine.push_back(joined(place.path));
    return m;
  }
  if (m.is_object() && t.is_object() && (b.is_object() || b.is_null())) {
    json out = json::object();
    for (const auto& key : member_order(m, t)) {
      place.path.push_back(key);
      json v = value(member(b, key), member(m, key), member(t, key), place, took);
      place.path.pop_back();
      if (!v.is_null()) out[key] = std::move(v);
    }
    return out;
  }
  const Side side = conflict(place, b, m, t);
  if (side == Side::theirs) {
    took.theirs.push_back(joined(place.path));
    return t;
  }
  if (side == Side::mine) took.mine.push_back(joined(place.path));
  return m;  // chosen, or provisional while the conflict is open
}

// The item-by-item merge of one keyed collection (a list or the members of an object). placeOf(key, item) says
// where an item is (for conflicts and counts); mergeItem(b, m, t, place, took) merges an item present on both
// sides. Returns the merged items with their keys, MINE's order first, then THEIRS' additions.
template <typename Index, typename PlaceOf, typename MergeItem>
std::vector<std::pair<std::string, json>> Merger::keyed(const Index& v, PlaceOf&& placeOf, MergeItem&& mergeItem) {
  const auto& [b, m, t] = v;
  std::vector<std::pair<std::string, json>> out;
  for (const auto& [key, mi] : m.items) {
    const json* bi = b.find(key);
    const json* ti = t.find(key);
    Place place = placeOf(key, *mi);
    if (!bi && !ti) {  // added in mine
      count(Side::mine, "added", place);
      out.emplace_back(key, *mi);
    } else if (!bi) {  // added on both sides: merged as if from an empty item
      Took took;
      out.emplace_back(key, mergeItem(json::object(), *mi, *ti, place, took));
    } else if (!ti) {  // deleted in theirs
      if (same(*mi, *bi)) {
        count(Side::theirs, "deleted", place);
      } else if (conflict(place, *bi, *mi, kNull) == Side::theirs) {
        count(Side::theirs, "deleted", place);
      } else {
        out.emplace_back(key, *mi);
      }
    } else {
      Took took;
      out.emplace_back(key, mergeItem(*bi, *mi, *ti, place, took));
      if (!took.theirs.empty()) count(Side::theirs, "changed", place, took.theirs);
      if (!took.mine.empty()) count(Side::mine, "changed", place, took.mine);
    }
  }
  for (const auto& [key, ti] : t.items) {
    if (m.find(key)) continue;
    const json* bi = b.find(key);
    Place place = placeOf(key, *ti);
    if (!bi) {  // added in theirs
      count(Side::theirs, "added", place);
      out.emplace_back(key, *ti);
    } else if (same(*ti, *bi)) {  // deleted in mine, unchanged in theirs: stays deleted
      count(Side::mine, "deleted", place);
    } else if (conflict(place, *bi, kNull, *ti) == Side::theirs) {
      count(Side::theirs, "changed", place);
      out.emplace_back(key, *ti);
    }
  }
  return out;
}

json Merger::keyed_list(const std::string& list, const char* kind, const json& b, const json& m, const json& t) {
  const auto versions = index_versions(list, b, m, t);
  auto placeOf = [&](const std::string& key, const json& item) { return Place{list, kind, key, json(), {}, &item}; };
  auto mergeItem = [&](const json& bi, const json& mi, const json& ti, Place& place, Took& took) {
    return value(bi, mi, ti, place, took);
  };
  json out = json::array();
  for (auto& [key, item] : keyed(versions, placeOf, mergeItem)) out.push_back(std::move(item));
  return out;
}

// One phase: its own fields (note, unknown ones) merged as values, its checklist items as a keyed collection.
json Merger::phase(const std::string& number, const json& b, const json& m, const json& t, Place& place, Took& took) {
  json rest = value(without(b, "items"), without(m, "items"), without(t, "items"), place, took);
  const json &bi = member(b, "items"), &mi = member(m, "items"), &ti = member(t, "items");
  json items;
  if ((bi.is_object() || bi.is_null()) && (mi.is_object() || mi.is_null()) && (ti.is_object() || ti.is_null())) {
    auto placeOf = [&](const std::string& key, const json&) {
      return Place{"phases", "phaseItem", escape(number) + "/" + escape(key), json{{"phase", number}, {"id", key}}, {}};
    };
    auto mergeItem = [&](const json& x, const json& y, const json& z, Place& p, Took& tk) {
      return value(x, y, z, p, tk);
    };
    if (!mi.is_null() || !ti.is_null()) {
      items = json::object();
      for (auto& [key, item] : keyed(index_members(bi, mi, ti), placeOf, mergeItem)) items[key] = std::move(item);
    }
  } else {
    place.path.push_back("items");
    items = value(bi, mi, ti, place, took);
    place.path.pop_back();
  }
  json out = json::object();
  for (const auto& key : member_order(m, t)) {
    if (key == "items") {
      if (!items.is_null()) out["items"] = std::move(items);
    } else if (rest.is_object() && rest.contains(key)) {
      out[key] = rest[key];
    }
  }
  return out;
}

json Merger::phases(const json& b, const json& m, const json& t) {
  if (!(m.is_object() || m.is_null()) || !(t.is_object() || t.is_null()) || !(b.is_object() || b.is_null())) {
    Place place{"phases", "phase", "", json(), {}};
    Took took;
    return value(b, m, t, place, took);
  }
  auto placeOf = [&](const std::string& key, const json&) { return Place{"phases", "phase", escape(key), key, {}}; };
  auto mergeItem = [&](const json& x, const json& y, const json& z, Place& p, Took& tk) {
    return phase(p.item.get<std::string>(), x, y, z, p, tk);
  };
  json out = json::object();
  for (auto& [key, item] : keyed(index_members(b, m, t), placeOf, mergeItem)) out[key] = std::move(item);
  return out;
}

json Merger::merge(const json& base, const json& mine, const json& theirs) {
  json out = json::object();
  for (const auto& key : member_order(mine, theirs)) {
    const json &b = member(base, key), &m = member(mine, key), &t = member(theirs, key);
    if (key == "revision") continue;
    if (key == "format" || key == "schemaVersion" || key == "id") {
      out[key] = m;
    } else if (const ListSpec* spec = find_list(key)) {
      out[key] = keyed_list(key, spec->kind, b, m, t);
    } else if (key == "phases") {
      json v = phases(b, m, t);
      if (!v.is_null()) out[key] = std::move(v);
    } else {
      const bool own = key == "settings" || key == "municipality";
      Place place{key, own ? key : "project", "", json(), {}};
      if (!own) place.path.push_back(key);
      Took took;
      json v = value(b, m, t, place, took);
      if (!took.theirs.empty()) count(Side::theirs, "changed", place, took.theirs);
      if (!took.mine.empty()) count(Side::mine, "changed", place, took.mine);
      if (!v.is_null()) out[key] = std::move(v);
    }
  }
  return out;
}

}  // namespace bosam::reconcile
