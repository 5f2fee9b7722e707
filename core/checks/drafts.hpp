// Drafts of strengths and weaknesses from the analysis, for the working group to accept, edit or reject (the
// accepted ones are stored in the project's assessments with their draftId). Each draft names its evidence:
// "finding:<id>", "units:<a>+<b>" or "network:<measure>".
#pragma once
#include "checks/finding.hpp"

namespace bosam::checks {

// findings: the list run_checks produced for the same analysis. Drafts already accepted (an assessment with the
// same draftId) are marked "accepted": true rather than left out, so the UI can show both. O(findings + m).
json assessment_drafts(const Context& c, const json& findings);

}  // namespace bosam::checks
