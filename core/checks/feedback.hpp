// Feedback to the people who answered a survey round (docs/feedback.md): one sheet per person, with their own
// answers, their unit's contact pattern in aggregate, and the organisation's findings about the network. What a
// sheet shows is decided here once; the app only renders it.
//
// What a sheet never holds: a contact someone else reported about the person (that is the other person's
// answer), a figure about a group of fewer than project.minGroupSize people (a unit is named with a figure only
// at the floor, or when nobody in it answered: then no answer of theirs is in it), or a finding about one person.
#pragma once
#include <string>

#include "base/json.hpp"
#include "model/project.hpp"
#include "sna/analysis.hpp"

namespace bosam::checks {

// The finding rules whose findings may go to the people who answered: about the network, units and partners,
// never about one person (isolate, bottleneck and single-person-dependency stay with the working group).
bool feedback_rule(const std::string& rule);

// The feedback of the analysed wave. `findings`: run_checks' output for the same analysis (no rule runs twice).
// `actorId` empty: a sheet for everyone who answered in the wave, in project order; else that person's only
// (the caller checks that they answered). Result:
//   {"wave": {id, label, date}, "municipality", "minGroupSize",
//    "organisation": {"asked", "responded", "responseRate", "contacts": split, "findings": [{id, rule,
//                     severity, title, explanation}]},
//    "sheets": [{"actorId", "name", "unitId", "unitName", "contacts": [{actorId, name, unitId, unitName, external,
//                frequency, types}], "tasks": [{functionId, function, role, targetGroups: [names]}],
//                "unit": {"shown": true, "members", "asked", "responded", "responseRate", "contacts": split,
//                         "topUnits": up to 3 of [{unitId, name, external, contacts}] and the pools
//                                     [{"pooled": "units"|"partners", "units", "contacts"}], most contacts first}
//                        or {"shown": false, "members", "reason": "small"}}]}
// where a split is {"total", "inside", "otherUnits", "partners", "insideShare", "otherUnitsShare",
// "partnersShare"} (contacts are the pairs of the undirected graph G, each pair once; shares null without any).
// O(T·k + R + S·U + F) for T ties (k: one person's contacts), R reported tasks, S sheets, U units and F findings.
json feedback_json(const model::Project& project, const sna::Analysis& analysis, const json& findings,
                   const std::string& actorId);

}  // namespace bosam::checks
