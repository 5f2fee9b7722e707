#include "base/issue.hpp"

#include <cctype>

namespace bosam {

std::optional<Lang> parse_lang(const std::string& s) {
  if (s == "nb") return Lang::nb;
  if (s == "nn") return Lang::nn;
  if (s == "en") return Lang::en;
  return std::nullopt;
}

const char* lang_code(Lang lang) { return lang == Lang::nn ? "nn" : lang == Lang::en ? "en" : "nb"; }

bool has_errors(const Issues& issues) {
  for (const auto& i : issues)
    if (i.severity == Severity::error) return true;
  return false;
}

static bool is_plain_key(const std::string& key) {
  if (key.empty() || std::isdigit(static_cast<unsigned char>(key[0]))) return false;
  for (char c : key) {
    auto u = static_cast<unsigned char>(c);
    if (!(std::isalnum(u) || c == '_' || c == '-')) return false;
  }
  return true;
}

std::string path_key(const std::string& base, const std::string& key) {
  if (is_plain_key(key)) return base + "." + key;
  std::string quoted;
  for (char c : key) {
    if (c == '\'' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return base + "['" + quoted + "']";
}

std::string path_index(const std::string& base, std::size_t index) { return base + "[" + std::to_string(index) + "]"; }

}  // namespace bosam
