// What a merge can leave behind that the door would refuse, resolved the way the app resolves a deletion
// (www/src/lib/org.js): one side deleted something, the other added or changed something that refers to it.
//  - a unit one side deleted, and people the other side put in it: a conflict about the unit (id
//    "unit:<id>:", the same as the one about a deleted unit the other side changed): keeping the unit restores it;
//    letting the deletion stand removes those people (and what refers to them, below);
//  - a person, wave, function or target group deleted: the deletion wins, and what refers to it goes: ties,
//    respondents and reported tasks of that person or wave, assignments of a deleted unit or function; an
//    assignment of a deleted person stays with its unit (its actorId goes), a deleted target group leaves the
//    assignment's list.
// Every removal is listed. O(size of the document) with hash sets.
#pragma once
#include <string>
#include <vector>

#include "base/json.hpp"
#include "reconcile/merge.hpp"

namespace bosam::reconcile {

struct Removed {
  std::string kind, list, key;  // what went (kind "assignment" with detached: only its person went)
  json item;                    // its key as JSON
  bool detached = false;        // an assignment that lost its person and stays with the unit
  std::string becauseKind;      // unit, person, function, wave
  std::string becauseId;
};

// Repairs `doc` (the merge of base, mine and theirs) in place; new or extended conflicts go into merger.conflicts.
std::vector<Removed> repair(json& doc, const json& base, const json& mine, const json& theirs, Merger& merger);

}  // namespace bosam::reconcile
