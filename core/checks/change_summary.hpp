// Wave comparison in plain words (phase 5, "evaluate and adjust"): what changed between two surveys, said the
// way a working group would say it ("3 new ties between NAV and the housing office; the only link to the DPS
// still goes through one person").
#pragma once
#include "base/issue.hpp"
#include "model/project.hpp"
#include "sna/compare.hpp"

namespace bosam::checks {

// comparison: sna::compare_waves's result. Returns [{"kind", "text", "numbers"}]: kinds "ties-added",
// "ties-removed", "ties-strength", "single-link", "lost-contact", "response-rate", "density". O(n + m) per wave.
json change_summary(const model::Project& project, const sna::Comparison& comparison, Lang lang);

}  // namespace bosam::checks
