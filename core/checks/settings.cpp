#include "checks/settings.hpp"

namespace bosam::checks {
namespace {

template <typename T>
void read(const json& t, const char* key, T& into) {
  auto it = t.find(key);
  if (it != t.end() && it->is_number()) into = it->get<T>();
}

}  // namespace

Settings settings_from(const json& doc) {
  Settings s;
  auto st = doc.find("settings");
  if (st == doc.end() || !st->is_object()) return s;
  auto t = st->find("thresholds");
  if (t == st->end() || !t->is_object()) return s;
  read(*t, "minResponseRate", s.minResponseRate);
  read(*t, "rareFrequency", s.rareFrequency);
  read(*t, "siloEiIndex", s.siloEiIndex);
  read(*t, "siloMinMembers", s.siloMinMembers);
  read(*t, "bottleneckBetweenness", s.bottleneckBetweenness);
  read(*t, "oneSidedShare", s.oneSidedShare);
  read(*t, "oneSidedMinTies", s.oneSidedMinTies);
  read(*t, "singlePersonMax", s.singlePersonMax);
  read(*t, "minFunctionFte", s.minFunctionFte);
  read(*t, "minPersonFte", s.minPersonFte);
  read(*t, "fragmentedMinHolders", s.fragmentedMinHolders);
  read(*t, "fragmentedMaxShare", s.fragmentedMaxShare);
  read(*t, "splitLocationMinFrequency", s.splitLocationMinFrequency);
  return s;
}

json settings_json(const Settings& s) {
  return {{"minResponseRate", s.minResponseRate},     {"rareFrequency", s.rareFrequency},
          {"siloEiIndex", s.siloEiIndex},             {"siloMinMembers", s.siloMinMembers},
          {"bottleneckBetweenness", s.bottleneckBetweenness}, {"oneSidedShare", s.oneSidedShare},
          {"oneSidedMinTies", s.oneSidedMinTies},     {"singlePersonMax", s.singlePersonMax},
          {"minFunctionFte", s.minFunctionFte},       {"minPersonFte", s.minPersonFte},
          {"fragmentedMinHolders", s.fragmentedMinHolders}, {"fragmentedMaxShare", s.fragmentedMaxShare},
          {"splitLocationMinFrequency", s.splitLocationMinFrequency}};
}

}  // namespace bosam::checks
