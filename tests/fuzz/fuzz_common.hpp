// Shared by the libFuzzer targets in tests/fuzz (built only in build/san, see CMakeLists.txt and tools/test).
// A broken invariant aborts, so libFuzzer saves the input as a crash like any sanitizer finding.
#pragma once
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "base/json.hpp"

namespace bosam::fuzz {

[[noreturn]] inline void fail(const char* what, const std::string& detail = "") {
  std::fprintf(stderr, "bosam fuzz invariant broken: %s %s\n", what, detail.substr(0, 2000).c_str());
  std::abort();
}

inline void require(bool ok, const char* what, const std::string& detail = "") {
  if (!ok) fail(what, detail);
}

// An envelope (docs/validation.md) must be JSON with "ok"; an "internal-error" means a C++ exception escaped the core.
inline json require_envelope(const std::string& text) {
  json env = json::parse(text, nullptr, false);
  require(env.is_object() && env.contains("ok") && env["ok"].is_boolean(), "envelope is not an envelope", text);
  if (env.contains("errors"))
    for (const auto& e : env["errors"])
      require(e.value("code", "") != "internal-error", "internal error in envelope", e.dump());
  return env;
}

// Every number in `v` is finite (NaN and infinity would turn into null only when printed, hiding a bug).
// Iterative, O(size of v).
inline bool all_finite(const json& v, std::string* where = nullptr) {
  std::vector<const json*> stack{&v};
  while (!stack.empty()) {
    const json* x = stack.back();
    stack.pop_back();
    if (x->is_number_float() && !std::isfinite(x->get<double>())) {
      if (where) *where = x->dump();
      return false;
    }
    if (x->is_structured())
      for (const auto& child : *x) stack.push_back(&child);
  }
  return true;
}

}  // namespace bosam::fuzz
