#include "layout/pack.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "layout/grid.hpp"

namespace bosam::layout::detail {

namespace {
constexpr double kSettled = 0.99;  // pairs at 99 % of their required distance or more count as apart
}  // namespace

void rotate_to_principal_axis(std::vector<double>& x, std::vector<double>& y) {
  const std::size_t n = x.size();
  if (n < 2) return;
  double mx = 0, my = 0;
  for (std::size_t i = 0; i < n; ++i) {
    mx += x[i];
    my += y[i];
  }
  mx /= static_cast<double>(n);
  my /= static_cast<double>(n);
  double sxx = 0, sxy = 0, syy = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const double dx = x[i] - mx, dy = y[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  // Eigenvector of [[sxx, sxy], [sxy, syy]] for the larger eigenvalue.
  const double h = 0.5 * (sxx - syy);
  const double lambda = 0.5 * (sxx + syy) + std::sqrt(h * h + sxy * sxy);
  double vx, vy;
  if (sxx >= syy) {
    vx = lambda - syy;
    vy = sxy;
  } else {
    vx = sxy;
    vy = lambda - sxx;
  }
  const double len = std::sqrt(vx * vx + vy * vy);
  if (!(len > 0)) return;  // isotropic: any direction will do
  vx /= len;
  vy /= len;
  for (std::size_t i = 0; i < n; ++i) {
    const double dx = x[i] - mx, dy = y[i] - my;
    x[i] = vx * dx + vy * dy;
    y[i] = -vy * dx + vx * dy;
  }
}

void separate_discs(std::vector<double>& x, std::vector<double>& y, const std::vector<double>& reach,
                    const std::vector<double>& mass, int maxPasses) {
  const auto n = static_cast<std::int32_t>(x.size());
  if (n < 2) return;
  double maxReach = 0;
  for (double r : reach) maxReach = std::max(maxReach, r);
  if (!(maxReach > 0)) return;
  CellGrid grid;
  for (int pass = 0; pass < maxPasses; ++pass) {
    // Cells at least as wide as the largest disc, so overlapping discs are in neighbouring cells.
    grid.build(x, y, bounds_of(x.data(), y.data(), n), 2 * maxReach);
    const std::int32_t cols = grid.cols, rows = grid.rows;
    const auto &cellOf = grid.cellOf, &start = grid.start, &items = grid.items;
    bool moved = false;
    for (std::int32_t i = 0; i < n; ++i) {
      const std::int32_t ci = cellOf[i] % cols, ri = cellOf[i] / cols;
      for (std::int32_t r = std::max(0, ri - 1); r <= std::min(rows - 1, ri + 1); ++r) {
        for (std::int32_t c = std::max(0, ci - 1); c <= std::min(cols - 1, ci + 1); ++c) {
          const std::int32_t k = r * cols + c;
          for (std::int32_t t = start[k]; t < start[k + 1]; ++t) {
            const std::int32_t j = items[t];
            if (j <= i) continue;
            const double need = reach[i] + reach[j];
            double dx = x[j] - x[i], dy = y[j] - y[i];
            const double d2 = dx * dx + dy * dy;
            if (d2 >= kSettled * kSettled * need * need) continue;
            const double d = std::sqrt(d2);
            double len = d;
            if (d < 1e-12 * need) {  // coincident: a direction fixed by the pair's indices
              dx = 1.0 + static_cast<double>((j - i) % 3);
              dy = static_cast<double>((i + j) % 5) - 2.0;
              len = std::sqrt(dx * dx + dy * dy);
            }
            // Share the shortfall inversely to mass.
            const double gap = (need - d) / len, wi = mass[j] / (mass[i] + mass[j]);
            x[i] -= gap * wi * dx;
            y[i] -= gap * wi * dy;
            x[j] += gap * (1 - wi) * dx;
            y[j] += gap * (1 - wi) * dy;
            moved = true;
          }
        }
      }
    }
    if (!moved) break;
  }
}

void enforce_min_distance(std::vector<double>& x, std::vector<double>& y, double dmin, int maxPasses) {
  if (!(dmin > 0)) return;
  const std::vector<double> reach(x.size(), 0.5 * dmin), mass(x.size(), 1.0);
  separate_discs(x, y, reach, mass, maxPasses);
}

double median_nearest_distance(const std::vector<double>& x, const std::vector<double>& y, std::vector<double>& out) {
  const auto n = static_cast<std::int32_t>(x.size());
  if (n < 2) return 0;
  // About one point per cell; search rings of cells outwards until no closer point can remain.
  const Bounds bb = bounds_of(x.data(), y.data(), n);
  const double w = bb.maxx - bb.minx, h = bb.maxy - bb.miny;
  double cell = std::sqrt(std::max(w * h, 1e-300) / n);
  if (!(cell > 0)) cell = std::max(std::max(w, h), 1e-300);
  CellGrid grid;
  grid.build(x, y, bb, cell);
  cell = grid.cell;
  const std::int32_t cols = grid.cols, rows = grid.rows;
  const auto &cellOf = grid.cellOf, &start = grid.start, &items = grid.items;
  const std::size_t first = out.size();
  for (std::int32_t i = 0; i < n; ++i) {
    const std::int32_t ci = cellOf[i] % cols, ri = cellOf[i] / cols;
    double best2 = std::numeric_limits<double>::infinity();
    for (std::int32_t ring = 0; ring <= std::max(cols, rows); ++ring) {
      // Points in ring r+1 or beyond are at least r cells away.
      const double bound = static_cast<double>(ring - 1) * cell;
      if (ring > 0 && bound > 0 && best2 <= bound * bound) break;
      for (std::int32_t r = ri - ring; r <= ri + ring; ++r) {
        if (r < 0 || r >= rows) continue;
        const bool edgeRow = r == ri - ring || r == ri + ring;
        for (std::int32_t c = ci - ring; c <= ci + ring; c += edgeRow ? 1 : 2 * ring) {
          if (c >= 0 && c < cols) {
            const std::int32_t k = r * cols + c;
            for (std::int32_t t = start[k]; t < start[k + 1]; ++t) {
              const std::int32_t j = items[t];
              if (j == i) continue;
              const double dx = x[j] - x[i], dy = y[j] - y[i];
              best2 = std::min(best2, dx * dx + dy * dy);
            }
          }
        }
      }
    }
    out.push_back(std::sqrt(best2));
  }
  std::vector<double> mine(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
  auto mid = mine.begin() + static_cast<std::ptrdiff_t>(mine.size() / 2);
  std::nth_element(mine.begin(), mid, mine.end());
  return *mid;
}

void pack(const std::vector<Piece>& pieces, const std::vector<std::int32_t>& isolates, double unit,
          std::vector<double>& X, std::vector<double>& Y) {
  const double pad = 1.5 * unit;  // gap between components
  struct Box {
    double minx, miny, w, h;
    int row;
  };
  std::vector<Box> boxes(pieces.size());
  double area = 0, widest = 0;
  for (std::size_t p = 0; p < pieces.size(); ++p) {
    const Piece& pc = pieces[p];
    double minx = pc.x[0], maxx = pc.x[0], miny = pc.y[0], maxy = pc.y[0];
    for (std::size_t i = 1; i < pc.x.size(); ++i) {
      minx = std::min(minx, pc.x[i]);
      maxx = std::max(maxx, pc.x[i]);
      miny = std::min(miny, pc.y[i]);
      maxy = std::max(maxy, pc.y[i]);
    }
    boxes[p] = {minx, miny, maxx - minx + pad, maxy - miny + pad, 0};
    area += boxes[p].w * boxes[p].h;
    widest = std::max(widest, boxes[p].w);
  }
  // Rows ("shelves") of about the width of a 4:3 block of the same area.
  const double rowLimit = std::max(widest, std::sqrt(area * 4.0 / 3.0));
  std::vector<double> rowWidth, rowHeight;
  double cursor = 0;
  for (Box& b : boxes) {
    if (rowWidth.empty() || (cursor > 0 && cursor + b.w > rowLimit)) {
      rowWidth.push_back(0);
      rowHeight.push_back(0);
      cursor = 0;
    }
    b.row = static_cast<int>(rowWidth.size()) - 1;
    cursor += b.w;
    rowWidth.back() = cursor;
    rowHeight.back() = std::max(rowHeight.back(), b.h);
  }
  double blockWidth = 0;
  for (double w : rowWidth) blockWidth = std::max(blockWidth, w);
  // Place: rows centred horizontally, pieces centred vertically in their row.
  std::vector<double> rowTop(rowWidth.size(), 0);
  for (std::size_t r = 1; r < rowTop.size(); ++r) rowTop[r] = rowTop[r - 1] + rowHeight[r - 1];
  std::vector<double> rowCursor(rowWidth.size());
  for (std::size_t r = 0; r < rowWidth.size(); ++r) rowCursor[r] = 0.5 * (blockWidth - rowWidth[r]);
  for (std::size_t p = 0; p < pieces.size(); ++p) {
    const Box& b = boxes[p];
    const double left = rowCursor[b.row], top = rowTop[b.row] + 0.5 * (rowHeight[b.row] - b.h);
    rowCursor[b.row] += b.w;
    const Piece& pc = pieces[p];
    for (std::size_t i = 0; i < pc.vertices.size(); ++i) {
      X[pc.vertices[i]] = left + (pc.x[i] - b.minx);
      Y[pc.vertices[i]] = top + (pc.y[i] - b.miny);
    }
  }
  // Isolates: a grid under the components (or on its own, about 4:3), twice as wide apart as high, since
  // labels run sideways.
  if (isolates.empty()) return;
  const double sx = 2.0 * unit, sy = 1.2 * unit;
  const double gridTop = rowTop.empty() ? 0 : rowTop.back() + rowHeight.back();
  const auto count = static_cast<std::int64_t>(isolates.size());
  auto cols = static_cast<std::int64_t>(std::ceil(std::sqrt(static_cast<double>(count) * (4.0 / 3.0) * (sy / sx))));
  cols = std::max<std::int64_t>(cols, static_cast<std::int64_t>(std::floor((blockWidth - pad) / sx)) + 1);
  cols = std::min(cols, count);
  const double gridWidth = static_cast<double>(cols - 1) * sx;
  const double left = std::max(0.0, 0.5 * (blockWidth - pad - gridWidth));
  for (std::int64_t k = 0; k < count; ++k) {
    X[isolates[k]] = left + static_cast<double>(k % cols) * sx;
    Y[isolates[k]] = gridTop + static_cast<double>(k / cols) * sy;
  }
}

void fit_to_box(std::vector<double>& X, std::vector<double>& Y, double width, double height, double margin,
                double maxScale) {
  if (X.empty()) return;
  double minx = X[0], maxx = X[0], miny = Y[0], maxy = Y[0];
  for (std::size_t i = 1; i < X.size(); ++i) {
    minx = std::min(minx, X[i]);
    maxx = std::max(maxx, X[i]);
    miny = std::min(miny, Y[i]);
    maxy = std::max(maxy, Y[i]);
  }
  double s = maxScale;
  if (maxx > minx) s = std::min(s, (width - 2 * margin) / (maxx - minx));
  if (maxy > miny) s = std::min(s, (height - 2 * margin) / (maxy - miny));
  const double mx = 0.5 * (minx + maxx), my = 0.5 * (miny + maxy);
  for (std::size_t i = 0; i < X.size(); ++i) {
    X[i] = std::clamp(0.5 * width + (X[i] - mx) * s, 0.0, width);
    Y[i] = std::clamp(0.5 * height + (Y[i] - my) * s, 0.0, height);
  }
}

}  // namespace bosam::layout::detail
