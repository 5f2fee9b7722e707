// The layout's own pseudo-random numbers: splitmix64 (Steele, Lea & Flood 2014). Only integer arithmetic and
// one exact scaling to double, so a seed gives the same numbers natively and in WebAssembly (std
// distributions differ between libstdc++ and libc++, so none are used).
#pragma once
#include <cstdint>

namespace bosam::layout::detail {

class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, 1): the top 53 bits, scaled exactly.
  double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
  // Uniform in [-1, 1).
  double symmetric() { return 2.0 * uniform() - 1.0; }
  // Uniform integer in [0, bound) for bound < 2^32 (multiply-shift; the tiny bias is irrelevant here).
  std::uint32_t below(std::uint32_t bound) {
    return static_cast<std::uint32_t>(((next() >> 32) * static_cast<std::uint64_t>(bound)) >> 32);
  }

 private:
  std::uint64_t state_;
};

// Mixes a seed with a salt (e.g. a component's first vertex) into an independent stream's seed.
inline std::uint64_t mix_seed(std::uint64_t seed, std::uint64_t salt) {
  SplitMix64 r(seed ^ (salt * 0xD1B54A32D192ED03ull));
  r.next();
  return r.next();
}

}  // namespace bosam::layout::detail
