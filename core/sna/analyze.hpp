// The analysis of one survey wave: every measure of the two graphs, as a typed result (sna/analysis.hpp). The
// layout and the findings are composed with it in core/api, which also writes the bosam-analysis document.
#pragma once
#include "model/project.hpp"
#include "sna/analysis.hpp"

namespace bosam::sna {

// Precondition: the wave exists (or the project has none: then the analysis is of an empty network).
// O(n·m) for the path measures (O(n·m·log n) weighted); everything else is near-linear. When someone asked has
// not answered (and options.robustness), the wave is analysed once more with their ties reconstructed
// (Analysis::reconstructed, ::robustness): D's measures only, unless reconstruction changed G.
Analysis analyze(const model::Project& project, const AnalysisOptions& options);

}  // namespace bosam::sna
