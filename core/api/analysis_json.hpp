// Writing the typed results of core/sna (with the layout) as the bosam-analysis and bosam-comparison documents.
// The one place those documents' keys are spelled (docs/analysis.md).
#pragma once
#include "base/json.hpp"
#include "base/lang.hpp"
#include "layout/force.hpp"
#include "model/project.hpp"
#include "sna/analysis.hpp"
#include "sna/compare.hpp"

namespace bosam::api {

// The whole bosam-analysis document of one wave for a validated project: measures, layout and knowledge base
// (what api::analyze returns inside its envelope; tests and the fuzzer call it directly).
json analysis_document(const model::Project& project, const sna::AnalysisOptions& options, Lang lang);

// The analysis document without the knowledge base (findings is an empty list; api::analyze adds the checks'
// sections). layoutTimings: {"layout": ms} when options.timings asked for them, else an empty object. O(n + m).
json analysis_json(const sna::Analysis& analysis, const layout::LayoutResult& placed, const json& layoutTimings);

// The bosam-comparison document: ties added, removed, strengthened and weakened, and the measures before,
// after and their change per person, per unit and for the network. O(n + m).
json comparison_json(const sna::Comparison& comparison);

}  // namespace bosam::api
