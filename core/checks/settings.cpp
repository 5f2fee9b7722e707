#include "checks/settings.hpp"

#include <cmath>

#include "base/threshold.hpp"

namespace bosam::checks {

Settings settings_from(const model::Project& project) {
  Settings s;
  s.roles = sna::role_thresholds(project);
  for (const auto& [key, v] : project.thresholds) {
    if (key == "minResponseRate")
      read_threshold(v, s.minResponseRate);
    else if (key == "rareFrequency")
      read_threshold(v, s.rareFrequency);
    else if (key == "siloEiIndex")
      read_threshold(v, s.siloEiIndex);
    else if (key == "siloMinMembers")
      read_threshold(v, s.siloMinMembers);
    else if (key == "bottleneckBetweenness")
      read_threshold(v, s.bottleneckBetweenness);
    else if (key == "oneSidedShare")
      read_threshold(v, s.oneSidedShare);
    else if (key == "oneSidedMinTies")
      read_threshold(v, s.oneSidedMinTies);
    else if (key == "singlePersonMax")
      read_threshold(v, s.singlePersonMax);
    else if (key == "minFunctionFte")
      read_threshold(v, s.minFunctionFte);
    else if (key == "minPersonFte")
      read_threshold(v, s.minPersonFte);
    else if (key == "fragmentedMinHolders")
      read_threshold(v, s.fragmentedMinHolders);
    else if (key == "fragmentedMaxShare")
      read_threshold(v, s.fragmentedMaxShare);
    else if (key == "splitLocationMinFrequency")
      read_threshold(v, s.splitLocationMinFrequency);
    else if (key == "overloadShare")
      read_threshold(v, s.overloadShare);
    else if (key == "overloadMinPeople")
      read_threshold(v, s.overloadMinPeople);
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
