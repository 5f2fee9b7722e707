#include "schema/changes.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace bosam::schema {

namespace {

// A list of the document and how its items are keyed.
struct ListKind {
  const char* kind;
  const char* field;
  std::vector<const char*> key;  // the fields whose values make the key
};

const std::vector<ListKind>& lists() {
  static const std::vector<ListKind> all = {
      {"unit", "units", {"id"}},
      {"person", "actors", {"id"}},
      {"function", "functions", {"id"}},
      {"targetGroup", "targetGroups", {"id"}},
      {"assignment", "assignments", {"unitId", "actorId", "functionId"}},
      {"wave", "waves", {"id"}},
      {"respondent", "respondents", {"actorId", "waveId"}},
      {"tie", "ties", {"from", "to", "waveId"}},
      {"assessment", "assessments", {"id"}},
      {"reportedAssignment", "reportedAssignments", {"actorId", "waveId", "functionId"}},
  };
  return all;
}

// The top-level fields compared on their own or not at all (everything else is "other").
bool known_top_level(const std::string& key) {
  static const char* const known[] = {
      "format",      "schemaVersion",       "id",          "revision", "units",       "actors",
      "functions",   "targetGroups",        "assignments", "waves",    "respondents", "ties",
      "assessments", "reportedAssignments", "phases",      "settings", "municipality"};
  return std::any_of(std::begin(known), std::end(known), [&](const char* k) { return key == k; });
}

// The value as text with object keys sorted and whole numbers written alike (1.0 as 1), so two items that
// differ only in key order or number notation compare equal. O(size of the value).
void canonical(const json& v, std::string& out) {
  if (v.is_object()) {
    std::vector<std::string> keys;
    for (auto it = v.begin(); it != v.end(); ++it) keys.push_back(it.key());
    std::sort(keys.begin(), keys.end());
    out += '{';
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (i) out += ',';
      out += json(keys[i]).dump();
      out += ':';
      canonical(v.at(keys[i]), out);
    }
    out += '}';
  } else if (v.is_array()) {
    out += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out += ',';
      canonical(v[i], out);
    }
    out += ']';
  } else if (v.is_number_float()) {
    const double d = v.get<double>();
    if (d == static_cast<double>(static_cast<long long>(d)) && d > -9e15 && d < 9e15)
      out += std::to_string(static_cast<long long>(d));
    else
      out += v.dump();
  } else {
    out += v.dump();
  }
}

std::string canonical(const json& v) {
  std::string s;
  canonical(v, s);
  return s;
}

// key -> the canonical texts of the items with that key, in document order.
using Groups = std::map<std::string, std::vector<std::string>>;

std::string key_of(const json& item, const std::vector<const char*>& fields) {
  std::string key;
  for (const char* f : fields) {
    key += item.is_object() && item.contains(f) ? canonical(item.at(f)) : std::string("null");
    key += '\x1f';
  }
  return key;
}

Groups group_list(const json& doc, const ListKind& kind) {
  Groups groups;
  auto it = doc.find(kind.field);
  if (it == doc.end() || !it->is_array()) return groups;
  for (const auto& item : *it) groups[key_of(item, kind.key)].push_back(canonical(item));
  return groups;
}

// The checklist's items and each phase's own fields, keyed "item:<phase>:<id>" and "phase:<phase>:<field>".
Groups group_phases(const json& doc) {
  Groups groups;
  auto it = doc.find("phases");
  if (it == doc.end() || !it->is_object()) return groups;
  for (auto phase = it->begin(); phase != it->end(); ++phase) {
    if (!phase.value().is_object()) {
      groups["phase:" + phase.key()].push_back(canonical(phase.value()));
      continue;
    }
    for (auto field = phase.value().begin(); field != phase.value().end(); ++field) {
      if (field.key() == "items" && field.value().is_object()) {
        for (auto item = field.value().begin(); item != field.value().end(); ++item)
          groups["item:" + phase.key() + ":" + item.key()].push_back(canonical(item.value()));
      } else {
        groups["phase:" + phase.key() + ":" + field.key()].push_back(canonical(field.value()));
      }
    }
  }
  return groups;
}

struct Count {
  long long added = 0, removed = 0, changed = 0;
};

// Within each key: items equal on both sides are unchanged; of the rest, as many as both sides have are
// changed, the others added or removed. O(n log n).
Count compare_groups(const Groups& before, const Groups& after) {
  Count c;
  auto side = [&](const Groups& g, const std::string& key) -> std::vector<std::string> {
    auto it = g.find(key);
    return it == g.end() ? std::vector<std::string>{} : it->second;
  };
  std::vector<std::string> keys;
  for (const auto& [k, _] : before) keys.push_back(k);
  for (const auto& [k, _] : after)
    if (!before.count(k)) keys.push_back(k);
  for (const auto& key : keys) {
    auto b = side(before, key), a = side(after, key);
    std::sort(b.begin(), b.end());
    std::sort(a.begin(), a.end());
    std::vector<std::string> common;
    std::set_intersection(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(common));
    const long long nb = static_cast<long long>(b.size() - common.size());
    const long long na = static_cast<long long>(a.size() - common.size());
    c.changed += std::min(nb, na);
    if (na > nb) c.added += na - nb;
    if (nb > na) c.removed += nb - na;
  }
  return c;
}

json count_json(const Count& c) { return {{"added", c.added}, {"removed", c.removed}, {"changed", c.changed}}; }

// One value that is there or not: added, removed or changed (0 or 1 each).
Count compare_one(const json& doc1, const json& doc2, const char* field) {
  Count c;
  const bool in1 = doc1.contains(field) && !doc1.at(field).is_null();
  const bool in2 = doc2.contains(field) && !doc2.at(field).is_null();
  if (in1 && in2)
    c.changed = canonical(doc1.at(field)) != canonical(doc2.at(field)) ? 1 : 0;
  else if (in2)
    c.added = 1;
  else if (in1)
    c.removed = 1;
  return c;
}

// The top-level fields Bosam does not compare one by one (a newer Bosam's additions, copiedFrom, pseudonymKey).
Groups other_fields(const json& doc) {
  Groups groups;
  for (auto it = doc.begin(); it != doc.end(); ++it)
    if (!known_top_level(it.key()) && !it.value().is_null()) groups[it.key()].push_back(canonical(it.value()));
  return groups;
}

}  // namespace

json item_counts(const json& project) {
  json out = json::object();
  for (const auto& kind : lists()) {
    auto it = project.find(kind.field);
    out[kind.kind] = it != project.end() && it->is_array() ? it->size() : 0;
  }
  long long items = 0;
  for (const auto& [key, values] : group_phases(project))
    if (key.rfind("item:", 0) == 0) items += static_cast<long long>(values.size());
  out["phaseItem"] = items;
  return out;
}

json project_changes(const json& before, const json& after) {
  json out = json::object();
  bool same = true;
  auto put = [&](const char* kind, const Count& c) {
    out[kind] = count_json(c);
    if (c.added || c.removed || c.changed) same = false;
  };
  for (const auto& kind : lists()) put(kind.kind, compare_groups(group_list(before, kind), group_list(after, kind)));
  put("phaseItem", compare_groups(group_phases(before), group_phases(after)));
  put("settings", compare_one(before, after, "settings"));
  put("municipality", compare_one(before, after, "municipality"));
  put("other", compare_groups(other_fields(before), other_fields(after)));
  out["same"] = same;
  return out;
}

}  // namespace bosam::schema
