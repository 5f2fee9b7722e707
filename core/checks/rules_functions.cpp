#include <algorithm>
#include <map>
#include <set>

#include "checks/rules.hpp"
#include "text/catalogue.hpp"

namespace bosam::checks {
namespace {

using model::Role;

bool holds(const model::Assignment& a) { return a.role == Role::responsible || a.role == Role::performs; }

std::vector<std::string> sorted(const std::set<std::string>& s) { return {s.begin(), s.end()}; }

void duplicate_function(const Context& c, const model::Function& f, const std::vector<const model::Assignment*>& as,
                        std::vector<Finding>& out) {
  // Units holding the function, with the target groups each holds it for (empty set = all groups).
  std::map<std::string, std::set<std::string>> groups;
  std::map<std::string, bool> forAll;
  std::set<std::string> actors;
  for (const auto* a : as) {
    if (!holds(*a)) continue;  // contributing is collaboration, not duplication
    auto& g = groups[a->unitId];
    if (a->targetGroupIds.empty()) forAll[a->unitId] = true;
    g.insert(a->targetGroupIds.begin(), a->targetGroupIds.end());
    if (!a->actorId.empty()) actors.insert(a->actorId);
  }
  if (groups.size() < 2) return;
  Finding fd;
  fd.rule = "duplicate-function";
  fd.id = "duplicate-function:" + f.id;
  fd.subjects.functions = {f.id};
  fd.subjects.actors = sorted(actors);
  std::set<std::string> allGroups;
  std::vector<std::string> holders;
  json byUnit = json::object();
  bool splitByTargetGroup = true;  // every unit holds it for named groups, and no group is held twice
  std::set<std::string> seen;
  for (const auto& [unit, tgs] : groups) {
    fd.subjects.units.push_back(unit);
    allGroups.insert(tgs.begin(), tgs.end());
    std::vector<std::string> names;
    for (const auto& tg : tgs) names.push_back(c.target_group_name(tg));
    const bool all = forAll.count(unit) || tgs.empty();
    holders.push_back(c.unit_name(unit) + (all ? "" : " (" + join_names(names, c.lang) + ")"));
    byUnit[unit] = all ? json("all") : json(sorted(tgs));
    if (all) splitByTargetGroup = false;
    for (const auto& tg : tgs)
      if (!seen.insert(tg).second) splitByTargetGroup = false;
  }
  fd.subjects.targetGroups = sorted(allGroups);
  fd.severity = "warning";
  fd.numbers = {{"units", groups.size()}, {"targetGroupsByUnit", byUnit}, {"splitByTargetGroup", splitByTargetGroup}};
  write_texts(fd, c.lang,
              {{"function", f.name},
               {"count", groups.size()},
               {"holders", join_names(holders, c.lang)},
               {"split", splitByTargetGroup ? "yes" : "no"}});
  out.push_back(fd);
}

void decision_authority(const Context& c, const model::Function& f, const std::vector<const model::Assignment*>& as,
                        std::vector<Finding>& out) {
  int held = 0;
  std::set<std::string> deciders;
  for (const auto* a : as) {
    held += holds(*a);
    if (a->decisionAuthority) deciders.insert(a->unitId);
  }
  if (held == 0) return;  // nobody holds it: uncovered-function says so
  if (!deciders.empty() && deciders.size() < 2) return;
  Finding fd;
  fd.rule = "no-decision-authority";
  fd.id = "no-decision-authority:" + f.id;
  fd.severity = "warning";
  fd.subjects.functions = {f.id};
  if (deciders.empty()) {
    for (const auto* a : as)
      if (holds(*a)) fd.subjects.units.push_back(a->unitId);
    std::sort(fd.subjects.units.begin(), fd.subjects.units.end());
    fd.subjects.units.erase(std::unique(fd.subjects.units.begin(), fd.subjects.units.end()), fd.subjects.units.end());
    fd.numbers = {{"assignments", as.size()}, {"withDecisionAuthority", 0}};
    write_texts(fd, c.lang, {{"function", f.name}, {"count", as.size()}});
  } else {
    fd.subjects.units = sorted(deciders);
    std::vector<std::string> names;
    for (const auto& u : deciders) names.push_back(c.unit_name(u));
    fd.numbers = {{"unitsWithDecisionAuthority", deciders.size()}};
    write_texts(fd, c.lang, {{"function", f.name}, {"holders", join_names(names, c.lang)}}, "split");
  }
  out.push_back(fd);
}

void single_person(const Context& c, const model::Function& f, const std::vector<const model::Assignment*>& as,
                   std::vector<Finding>& out) {
  std::set<std::string> people;
  for (const auto* a : as) {
    if (!holds(*a)) continue;
    if (a->actorId.empty()) return;  // held by a unit as a whole: who does it is not known, so not judged
    people.insert(a->actorId);
  }
  if (people.empty() || static_cast<int>(people.size()) > c.settings.singlePersonMax) return;
  const std::string person = *people.begin();
  const auto* actor = c.actor(person);
  Finding fd;
  fd.rule = "single-person-dependency";
  fd.id = "single-person-dependency:" + f.id;
  fd.severity = f.essential ? "warning" : "info";
  fd.subjects.functions = {f.id};
  fd.subjects.actors = sorted(people);
  if (actor) fd.subjects.units = {actor->unitId};
  fd.numbers = {{"people", people.size()}, {"threshold", c.settings.singlePersonMax}, {"essential", f.essential}};
  write_texts(
      fd, c.lang,
      {{"function", f.name}, {"person", c.actor_name(person)}, {"unit", actor ? c.unit_name(actor->unitId) : "?"}});
  out.push_back(fd);
}

// Survey answers not yet reviewed in which people say they hold the function, people the map does not already
// show holding it: function -> (actor -> responsible?). O(R log R) for R reported assignments.
std::map<std::string, std::map<std::string, bool>> reported_holders(const Context& c) {
  std::set<std::pair<std::string, std::string>> mapped;  // (function, actor) held in the map
  for (const auto& a : c.project.assignments)
    if (holds(a) && !a.actorId.empty()) mapped.insert({a.functionId, a.actorId});
  std::map<std::string, std::map<std::string, bool>> out;
  for (const auto& r : c.project.reportedAssignments) {
    if (!r.pending() || r.role == Role::contributes || mapped.count({r.functionId, r.actorId})) continue;
    bool& responsible = out[r.functionId][r.actorId];
    responsible = responsible || r.role == Role::responsible;
  }
  return out;
}

// Adds the reported holders of the finding's function to it: named in subjects.actors, counted in
// numbers.reportedHolders, and said in the text, so an answer never vanishes before someone has looked at it.
void add_reported(const Context& c, Finding& f, const std::map<std::string, bool>& reported) {
  std::vector<std::string> responsible, performs;
  for (const auto& [actor, isResponsible] : reported) {
    (isResponsible ? responsible : performs).push_back(c.actor_name(actor));
    if (std::find(f.subjects.actors.begin(), f.subjects.actors.end(), actor) == f.subjects.actors.end())
      f.subjects.actors.push_back(actor);
  }
  f.numbers["reportedHolders"] = reported.size();
  const char* roles = responsible.empty() ? "performs" : performs.empty() ? "responsible" : "both";
  f.explanation += " " + text::tr(c.lang, "finding.reported",
                                  {{"roles", roles},
                                   {"responsible", join_names(responsible, c.lang)},
                                   {"nResponsible", responsible.size()},
                                   {"performs", join_names(performs, c.lang)},
                                   {"nPerforms", performs.size()},
                                   {"count", reported.size()}});
}

// A new project has the catalogue's functions and nothing assigned: that is a map not yet drawn, not thirteen
// critical gaps. One calm finding says where to start.
void not_mapped(const Context& c, std::vector<Finding>& out) {
  int essential = 0;
  for (const auto& f : c.project.functions) essential += f.essential;
  if (c.project.functions.empty()) return;
  Finding fd;
  fd.rule = "not-mapped";
  fd.id = "not-mapped:assignments";
  fd.severity = "info";
  fd.numbers = {{"functions", c.project.functions.size()},
                {"essential", essential},
                {"assignments", 0},
                {"units", c.project.units.size()},
                {"people", c.project.actors.size()}};
  write_texts(fd, c.lang, {{"functions", c.project.functions.size()}, {"essential", essential}},
              c.project.units.empty() && c.project.actors.empty() ? "start" : "");
  out.push_back(fd);
}

}  // namespace

void function_rules(const Context& c, std::vector<Finding>& out) {
  const auto reported = reported_holders(c);
  if (c.project.assignments.empty() && reported.empty()) {
    not_mapped(c, out);
    return;
  }
  std::map<std::string, std::vector<const model::Assignment*>> byFunction;
  for (const auto& a : c.project.assignments) byFunction[a.functionId].push_back(&a);
  for (const auto& f : c.project.functions) {
    const auto& as = byFunction[f.id];
    const auto rep = reported.find(f.id);
    const std::size_t first = out.size();
    const bool held = std::any_of(as.begin(), as.end(), [](const auto* a) { return holds(*a); });
    if (!held) {
      if (f.essential) {
        Finding fd;
        fd.rule = "uncovered-function";
        fd.id = "uncovered-function:" + f.id;
        fd.severity = "critical";
        fd.subjects.functions = {f.id};
        for (const auto* a : as) fd.subjects.units.push_back(a->unitId);  // contributors, if any
        fd.numbers = {{"holders", 0}, {"contributors", as.size()}, {"essential", true}};
        write_texts(fd, c.lang, {{"function", f.name}});
        // Someone says they hold it: a gap in the map to review, not (yet) a function nobody does.
        if (rep != reported.end()) fd.severity = "warning";
        out.push_back(fd);
      }
    } else {
      duplicate_function(c, f, as, out);
      decision_authority(c, f, as, out);
      single_person(c, f, as, out);
    }
    if (rep != reported.end())
      for (std::size_t i = first; i < out.size(); ++i) add_reported(c, out[i], rep->second);
  }
}

}  // namespace bosam::checks
