// The privacy floor of a pseudonymised copy: units with fewer people than settings.minGroupSize are pooled, so
// that no unit name in a shared copy points at one or two people (docs/project-file.md, "Pseudonymised copies").
//
// The rule, for a floor m (settings.minGroupSize, default 5) and n(u) = the people whose unitId is u:
//  1. Units with no people are left as they are (they name nobody). For each kind (internal units, external
//     partners), the units with 1 ≤ n(u) < m form that kind's pool.
//  2. If a kind's pool has fewer than m people and the kind has kept units, the smallest kept unit of the kind
//     (fewest people; the first in the file among equals) joins the pool. One is enough: it has m people.
//  3. If a pool still has fewer than m people (its kind has no kept unit left), the two kinds' pools become one,
//     and the smallest kept units of either kind join it, one at a time, until it has m people or none is left.
//     It is named for what it holds ("Små enheter og eksterne" when both kinds, else its one kind's name).
// So no unit with people in the copy has fewer than m, when the project has at least m people.
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/json.hpp"
#include "base/lang.hpp"

namespace bosam::survey {

struct PooledUnit {
  std::string id, name;
  bool external = false;
  int people = 0;
};

struct Pool {
  std::string id;    // u-pool-internal, u-pool-external or u-pool-mixed (a suffix -2, -3 … if the id is taken)
  std::string name;  // "Små enheter", "Små eksterne", "Små enheter og eksterne" in the project's language
  std::string kind;  // "internal", "external" or "mixed"
  int people = 0;
  std::vector<PooledUnit> units;  // in the file's order
};

struct PoolPlan {
  int minGroupSize = 5;
  int people = 0;           // people in the project
  bool belowFloor = false;  // a pool keeps fewer than minGroupSize people (the project has fewer people)
  std::vector<Pool> pools;  // internal, external, mixed (those that exist)
  std::map<std::string, std::string> poolOf;  // pooled unit id -> pool id
};

// The pools of a valid project under its settings.minGroupSize; pool names in `lang`. O(U log U + P) for U units
// and P people.
PoolPlan plan_pools(const json& project, Lang lang);

// Applies a plan to a copy of the project: pooled units replaced by their pool (at the place of the pool's first
// unit), and people, assignments and assessment evidence that name a pooled unit name its pool. O(size).
void apply_pools(json& doc, const PoolPlan& plan);

// Maps every id in an evidence text ("finding:silo:u-nav", "units:u-a+u-b", "finding:isolate:a-04"): the part
// after the last ':' split at '+', each part through `map`. O(length).
std::string map_evidence(const std::string& evidence, const std::map<std::string, std::string>& map);

// The inverse for a copy that comes back, after actor codes were mapped back to `original`'s ids. `pools` are
// the pool ids the copy names (pseudonymized.pools). People in a pool go back to their unit in the original;
// assignments in a pool go back to the unit of the original assignment they match (same fields but unitId and
// note, one to one in order), else to their person's original unit; the original units they need come back
// whole, at their place; evidence that is the pooled form of the original's is the original's again; a pool
// that nothing refers to any more is removed. Units and people the recipient added stay (their units, and a
// pool still in use, after the original's units). O(size log size).
void unpool(json& doc, const json& original, const std::set<std::string>& pools);

}  // namespace bosam::survey
