// Comparison of two survey waves of one project: which relationships appeared, disappeared, grew stronger or
// weaker, and the two waves' analyses side by side (core/api writes the measures' changes per person, unit and
// network into the bosam-comparison document).
#pragma once
#include <optional>
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

// How much of the network stayed between the two waves, among the people in both: a person is in a wave when
// they were asked in it or are named in one of its ties (either side, as reported). Over the edges of G among
// them: kept (in both waves), lost (only in the first), added (only in the second), their shares of all three
// together (keptShare is the Jaccard index of the two tie sets, Snijders et al. 2010), and the QAP correlation of
// the two waves' G with its p (sna/chance.hpp; x = tie in the first wave, y = tie in the second).
struct TieStability {
  int people = 0;
  int kept = 0, lost = 0, added = 0;
  std::optional<double> keptShare, lostShare, addedShare;  // none when neither wave has a tie among them
  std::optional<QapResult> qap;                            // none without variance
};

struct Comparison {
  std::string from, to;
  Analysis before, after;
  std::vector<TieChange> added, removed, strengthened, weakened;
  TieStability stability;
};

// Relationships are the edges of G (either side reported; frequency = the larger report), so a tie counts as
// "added" only when neither person reported it before. `options.waveId` is ignored; both waves must exist.
// The two analyses skip their own tests against chance (the comparison reports none of their p values); the
// stability's QAP draws `options.permutations` permutations (at most 500 above `exactLimit` people in both).
// Cost: two analyses, plus O(n + m log m) and the QAP's O(P · m log d).
Comparison compare_waves(const model::Project& project, const std::string& fromWave, const std::string& toWave,
                         const AnalysisOptions& options);

}  // namespace bosam::sna
