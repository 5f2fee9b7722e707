// The JSON type used everywhere in the core. Insertion-ordered, so a project file keeps the order its author
// (or Bosam) wrote, "format" first: diffs of shared files stay readable.
#pragma once
#include <nlohmann/json.hpp>

namespace bosam {
using json = nlohmann::ordered_json;
}

namespace bosam {
// obj[key] when it is a string, else "" (absent, null or another type): for optional text fields that the door
// accepts as absent when null, read where a throwing value() would turn a hand-edited file into a crash.
inline std::string text_of(const json& obj, const char* key) {
  if (!obj.is_object()) return {};
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}
}  // namespace bosam
