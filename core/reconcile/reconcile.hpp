// Reconciling two copies of one project that went their own ways from a common version (BASE): what only one
// side changed is taken (deletions too), what both changed differently is a conflict, listed by name with both
// values and settled by the caller's choices. Pure: no I/O, no clock, no randomness (the caller stamps).
// The rules: merge.hpp (values, lists, order) and repair.hpp (what refers to something deleted).
#pragma once
#include <string>

#include "base/json.hpp"
#include "base/lang.hpp"
#include "reconcile/merge.hpp"

namespace bosam::reconcile {

struct Result {
  json project;    // the merged project; null while a conflict is open (the door has not seen it yet)
  json conflicts;  // [{id, kind, item, name, field, fieldName, base, mine, theirs, mineText, theirsText,
                   //   people, chosen}]
  json summary;    // {mine, theirs: {added, changed, deleted: {kind: count}}, taken: [...], removed: [...],
                   //  conflicts, open, settled: {mine, theirs}, lines: {theirs, mine, removed}}
};

// Three documents that passed the door, with the same id. O(size of the three documents) with hash maps.
Result reconcile(const json& base, const json& mine, const json& theirs, const Choices& choices, Lang lang);

}  // namespace bosam::reconcile
