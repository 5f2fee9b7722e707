// Finishing a layout: turning components, keeping vertices apart, packing components and isolates, and
// fitting everything into the output box.
#pragma once
#include <cstdint>
#include <vector>

namespace bosam::layout::detail {

// Turns a point set about its centroid so its principal axis (largest variance) is horizontal, which suits
// a landscape box. Uses only arithmetic and sqrt (no trigonometry). O(n).
void rotate_to_principal_axis(std::vector<double>& x, std::vector<double>& y);

// Pushes apart every pair closer than dmin, repeating until none is left or maxPasses is reached.
// Neighbours are found in a uniform grid of cell >= dmin: O(n) per pass for bounded local density.
void enforce_min_distance(std::vector<double>& x, std::vector<double>& y, double dmin, int maxPasses);

// A laid-out component: its vertices and their positions in the shared natural units.
struct Piece {
  std::vector<std::int32_t> vertices;
  std::vector<double> x, y;
};

// Packs pieces (already in display order, largest first) into centred rows of about a 4:3 block, and the
// isolates (in the given order) into a grid underneath, `unit` apart. Writes every vertex's position to
// (X, Y), indexed by vertex. O(n + p log p) for p pieces.
void pack(const std::vector<Piece>& pieces, const std::vector<std::int32_t>& isolates, double unit,
          std::vector<double>& X, std::vector<double>& Y);

// Scales uniformly (at most maxScale) and centres the points in [margin, width - margin] x
// [margin, height - margin]. O(n).
void fit_to_box(std::vector<double>& X, std::vector<double>& Y, double width, double height, double margin,
                double maxScale);

}  // namespace bosam::layout::detail
