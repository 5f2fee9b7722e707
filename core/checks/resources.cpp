#include "checks/resources.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

namespace bosam::checks {

double round6(double value) { return std::round(value * 1e6) / 1e6; }

// Only a performing assignment without an FTE is estimated, from the rest of the person's position. Contributing is
// a share of someone else's function, often a small one (a NAV adviser who only contributes to "Bostøtte" would
// get the rest of the position), and being responsible is often a leader's, whose position is mostly other work
// (a head of unit responsible for "Bosetting" would get a whole position): for both the rest of a position says
// nothing about the time, so they stay unknown. O(assignments + actors).
bool estimable(const model::Assignment& a) { return !a.fte && !a.actorId.empty() && a.role == model::Role::performs; }

std::vector<AssignmentFte> assignment_ftes(const model::Project& p) {
  std::unordered_map<std::string, const model::Actor*> actors;
  for (const auto& a : p.actors) actors.emplace(a.id, &a);
  // Per person: the FTE their assignments state, and how many of their assignments may share the rest.
  std::unordered_map<std::string, double> stated;
  std::unordered_map<std::string, int> sharing;
  for (const auto& a : p.assignments) {
    if (a.actorId.empty()) continue;
    if (a.fte)
      stated[a.actorId] += *a.fte;
    else if (estimable(a))
      ++sharing[a.actorId];
  }
  std::vector<AssignmentFte> out;
  out.reserve(p.assignments.size());
  for (const auto& a : p.assignments) {
    if (a.fte) {
      out.push_back({a.fte, false});
      continue;
    }
    auto it = estimable(a) ? actors.find(a.actorId) : actors.end();
    if (it == actors.end() || !it->second->fte) {
      // a unit as a whole, a contributing assignment, or a person whose position is not given
      out.push_back({std::nullopt, false});
      continue;
    }
    const double rest = std::max(0.0, *it->second->fte - stated[a.actorId]);
    out.push_back({rest / sharing[a.actorId], true});
  }
  return out;
}

namespace {

template <typename T>
std::unordered_map<std::string, std::size_t> index_of(const std::vector<T>& list) {
  std::unordered_map<std::string, std::size_t> idx;
  for (std::size_t i = 0; i < list.size(); ++i) idx.emplace(list[i].id, i);
  return idx;
}

// What is gathered per function, unit and target group while walking the assignments once.
struct FunctionAcc {
  std::set<std::string> people, units, groups;
};
struct UnitAcc {
  std::set<std::string> people;
  std::map<std::size_t, UnitFunctionFte> byFunction;  // function index -> its figures: iterates in catalogue order
};
struct GroupAcc {
  double fte = 0, estimatedFte = 0;
  std::set<std::size_t> functions;
  int assignments = 0;
};

void add_group(GroupAcc& g, double fte, double estimated, std::size_t function) {
  g.fte += fte;
  g.estimatedFte += estimated;
  g.functions.insert(function);
  ++g.assignments;
}

}  // namespace

Resources compute_resources(const model::Project& p, double minFunctionFte) {
  Resources r;
  r.threshold = minFunctionFte;
  const auto ftes = assignment_ftes(p);
  const auto unitIdx = index_of(p.units), fnIdx = index_of(p.functions), tgIdx = index_of(p.targetGroups);

  for (const auto& f : p.functions) {
    FunctionResources fr;
    fr.id = f.id;
    fr.name = f.name;
    fr.essential = f.essential;
    r.functions.push_back(std::move(fr));
  }
  std::vector<FunctionAcc> fnAcc(p.functions.size());
  std::vector<UnitAcc> unitAcc(p.units.size());
  std::vector<UnitResources> unitRes(p.units.size());
  std::vector<GroupAcc> groupAcc(p.targetGroups.size());
  GroupAcc noGroup;

  r.assignments.reserve(p.assignments.size());
  for (std::size_t i = 0; i < p.assignments.size(); ++i) {
    const auto& a = p.assignments[i];
    auto u = unitIdx.find(a.unitId);
    auto fi = fnIdx.find(a.functionId);
    if (u == unitIdx.end() || p.units[u->second].external) {
      ++r.externalAssignments;
      r.assignments.push_back({a.fte, false, false});
      continue;
    }
    r.assignments.push_back({ftes[i].fte, ftes[i].estimated, true});
    if (fi == fnIdx.end()) continue;  // not in a validated project
    FunctionResources& F = r.functions[fi->second];
    FunctionAcc& FA = fnAcc[fi->second];
    UnitResources& U = unitRes[u->second];
    UnitAcc& UA = unitAcc[u->second];
    const bool known = ftes[i].fte.has_value();
    const double v = known ? *ftes[i].fte : 0.0, est = ftes[i].estimated ? v : 0.0;

    ++F.assignments;
    FA.units.insert(a.unitId);
    if (!a.actorId.empty()) {
      FA.people.insert(a.actorId);
      UA.people.insert(a.actorId);
    }
    if (!known) {
      ++F.unknownAssignments;
      ++r.unknownAssignments;
    } else {
      F.holders[{!a.actorId.empty(), a.actorId.empty() ? a.unitId : a.actorId}] += v;
    }
    F.fte += v;
    F.estimatedFte += est;
    U.fte += v;
    U.estimatedFte += est;
    UnitFunctionFte& cell = UA.byFunction[fi->second];
    cell.fte += v;
    cell.estimatedFte += est;
    cell.unknownAssignments += !known;
    r.totalFte += v;
    r.estimatedFte += est;

    // Equal split over the named target groups (each counted once even if listed twice).
    const std::set<std::string> groups(a.targetGroupIds.begin(), a.targetGroupIds.end());
    FA.groups.insert(groups.begin(), groups.end());
    if (groups.empty()) add_group(noGroup, v, est, fi->second);
    for (const auto& g : groups) {
      auto t = tgIdx.find(g);
      if (t != tgIdx.end()) add_group(groupAcc[t->second], v / groups.size(), est / groups.size(), fi->second);
    }
  }

  for (std::size_t f = 0; f < r.functions.size(); ++f) {
    FunctionResources& F = r.functions[f];
    F.people = static_cast<int>(fnAcc[f].people.size());
    F.units = static_cast<int>(fnAcc[f].units.size());
    F.targetGroups = static_cast<int>(fnAcc[f].groups.size());
    double largest = 0;
    for (const auto& h : F.holders) largest = std::max(largest, h.second);
    F.largestShare = F.fte > 0 ? largest / F.fte : 0.0;
    F.belowThreshold = F.fte < minFunctionFte - kFteSlack;
  }
  for (std::size_t u = 0; u < p.units.size(); ++u) {
    if (p.units[u].external) continue;
    UnitResources U = std::move(unitRes[u]);
    U.id = p.units[u].id;
    U.name = p.units[u].name;
    U.people = static_cast<int>(unitAcc[u].people.size());
    for (auto& [f, cell] : unitAcc[u].byFunction) {
      cell.functionId = p.functions[f].id;
      U.byFunction.push_back(std::move(cell));
    }
    r.units.push_back(std::move(U));
  }
  auto group = [](std::optional<std::string> id, std::string name, const GroupAcc& g) {
    return TargetGroupResources{
        std::move(id), std::move(name), g.fte, g.estimatedFte, static_cast<int>(g.functions.size()), g.assignments};
  };
  for (std::size_t t = 0; t < p.targetGroups.size(); ++t)
    r.targetGroups.push_back(group(p.targetGroups[t].id, p.targetGroups[t].name, groupAcc[t]));
  if (noGroup.assignments > 0) r.targetGroups.push_back(group(std::nullopt, "", noGroup));
  return r;
}

json resources_json(const Resources& r) {
  json functions = json::array(), units = json::array(), groups = json::array();
  for (const auto& f : r.functions) {
    int holders = 0;
    for (const auto& h : f.holders) holders += h.second > 0;
    functions.push_back({{"id", f.id},
                         {"name", f.name},
                         {"essential", f.essential},
                         {"fte", round6(f.fte)},
                         {"estimatedFte", round6(f.estimatedFte)},
                         {"people", f.people},
                         {"units", f.units},
                         {"assignments", f.assignments},
                         {"targetGroups", f.targetGroups},
                         {"belowThreshold", f.belowThreshold},
                         {"largestShare", round6(f.largestShare)},
                         {"unknownAssignments", f.unknownAssignments},
                         {"holders", holders}});
  }
  for (const auto& u : r.units) {
    json by = json::array();
    // A unit with no known FTE has no shares to give: every share is 0 then (otherwise they sum to 1).
    for (const auto& c : u.byFunction)
      by.push_back({{"functionId", c.functionId},
                    {"fte", round6(c.fte)},
                    {"estimatedFte", round6(c.estimatedFte)},
                    {"unknownAssignments", c.unknownAssignments},
                    {"share", u.fte > 0 ? round6(c.fte / u.fte) : 0.0}});
    units.push_back({{"id", u.id},
                     {"name", u.name},
                     {"fte", round6(u.fte)},
                     {"estimatedFte", round6(u.estimatedFte)},
                     {"people", u.people},
                     {"byFunction", std::move(by)}});
  }
  for (const auto& g : r.targetGroups)
    groups.push_back({{"id", g.id ? json(*g.id) : json(nullptr)},
                      {"name", g.name},
                      {"fte", round6(g.fte)},
                      {"estimatedFte", round6(g.estimatedFte)},
                      {"functions", g.functions},
                      {"assignments", g.assignments}});
  json assignments = json::array();
  for (const auto& a : r.assignments)
    assignments.push_back(
        {{"fte", a.fte ? json(round6(*a.fte)) : json(nullptr)}, {"estimated", a.estimated}, {"counted", a.counted}});
  return {{"threshold", r.threshold},
          {"totalFte", round6(r.totalFte)},
          {"estimatedFte", round6(r.estimatedFte)},
          {"unknownAssignments", r.unknownAssignments},
          {"externalAssignments", r.externalAssignments},
          {"functions", std::move(functions)},
          {"units", std::move(units)},
          {"targetGroups", std::move(groups)},
          {"assignments", std::move(assignments)}};
}

}  // namespace bosam::checks
