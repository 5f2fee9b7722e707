// The SNA engine's pseudo-random numbers: splitmix64 (Steele, Lea & Flood 2014): tiny, fast, and the same
// sequence natively and in WebAssembly for a seed (std distributions differ between standard libraries, so none
// are used). Community detection orders its vertices with it; the tests against chance (chance.hpp) draw their
// permutations from it.
#pragma once
#include <cstdint>
#include <utility>
#include <vector>

namespace bosam::sna {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, bound), bound > 0. Rejects the lowest 2^64 mod bound values, so every residue is equally
  // likely; written out here because std::uniform_int_distribution differs between standard libraries.
  std::uint32_t below(std::uint32_t bound) {
    const std::uint64_t b = bound;
    const std::uint64_t threshold = (0 - b) % b;  // 2^64 mod b
    for (;;) {
      const std::uint64_t x = next();
      if (x >= threshold) return static_cast<std::uint32_t>(x % b);
    }
  }
  // Fisher-Yates over 0..n-1 with below() (community detection's vertex orders).
  void permutation(std::vector<std::int32_t>& out, std::int32_t n) {
    out.resize(static_cast<std::size_t>(n));
    for (std::int32_t i = 0; i < n; ++i) out[i] = i;
    for (std::int32_t i = n - 1; i > 0; --i) std::swap(out[i], out[below(static_cast<std::uint32_t>(i) + 1)]);
  }
  // Uniform in [0, bound), bound > 0, as below() but almost never dividing (Lemire 2019, "Fast random integer
  // generation in an interval"): the high half of a 32 x 32-bit product, rejecting the few low halves that would
  // bias it. The tests against chance draw millions of these, where below()'s 64-bit modulo is the cost.
  std::uint32_t bounded(std::uint32_t bound) {
    std::uint64_t m = (next() >> 32) * bound;
    auto low = static_cast<std::uint32_t>(m);
    if (low < bound) {
      const std::uint32_t threshold = (0u - bound) % bound;  // 2^32 mod bound
      while (low < threshold) {
        m = (next() >> 32) * bound;
        low = static_cast<std::uint32_t>(m);
      }
    }
    return static_cast<std::uint32_t>(m >> 32);
  }
  // Fisher-Yates in place with bounded(): every order of `items` equally likely. O(size).
  template <typename T>
  void shuffle(std::vector<T>& items) {
    for (auto i = static_cast<std::int64_t>(items.size()) - 1; i > 0; --i)
      std::swap(items[static_cast<std::size_t>(i)], items[bounded(static_cast<std::uint32_t>(i) + 1)]);
  }

 private:
  std::uint64_t state_;
};

// An independent stream's seed from the analysis seed and a salt naming what it is for, so each use of the one
// `seed` option draws its own numbers (the same splitmix64 finaliser).
inline std::uint64_t stream_seed(std::uint64_t seed, std::uint64_t salt) {
  Rng r(seed ^ (salt * 0xD1B54A32D192ED03ULL));
  r.next();
  return r.next();
}

}  // namespace bosam::sna
