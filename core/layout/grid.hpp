// Spatial helpers shared by the layout: the bounding box of a point set and a uniform grid of cells over
// it, for neighbour searches (disc separation, nearest-neighbour distances) in O(n) expected per pass.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace bosam::layout::detail {

struct Bounds {
  double minx, maxx, miny, maxy;
};

// n >= 1 points.
inline Bounds bounds_of(const double* x, const double* y, std::int32_t n) {
  Bounds b{x[0], x[0], y[0], y[0]};
  for (std::int32_t i = 1; i < n; ++i) {
    b.minx = std::min(b.minx, x[i]);
    b.maxx = std::max(b.maxx, x[i]);
    b.miny = std::min(b.miny, y[i]);
    b.maxy = std::max(b.maxy, y[i]);
  }
  return b;
}

// Cell k = row * cols + col holds the points items[start[k] .. start[k + 1]); cellOf[i] is point i's cell.
// Built by a counting sort: O(n + cells).
struct CellGrid {
  double minx = 0, miny = 0, cell = 1;
  std::int32_t cols = 1, rows = 1;
  std::vector<std::int32_t> cellOf, start, items;

  // cellSize is doubled until there are at most 4n + 16 cells, so memory stays linear in n.
  void build(const std::vector<double>& x, const std::vector<double>& y, const Bounds& b, double cellSize) {
    const auto n = static_cast<std::int32_t>(x.size());
    minx = b.minx;
    miny = b.miny;
    cell = cellSize;
    const double w = b.maxx - b.minx, h = b.maxy - b.miny, limit = 4.0 * n + 16;
    while ((std::floor(w / cell) + 1) * (std::floor(h / cell) + 1) > limit) cell *= 2;
    cols = static_cast<std::int32_t>(std::floor(w / cell)) + 1;
    rows = static_cast<std::int32_t>(std::floor(h / cell)) + 1;
    cellOf.assign(static_cast<std::size_t>(n), 0);
    items.assign(static_cast<std::size_t>(n), 0);
    start.assign(static_cast<std::size_t>(cols) * static_cast<std::size_t>(rows) + 1, 0);
    for (std::int32_t i = 0; i < n; ++i) {
      const std::int32_t c = std::min(cols - 1, static_cast<std::int32_t>((x[i] - minx) / cell));
      const std::int32_t r = std::min(rows - 1, static_cast<std::int32_t>((y[i] - miny) / cell));
      cellOf[i] = r * cols + c;
      ++start[cellOf[i] + 1];
    }
    for (std::size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
    std::vector<std::int32_t> pos(start.begin(), start.end() - 1);
    for (std::int32_t i = 0; i < n; ++i) items[pos[cellOf[i]]++] = i;
  }
};

}  // namespace bosam::layout::detail
