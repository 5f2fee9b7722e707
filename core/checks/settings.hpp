// Thresholds for the knowledge-base findings: one settings object, stored in the project file as
// "settings": {"thresholds": {…}}. Every field has a documented default (README, "Findings"); a project only
// stores what it changes.
#pragma once
#include "base/json.hpp"
#include "model/project.hpp"
#include "sna/roles.hpp"

namespace bosam::checks {

struct Settings {
  double minResponseRate = 0.7;        // below: low-response-rate, and network findings carry a caveat
  int rareFrequency = 1;               // contact at or below this (1 = less than monthly) counts as "rare"
  double siloEiIndex = -0.7;           // a unit's E-I index at or below this is a silo
  int siloMinMembers = 2;              // smaller units are not judged as silos
  double bottleneckBetweenness = 0.2;  // normalised betweenness at or above this marks a bottleneck
  double oneSidedShare = 0.25;         // share of ties among respondents that only one side reported
  int oneSidedMinTies = 8;             // fewer tie pairs than this: too few to judge
  int singlePersonMax = 1;             // a function held by this many people or fewer rests on one person
  double minFunctionFte = 0.2;         // an essential function below this FTE is thin
  double minPersonFte = 0.1;           // thin-resources: every person on a function holds less than this
  int fragmentedMinHolders = 4;        // fragmented-function: at least this many people or units share it…
  double fragmentedMaxShare = 0.35;    // …and none of them holds more than this share of its FTE
  int splitLocationMinFrequency = 3;   // split-location: units apart whose strongest tie is below this (3 = weekly)
  sna::RoleThresholds roles;           // places in the network (sna/roles.hpp; read by sna::role_thresholds)
  double overloadShare = 0.25;         // collaborative-overload: the most named 5 % receive at least this share…
  int overloadMinPeople = 40;          // …in a network of at least this many people (5 % is then 2 or more)
};

// Defaults overridden by the project's settings.thresholds (unknown keys are ignored; wrong types are caught
// by validation). A count (rareFrequency, siloMinMembers, …) is rounded and kept within 0..1,000,000, so an
// absurd number in a file can never overflow it. O(thresholds).
Settings settings_from(const model::Project& project);

// The settings as JSON (all fields), for the analysis output and the UI.
json settings_json(const Settings& s);

}  // namespace bosam::checks
