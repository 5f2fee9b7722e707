// Retention of survey answers (docs/project-file.md, "settings.privacy" and "waves[].retired"). After the date in
// settings.privacy.answersKeptUntil the working group may delete what each person answered (the ties they
// reported, the tasks they reported, and the record of who was asked and who answered) while keeping the
// aggregate figures of the wave, computed here from the answers before they go. The app and the CLI call this
// through api::retire_answers; nothing here reads a clock (the caller says what day it is).
#pragma once
#include <string>
#include <vector>

#include "base/json.hpp"
#include "model/project.hpp"

namespace bosam::checks {

// The figures kept for one wave, all computed from its answers with the analysis's default options (every tie,
// unweighted, not only mutual ones), the way Oversikt, Kontakter and Analyse show a wave:
//   asked, answered, responseRate (null when nobody was asked)   people asked and answered (Oversikt)
//   ties            reported ties, as Oversikt counts them        oneSided   ties only one side reported
//   reportedTasks   tasks reported in the answers
//   nodes, edges, density, reciprocity, transitivity, averageClustering, components, largestComponent, diameter,
//   averagePathLength, degreeCentralization, betweennessCentralization, eiIndex   the network figures of Analyse
//   (docs/analysis.md), null where the measure has no value.
// Nothing per person or per unit is kept: in a small unit such a figure points at the people in it.
// O(analysis of the wave).
json kept_figures(const model::Project& project, const std::string& waveId);

// What the answers of each wave are now, and whether the retention date has passed on `today` (YYYY-MM-DD):
// {"keptUntil": date or null, "today", "due": keptUntil set and today after it,
//  "waves": [{"id", "label", "date", "ties", "reportedTasks", "respondents", "hasAnswers",
//             "retired": {"retiredAt", "figures"} or null}]} (project order). O(W + T + R + A).
json retention_status(const model::Project& project, const std::string& today);

// `doc` with the answers of `waveIds` deleted: their ties, reportedAssignments and respondents; each of those waves
// gets "retired": {"retiredAt", "figures": kept_figures(…)} computed before the deletion (a wave retired before
// keeps its first figures: answers read in after it are deleted without replacing them). Everything else is
// untouched. Precondition: `project` is from_json(doc) and the ids name its waves. O(size of doc + analyses).
json retire_answers(const json& doc, const model::Project& project, const std::vector<std::string>& waveIds,
                    const std::string& retiredAt);

}  // namespace bosam::checks
