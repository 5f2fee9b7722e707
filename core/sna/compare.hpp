// Comparison of two survey waves of one project: which relationships appeared, disappeared, grew stronger or
// weaker, and the two waves' analyses side by side (core/api writes the measures' changes per person, unit and
// network into the bosam-comparison document).
#pragma once
#include <string>
#include <vector>

#include "model/project.hpp"
#include "sna/analysis.hpp"

namespace bosam::sna {

// A relationship (an edge of G) between two people, ids ordered a < b, with its frequency in each wave (0 when
// absent).
struct TieChange {
  std::string a, b;
  int before = 0, after = 0;
};

struct Comparison {
  std::string from, to;
  Analysis before, after;
  std::vector<TieChange> added, removed, strengthened, weakened;
};

// Relationships are the edges of G (either side reported; frequency = the larger report), so a tie counts as
// "added" only when neither person reported it before. `options.waveId` is ignored; both waves must exist.
// Cost: two analyses.
Comparison compare_waves(const model::Project& project, const std::string& fromWave, const std::string& toWave,
                         const AnalysisOptions& options);

}  // namespace bosam::sna
