// One problem found in a document: where (JSONPath), what (stable code), and a plain message. Plain data shared
// by every layer; the messages themselves are made in schema/messages.hpp (message_for, add_issue).
#pragma once
#include <string>
#include <vector>

#include "base/lang.hpp"

namespace bosam {

enum class Severity { error, warning };

struct Issue {
  std::string path;     // JSONPath such as $.ties[3].to; "$" for the whole document
  std::string code;     // stable, documented in docs/ (e.g. "unknown-actor")
  std::string message;  // plain sentence in the requested language
  int line = 0;         // 1-based; 0 when not known (only parse errors know it)
  int column = 0;
  Severity severity = Severity::error;
};

using Issues = std::vector<Issue>;

bool has_errors(const Issues& issues);

// JSONPath pieces: $.key, $['odd key'], $[3].
std::string path_key(const std::string& base, const std::string& key);
std::string path_index(const std::string& base, std::size_t index);

}  // namespace bosam
