// The one door every source of a project passes through (imported file, browser storage, CLI):
// parse -> limits -> migrate -> validate.
#pragma once
#include <optional>
#include <string_view>

#include "schema/parse.hpp"

namespace bosam {

struct LoadResult {
  std::optional<json> doc;  // set only when there are no errors; migrated to the current schemaVersion
  Issues issues;            // every error and warning found
};

LoadResult load_project(std::string_view text, Lang lang, const Limits& limits = Limits{});

// The same door for a value that is already parsed (e.g. built in memory).
LoadResult load_project_value(json doc, Lang lang, const Limits& limits = Limits{});

}  // namespace bosam
