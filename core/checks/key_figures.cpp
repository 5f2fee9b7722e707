#include "checks/key_figures.hpp"

#include <map>
#include <set>

#include "checks/overview.hpp"
#include "text/catalogue.hpp"

namespace bosam::checks {
namespace {

using K = FigureKind;

std::optional<double> count(std::size_t n) { return static_cast<double>(n); }
std::optional<double> share(std::size_t part, std::size_t whole) {
  return whole ? std::optional<double>(static_cast<double>(part) / static_cast<double>(whole)) : std::nullopt;
}

}  // namespace

const char* kind_name(FigureKind k) {
  switch (k) {
    case K::count:
      return "count";
    case K::share:
      return "share";
    case K::decimal:
      return "decimal";
    case K::index:
      return "index";
    case K::p:
      return "p";
  }
  return "";
}

KeyFigures key_figures(const model::Project& p, const sna::Analysis& a, const json& kb) {
  KeyFigures k;
  k.projectId = p.id;
  k.municipality = p.municipalityName;
  k.pseudonymized = p.pseudonymized;
  k.waveId = a.net.waveId;
  for (const auto& w : p.waves)
    if (w.id == a.net.waveId) k.waveLabel = w.label;

  std::size_t external = 0;
  for (const auto& u : p.units) external += u.external ? 1 : 0;
  const bool surveyed = !a.net.waveId.empty();
  const auto& n = a.network;
  std::size_t isolates = 0;
  for (const auto& m : a.nodes) isolates += m.degree == 0 ? 1 : 0;

  // Functions: held by a unit through a responsible or performs assignment (overview.hpp); duplicated when two
  // or more units hold it; FTE per held function from the FTE recorded on holding assignments.
  std::map<std::string, std::set<std::string>> holders;
  double fte = 0;
  bool anyFte = false;
  for (const auto& as : p.assignments) {
    if (!holds(as)) continue;
    holders[as.functionId].insert(as.unitId);
    if (as.fte) fte += *as.fte, anyFte = true;
  }
  std::size_t held = 0, duplicated = 0;
  for (const auto& f : p.functions) {
    const auto it = holders.find(f.id);
    if (it == holders.end()) continue;
    held += 1;
    duplicated += it->second.size() >= 2 ? 1 : 0;
  }

  std::size_t critical = 0, warning = 0, info = 0;
  if (kb.contains("findings") && kb["findings"].is_array())
    for (const auto& f : kb["findings"]) {
      const std::string s = f.value("severity", "");
      critical += s == "critical", warning += s == "warning", info += s == "info";
    }

  const auto when = [&](std::optional<double> v) { return surveyed ? v : std::nullopt; };
  k.figures = {
      {"people", K::count, count(p.actors.size())},
      {"units", K::count, count(p.units.size() - external)},
      {"externalUnits", K::count, count(external)},
      {"asked", K::count, when(count(static_cast<std::size_t>(n.asked)))},
      {"responseRate", K::share, n.responseRate},
      {"ties", K::count, when(count(static_cast<std::size_t>(n.ties)))},
      {"density", K::share, when(n.density)},
      {"reciprocity", K::share, when(n.reciprocity)},
      {"averagePathLength", K::decimal, when(n.averagePathLength)},
      {"components", K::count, when(count(static_cast<std::size_t>(n.components)))},
      {"isolates", K::count, when(count(isolates))},
      {"degreeCentralization", K::share, when(n.degreeCentralization)},
      {"betweennessCentralization", K::share, when(n.betweennessCentralization)},
      {"eiIndex", K::index, when(n.eiIndex)},
      {"modularity", K::decimal,
       when(a.communities.result.count ? std::optional<double>(a.communities.result.modularity) : std::nullopt)},
      {"agreementWithUnits", K::decimal, when(a.communities.nmi)},
      {"sharedWorkCorrelation", K::index,
       when(n.sharedWork ? std::optional<double>(n.sharedWork->correlation) : std::nullopt)},
      {"sharedWorkP", K::p, when(n.sharedWork ? n.sharedWork->p : std::nullopt)},
      {"functions", K::count, count(p.functions.size())},
      {"functionsHeld", K::share, share(held, p.functions.size())},
      {"functionsDuplicated", K::share, share(duplicated, p.functions.size())},
      {"ftePerFunction", K::decimal,
       anyFte && held ? std::optional<double>(fte / static_cast<double>(held)) : std::nullopt},
      {"findingsCritical", K::count, count(critical)},
      {"findingsWarning", K::count, count(warning)},
      {"findingsInfo", K::count, count(info)},
  };
  return k;
}

json key_figures_json(const KeyFigures& k, Lang lang) {
  json figures = json::array();
  for (const auto& f : k.figures)
    figures.push_back({{"key", f.key},
                       {"kind", kind_name(f.kind)},
                       {"label", text::tr(lang, "figure." + f.key)},
                       {"value", !f.value                      ? json(nullptr)
                                 : f.kind == FigureKind::count ? json(static_cast<long long>(*f.value))
                                                               : json(*f.value)}});
  return {{"projectId", k.projectId},
          {"municipality", k.municipality},
          {"waveId", k.waveId.empty() ? json(nullptr) : json(k.waveId)},
          {"waveLabel", k.waveLabel.empty() ? json(nullptr) : json(k.waveLabel)},
          {"pseudonymized", k.pseudonymized},
          {"figures", std::move(figures)}};
}

KeyFigures key_figures_from_json(const json& entry) {
  KeyFigures k;
  k.municipality = entry.value("municipality", std::string());
  if (entry.contains("figures") && entry["figures"].is_array())
    for (const auto& f : entry["figures"]) {
      if (!f.is_object() || !f.contains("key") || !f["key"].is_string()) continue;
      const json& v = f.contains("value") ? f["value"] : json();
      k.figures.push_back({f["key"].get<std::string>(), FigureKind::decimal,
                           v.is_number() ? std::optional<double>(v.get<double>()) : std::nullopt});
    }
  return k;
}

}  // namespace bosam::checks
