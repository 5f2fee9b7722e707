// Pseudonymised sharing: actor ids and names become stable codes (HMAC-SHA256 of the id under the project's
// secret pseudonymKey), free text is removed, units with fewer people than settings.minGroupSize are pooled
// (survey/pool.hpp), job titles and locations are dropped unless kept on purpose, and structure, functions, target
// groups, waves, ties and settings are kept, so another municipality or an adviser can analyse the network
// without personal data. The key never leaves the original project, which can re-identify a shared copy on import.
#pragma once
#include <optional>
#include <string>

#include "base/issue.hpp"
#include "base/json.hpp"
#include "survey/pool.hpp"

namespace bosam::survey {

// "P-" and 10 hex digits of HMAC-SHA256(key, "actor:" + id). O(length of id).
std::string pseudonym(const std::string& key, const std::string& actorId);

struct ShareOptions {
  bool keepRoles = false;      // people's job titles (actors[].role)
  bool keepLocations = false;  // where units and people sit (units[].location, actors[].location)
};

// What a copy left out, for the person who shares it: the pools, and how many job titles and locations were
// dropped (0 when kept or when the project had none).
struct ShareReport {
  PoolPlan plan;
  int rolesDropped = 0, locationsDropped = 0;
};

// A copy of a valid project with every actor pseudonymised, free text removed, small units pooled (pool names in
// the project's målform, else `lang`), and job titles and locations dropped unless `options` keep them; it
// validates as a project. Precondition: key is not empty. O(size of the project + U log U).
json pseudonymize(const json& project, const std::string& key, const ShareOptions& options = {},
                  ShareReport* report = nullptr, Lang lang = Lang::nb);

// The shared copy with codes mapped back to the original's actors, the removed text, job titles and locations
// restored from the original, and pooled people and assignments back in their units (survey::unpool). Refuses
// (code wrong-key) a copy made with another key or from another project. Codes the original does not know
// (people the recipient added) stay as they are. pseudonymize then reidentify gives the original.
std::optional<json> reidentify(const json& original, const json& shared, Lang lang, Issues& out);

}  // namespace bosam::survey
