// Where the resources sit (docs/analysis.md, "locations"; the guide's question "where are the resources with
// housing-social functions best located?"): which units and people are at each location, and for each pair of
// internal units that share work, whether they sit together and how often they talk.
//
// Rules:
// - A unit sits where its `location` says. A person sits at their own `location`, else at their unit's.
// - Locations are compared trimmed (ASCII white space and the Unicode spaces Excel pastes: NBSP, U+2007, U+202F)
//   and case-insensitively (ASCII, Latin-1 letters such as Æ/Ø/Å, and Latin Extended-A with Sámi Č Đ Ŋ Š Ŧ Ž); a place
//   keeps the first spelling met (units in project order, then people). Units and people with no location are
//   grouped under location null, listed last.
// - A pair is two internal units that share at least one function (any role) or one named target group through
//   their assignments. `sameLocation` is null when either unit's own location is unknown. `ties` counts the
//   edges of G (the analysed wave, with the analysis options) between the two units' members; `maxFrequency` is
//   the strongest of them (0 when none, and always 0 when the project has no wave).
// - `bothHoldFunctions` / `bothHoldTargetGroups`: the shared functions and groups that both units hold through
//   assignments with role responsible or performs.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/json.hpp"
#include "model/project.hpp"
#include "sna/network.hpp"

namespace bosam::checks {

struct Place {
  std::optional<std::string> location;  // empty: not given
  std::vector<std::string> units, actors;
};

struct UnitPair {
  std::string a, b;                                              // unit ids, a before b in project order
  std::vector<std::string> sharedFunctions, sharedTargetGroups;  // in project order
  // The part of the shared work that both units hold (responsible or performs, not only contributes): work
  // and clients that really pass between them. split-location reads these.
  std::vector<std::string> bothHoldFunctions, bothHoldTargetGroups;
  std::optional<std::string> locationA, locationB;
  std::optional<bool> sameLocation;
  int ties = 0, maxFrequency = 0;
};

struct Locations {
  std::vector<Place> places;
  std::vector<UnitPair> pairs;  // ordered by a, then b, in project order
};

// The key locations are compared by: trimmed, letters folded to lower case. "" when nothing is left.
std::string location_key(const std::string& location);

// `network` may be null: then every pair has 0 ties. O(A log A + n + m log m + U²·(F + T)) for A assignments,
// n actors, m edges of G, U internal units, F functions and T target groups (the last term intersects the
// functions and groups of every pair of units).
Locations compute_locations(const model::Project& project, const sna::Network* network);

// The "locations" section of the analysis (docs/analysis.md).
json locations_json(const Locations& l);

}  // namespace bosam::checks
