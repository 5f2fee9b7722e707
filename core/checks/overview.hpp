// What the Oversikt and Oppgaver views show about the responsibility map and the survey, computed here once so
// the app never counts by a rule of its own (when it did, Oversikt called a function "covered" that a critical
// finding on the same page said nobody holds). A function is held by responsible or performs assignments;
// contributing does not hold it, as in the uncovered-function and duplicate-function rules.
#pragma once
#include "base/json.hpp"
#include "model/project.hpp"

namespace bosam::checks {

// {"units": {"total", "internal", "external"}, "actors", "targetGroups", "assignments", "reportedPending",
//  "functions": {"total", "essential", "essentialHeld", "uncovered": [ids of essential functions no one holds]},
//  "waves": [{"id", "label", "date", "ties", "asked", "responded", "responseRate", "oneSided"}] (project order; people
//  counted once; responseRate null when nobody was asked; "oneSided": [{"from", "to", "frequency", "reason"}], the ties
//  only one side reported, reason "not-answered" or "not-named"), "retired"}], "latestWaveId"}. A wave whose answers
//  were deleted (waves[].retired) has the counts kept from them, no oneSided list, and "retired": {"retiredAt",
//  "figures"}; other waves have "retired": null. O(A + R + T log T + F).
json overview_json(const model::Project& project);

// The responsibility map's flags per function, for all target groups and per target group (an assignment
// covers a group when it names it or names none):
// {"functions": [{"id", "holders": [unit ids], "duplicate", "gap",
//                 "byTargetGroup": {"<tg>": {"holders", "duplicate", "gap"}}}]}
// duplicate: two or more units hold it; gap: essential and no one holds it. O(F·T + A·T).
json tasks_json(const model::Project& project);

// Whether an assignment holds its function (responsible or performs; contributing does not).
bool holds(const model::Assignment& a);

}  // namespace bosam::checks
