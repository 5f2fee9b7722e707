// The rules of a bosam-project document (schemaVersion 1, docs/project-file.md). Reports every problem, not just the
// first; unknown fields are allowed (they are kept, for files from newer versions).
#pragma once
#include "schema/parse.hpp"

namespace bosam {

// Validates an already migrated project document. O(size of the document) with hash lookups for references.
void validate_project(const json& doc, Lang lang, Issues& out);

// The values `assignments[].role` may take.
bool is_assignment_role(const std::string& role);

}  // namespace bosam
