#include "checks/overview.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace bosam::checks {

bool holds(const model::Assignment& a) { return a.role == model::Role::responsible || a.role == model::Role::performs; }

namespace {

bool covers(const model::Assignment& a, const std::string& group) {
  if (a.targetGroupIds.empty()) return true;
  for (const auto& g : a.targetGroupIds)
    if (g == group) return true;
  return false;
}

json flags(const std::vector<std::string>& holders, bool essential) {
  return {{"holders", holders}, {"duplicate", holders.size() >= 2}, {"gap", essential && holders.empty()}};
}

// Units holding the function (for `group`, or for any group when empty), in the order of the project's units.
std::vector<std::string> holders_of(const model::Project& p, const std::vector<const model::Assignment*>& as,
                                    const std::string& group) {
  std::set<std::string> units;
  for (const auto* a : as)
    if (holds(*a) && (group.empty() || covers(*a, group))) units.insert(a->unitId);
  std::vector<std::string> out;
  for (const auto& u : p.units)
    if (units.count(u.id)) out.push_back(u.id);
  return out;
}

// The ties of one wave that only one side reported: every reported arc (from -> to, self-ties set aside) whose
// reverse nobody reported, with the strongest report's frequency and why the other side is silent: "not-answered"
// (`to` has not answered this round, so there is nothing to compare with) or "not-named" (`to` answered and did
// not name `from`). The one-sided-ties finding counts the second kind only. O(t log t) for t ties of the wave.
json one_sided(const model::Project& p, const std::string& waveId) {
  std::map<std::pair<std::string, std::string>, int> arcs;
  for (const auto& t : p.ties)
    if (t.waveId == waveId && t.from != t.to) {
      int& f = arcs[{t.from, t.to}];
      f = std::max(f, t.frequency);
    }
  const auto status = p.survey_status(waveId);
  json out = json::array();
  for (const auto& [pair, frequency] : arcs) {
    if (arcs.count({pair.second, pair.first})) continue;
    const auto s = status.find(pair.second);
    out.push_back({{"from", pair.first},
                   {"to", pair.second},
                   {"frequency", frequency},
                   {"reason", s != status.end() && s->second ? "not-named" : "not-answered"}});
  }
  return out;
}

}  // namespace

json overview_json(const model::Project& p) {
  int external = 0;
  for (const auto& u : p.units) external += u.external;
  std::set<std::string> held;
  for (const auto& a : p.assignments)
    if (holds(a)) held.insert(a.functionId);
  int essential = 0, essentialHeld = 0;
  json uncovered = json::array();
  for (const auto& f : p.functions) {
    if (!f.essential) continue;
    ++essential;
    if (held.count(f.id))
      ++essentialHeld;
    else
      uncovered.push_back(f.id);
  }
  int pending = 0;
  for (const auto& r : p.reportedAssignments) pending += r.pending();
  std::map<std::string, int> ties;
  for (const auto& t : p.ties) ++ties[t.waveId];
  json waves = json::array();
  for (const auto& w : p.waves) {
    if (w.retired) {  // its answers were deleted: the counts kept from them (checks/retention.hpp)
      const json& f = w.retired->figures;
      waves.push_back({{"id", w.id},
                       {"label", w.label.empty() ? w.id : w.label},
                       {"date", w.date},
                       {"ties", f.value("ties", 0)},
                       {"asked", f.value("asked", 0)},
                       {"responded", f.value("answered", 0)},
                       {"responseRate", f.value("responseRate", json(nullptr))},
                       {"oneSided", json::array()},
                       {"retired", {{"retiredAt", w.retired->retiredAt}, {"figures", f}}}});
      continue;
    }
    int asked = 0, responded = 0;
    for (const auto& [actor, answered] : p.survey_status(w.id)) {
      ++asked;
      responded += answered;
    }
    waves.push_back({{"id", w.id},
                     {"label", w.label.empty() ? w.id : w.label},
                     {"date", w.date},
                     {"ties", ties[w.id]},
                     {"asked", asked},
                     {"responded", responded},
                     {"responseRate", asked ? json(static_cast<double>(responded) / asked) : json(nullptr)},
                     {"oneSided", one_sided(p, w.id)},
                     {"retired", nullptr}});
  }
  const model::Wave* latest = p.latest_wave();
  return {
      {"units",
       {{"total", p.units.size()}, {"internal", static_cast<int>(p.units.size()) - external}, {"external", external}}},
      {"actors", p.actors.size()},
      {"targetGroups", p.targetGroups.size()},
      {"assignments", p.assignments.size()},
      {"reportedPending", pending},
      {"functions",
       {{"total", p.functions.size()},
        {"essential", essential},
        {"essentialHeld", essentialHeld},
        {"uncovered", std::move(uncovered)}}},
      {"waves", std::move(waves)},
      {"latestWaveId", latest ? json(latest->id) : json(nullptr)}};
}

json tasks_json(const model::Project& p) {
  std::map<std::string, std::vector<const model::Assignment*>> byFunction;
  for (const auto& a : p.assignments) byFunction[a.functionId].push_back(&a);
  json functions = json::array();
  for (const auto& f : p.functions) {
    const auto& as = byFunction[f.id];
    json row = flags(holders_of(p, as, ""), f.essential);
    json groups = json::object();
    for (const auto& g : p.targetGroups) groups[g.id] = flags(holders_of(p, as, g.id), f.essential);
    json out = {{"id", f.id}};
    for (auto& [k, v] : row.items()) out[k] = std::move(v);
    out["byTargetGroup"] = std::move(groups);
    functions.push_back(std::move(out));
  }
  return {{"functions", std::move(functions)}};
}

}  // namespace bosam::checks
