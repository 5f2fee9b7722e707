// The privacy fields of a bosam-project document (docs/project-file.md): settings.privacy (who is responsible,
// whom respondents contact, when the answers are deleted) and waves[].retired (a wave whose answers were deleted
// after that date, with the aggregate figures kept). Called from validate.cpp; reports every problem.
#pragma once
#include "schema/checker.hpp"

namespace bosam {

// settings.privacy: an object of optional texts; answersKeptUntil a real calendar date YYYY-MM-DD
// (else bad-retention-date; "" means not set). O(1).
void check_privacy(Checker& c, const json& settings);

// waves[i].retired: {"retiredAt": date or timestamp (else bad-retired-date), "figures": {name: number or null}}.
// O(figures).
void check_retired(Checker& c, const json& wave, const std::string& wavePath);

// A warning (retired-wave-has-answers) for each retired wave that has answers again: ties, reported tasks or
// respondents entered or read in after the answers were deleted. The analysis still shows the kept figures.
// O(waves + ties + respondents + reportedAssignments).
void check_retired_answers(Checker& c, const json& doc);

}  // namespace bosam
