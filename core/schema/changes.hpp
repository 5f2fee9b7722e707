// What changed between two versions of one project document, counted per kind of item: the one-line summary of
// a snapshot the app keeps ("3 personer lagt til, 1 enhet endret"), and what a first snapshot holds. The app
// words the counts; the counting happens here, once.
#pragma once
#include "base/json.hpp"

namespace bosam::schema {

// The kinds, in this order: unit, person, function, targetGroup, assignment, wave, respondent, tie, assessment,
// reportedAssignment, phaseItem, settings, municipality, other (the names of the reconcile conflicts' "kind").
// Items are matched by their key: id for units ("unit"), people ("person"), functions, target groups, waves and
// assessments; (unitId, actorId, functionId) for assignments; (from, to, waveId) for ties; (actorId, waveId) for
// respondents; (actorId, waveId, functionId) for reported assignments; (phase, item) for the checklist's items
// (a phase's own note counts as one of its items). Among items with the same key, equal ones on both sides are
// unchanged; of the rest, as many as both sides have are changed and the others added or removed.
// "settings" and "municipality" are one item each; "other" is any other top-level field except "revision" (the
// save stamp, not content) and "format", "schemaVersion", "id".

// How many items of each kind the project holds: {"unit": n, "person": n, …, "phaseItem": n} ("settings",
// "municipality" and "other" are not counted). O(size of the project).
json item_counts(const json& project);

// {"<kind>": {"added", "removed", "changed"}} for every kind, and "same": true when nothing at all differs
// (object keys compared without regard to their order). Both documents are projects that passed the door.
// O(n log n) in the number of items, plus the size of the documents.
json project_changes(const json& before, const json& after);

}  // namespace bosam::schema
