#include "checks/settings.hpp"

#include <cmath>

namespace bosam::checks {
namespace {

void read(double value, double& into) { into = value; }

// Counts from a file are doubles: round, and keep them where an int can hold them (1e10 must not overflow).
void read(double value, int& into) {
  const double r = std::round(value);
  into = static_cast<int>(r < 0 ? 0 : r > 1e6 ? 1e6 : r);
}

}  // namespace

Settings settings_from(const model::Project& project) {
  Settings s;
  s.roles = sna::role_thresholds(project);
  for (const auto& [key, v] : project.thresholds) {
    if (key == "minResponseRate")
      read(v, s.minResponseRate);
    else if (key == "rareFrequency")
      read(v, s.rareFrequency);
    else if (key == "siloEiIndex")
      read(v, s.siloEiIndex);
    else if (key == "siloMinMembers")
      read(v, s.siloMinMembers);
    else if (key == "bottleneckBetweenness")
      read(v, s.bottleneckBetweenness);
    else if (key == "oneSidedShare")
      read(v, s.oneSidedShare);
    else if (key == "oneSidedMinTies")
      read(v, s.oneSidedMinTies);
    else if (key == "singlePersonMax")
      read(v, s.singlePersonMax);
    else if (key == "minFunctionFte")
      read(v, s.minFunctionFte);
    else if (key == "minPersonFte")
      read(v, s.minPersonFte);
    else if (key == "fragmentedMinHolders")
      read(v, s.fragmentedMinHolders);
    else if (key == "fragmentedMaxShare")
      read(v, s.fragmentedMaxShare);
    else if (key == "splitLocationMinFrequency")
      read(v, s.splitLocationMinFrequency);
    else if (key == "overloadShare")
      read(v, s.overloadShare);
    else if (key == "overloadMinPeople")
      read(v, s.overloadMinPeople);
  }
  return s;
}

json settings_json(const Settings& s) {
  return {{"minResponseRate", s.minResponseRate},
          {"rareFrequency", s.rareFrequency},
          {"siloEiIndex", s.siloEiIndex},
          {"siloMinMembers", s.siloMinMembers},
          {"bottleneckBetweenness", s.bottleneckBetweenness},
          {"oneSidedShare", s.oneSidedShare},
          {"oneSidedMinTies", s.oneSidedMinTies},
          {"singlePersonMax", s.singlePersonMax},
          {"minFunctionFte", s.minFunctionFte},
          {"minPersonFte", s.minPersonFte},
          {"fragmentedMinHolders", s.fragmentedMinHolders},
          {"fragmentedMaxShare", s.fragmentedMaxShare},
          {"splitLocationMinFrequency", s.splitLocationMinFrequency},
          {"connectorTopShare", s.roles.connectorTopShare},
          {"connectorMinTies", s.roles.connectorMinTies},
          {"spannerMinUnits", s.roles.spannerMinUnits},
          {"brokerTopShare", s.roles.brokerTopShare},
          {"brokerMinCrossUnit", s.roles.brokerMinCrossUnit},
          {"peripheralMaxTies", s.roles.peripheralMaxTies},
          {"overloadShare", s.overloadShare},
          {"overloadMinPeople", s.overloadMinPeople}};
}

}  // namespace bosam::checks
