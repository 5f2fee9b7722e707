// All knowledge-base rules over one analysed wave: the findings of design §5, most serious first.
#pragma once
#include "checks/settings.hpp"
#include "model/project.hpp"
#include "schema/issue.hpp"
#include "sna/network.hpp"

namespace bosam::checks {

// doc: the validated project document; analysis: sna::analyze's result for `options` (null if no waves).
// Returns the findings as a JSON list, sorted by severity (critical, warning, info), then rule, then id.
json run_checks(const json& doc, const model::Project& project, const json& analysis,
                const sna::AnalysisOptions& options, Lang lang);

// Everything the knowledge base adds to an analysis: {"findings", "assessmentDrafts", "phases", "unknownPhases",
// "resources", "locations", "settings"} (the last three: checks/resources.hpp, checks/locations.hpp).
json knowledge_base(const json& doc, const model::Project& project, const json& analysis,
                    const sna::AnalysisOptions& options, Lang lang);

}  // namespace bosam::checks
