// Resources and division of labour (docs/analysis.md, "resources"; the guide's question "how are resources and
// the division of labour between the housing-social functions?"): full-time equivalents (FTE) per function, per
// unit and per target group, computed from the responsibility map. Only assignments of internal units count: an
// external partner's time is not the municipality's resource.
//
// Rules (the same everywhere in Bosam):
// - An assignment's FTE is its own `fte` when given (explicit).
// - Otherwise, when its role is responsible or performs, it is estimated from its person: (actor.fte, the whole
//   position, − the sum of that person's explicit assignment FTE, floored at 0), divided equally among that
//   person's responsible/performs assignments that have no FTE. The person's time is theirs whichever unit an
//   assignment sits in, so all of the person's assignments take part. The estimate assumes the rest of the
//   position goes to the functions mapped; for someone who also has other work it is too high, which is why it
//   is always shown as an estimate (≈) and an assignment's own FTE replaces it.
// - A contributing assignment without FTE is never estimated (the rest of a whole position says nothing about a
//   contribution's size), nor is one held by a unit as a whole or by a person without fte: it is unknown, adds 0
//   and is counted in `unknownAssignments`.
// - An assignment's FTE is split equally over its target groups; one that names none counts under "no target
//   group" (id null).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/json.hpp"
#include "model/project.hpp"

namespace bosam::checks {

// The FTE of one assignment by the rules above. `fte` is empty when unknown.
struct AssignmentFte {
  std::optional<double> fte;
  bool estimated = false;
};

// One entry per project assignment, in project order. O(assignments + actors).
std::vector<AssignmentFte> assignment_ftes(const model::Project& project);

// Who holds a share of a function's time: a named person, or a unit as a whole when the assignment names no
// one. (first: true for a person; second: the actor or unit id.)
using Holder = std::pair<bool, std::string>;

struct FunctionResources {
  std::string id, name;
  bool essential = false;
  double fte = 0, estimatedFte = 0;
  int people = 0, units = 0, assignments = 0, targetGroups = 0, unknownAssignments = 0;
  std::map<Holder, double> holders;  // FTE per holder (internal assignments with known FTE)
  double largestShare = 0;           // the largest holder's share of fte (0 when fte is 0)
  bool belowThreshold = false;       // fte < minFunctionFte (less kFteSlack)
};

// A unit's time on one function (a cell of the responsibility map).
struct UnitFunctionFte {
  std::string functionId;
  double fte = 0, estimatedFte = 0;
  int unknownAssignments = 0;
};

struct UnitResources {
  std::string id, name;
  double fte = 0, estimatedFte = 0;
  int people = 0;                           // distinct people named in the unit's assignments
  std::vector<UnitFunctionFte> byFunction;  // in function order
};

struct TargetGroupResources {
  std::optional<std::string> id;  // empty: assignments that name no target group
  std::string name;
  double fte = 0, estimatedFte = 0;
  int functions = 0, assignments = 0;
};

// One assignment's figure as the matrix cell shows it: `counted` is false for an external partner's assignment
// (its own FTE only, never estimated, not in the sums).
struct AssignmentResource {
  std::optional<double> fte;
  bool estimated = false, counted = false;
};

struct Resources {
  double threshold = 0;
  double totalFte = 0, estimatedFte = 0;
  int unknownAssignments = 0, externalAssignments = 0;
  std::vector<FunctionResources> functions;        // project (catalogue) order
  std::vector<UnitResources> units;                // internal units, project order
  std::vector<TargetGroupResources> targetGroups;  // project order, then "no target group" if any
  std::vector<AssignmentResource> assignments;     // one per project assignment, in project order
};

// O(A·(T + log A) + n + U + F) for A assignments, n actors, U units, F functions, T target groups per assignment.
Resources compute_resources(const model::Project& project, double minFunctionFte);

// The "resources" section of the analysis (docs/analysis.md). Numbers are rounded to 6 decimals so that sums
// such as 0.1 + 0.2 print as 0.3.
json resources_json(const Resources& r);

// Comparisons of FTE sums with thresholds allow this much rounding error (0.05 · 4 is not below 0.2).
inline constexpr double kFteSlack = 1e-9;

// Rounds to 6 decimals (for output only; comparisons use the exact values).
double round6(double value);

}  // namespace bosam::checks
