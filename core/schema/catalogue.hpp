// The default catalogue of housing-social functions, target groups, tie types and frequencies
// (data/catalogue.json, names in bokmål and English), and new projects made from it.
#pragma once
#include <string>
#include <vector>

#include "base/issue.hpp"
#include "base/json.hpp"

namespace bosam {

// The parsed catalogue (built in; parsed once).
const json& catalogue();

// A catalogue text ({"nb", "nn", "en"}) in `lang`; bokmål if it lacks `lang`.
std::string localised(const json& names, Lang lang);

// A new, valid project: the given id and municipality name, every catalogue function and target group with
// names in `lang`, no units, actors or waves yet.
json new_project(const std::string& id, const std::string& municipalityName, Lang lang);

// The kinds of contact a tie can have (catalogue "tieTypes"), in the catalogue's order: the one list the core
// uses (the app's and the form's words are checked against the catalogue by tests/js/terms.test.mjs).
const std::vector<std::string>& tie_type_ids();

}  // namespace bosam
