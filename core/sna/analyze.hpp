// The whole analysis of one wave as the bosam-analysis document (design §4): network, nodes, units (with the
// unit-by-unit matrix), communities, bridges and layout. Findings are added by core/checks.
#pragma once
#include "model/project.hpp"
#include "schema/json.hpp"
#include "sna/network.hpp"

namespace bosam::sna {

// Precondition: the wave exists (or the project has none: then the analysis is of an empty network).
// O(n·m) for the path measures (O(n·m·log n) weighted); everything else is near-linear.
json analyze(const model::Project& project, const AnalysisOptions& options);

}  // namespace bosam::sna
