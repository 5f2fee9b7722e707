// Reading a number of settings.thresholds into a setting (checks::settings_from, sna::role_thresholds): a share
// as it is; a count rounded and kept within 0..1,000,000, so an absurd number in a file (1e10) can never overflow
// an int. O(1).
#pragma once
#include <cmath>

namespace bosam {

inline void read_threshold(double value, double& into) { into = value; }

inline void read_threshold(double value, int& into) {
  const double r = std::round(value);
  into = static_cast<int>(r < 0 ? 0 : r > 1e6 ? 1e6 : r);
}

}  // namespace bosam
