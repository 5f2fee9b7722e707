// The key figures of one project, to lay several municipalities side by side (`bosam compare-projects`, the app's
// comparison of municipalities, the reference municipality). Every figure is about the whole project or the whole
// network of one wave, never about a unit or a person, so the figures of a pseudonymised copy keep the privacy
// floor of shared copies (docs/analysis.md, "Key figures").
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/json.hpp"
#include "base/lang.hpp"
#include "model/project.hpp"
#include "sna/analysis.hpp"

namespace bosam::checks {

// How a figure is written: a count, a share 0–1 (shown as a percentage), a decimal, an index −1…1, a p-value.
enum class FigureKind { count, share, decimal, index, p };

struct Figure {
  std::string key;  // stable: "density", "functionsDuplicated" … (docs/analysis.md)
  FigureKind kind;
  std::optional<double> value;  // none: not known for this project (no survey, no functions, …)
};

struct KeyFigures {
  std::string projectId, municipality, waveId, waveLabel;
  bool pseudonymized = false;
  std::vector<Figure> figures;  // always the same keys in the same order
};

// The figures from the project, the analysis of one wave and that analysis's knowledge base (the "findings"
// list of checks::knowledge_base). O(A + F·T + nodes + findings).
KeyFigures key_figures(const model::Project& project, const sna::Analysis& analysis, const json& knowledgeBase);

// The figures back from key_figures_json (as the app remembers another municipality's), for figures_csv. Unknown
// keys are kept in the order given; a value that is not a number is unknown.
KeyFigures key_figures_from_json(const json& entry);

// As JSON: {"projectId", "municipality", "waveId", "waveLabel", "pseudonymized", "figures": [{"key", "kind",
// "label" (the plain name in lang), "value" (number or null)}]}.
json key_figures_json(const KeyFigures& k, Lang lang);

const char* kind_name(FigureKind k);

}  // namespace bosam::checks
