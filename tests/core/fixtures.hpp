// Reading test fixtures from tests/fixtures (natively, and under node through NODERAWFS).
#pragma once
#include <fstream>
#include <sstream>
#include <string>

#include "base/json.hpp"

namespace bosam::test {

inline std::string fixture_path(const std::string& relative) {
  return std::string(BOSAM_SOURCE_DIR) + "/tests/fixtures/" + relative;
}

inline std::string read_fixture(const std::string& relative) {
  std::ifstream in(fixture_path(relative), std::ios::binary);
  if (!in) throw std::runtime_error("missing fixture " + relative);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline json fixture_json(const std::string& relative) { return json::parse(read_fixture(relative)); }

}  // namespace bosam::test
