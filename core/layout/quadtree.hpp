// Barnes–Hut repulsion (Barnes & Hut 1986) for the force-directed layout.
#pragma once
#include <cstdint>
#include <vector>

namespace bosam::layout::detail {

// A quadtree over weighted points, rebuilt every iteration; its buffers are kept between builds.
// Build: O(n log(extent / closest spacing)), in practice O(n log n). Query: O(n log n) for all points.
// Every step is written out (no std::partition or unstable sort) so the same input gives bit-identical sums
// on every standard library.
class RepulsionTree {
 public:
  void build(const double* x, const double* y, const double* mass, std::int32_t n);

  // Adds strength * m_i * m_j / d along (p_i - p_j) to (fx[i], fy[i]) for every pair i != j: the
  // Fruchterman–Reingold repulsion k^2/d, scaled by masses. Cells seen under an angle below theta
  // (side / distance < theta, and the point outside the cell) count as one body at their centre of mass.
  void accumulate(double strength, double theta, double* fx, double* fy) const;

 private:
  struct Node {
    double comx, comy, mass;  // centre of mass and total mass
    double cx, cy, half;      // the square cell: centre and half side
    std::int32_t begin, end;  // the cell's points: order_[begin .. end)
    std::int32_t child[4];    // -1 when empty or a leaf
  };
  std::int32_t split(std::int32_t begin, std::int32_t end, double cx, double cy, double half, int depth);

  const double* x_ = nullptr;
  const double* y_ = nullptr;
  std::int32_t n_ = 0;
  std::vector<Node> nodes_;
  std::vector<std::int32_t> order_, tmp_;  // points in tree order
  std::vector<double> sx_, sy_, sm_;       // positions and masses in tree order (cache-friendly leaves)
};

}  // namespace bosam::layout::detail
