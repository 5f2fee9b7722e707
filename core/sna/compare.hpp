// Comparison of two survey waves of one project: which relationships appeared, disappeared, grew stronger or
// weaker, and how the main measures changed for each actor, each unit and the whole network.
#pragma once
#include "model/project.hpp"
#include "schema/json.hpp"
#include "sna/network.hpp"

namespace bosam::sna {

// Relationships are the edges of G (either side reported; frequency = the larger report), so a tie counts as
// "added" only when neither person reported it before. `options.waveId` is ignored; both waves must exist.
// Cost: two analyses. Output: the bosam-comparison document (see README, "Analysis").
json compare_waves(const model::Project& project, const std::string& fromWave, const std::string& toWave,
                   const AnalysisOptions& options);

}  // namespace bosam::sna
