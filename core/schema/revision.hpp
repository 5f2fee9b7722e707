// The revision stamp of a saved or exported project file (docs/project-file.md, "revision"):
//   "revision": {"stamp": "r-<16 hex>", "basedOn": "r-…", "lineage": ["r-…", …], "savedAt": "…Z",
//                "mergedFrom": "r-…"}
// Every version written to a file gets a new stamp; the stamps it descends from travel with it, so two copies
// of one project can tell which is older, which is newer, and which stored version is their common base.
// The stamp itself is made by the caller (the app from the browser's random source, the CLI from
// std::random_device): the core has no source of randomness or time.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "base/json.hpp"

namespace bosam {
class Checker;
}

namespace bosam::revision {

constexpr std::size_t kMaxLineage = 200;  // earlier stamps a file keeps, newest first

// "r-" and 16 lowercase hex digits.
bool is_stamp(std::string_view s);
// An ISO 8601 time in UTC: YYYY-MM-DDTHH:MM:SS, optional fraction, "Z".
bool is_time(std::string_view s);

// The door's check of doc.revision (optional): an object with a valid `stamp`, optional `basedOn`,
// `mergedFrom` (stamps), `lineage` (list of stamps, at most kMaxLineage) and `savedAt` (a UTC time).
// Codes: wrong-type, missing-field, bad-revision-stamp, bad-revision-time, bad-revision-lineage.
void check(Checker& c, const json& doc);

// A project's own stamp ("" without one) and its lineage, newest first (empty without one). Both tolerate a
// document the door has not seen.
std::string stamp_of(const json& doc);
std::vector<std::string> lineage_of(const json& doc);

// `doc` with a new revision: stamp, basedOn = the previous stamp, lineage = previous stamp + previous
// lineage (each once, at most kMaxLineage), savedAt. O(lineage).
json stamped(json doc, const std::string& stamp, const std::string& savedAt);

// The revision of a reconciled result: basedOn MINE's stamp, lineage MINE's stamp + lineage then THEIRS'
// stamp + lineage (each once, MINE's order first, at most kMaxLineage), mergedFrom THEIRS' stamp.
json stamped_merge(json merged, const json& mine, const json& theirs, const std::string& stamp,
                   const std::string& savedAt);

// How THEIRS relates to MINE (two versions of a project; both passed the door).
struct Relation {
  std::string relation;  // same | theirs-older | theirs-newer | diverged | unrelated | other-project
  std::vector<std::string> commonStamps;
};
// other-project: different ids. same: the same stamp, or neither has one and the documents are equal.
// theirs-older: THEIRS' stamp is in MINE's lineage (commonStamps = [theirs' stamp]). theirs-newer: MINE's stamp
// is in THEIRS' lineage (commonStamps = [mine's stamp]). diverged: neither, but they share stamps
// (commonStamps: the shared ones, newest first in THEIRS' order). unrelated: no stamp in common.
// O(lineage) with a hash set (O(size) for the equality test of two unstamped documents).
Relation relate(const json& mine, const json& theirs);

}  // namespace bosam::revision
