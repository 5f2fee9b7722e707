// Robustness of the person-level network findings to missing answers (docs/findings.md, "numbers.robust"): the
// rules that read who is where in the network run once more on the network with non-respondents' ties
// reconstructed (sna::Analysis::reconstructed), and each of their findings says whether it still comes out.
#pragma once
#include <vector>

#include "checks/finding.hpp"

namespace bosam::checks {

// A rule re-run on the reconstructed network: the rule id its findings carry, and the rule itself.
struct RobustRule {
  const char* rule;
  void (*run)(const Context&, std::vector<Finding>&);
};

// The one list of those rules (isolate, bottleneck, collaborative-overload). Only these run twice: the others read the
// survey, the responsibility map or whole units, or are too slow to repeat at scale (should-collaborate).
const std::vector<RobustRule>& robust_rules();

// Sets numbers.robust on every finding of robust_rules() in `findings`: true when a finding with the same id also
// comes out on c.analysis.reconstructed (or when everyone asked answered, so nothing was reconstructed), false
// otherwise, and then the explanation gains the sentence finding.robust.not. Leaves the findings alone when the
// analysis was made without robustness (options.robustness false). O(cost of those rules on the reconstruction).
void mark_robust(const Context& c, std::vector<Finding>& findings);

}  // namespace bosam::checks
