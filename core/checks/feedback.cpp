#include "checks/feedback.hpp"

#include <algorithm>
#include <unordered_map>

namespace bosam::checks {
namespace {

// Network-level rules. silo, should-collaborate and external-without-contact name units; they pass only when
// every unit they name may be named (below).
constexpr const char* kFeedbackRules[] = {"silo", "should-collaborate", "external-without-contact", "one-sided-ties",
                                          "low-response-rate"};
constexpr std::size_t kMaxFindings = 3;  // "the main findings", the most serious first (run_checks' order): one page
constexpr std::size_t kTopUnits = 3;

json maybe(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

// Contacts (edges of G) split by where the other end is: inside the same unit, another unit of the
// municipality, or an external partner.
struct Split {
  int inside = 0, otherUnits = 0, partners = 0;
  json to_json() const {
    const int total = inside + otherUnits + partners;
    auto share = [&](int part) { return total > 0 ? json(static_cast<double>(part) / total) : json(nullptr); };
    return {{"total", total},
            {"inside", inside},
            {"otherUnits", otherUnits},
            {"partners", partners},
            {"insideShare", share(inside)},
            {"otherUnitsShare", share(otherUnits)},
            {"partnersShare", share(partners)}};
  }
};

// Unit u's row of the unit matrix, split. O(U).
Split unit_split(const model::Project& p, const sna::Analysis& a, std::size_t u) {
  Split s;
  const auto& row = a.unitMatrix[u];
  for (std::size_t v = 0; v < row.size(); ++v) {
    if (v == u)
      s.inside += row[v];
    else if (p.units[v].external)
      s.partners += row[v];
    else
      s.otherUnits += row[v];
  }
  return s;
}

// The whole organisation: each pair of units once; a contact with a partner at either end is a partner contact.
// O(U²).
Split organisation_split(const model::Project& p, const sna::Analysis& a) {
  Split s;
  for (std::size_t u = 0; u < a.unitMatrix.size(); ++u)
    for (std::size_t v = u; v < a.unitMatrix.size(); ++v) {
      const int n = a.unitMatrix[u][v];
      if (p.units[u].external || p.units[v].external)
        s.partners += n;
      else if (u == v)
        s.inside += n;
      else
        s.otherUnits += n;
    }
  return s;
}

bool at_floor(const model::Project& p, const sna::Analysis& a, std::size_t u) {
  return a.units[u].members >= p.minGroupSize;
}

// A unit may be named with a figure when the figure cannot rest on the answers of fewer than the floor: the
// unit is at the floor, or nobody in it answered in the round (an external partner's contact person, usually).
bool nameable(const model::Project& p, const sna::Analysis& a, std::size_t u) {
  return at_floor(p, a, u) || a.units[u].responded == 0;
}

// The unit's aggregate, or why it is left out. Among the units it is most in contact with, a unit that is not
// nameable is pooled with the others of its kind (units of the municipality, external partners), as a
// pseudonymised copy pools them: {"pooled": "units"|"partners", "units": how many, "contacts"}. O(U log U).
json unit_json(const model::Project& p, const sna::Analysis& a, std::size_t u) {
  const sna::UnitMeasures& m = a.units[u];
  if (!at_floor(p, a, u)) return {{"shown", false}, {"members", m.members}, {"reason", "small"}};
  const auto& row = a.unitMatrix[u];
  std::vector<json> entries;
  json pooled[2] = {{{"pooled", "units"}, {"units", 0}, {"contacts", 0}},
                    {{"pooled", "partners"}, {"units", 0}, {"contacts", 0}}};
  for (std::size_t v = 0; v < row.size(); ++v) {
    if (v == u || row[v] == 0) continue;
    if (nameable(p, a, v)) {
      entries.push_back({{"unitId", p.units[v].id},
                         {"name", p.units[v].name},
                         {"external", p.units[v].external},
                         {"contacts", row[v]}});
      continue;
    }
    json& pool = pooled[p.units[v].external ? 1 : 0];
    pool["units"] = pool["units"].get<int>() + 1;
    pool["contacts"] = pool["contacts"].get<int>() + row[v];
  }
  for (auto& pool : pooled)
    if (pool["units"].get<int>() > 0) entries.push_back(std::move(pool));
  // Most contacts first; among equals, named units in project order before the pools.
  std::stable_sort(entries.begin(), entries.end(),
                   [](const json& x, const json& y) { return x["contacts"].get<int>() > y["contacts"].get<int>(); });
  if (entries.size() > kTopUnits) entries.resize(kTopUnits);
  return {{"shown", true},
          {"members", m.members},
          {"asked", m.asked},
          {"responded", m.responded},
          {"responseRate", maybe(m.responseRate)},
          {"contacts", unit_split(p, a, u).to_json()},
          {"topUnits", std::move(entries)}};
}

// A finding may go to everyone: a network-level rule, no person among its subjects, and every unit it names
// nameable (a small unit's pattern would point at its few people). O(units named).
bool shareable(const json& f, const model::Project& p, const sna::Analysis& a,
               const std::unordered_map<std::string, std::size_t>& unitIndex) {
  if (!feedback_rule(f.value("rule", std::string()))) return false;
  const json& subjects = f.contains("subjects") ? f["subjects"] : json::object();
  if (subjects.contains("actors") && !subjects["actors"].empty()) return false;
  if (subjects.contains("units"))
    for (const auto& id : subjects["units"]) {
      auto it = unitIndex.find(id.get<std::string>());
      if (it == unitIndex.end()) return false;
      if (!nameable(p, a, it->second)) return false;
    }
  return true;
}

struct OwnContact {
  std::size_t to;  // index into project.actors
  int frequency;
  std::vector<std::string> types;
};

}  // namespace

bool feedback_rule(const std::string& rule) {
  return std::find(std::begin(kFeedbackRules), std::end(kFeedbackRules), rule) != std::end(kFeedbackRules);
}

json feedback_json(const model::Project& p, const sna::Analysis& a, const json& findings, const std::string& actorId) {
  const std::string& waveId = a.net.waveId;
  std::unordered_map<std::string, std::size_t> actorIndex, unitIndex, functionIndex, groupIndex;
  for (std::size_t i = 0; i < p.actors.size(); ++i) actorIndex.emplace(p.actors[i].id, i);
  for (std::size_t i = 0; i < p.units.size(); ++i) unitIndex.emplace(p.units[i].id, i);
  for (std::size_t i = 0; i < p.functions.size(); ++i) functionIndex.emplace(p.functions[i].id, i);
  for (std::size_t i = 0; i < p.targetGroups.size(); ++i) groupIndex.emplace(p.targetGroups[i].id, i);

  // Who gets a sheet: everyone who answered in the wave (or the one asked for), in project order.
  const std::map<std::string, bool> status = p.survey_status(waveId);
  std::unordered_map<std::string, std::size_t> sheetOf;  // actor id -> position in `people`
  std::vector<std::size_t> people;
  for (std::size_t i = 0; i < p.actors.size(); ++i) {
    const auto it = status.find(p.actors[i].id);
    if (it == status.end() || !it->second || (!actorId.empty() && p.actors[i].id != actorId)) continue;
    sheetOf.emplace(p.actors[i].id, people.size());
    people.push_back(i);
  }

  // Each person's own reports only: ties FROM them in the wave. A pair reported twice (a duplicate-tie warning)
  // is one contact with the stronger frequency and the kinds of both, as in the network. O(T·k) for k contacts of
  // one person (a few dozen).
  std::vector<std::vector<OwnContact>> contacts(people.size());
  for (const auto& t : p.ties) {
    if (t.waveId != waveId || t.from == t.to) continue;
    const auto from = sheetOf.find(t.from);
    const auto to = actorIndex.find(t.to);
    if (from == sheetOf.end() || to == actorIndex.end()) continue;
    auto& own = contacts[from->second];
    auto same = std::find_if(own.begin(), own.end(), [&](const OwnContact& c) { return c.to == to->second; });
    if (same == own.end()) {
      own.push_back({to->second, t.frequency, t.types});
      continue;
    }
    same->frequency = std::max(same->frequency, t.frequency);
    for (const auto& type : t.types)
      if (std::find(same->types.begin(), same->types.end(), type) == same->types.end()) same->types.push_back(type);
  }

  std::vector<json> tasks(people.size(), json::array());
  for (const auto& r : p.reportedAssignments) {
    const auto at = sheetOf.find(r.actorId);
    if (r.waveId != waveId || at == sheetOf.end()) continue;
    const auto f = functionIndex.find(r.functionId);
    json groups = json::array();
    for (const auto& g : r.targetGroupIds) {
      const auto gi = groupIndex.find(g);
      groups.push_back(gi == groupIndex.end() ? g : p.targetGroups[gi->second].name);
    }
    tasks[at->second].push_back({{"functionId", r.functionId},
                                 {"function", f == functionIndex.end() ? r.functionId : p.functions[f->second].name},
                                 {"role", model::role_name(r.role)},
                                 {"targetGroups", std::move(groups)}});
  }

  std::unordered_map<std::size_t, json> unitSheets;  // unit index -> its aggregate, made once per unit
  json sheets = json::array();
  for (std::size_t s = 0; s < people.size(); ++s) {
    const model::Actor& me = p.actors[people[s]];
    const auto myUnit = unitIndex.find(me.unitId);
    auto& own = contacts[s];
    // Most frequent first, then in the project's order of people.
    std::stable_sort(own.begin(), own.end(), [](const OwnContact& x, const OwnContact& y) {
      return x.frequency != y.frequency ? x.frequency > y.frequency : x.to < y.to;
    });
    json list = json::array();
    for (const auto& c : own) {
      const model::Actor& other = p.actors[c.to];
      const auto ou = unitIndex.find(other.unitId);
      list.push_back({{"actorId", other.id},
                      {"name", other.name},
                      {"unitId", other.unitId},
                      {"unitName", ou == unitIndex.end() ? other.unitId : p.units[ou->second].name},
                      {"external", ou != unitIndex.end() && p.units[ou->second].external},
                      {"frequency", c.frequency},
                      {"types", c.types}});
    }
    json unit = nullptr;
    if (myUnit != unitIndex.end()) {
      auto cached = unitSheets.find(myUnit->second);
      if (cached == unitSheets.end())
        cached = unitSheets.emplace(myUnit->second, unit_json(p, a, myUnit->second)).first;
      unit = cached->second;
    }
    sheets.push_back({{"actorId", me.id},
                      {"name", me.name},
                      {"unitId", me.unitId},
                      {"unitName", myUnit == unitIndex.end() ? me.unitId : p.units[myUnit->second].name},
                      {"contacts", std::move(list)},
                      {"tasks", std::move(tasks[s])},
                      {"unit", std::move(unit)}});
  }

  json shared = json::array();
  for (const auto& f : findings) {
    if (shared.size() >= kMaxFindings) break;
    if (shareable(f, p, a, unitIndex))
      shared.push_back({{"id", f["id"]},
                        {"rule", f["rule"]},
                        {"severity", f["severity"]},
                        {"title", f["title"]},
                        {"explanation", f["explanation"]}});
  }
  const model::Wave* wave = nullptr;
  for (const auto& w : p.waves)
    if (w.id == waveId) wave = &w;
  return {{"wave", wave ? json{{"id", wave->id}, {"label", wave->label}, {"date", wave->date}} : json(nullptr)},
          {"municipality", p.municipalityName},
          {"minGroupSize", p.minGroupSize},
          {"organisation",
           {{"asked", a.network.asked},
            {"responded", a.network.responded},
            {"responseRate", maybe(a.network.responseRate)},
            {"contacts", organisation_split(p, a).to_json()},
            {"findings", std::move(shared)}}},
          {"sheets", std::move(sheets)}};
}

}  // namespace bosam::checks
