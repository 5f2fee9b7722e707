// The JSON type used everywhere in the core. Insertion-ordered, so a project file keeps the order its author
// (or Bosam) wrote, "format" first: diffs of shared files stay readable.
#pragma once
#include <nlohmann/json.hpp>

namespace bosam {
using json = nlohmann::ordered_json;
}
