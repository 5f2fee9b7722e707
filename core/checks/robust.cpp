#include "checks/robust.hpp"

#include <algorithm>
#include <set>
#include <string>

#include "checks/rules.hpp"
#include "text/catalogue.hpp"

namespace bosam::checks {

const std::vector<RobustRule>& robust_rules() {
  static const std::vector<RobustRule> list = {
      {"isolate", isolates}, {"bottleneck", bottlenecks}, {"collaborative-overload", overload}};
  return list;
}

void mark_robust(const Context& c, std::vector<Finding>& findings) {
  const auto& rules = robust_rules();
  auto listed = [&](const Finding& f) {
    return std::any_of(rules.begin(), rules.end(), [&](const RobustRule& r) { return f.rule == r.rule; });
  };
  if (std::none_of(findings.begin(), findings.end(), listed)) return;
  const sna::Analysis* rec = c.analysis.reconstructed.get();
  const bool everyoneAnswered = c.network.responded >= c.network.asked;
  if (!rec && !everyoneAnswered) return;  // analysed without robustness: nothing to say either way
  std::set<std::string> held;
  if (rec) {
    const Context rc{c.project, *rec, c.settings, c.lang, rec->net};
    std::vector<Finding> again;
    for (const auto& r : rules) r.run(rc, again);
    for (const auto& f : again) held.insert(f.id);
  }
  for (auto& f : findings) {
    if (!listed(f)) continue;
    const bool robust = !rec || held.count(f.id) > 0;
    f.numbers["robust"] = robust;
    if (!robust) f.explanation += text::tr(c.lang, "finding.robust.not");
  }
}

}  // namespace bosam::checks
