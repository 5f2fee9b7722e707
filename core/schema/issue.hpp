// One problem found in a document: where (JSONPath), what (stable code), and a plain message.
#pragma once
#include <string>
#include <vector>

namespace bosam {

enum class Lang { nb, en };

// "nb" (default) or "en"; anything else falls back to bokmål, the product's first language.
Lang parse_lang(const std::string& s);

enum class Severity { error, warning };

struct Issue {
  std::string path;     // JSONPath such as $.ties[3].to; "$" for the whole document
  std::string code;     // stable, documented in README (e.g. "unknown-actor")
  std::string message;  // plain sentence in the requested language
  int line = 0;         // 1-based; 0 when not known (only parse errors know it)
  int column = 0;
  Severity severity = Severity::error;
};

using Issues = std::vector<Issue>;

bool has_errors(const Issues& issues);

// Builds a message for `code` in `lang`, filling {0}, {1}, ... with args. Unknown codes give the code itself.
std::string message_for(const std::string& code, Lang lang, const std::vector<std::string>& args = {});

// Appends an issue whose message is built from the code's template.
void add_issue(Issues& out, Lang lang, Severity sev, std::string path, const std::string& code,
               const std::vector<std::string>& args = {}, int line = 0, int column = 0);

// JSONPath pieces: $.key, $['odd key'], $[3].
std::string path_key(const std::string& base, const std::string& key);
std::string path_index(const std::string& base, std::size_t index);

}  // namespace bosam
