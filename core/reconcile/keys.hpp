// What identifies an item of each list of a project, so three versions of a list can be matched item by item
// (docs/project-file.md): an id for units, people, target groups, functions, waves and assessments; from + to +
// wave for ties; person + wave for respondents; person + wave + function for reported tasks; unit + person +
// function for assignments (which have no id), with the target groups added where one of the three versions holds
// that unit, person and function more than once. An item whose key occurs again in the same version is told apart
// by its occurrence ("#2", "#3").
#pragma once
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/json.hpp"

namespace bosam::reconcile {

struct ListSpec {
  const char* list;  // the project's top-level key, e.g. "actors"
  const char* kind;  // the word for one item in conflicts and summaries, e.g. "person"
};

// The lists merged item by item, in the order the merge visits them.
const std::vector<ListSpec>& keyed_lists();
// The spec of a top-level key, or nullptr when it is not a keyed list.
const ListSpec* find_list(std::string_view list);

// One version of a list with every item's key, in the list's order; byKey finds an item by its key.
struct Indexed {
  std::vector<std::pair<std::string, const json*>> items;
  // Views of the keys in `items` (reserved up front, so they never move).
  std::unordered_map<std::string_view, const json*> byKey;
  const json* find(std::string_view key) const {
    auto it = byKey.find(key);
    return it == byKey.end() ? nullptr : it->second;
  }
};

// Base, mine and theirs of one list (a missing or non-list value counts as empty), each indexed. The three are
// keyed together because whether an assignment's key needs its target groups depends on all three. O(n) with hash
// maps (n items in the three versions; target group lists are short).
std::array<Indexed, 3> index_versions(const std::string& list, const json& base, const json& mine, const json& theirs);

// The key of an item as JSON for a conflict's "item": the id, or an object of the identifying fields.
json key_json(const std::string& list, const json& item);

// A part of a key or a conflict id with the characters that separate parts escaped (%, /, #, :, >, @, ,).
std::string escape(std::string_view part);

}  // namespace bosam::reconcile
