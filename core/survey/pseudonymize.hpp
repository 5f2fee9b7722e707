// Pseudonymised sharing: actor ids and names become stable codes (HMAC-SHA256 of the id under the project's
// secret pseudonymKey), free text is removed, and structure, units, functions, target groups, waves, ties and
// settings are kept, so another municipality or an adviser can analyse the network without personal data. The
// key never leaves the original project, which can re-identify a shared copy on import.
#pragma once
#include <optional>
#include <string>

#include "base/issue.hpp"
#include "base/json.hpp"

namespace bosam::survey {

// "P-" and 10 hex digits of HMAC-SHA256(key, "actor:" + id). O(length of id).
std::string pseudonym(const std::string& key, const std::string& actorId);

// A copy of a valid project with every actor pseudonymised and free text removed; it validates as a project.
// Precondition: key is not empty. O(size of the project).
json pseudonymize(const json& project, const std::string& key);

// The shared copy with codes mapped back to the original's actors and the removed text restored from the
// original. Refuses (code wrong-key) a copy made with another key or from another project. Codes the original
// does not know (people the recipient added) stay as they are. pseudonymize then reidentify gives the original.
std::optional<json> reidentify(const json& original, const json& shared, Lang lang, Issues& out);

}  // namespace bosam::survey
