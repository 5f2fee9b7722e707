// Finishing a layout: turning components, keeping vertices apart, packing components and isolates, and
// fitting everything into the output box.
#pragma once
#include <cstdint>
#include <vector>

namespace bosam::layout::detail {

// Turns a point set about its centroid so its principal axis (largest variance) is horizontal, which suits
// a landscape box. Uses only arithmetic and sqrt (no trigonometry). O(n).
void rotate_to_principal_axis(std::vector<double>& x, std::vector<double>& y);

// Pushes apart overlapping discs (centre (x, y), radius reach) until none overlap or maxPasses is reached;
// each of a pair moves inversely to its mass. Neighbours come from a uniform grid with cells as wide as the
// largest disc: O(n) per pass for bounded local density.
void separate_discs(std::vector<double>& x, std::vector<double>& y, const std::vector<double>& reach,
                    const std::vector<double>& mass, int maxPasses);

// Pushes apart every pair closer than dmin (separate_discs with equal discs).
void enforce_min_distance(std::vector<double>& x, std::vector<double>& y, double dmin, int maxPasses);

// Appends every point's distance to its nearest other point to `out` and returns their median (0 for fewer
// than two points). Grid search in rings: O(n) for evenly spread points.
double median_nearest_distance(const std::vector<double>& x, const std::vector<double>& y, std::vector<double>& out);

// A laid-out component: its vertices and their positions in the shared natural units.
struct Piece {
  std::vector<std::int32_t> vertices;
  std::vector<double> x, y;
};

// Packs pieces (already in display order, largest first) into centred rows of about a 4:3 block, and the
// isolates (in the given order) into a grid underneath, 2 units apart across and 1.2 down. Writes every
// vertex's position to (X, Y), indexed by vertex. O(n) plus O(p) for p pieces.
void pack(const std::vector<Piece>& pieces, const std::vector<std::int32_t>& isolates, double unit,
          std::vector<double>& X, std::vector<double>& Y);

// Scales uniformly (at most maxScale) and centres the points in [margin, width - margin] x
// [margin, height - margin]. O(n).
void fit_to_box(std::vector<double>& X, std::vector<double>& Y, double width, double height, double margin,
                double maxScale);

}  // namespace bosam::layout::detail
