// Burt's structural holes on G: constraint and effective size, as NetworkX defines them (nx.constraint,
// nx.effective_size). Undefined (empty) for isolates.
#pragma once
#include <optional>
#include <vector>

#include "sna/graph.hpp"

namespace bosam::sna {

struct StructuralHoles {
  std::vector<std::optional<double>> constraint;
  std::vector<std::optional<double>> effectiveSize;
};

// useWeights: tie strengths as the "investment" in each contact (else every tie counts 1).
// O(sum over v of d(v)² · log d).
StructuralHoles structural_holes(const Graph& g, bool useWeights);

}  // namespace bosam::sna
