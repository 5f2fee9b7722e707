// Turning bytes into a JSON value safely: byte-order mark, UTF-8, size and nesting caps, and parse errors
// with line and column. Nothing here knows what a project is.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "base/issue.hpp"
#include "base/json.hpp"

namespace bosam {

// Caps that turn absurd input into an error instead of a hang or a crash. Documented in README ("Limits").
struct Limits {
  std::size_t maxBytes = 64u * 1024u * 1024u;  // whole file
  int maxDepth = 64;                           // nested objects/arrays
  std::size_t maxListLength = 1000000;         // items in any one list
  std::size_t maxStringLength = 100000;        // characters (bytes) in any one string
  // People in one project. Bosam is built and measured for up to 10,000 (the largest municipality's housing-
  // social work involves a few thousand); twice that still analyses in the Worker, far beyond is a wrong file.
  std::size_t maxActors = 20000;
};

// Parses `text` into JSON. On failure returns nullopt and appends exactly one issue (path "$").
// Accepts and drops a UTF-8 byte-order mark. O(n) in the size of the text.
std::optional<json> parse_json(std::string_view text, const Limits& limits, Lang lang, Issues& out);

// Walks a parsed value and reports strings and lists beyond the caps, with their paths. O(size of value).
void check_limits(const json& value, const Limits& limits, Lang lang, Issues& out);

// 1-based line and column (in characters) of byte `offset` in `text`.
std::pair<int, int> line_column(std::string_view text, std::size_t offset);

}  // namespace bosam
