// All knowledge-base rules over one analysed wave: the findings of docs/findings.md, most serious first.
#pragma once
#include "base/issue.hpp"
#include "checks/settings.hpp"
#include "model/project.hpp"
#include "sna/analysis.hpp"

namespace bosam::checks {

// analysis: sna::analyze's result for the wave (an empty network when the project has no waves).
// Returns the findings as a JSON list, sorted by severity (critical, warning, info), then rule, then id.
json run_checks(const model::Project& project, const sna::Analysis& analysis, Lang lang);

// Everything the knowledge base adds to an analysis: {"findings", "assessmentDrafts", "phases", "unknownPhases",
// "resources", "locations", "settings", "overview", "tasks"} (checks/resources.hpp, locations.hpp, overview.hpp).
json knowledge_base(const model::Project& project, const sna::Analysis& analysis, Lang lang);

}  // namespace bosam::checks
