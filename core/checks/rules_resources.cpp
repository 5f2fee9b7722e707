// Resources and location (docs/findings.md): thin-resources, fragmented-function and split-location. They read the
// resource overview (checks/resources.hpp) and the location overview (checks/locations.hpp), so the numbers in
// a finding are the ones the overview tables show. O(A log A + n + m log m + U²·(F + T)), as the overviews.
#include <algorithm>
#include <map>
#include <set>

#include "checks/locations.hpp"
#include "checks/resources.hpp"
#include "checks/rules.hpp"
#include "text/catalogue.hpp"

namespace bosam::checks {
namespace {

std::string fte(double v, Lang lang) { return decimal(v, lang, 2); }

// Selects the sentence that says some figures are estimated from the people's total FTE.
const char* estimate_note(const FunctionResources& f) { return f.estimatedFte > 0 ? "yes" : "no"; }

std::string holder_name(const Context& c, const Holder& h) {
  return h.first ? c.actor_name(h.second) : c.unit_name(h.second);
}

// Holders with time on the function, most time first (then by id, so the order is stable), as "Name (0,30)".
std::vector<std::string> holder_list(const Context& c, const FunctionResources& f) {
  std::vector<std::pair<double, Holder>> hs;
  for (const auto& h : f.holders)
    if (h.second > kFteSlack) hs.push_back({h.second, h.first});
  std::sort(hs.begin(), hs.end(),
            [](const auto& x, const auto& y) { return x.first != y.first ? x.first > y.first : x.second < y.second; });
  std::vector<std::string> out;
  for (const auto& h : hs) out.push_back(holder_name(c, h.second) + " (" + fte(h.first, c.lang) + ")");
  return out;
}

// thin-resources: an essential function that someone holds, whose FTE is fully known, and that either has less
// than minFunctionFte in all, or is carried only by named people who each have less than minPersonFte on it.
// Functions no one holds are left to uncovered-function; with unknown FTE on any assignment the total is only a
// lower bound, so the function is not judged. Returns the ids it raised, so fragmented-function can skip them.
std::set<std::string> thin_resources(const Context& c, const Resources& r, std::vector<Finding>& out) {
  std::set<std::string> held, raised;
  for (const auto& a : c.project.assignments)
    if (a.role != model::Role::contributes) held.insert(a.functionId);
  for (const auto& f : r.functions) {
    if (!f.essential || f.assignments == 0 || !held.count(f.id) || f.unknownAssignments > 0) continue;
    bool onlyThinPeople = !f.holders.empty();
    double largestPerson = 0;
    for (const auto& h : f.holders) {
      onlyThinPeople &= h.first.first && h.second < c.settings.minPersonFte - kFteSlack;
      largestPerson = std::max(largestPerson, h.second);
    }
    if (!f.belowThreshold && !onlyThinPeople) continue;
    Finding fd;
    fd.rule = "thin-resources";
    fd.id = "thin-resources:" + f.id;
    fd.severity = "warning";
    fd.subjects.functions = {f.id};
    std::set<std::string> units, people;
    for (const auto& a : c.project.assignments) {
      const auto* u = c.unit(a.unitId);
      if (a.functionId != f.id || !u || u->external) continue;
      units.insert(a.unitId);
      if (!a.actorId.empty()) people.insert(a.actorId);
    }
    fd.subjects.units = {units.begin(), units.end()};
    fd.subjects.actors = {people.begin(), people.end()};
    fd.numbers = {{"fte", round6(f.fte)},
                  {"estimatedFte", round6(f.estimatedFte)},
                  {"threshold", c.settings.minFunctionFte},
                  {"people", f.people},
                  {"assignments", f.assignments},
                  {"essential", true},
                  {"variant", f.belowThreshold ? "total" : "people"}};
    if (f.belowThreshold) {
      write_texts(fd, c.lang,
                  {{"function", f.name},
                   {"fte", fte(f.fte, c.lang)},
                   {"threshold", fte(c.settings.minFunctionFte, c.lang)},
                   {"estimate", estimate_note(f)}});
    } else {
      fd.numbers["minPersonFte"] = c.settings.minPersonFte;
      fd.numbers["largestPersonFte"] = round6(largestPerson);
      write_texts(fd, c.lang,
                  {{"function", f.name},
                   {"fte", fte(f.fte, c.lang)},
                   {"people", f.holders.size()},
                   {"minPerson", fte(c.settings.minPersonFte, c.lang)},
                   {"holders", join_names(holder_list(c, f), c.lang)},
                   {"estimate", estimate_note(f)}},
                  "people");
    }
    raised.insert(f.id);
    out.push_back(fd);
  }
  return raised;
}

// fragmented-function: a function (essential or not) whose known FTE is spread over at least
// fragmentedMinHolders people or units (a unit counts when an assignment names no person), none holding more
// than fragmentedMaxShare of it. Not judged with unknown FTE on any assignment, nor when thin-resources already
// speaks of the same function (it then says the same thing more sharply).
void fragmented_function(const Context& c, const Resources& r, const std::set<std::string>& thin,
                         std::vector<Finding>& out) {
  for (const auto& f : r.functions) {
    if (thin.count(f.id) || f.unknownAssignments > 0 || f.fte <= kFteSlack) continue;
    std::vector<std::string> names = holder_list(c, f);
    if (static_cast<int>(names.size()) < c.settings.fragmentedMinHolders) continue;
    if (f.largestShare > c.settings.fragmentedMaxShare + kFteSlack) continue;
    Finding fd;
    fd.rule = "fragmented-function";
    fd.id = "fragmented-function:" + f.id;
    fd.severity = "info";
    fd.subjects.functions = {f.id};
    for (const auto& h : f.holders)
      if (h.second > kFteSlack) (h.first.first ? fd.subjects.actors : fd.subjects.units).push_back(h.first.second);
    for (const auto& h : f.holders)  // the units of the people, too
      if (h.first.first && h.second > kFteSlack)
        if (const auto* a = c.actor(h.first.second)) fd.subjects.units.push_back(a->unitId);
    std::sort(fd.subjects.units.begin(), fd.subjects.units.end());
    fd.subjects.units.erase(std::unique(fd.subjects.units.begin(), fd.subjects.units.end()), fd.subjects.units.end());
    fd.numbers = {{"fte", round6(f.fte)},
                  {"holders", names.size()},
                  {"largestShare", round6(f.largestShare)},
                  {"maxShare", c.settings.fragmentedMaxShare},
                  {"minHolders", c.settings.fragmentedMinHolders},
                  {"people", f.people},
                  {"units", f.units},
                  {"essential", f.essential}};
    write_texts(fd, c.lang,
                {{"function", f.name},
                 {"fte", fte(f.fte, c.lang)},
                 {"count", names.size()},
                 {"holders", join_names(names, c.lang)},
                 {"largest", percent(f.largestShare, c.lang)},
                 {"maxShare", percent(c.settings.fragmentedMaxShare, c.lang)}});
    out.push_back(fd);
  }
}

// split-location: two internal units that both hold work on the same function or for the same named target
// group (contributing alone is not enough: then little passes between them), are registered at different
// locations, and whose strongest tie in the wave is below splitLocationMinFrequency (or who have none). Needs a
// wave (without one, how often they talk is not known) and people in both units (a unit with no one registered
// can have no ties).
// When should-collaborate has already raised the same pair (no or rare contact), a second finding about the same
// two units would only repeat it: the locations are added to that finding instead (a sentence and
// numbers.locationA/locationB), so the working group still sees that they sit apart.
void split_location(const Context& c, const Locations& l, std::vector<Finding>& out) {
  if (c.network.waveId.empty() || c.wave_retired()) return;
  std::map<std::string, int> members;
  for (const auto& a : c.project.actors) ++members[a.unitId];
  std::map<std::string, std::size_t> collaborate;  // should-collaborate finding id -> position in out
  for (std::size_t i = 0; i < out.size(); ++i)
    if (out[i].rule == "should-collaborate") collaborate.emplace(out[i].id, i);
  for (const auto& p : l.pairs) {
    if (!p.sameLocation || *p.sameLocation || members[p.a] == 0 || members[p.b] == 0) continue;
    if (p.bothHoldFunctions.empty() && p.bothHoldTargetGroups.empty()) continue;
    if (p.maxFrequency >= c.settings.splitLocationMinFrequency) continue;
    const std::string pairId = std::min(p.a, p.b) + "+" + std::max(p.a, p.b);
    auto known = collaborate.find("should-collaborate:" + pairId);
    if (known != collaborate.end()) {
      Finding* raised = &out[known->second];
      raised->explanation +=
          text::tr(c.lang, "finding.locations-apart", {{"locA", *p.locationA}, {"locB", *p.locationB}});
      raised->numbers["locationA"] = *p.locationA;
      raised->numbers["locationB"] = *p.locationB;
      continue;
    }
    Finding f;
    f.rule = "split-location";
    f.id = "split-location:" + pairId;
    f.severity = "info";
    f.subjects.units = {p.a, p.b};
    f.subjects.functions = p.bothHoldFunctions;
    f.subjects.targetGroups = p.bothHoldTargetGroups;
    f.numbers = {{"ties", p.ties},
                 {"maxFrequency", p.maxFrequency},
                 {"minFrequency", c.settings.splitLocationMinFrequency},
                 {"locationA", *p.locationA},
                 {"locationB", *p.locationB},
                 {"sharedFunctions", p.bothHoldFunctions.size()},
                 {"sharedTargetGroups", p.bothHoldTargetGroups.size()}};
    write_texts(f, c.lang,
                {{"unitA", c.unit_name(p.a)},
                 {"unitB", c.unit_name(p.b)},
                 {"locA", *p.locationA},
                 {"locB", *p.locationB},
                 {"shared", shared_work(c, p.bothHoldFunctions, p.bothHoldTargetGroups)},
                 {"ties", p.ties},
                 {"frequency", frequency_name(p.maxFrequency, c.lang)}});
    if (!c.network_trusted()) f.explanation += text::tr(c.lang, "finding.caveat.few-answered");
    out.push_back(f);
  }
}

}  // namespace

void resource_rules(const Context& c, std::vector<Finding>& out) {
  const Resources r = compute_resources(c.project, c.settings.minFunctionFte);
  const std::set<std::string> thin = thin_resources(c, r, out);
  fragmented_function(c, r, thin, out);
  split_location(c, compute_locations(c.project, &c.network), out);
}

}  // namespace bosam::checks
