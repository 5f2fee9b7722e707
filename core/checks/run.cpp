#include "checks/run.hpp"

#include <algorithm>

#include "checks/drafts.hpp"
#include "checks/locations.hpp"
#include "checks/overview.hpp"
#include "checks/phases.hpp"
#include "checks/resources.hpp"
#include "checks/robust.hpp"
#include "checks/rules.hpp"

namespace bosam::checks {

namespace {

json findings_of(const Context& c) {
  std::vector<Finding> findings;
  function_rules(c, findings);
  network_rules(c, findings);
  process_rules(c, findings);
  resource_rules(c, findings);
  mark_robust(c, findings);  // numbers.robust: does the finding hold with non-respondents' ties reconstructed
  auto rank = [](const std::string& s) { return s == "critical" ? 0 : s == "warning" ? 1 : 2; };
  std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
    if (rank(a.severity) != rank(b.severity)) return rank(a.severity) < rank(b.severity);
    return a.rule != b.rule ? a.rule < b.rule : a.id < b.id;
  });
  json out = json::array();
  for (const auto& f : findings) out.push_back(to_json(f));
  return out;
}

}  // namespace

json run_checks(const model::Project& project, const sna::Analysis& analysis, Lang lang) {
  const Settings settings = settings_from(project);
  return findings_of(Context{project, analysis, settings, lang, analysis.net});
}

json knowledge_base(const model::Project& project, const sna::Analysis& analysis, Lang lang) {
  const Settings settings = settings_from(project);
  const sna::Network& network = analysis.net;
  const Context c{project, analysis, settings, lang, network};
  json findings = findings_of(c);
  json drafts = assessment_drafts(c, findings);
  json phases = phase_status(project, &analysis, settings, lang);
  return {{"findings", std::move(findings)},
          {"assessmentDrafts", std::move(drafts)},
          {"phases", std::move(phases["phases"])},
          {"unknownPhases", std::move(phases["unknownPhases"])},
          // The resource and location overviews, from the same project, wave and options.
          {"resources", resources_json(compute_resources(project, settings.minFunctionFte))},
          {"locations", locations_json(compute_locations(project, &network))},
          {"settings", settings_json(settings)},
          {"overview", overview_json(project)},
          {"tasks", tasks_json(project)}};
}

}  // namespace bosam::checks
