#include "layout/pack.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bosam::layout::detail {

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

void enforce_min_distance(std::vector<double>& x, std::vector<double>& y, double dmin, int maxPasses) {
  const auto n = static_cast<std::int32_t>(x.size());
  if (n < 2 || !(dmin > 0)) return;
  std::vector<std::int32_t> cellOf(static_cast<std::size_t>(n)), start, items(static_cast<std::size_t>(n));
  for (int pass = 0; pass < maxPasses; ++pass) {
    double minx = x[0], maxx = x[0], miny = y[0], maxy = y[0];
    for (std::int32_t i = 1; i < n; ++i) {
      minx = std::min(minx, x[i]);
      maxx = std::max(maxx, x[i]);
      miny = std::min(miny, y[i]);
      maxy = std::max(maxy, y[i]);
    }
    // Cells of side >= dmin, at most about 4n of them.
    double cell = dmin;
    const double limit = 4.0 * n + 16;
    while ((std::floor((maxx - minx) / cell) + 1) * (std::floor((maxy - miny) / cell) + 1) > limit) cell *= 2;
    const auto cols = static_cast<std::int32_t>(std::floor((maxx - minx) / cell)) + 1;
    const auto rows = static_cast<std::int32_t>(std::floor((maxy - miny) / cell)) + 1;
    auto cx = [&](double v) { return std::min(cols - 1, static_cast<std::int32_t>((v - minx) / cell)); };
    auto cy = [&](double v) { return std::min(rows - 1, static_cast<std::int32_t>((v - miny) / cell)); };
    start.assign(static_cast<std::size_t>(cols) * rows + 1, 0);
    for (std::int32_t i = 0; i < n; ++i) {
      cellOf[i] = cy(y[i]) * cols + cx(x[i]);
      ++start[cellOf[i] + 1];
    }
    for (std::size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
    {
      std::vector<std::int32_t> pos(start.begin(), start.end() - 1);
      for (std::int32_t i = 0; i < n; ++i) items[pos[cellOf[i]]++] = i;
    }
    bool moved = false;
    const double d2min = dmin * dmin;
    for (std::int32_t i = 0; i < n; ++i) {
      const std::int32_t ci = cellOf[i] % cols, ri = cellOf[i] / cols;
      for (std::int32_t r = std::max(0, ri - 1); r <= std::min(rows - 1, ri + 1); ++r) {
        for (std::int32_t c = std::max(0, ci - 1); c <= std::min(cols - 1, ci + 1); ++c) {
          const std::int32_t k = r * cols + c;
          for (std::int32_t t = start[k]; t < start[k + 1]; ++t) {
            const std::int32_t j = items[t];
            if (j <= i) continue;
            double dx = x[j] - x[i], dy = y[j] - y[i];
            const double d2 = dx * dx + dy * dy;
            if (d2 >= d2min) continue;
            double d = std::sqrt(d2);
            if (d < 1e-12 * dmin) {  // coincident: a direction fixed by the pair's indices
              dx = 1.0 + static_cast<double>((j - i) % 3);
              dy = static_cast<double>((i + j) % 5) - 2.0;
              d = std::sqrt(dx * dx + dy * dy);
            }
            // Each moves half the shortfall (and a hair more, so the pair is settled).
            const double push = 0.5 * (dmin - std::sqrt(d2)) * 1.0001 / d;
            x[i] -= push * dx;
            y[i] -= push * dy;
            x[j] += push * dx;
            y[j] += push * dy;
            moved = true;
          }
        }
      }
    }
    if (!moved) break;
  }
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
  // Isolates: a grid under the components (or on its own, about 4:3).
  if (isolates.empty()) return;
  const double gridTop = rowTop.empty() ? 0 : rowTop.back() + rowHeight.back();
  const auto count = static_cast<std::int64_t>(isolates.size());
  auto cols = static_cast<std::int64_t>(std::ceil(std::sqrt(static_cast<double>(count) * 4.0 / 3.0)));
  cols = std::max<std::int64_t>(cols, static_cast<std::int64_t>(std::floor((blockWidth - pad) / unit)) + 1);
  cols = std::min(cols, count);
  const double gridWidth = static_cast<double>(cols - 1) * unit;
  const double left = std::max(0.0, 0.5 * (blockWidth - pad - gridWidth));
  for (std::int64_t k = 0; k < count; ++k) {
    X[isolates[k]] = left + static_cast<double>(k % cols) * unit;
    Y[isolates[k]] = gridTop + static_cast<double>(k / cols) * unit;
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
