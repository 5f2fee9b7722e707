#include "reconcile/keys.hpp"

#include <algorithm>

namespace bosam::reconcile {
namespace {

const char* const kHex = "0123456789ABCDEF";

std::string field(const json& item, const char* key) { return escape(text_of(item, key)); }

// The unit, person and function of an assignment: its key when that is enough.
std::string assignment_group(const json& a) {
  return field(a, "unitId") + "/" + field(a, "actorId") + "/" + field(a, "functionId");
}

// The group and the target groups (sorted, so their order in the file does not matter).
std::string assignment_full(const json& a) {
  std::vector<std::string> groups;
  auto it = a.find("targetGroupIds");
  if (it != a.end() && it->is_array())
    for (const auto& g : *it)
      if (g.is_string()) groups.push_back(escape(g.get<std::string>()));
  std::sort(groups.begin(), groups.end());
  std::string out = assignment_group(a) + "/";
  for (std::size_t i = 0; i < groups.size(); ++i) out += (i ? "," : "") + groups[i];
  return out;
}

std::string base_key(const std::string& list, const json& item) {
  if (list == "ties") return field(item, "from") + ">" + field(item, "to") + "@" + field(item, "waveId");
  if (list == "respondents") return field(item, "actorId") + "@" + field(item, "waveId");
  if (list == "reportedAssignments")
    return field(item, "actorId") + "@" + field(item, "waveId") + "/" + field(item, "functionId");
  if (list == "assignments") return assignment_group(item);
  return field(item, "id");
}

const json& as_list(const json& v) {
  static const json empty = json::array();
  return v.is_array() ? v : empty;
}

}  // namespace

const std::vector<ListSpec>& keyed_lists() {
  static const std::vector<ListSpec> lists = {{"units", "unit"},
                                              {"actors", "person"},
                                              {"targetGroups", "targetGroup"},
                                              {"functions", "function"},
                                              {"assignments", "assignment"},
                                              {"waves", "wave"},
                                              {"respondents", "respondent"},
                                              {"ties", "tie"},
                                              {"assessments", "assessment"},
                                              {"reportedAssignments", "reportedAssignment"}};
  return lists;
}

const ListSpec* find_list(std::string_view list) {
  for (const auto& spec : keyed_lists())
    if (list == spec.list) return &spec;
  return nullptr;
}

std::string escape(std::string_view part) {
  if (part.find_first_of("%/#:>@,") == std::string_view::npos) return std::string(part);  // the usual case
  std::string out;
  out.reserve(part.size());
  for (char c : part) {
    if (c == '%' || c == '/' || c == '#' || c == ':' || c == '>' || c == '@' || c == ',') {
      const auto u = static_cast<unsigned char>(c);
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    } else {
      out += c;
    }
  }
  return out;
}

std::array<Indexed, 3> index_versions(const std::string& list, const json& base, const json& mine, const json& theirs) {
  const std::array<const json*, 3> versions = {&as_list(base), &as_list(mine), &as_list(theirs)};
  // Assignments: a unit + person + function held more than once in any version is keyed with its target groups.
  std::unordered_map<std::string, int> ambiguous;
  if (list == "assignments") {
    for (const json* v : versions) {
      std::unordered_map<std::string, int> count;
      for (const auto& a : *v)
        if (a.is_object() && ++count[assignment_group(a)] > 1) ambiguous[assignment_group(a)] = 1;
    }
  }
  std::array<Indexed, 3> out;
  for (std::size_t i = 0; i < 3; ++i) {
    Indexed& index = out[i];
    index.items.reserve(versions[i]->size());
    index.byKey.reserve(versions[i]->size());
    std::unordered_map<std::string, int> repeats;  // only keys met more than once
    for (const auto& item : *versions[i]) {
      if (!item.is_object()) continue;
      std::string key = base_key(list, item);
      if (!ambiguous.empty() && ambiguous.count(key)) key = assignment_full(item);
      index.items.emplace_back(key, &item);
      if (index.byKey.emplace(index.items.back().first, &item).second) continue;
      // The same key again in this version: the n-th occurrence is "key#n".
      const int n = repeats.count(key) ? ++repeats[key] : (repeats[key] = 2);
      index.items.back().first = key + "#" + std::to_string(n);
      index.byKey.emplace(index.items.back().first, &item);
    }
  }
  return out;
}

json key_json(const std::string& list, const json& item) {
  auto pick = [&](std::initializer_list<const char*> keys) {
    json k = json::object();
    for (const char* key : keys) {
      auto it = item.find(key);
      if (it != item.end() && !it->is_null()) k[key] = *it;
    }
    return k;
  };
  if (list == "ties") return pick({"from", "to", "waveId"});
  if (list == "respondents") return pick({"actorId", "waveId"});
  if (list == "reportedAssignments") return pick({"actorId", "waveId", "functionId"});
  if (list == "assignments") return pick({"unitId", "actorId", "functionId", "targetGroupIds"});
  return item.value("id", json());
}

}  // namespace bosam::reconcile
