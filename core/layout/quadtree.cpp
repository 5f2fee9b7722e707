#include "layout/quadtree.hpp"

#include <algorithm>

#include "layout/grid.hpp"

namespace bosam::layout::detail {

namespace {
constexpr std::int32_t kLeafSize = 16;  // points per leaf: below this, exact sums are as cheap as recursion
constexpr int kMaxDepth = 40;           // near-coincident points stop here and share a leaf
constexpr double kTiny = 1e-9;          // separation given to coincident points (layout units are ~1)
}  // namespace

void RepulsionTree::build(const double* x, const double* y, const double* mass, std::int32_t n) {
  x_ = x;
  y_ = y;
  n_ = n;
  nodes_.clear();
  if (n <= 0) return;
  order_.resize(static_cast<std::size_t>(n));
  tmp_.resize(static_cast<std::size_t>(n));
  for (std::int32_t i = 0; i < n; ++i) order_[i] = i;
  const auto [minx, maxx, miny, maxy] = bounds_of(x, y, n);
  // A little slack keeps points on the boundary strictly inside the root cell.
  const double half = 0.5 * std::max(maxx - minx, maxy - miny) * (1.0 + 1e-9) + kTiny;
  split(0, n, 0.5 * (minx + maxx), 0.5 * (miny + maxy), half, 0);

  sx_.resize(static_cast<std::size_t>(n));
  sy_.resize(static_cast<std::size_t>(n));
  sm_.resize(static_cast<std::size_t>(n));
  for (std::int32_t j = 0; j < n; ++j) {
    sx_[j] = x[order_[j]];
    sy_[j] = y[order_[j]];
    sm_[j] = mass[order_[j]];
  }
  // Children come after their parent (pre-order), so one backward pass fills the centres of mass.
  for (std::size_t k = nodes_.size(); k-- > 0;) {
    Node& nd = nodes_[k];
    double m = 0, mx = 0, my = 0;
    const bool leaf = nd.child[0] < 0 && nd.child[1] < 0 && nd.child[2] < 0 && nd.child[3] < 0;
    if (leaf) {
      for (std::int32_t j = nd.begin; j < nd.end; ++j) {
        m += sm_[j];
        mx += sm_[j] * sx_[j];
        my += sm_[j] * sy_[j];
      }
    } else {
      for (std::int32_t c : nd.child) {
        if (c < 0) continue;
        const Node& ch = nodes_[c];
        m += ch.mass;
        mx += ch.mass * ch.comx;
        my += ch.mass * ch.comy;
      }
    }
    nd.mass = m;
    nd.comx = m > 0 ? mx / m : nd.cx;
    nd.comy = m > 0 ? my / m : nd.cy;
  }
}

std::int32_t RepulsionTree::split(std::int32_t begin, std::int32_t end, double cx, double cy, double half, int depth) {
  const auto id = static_cast<std::int32_t>(nodes_.size());
  nodes_.push_back(Node{0, 0, 0, cx, cy, half, begin, end, {-1, -1, -1, -1}});
  if (end - begin <= kLeafSize || depth >= kMaxDepth) return id;
  // Stable counting partition into the four quadrants (bit 0: right, bit 1: top).
  std::int32_t count[4] = {0, 0, 0, 0};
  for (std::int32_t j = begin; j < end; ++j) {
    const std::int32_t p = order_[j];
    ++count[(x_[p] >= cx ? 1 : 0) | (y_[p] >= cy ? 2 : 0)];
  }
  std::int32_t start[4], pos[4];
  start[0] = pos[0] = begin;
  for (int q = 1; q < 4; ++q) start[q] = pos[q] = start[q - 1] + count[q - 1];
  for (std::int32_t j = begin; j < end; ++j) {
    const std::int32_t p = order_[j];
    tmp_[pos[(x_[p] >= cx ? 1 : 0) | (y_[p] >= cy ? 2 : 0)]++] = p;
  }
  std::copy(tmp_.begin() + begin, tmp_.begin() + end, order_.begin() + begin);
  const double h = 0.5 * half;
  for (int q = 0; q < 4; ++q) {
    if (count[q] == 0) continue;
    const std::int32_t c =
        split(start[q], start[q] + count[q], cx + ((q & 1) ? h : -h), cy + ((q & 2) ? h : -h), h, depth + 1);
    nodes_[id].child[q] = c;  // after the call: push_back may have moved nodes_
  }
  return id;
}

void RepulsionTree::accumulate(double strength, double theta, double* fx, double* fy) const {
  if (n_ < 2) return;
  const double theta2 = theta * theta;
  std::int32_t stack[4 * kMaxDepth + 8];
  for (std::int32_t j = 0; j < n_; ++j) {
    const double px = sx_[j], py = sy_[j];
    double ax = 0, ay = 0;
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
      const Node& nd = nodes_[stack[--top]];
      const double dx = px - nd.comx, dy = py - nd.comy;
      const double d2 = dx * dx + dy * dy;
      const bool outside = px - nd.cx > nd.half || nd.cx - px > nd.half || py - nd.cy > nd.half || nd.cy - py > nd.half;
      if (outside && d2 > 0 && 4.0 * nd.half * nd.half < theta2 * d2) {
        const double f = nd.mass / d2;
        ax += f * dx;
        ay += f * dy;
        continue;
      }
      bool leaf = true;
      for (int q = 3; q >= 0; --q) {
        if (nd.child[q] >= 0) {
          stack[top++] = nd.child[q];
          leaf = false;
        }
      }
      if (!leaf) continue;
      for (std::int32_t l = nd.begin; l < nd.end; ++l) {
        if (l == j) continue;
        double ex = px - sx_[l], ey = py - sy_[l];
        double e2 = ex * ex + ey * ey;
        if (e2 < kTiny * kTiny) {  // coincident: push apart along x, in a direction fixed by tree order
          ex = j < l ? -kTiny : kTiny;
          ey = 0;
          e2 = kTiny * kTiny;
        }
        const double f = sm_[l] / e2;
        ax += f * ex;
        ay += f * ey;
      }
    }
    const std::int32_t p = order_[j];
    fx[p] += strength * sm_[j] * ax;
    fy[p] += strength * sm_[j] * ay;
  }
}

}  // namespace bosam::layout::detail
