#include "checks/retention.hpp"

#include <map>
#include <set>

#include "checks/overview.hpp"
#include "sna/analyze.hpp"

namespace bosam::checks {
namespace {

json maybe(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

struct Counts {
  int ties = 0, reportedTasks = 0, respondents = 0;
  bool any() const { return ties + reportedTasks + respondents > 0; }
};

std::map<std::string, Counts> counts_by_wave(const model::Project& p) {
  std::map<std::string, Counts> out;
  for (const auto& t : p.ties) ++out[t.waveId].ties;
  for (const auto& r : p.reportedAssignments) ++out[r.waveId].reportedTasks;
  for (const auto& r : p.respondents) ++out[r.waveId].respondents;
  return out;
}

json retired_json(const model::Wave& w) {
  if (!w.retired) return nullptr;
  return {{"retiredAt", w.retired->retiredAt}, {"figures", w.retired->figures}};
}

// Keeps the items of `list` whose waveId is not in `waves`.
void drop_wave_items(json& doc, const char* list, const std::set<std::string>& waves) {
  auto it = doc.find(list);
  if (it == doc.end() || !it->is_array()) return;
  json kept = json::array();
  for (auto& item : *it) {
    const bool gone = item.is_object() && item.contains("waveId") && item["waveId"].is_string() &&
                      waves.count(item["waveId"].get<std::string>());
    if (!gone) kept.push_back(std::move(item));
  }
  *it = std::move(kept);
}

}  // namespace

json kept_figures(const model::Project& p, const std::string& waveId) {
  sna::AnalysisOptions opt;
  opt.waveId = waveId;
  opt.robustness = false;  // the figures kept are the observed ones
  const sna::Analysis a = sna::analyze(p, opt);
  const sna::NetworkMeasures& n = a.network;
  // The counts Oversikt shows for the wave (the one definition of asked, answered and one-sided).
  json overview = overview_json(p);  // named: the loop below must not outlive it
  json wave = json::object();
  for (auto& w : overview["waves"])
    if (w["id"] == waveId) wave = std::move(w);
  int reported = 0;
  for (const auto& r : p.reportedAssignments) reported += r.waveId == waveId;
  return {{"asked", wave.value("asked", 0)},
          {"answered", wave.value("responded", 0)},
          {"responseRate", wave.value("responseRate", json(nullptr))},
          {"ties", wave.value("ties", 0)},
          {"oneSided", wave.contains("oneSided") ? wave["oneSided"].size() : 0},
          {"reportedTasks", reported},
          {"nodes", n.nodes},
          {"edges", n.edges},
          {"density", maybe(n.density)},
          {"reciprocity", maybe(n.reciprocity)},
          {"transitivity", n.transitivity},
          {"averageClustering", maybe(n.averageClustering)},
          {"components", n.components},
          {"largestComponent", n.largestComponent},
          {"diameter", maybe(n.diameter)},
          {"averagePathLength", maybe(n.averagePathLength)},
          {"degreeCentralization", maybe(n.degreeCentralization)},
          {"betweennessCentralization", maybe(n.betweennessCentralization)},
          {"eiIndex", maybe(n.eiIndex)}};
}

json retention_status(const model::Project& p, const std::string& today) {
  const std::string& until = p.privacy.answersKeptUntil;
  const auto counts = counts_by_wave(p);
  json waves = json::array();
  for (const auto& w : p.waves) {
    const auto it = counts.find(w.id);
    const Counts c = it == counts.end() ? Counts{} : it->second;
    waves.push_back({{"id", w.id},
                     {"label", w.label.empty() ? w.id : w.label},
                     {"date", w.date},
                     {"ties", c.ties},
                     {"reportedTasks", c.reportedTasks},
                     {"respondents", c.respondents},
                     {"hasAnswers", c.any()},
                     {"retired", retired_json(w)}});
  }
  // ISO dates compare as text; the answers are kept through the day named, so they may go from the day after.
  return {{"keptUntil", until.empty() ? json(nullptr) : json(until)},
          {"today", today},
          {"due", !until.empty() && today > until},
          {"waves", std::move(waves)}};
}

json retire_answers(const json& doc, const model::Project& p, const std::vector<std::string>& waveIds,
                    const std::string& retiredAt) {
  const std::set<std::string> chosen(waveIds.begin(), waveIds.end());
  json out = doc;
  // Figures first, from the project as it is; then the answers go.
  if (auto waves = out.find("waves"); waves != out.end() && waves->is_array())
    for (auto& w : *waves) {
      if (!w.is_object() || !w.contains("id") || !w["id"].is_string()) continue;
      const std::string id = w["id"].get<std::string>();
      if (!chosen.count(id)) continue;
      const model::Wave* typed = p.wave(id);
      if (typed && typed->retired) continue;  // retired before: its first figures stay
      w["retired"] = {{"retiredAt", retiredAt}, {"figures", kept_figures(p, id)}};
    }
  for (const char* list : {"ties", "reportedAssignments", "respondents"}) drop_wave_items(out, list, chosen);
  return out;
}

}  // namespace bosam::checks
