#include "sna/partitions.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <stdexcept>

namespace bosam::sna {

namespace {

// Labels mapped to 0..k-1 (by value order when they fall outside [0, n), else by first appearance).
std::vector<std::int32_t> dense(const std::vector<int>& labels, std::int32_t& k) {
  const auto n = static_cast<std::int32_t>(labels.size());
  std::vector<std::int32_t> out(labels.size());
  bool small = true;
  for (int c : labels) small = small && c >= 0 && c < n;
  if (small) {
    std::vector<std::int32_t> map(labels.size(), -1);
    k = 0;
    for (std::int32_t i = 0; i < n; ++i) {
      std::int32_t& m = map[labels[i]];
      if (m < 0) m = k++;
      out[i] = m;
    }
  } else {
    std::vector<int> sorted(labels);
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (std::int32_t i = 0; i < n; ++i)
      out[i] = static_cast<std::int32_t>(std::lower_bound(sorted.begin(), sorted.end(), labels[i]) - sorted.begin());
    k = static_cast<std::int32_t>(sorted.size());
  }
  return out;
}

// The contingency table of two partitions, visited cell by cell: row sums, column sums, and a callback for every
// non-zero cell n_ij. Items are bucketed by row with a counting sort, then each row's columns are counted in an
// array that is cleared through the list of columns it touched: O(n + k_a + k_b), no maps.
struct Table {
  std::int32_t n = 0, ka = 0, kb = 0;
  std::vector<std::int32_t> rowSum, colSum;
  std::vector<std::int32_t> a, b;

  Table(const std::vector<int>& la, const std::vector<int>& lb) {
    if (la.size() != lb.size()) throw std::invalid_argument("partition comparison: the partitions differ in size");
    n = static_cast<std::int32_t>(la.size());
    a = dense(la, ka);
    b = dense(lb, kb);
    rowSum.assign(static_cast<std::size_t>(ka), 0);
    colSum.assign(static_cast<std::size_t>(kb), 0);
    for (std::int32_t i = 0; i < n; ++i) {
      ++rowSum[a[i]];
      ++colSum[b[i]];
    }
  }

  template <class Cell>
  void cells(Cell cell) const {
    std::vector<std::int32_t> start(static_cast<std::size_t>(ka) + 1, 0), byRow(static_cast<std::size_t>(n));
    for (std::int32_t r = 0; r < ka; ++r) start[r + 1] = start[r] + rowSum[r];
    std::vector<std::int32_t> fill(start.begin(), start.end() - 1);
    for (std::int32_t i = 0; i < n; ++i) byRow[fill[a[i]]++] = i;
    std::vector<std::int32_t> count(static_cast<std::size_t>(kb), 0), touched;
    for (std::int32_t r = 0; r < ka; ++r) {
      for (std::int32_t p = start[r]; p < start[r + 1]; ++p) {
        const std::int32_t c = b[byRow[p]];
        if (count[c]++ == 0) touched.push_back(c);
      }
      for (std::int32_t c : touched) {
        cell(r, c, count[c]);
        count[c] = 0;
      }
      touched.clear();
    }
  }
};

double pairs(double x) { return x * (x - 1.0) / 2.0; }

}  // namespace

double normalized_mutual_information(const std::vector<int>& la, const std::vector<int>& lb) {
  const Table t(la, lb);
  if (t.n == 0) return 1.0;
  const double n = t.n;
  double ha = 0.0, hb = 0.0;
  for (std::int32_t s : t.rowSum) ha -= (s / n) * std::log(s / n);
  for (std::int32_t s : t.colSum) hb -= (s / n) * std::log(s / n);
  if (t.ka == 1 && t.kb == 1) return 1.0;  // H(A) = H(B) = 0
  if (t.ka == 1 || t.kb == 1) return 0.0;  // I(A;B) = 0 while one entropy is positive
  double mi = 0.0;
  t.cells([&](std::int32_t r, std::int32_t c, std::int32_t nij) {
    mi += (nij / n) * std::log((n * nij) / (static_cast<double>(t.rowSum[r]) * t.colSum[c]));
  });
  const double nmi = mi / ((ha + hb) / 2.0);
  return std::min(1.0, std::max(0.0, nmi));
}

double adjusted_rand_index(const std::vector<int>& la, const std::vector<int>& lb) {
  const Table t(la, lb);
  if (t.n < 2) return 1.0;
  double sumRows = 0.0, sumCols = 0.0, index = 0.0;  // pair counts: exact in a double below 2^53
  for (std::int32_t s : t.rowSum) sumRows += pairs(s);
  for (std::int32_t s : t.colSum) sumCols += pairs(s);
  t.cells([&](std::int32_t, std::int32_t, std::int32_t nij) { index += pairs(nij); });
  const double total = pairs(t.n);
  // 0/0 only when both are one cluster (sums == total) or both all singletons (sums == 0): identical partitions.
  if (sumRows == sumCols && (sumRows == 0.0 || sumRows == total)) return 1.0;
  const double expected = sumRows * sumCols / total;
  const double maximum = (sumRows + sumCols) / 2.0;
  return (index - expected) / (maximum - expected);
}

}  // namespace bosam::sna
