// The three-way merge of two versions of a project (MINE and THEIRS) that both came from BASE, item by item and
// field by field (docs/reconcile.md). For every value:
//   mine == theirs            -> that value (the same change on both sides is no conflict)
//   mine == base              -> theirs (only theirs changed it; a deletion too)
//   theirs == base            -> mine
//   else, all three objects   -> merged member by member
//   else                      -> a conflict: settled by `choices` (by conflict id) or `prefer`, else left open
// A list-valued field (targetGroupIds, types, evidence) is one value. Items of the keyed lists (reconcile/keys.hpp)
// and the phases' checklist items are matched by key: added on either side -> taken; deleted on one side and
// unchanged on the other -> deleted (nothing deleted comes back); deleted on one side and changed on the other ->
// a conflict about the whole item (field ""). Lists keep MINE's order, THEIRS' additions after.
// JSON null and a missing member mean the same (docs/project-file.md): inputs are compared without their nulls.
// Complexity: O(size of the three documents): every list is matched through hash maps, every value compared once
// (a comparison is linear in the value's size).
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "base/json.hpp"

namespace bosam::reconcile {

enum class Side { none, mine, theirs };
const char* side_name(Side side);  // "mine", "theirs", "" for none

// How open conflicts are settled: by id first, else everything by `prefer` (none: left open).
struct Choices {
  Side prefer = Side::none;
  std::unordered_map<std::string, Side> byId;
  Side decide(const std::string& id) const;
};

struct Conflict {
  std::string id;           // kind:key:field, stable for the same three documents
  std::string kind;         // unit, person, function, targetGroup, assignment, wave, respondent, tie, assessment,
                            // reportedAssignment, phase, phaseItem, settings, municipality, project
  std::string list;         // the top-level key it is in
  std::string key;          // the item's key (keys.hpp; "" for settings, municipality and other project fields)
  std::string field;        // dotted path inside the item; "" = the whole item (one side deleted it)
  json item;                // the key as JSON (null for settings, municipality, project fields)
  json base, mine, theirs;  // the values; null = absent (deleted)
  Side chosen = Side::none;
  std::vector<std::string> people;  // a unit deleted on one side: the people in it in the result (ids)
};

// What one side brought, item by item: counted in the summary, and listed for the side the user takes from.
struct Change {
  Side side;
  std::string change;  // added | changed | deleted
  std::string kind, list, key;
  json item;                        // the key as JSON
  std::vector<std::string> fields;  // for changed: the fields taken from that side
};

class Merger {
 public:
  explicit Merger(const Choices& choices) : choices_(choices) {}

  // The merged document from three whole documents (already without nulls). `revision` is left out (the result
  // gets its own stamp); format, schemaVersion and id are MINE's.
  json merge(const json& base, const json& mine, const json& theirs);

  const Choices& choices() const { return choices_; }
  std::vector<Conflict> conflicts;
  std::vector<Change> changes;

 private:
  struct Place {
    std::string list, kind, key;
    json item;  // the key as JSON; for list items made from `source` only when needed
    std::vector<std::string> path;
    const json* source = nullptr;  // the list item the place is in
  };
  struct Took {
    std::vector<std::string> mine, theirs;  // fields taken from each side's change
  };

  json value(const json& b, const json& m, const json& t, Place& place, Took& took);
  json keyed_list(const std::string& list, const char* kind, const json& b, const json& m, const json& t);
  json phases(const json& b, const json& m, const json& t);
  json phase(const std::string& number, const json& b, const json& m, const json& t, Place& place, Took& took);
  Side conflict(const Place& place, const json& b, const json& m, const json& t);
  void count(Side side, const char* change, const Place& place, std::vector<std::string> fields = {});
  static json item_of(const Place& place);

  template <typename Index, typename PlaceOf, typename MergeItem>
  std::vector<std::pair<std::string, json>> keyed(const Index& v, PlaceOf&& placeOf, MergeItem&& mergeItem);

  Choices choices_;
};

// The value with every object member that is null removed, at any depth (null and absent mean the same).
json without_nulls(const json& v);
// `v` itself when it holds no null member (no copy), else `store` set to without_nulls(v).
const json& without_nulls(const json& v, json& store);

// Equal values, whatever the order of the members of objects (a copy written by another tool may order them
// differently); numbers compare by value (1 == 1.0). O(size · members per object).
bool same(const json& a, const json& b);

// "kind:key:field", each part escaped (keys.hpp).
std::string conflict_id(const std::string& kind, const std::string& key, const std::string& field);

}  // namespace bosam::reconcile
