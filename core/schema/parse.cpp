#include "schema/parse.hpp"

#include "schema/messages.hpp"
#include "text/catalogue.hpp"

namespace bosam {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Length of the valid UTF-8 sequence starting at text[i], or 0 if it is invalid (overlong forms,
// surrogates and code points above U+10FFFF are invalid, per RFC 3629).
std::size_t utf8_length(std::string_view text, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t n;
  unsigned lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF)
    n = 2;
  else if (c == 0xE0) {
    n = 3;
    lo = 0xA0;
  } else if (c == 0xED) {
    n = 3;
    hi = 0x9F;
  } else if (c >= 0xE1 && c <= 0xEF)
    n = 3;
  else if (c == 0xF0) {
    n = 4;
    lo = 0x90;
  } else if (c == 0xF4) {
    n = 4;
    hi = 0x8F;
  } else if (c >= 0xF1 && c <= 0xF3)
    n = 4;
  else
    return 0;
  if (i + n > text.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
  return n;
}

// One pass over the text before the real parser sees it: rejects invalid UTF-8 and nesting deeper than the
// cap (so the parser and the value's destructor never recurse without bound). Returns false with an issue.
bool prescan(std::string_view text, const Limits& limits, Lang lang, Issues& out) {
  int depth = 0;
  bool in_string = false, escaped = false;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_length(text, i);
    if (n == 0) {
      auto [line, col] = line_column(text, i);
      add_issue(out, lang, Severity::error, "$", "invalid-utf8", {std::to_string(line), std::to_string(col)}, line,
                col);
      return false;
    }
    const char c = text[i];
    if (in_string) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > limits.maxDepth) {
        auto [line, col] = line_column(text, i);
        add_issue(out, lang, Severity::error, "$", "too-deep",
                  {std::to_string(limits.maxDepth), std::to_string(line), std::to_string(col)}, line, col);
        return false;
      }
    } else if (c == '}' || c == ']') {
      --depth;
    }
    i += n;
  }
  return true;
}

// A short, translated reason for a parse error from nlohmann's technical message.
std::string parse_detail(const std::string& what, Lang lang) {
  if (what.find("end of input") != std::string::npos) return text::tr(lang, "parse.eof");
  auto pos = what.find("unexpected '");
  if (pos != std::string::npos) {
    auto end = what.find('\'', pos + 12);
    std::string token = what.substr(pos + 12, end == std::string::npos ? 0 : end - pos - 12);
    return text::tr(lang, "parse.unexpected", {{"token", token}});
  }
  return text::tr(lang, "parse.other");
}

}  // namespace

std::pair<int, int> line_column(std::string_view text, std::size_t offset) {
  int line = 1, col = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      col = 1;
    } else if ((c & 0xC0) != 0x80)
      ++col;  // count characters, not continuation bytes
  }
  return {line, col};
}

// What a file that is not JSON probably is, for a message that says where it belongs ("" when unknown):
// a zip (.xlsx), a Bosam survey form, GraphML, or a table with a separator on its first line. O(first 64 KiB).
static std::string kind_of_non_json(std::string_view text) {
  if (text.substr(0, 4) == std::string_view("PK\x03\x04", 4)) return "spreadsheet";
  const std::string_view head = text.substr(0, 65536);
  const auto first = head.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && head[first] == '<') {
    if (head.find("bosam-survey") != std::string_view::npos) return "survey-form";
    if (head.find("<graphml") != std::string_view::npos) return "graphml";
    return "";
  }
  if (first != std::string_view::npos && (head[first] == '{' || head[first] == '[')) return "";
  const std::string_view line = head.substr(0, head.find('\n'));
  if (line.find(';') != std::string_view::npos || line.find(',') != std::string_view::npos ||
      line.find('\t') != std::string_view::npos)
    return "table";
  return "";
}

std::optional<json> parse_json(std::string_view text, const Limits& limits, Lang lang, Issues& out) {
  if (text.size() > limits.maxBytes) {
    add_issue(out, lang, Severity::error, "$", "too-large",
              {std::to_string(text.size()), std::to_string(limits.maxBytes)});
    return std::nullopt;
  }
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    add_issue(out, lang, Severity::error, "$", "empty-file");
    return std::nullopt;
  }
  // A zip is binary: say what it is before the UTF-8 scan calls it broken text.
  if (kind_of_non_json(text) == "spreadsheet") {
    add_issue(out, lang, Severity::error, "$", "not-json", {"1", "1", ""}, 1, 1);
    out.back().message = message_for("not-json/spreadsheet", lang);
    return std::nullopt;
  }
  if (!prescan(text, limits, lang, out)) return std::nullopt;
  try {
    return json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    // e.byte is the 1-based index of the last byte read; point at it.
    const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
    auto [line, col] = line_column(text, at);
    add_issue(out, lang, Severity::error, "$", "not-json",
              {std::to_string(line), std::to_string(col), parse_detail(e.what(), lang)}, line, col);
    if (const std::string kind = kind_of_non_json(text); !kind.empty())
      out.back().message = message_for("not-json/" + kind, lang);
  } catch (const json::out_of_range& e) {
    // Number overflow (e.g. 1e400): nlohmann names the literal; find it to give a position.
    std::string what = e.what();
    std::size_t at = 0;
    auto q = what.find('\'');
    if (q != std::string::npos) {
      auto q2 = what.find('\'', q + 1);
      auto found = text.find(what.substr(q + 1, q2 == std::string::npos ? 0 : q2 - q - 1));
      if (found != std::string_view::npos) at = found;
    }
    auto [line, col] = line_column(text, at);
    add_issue(out, lang, Severity::error, "$", "number-out-of-range", {std::to_string(line), std::to_string(col)}, line,
              col);
  }
  return std::nullopt;
}

void check_limits(const json& value, const Limits& limits, Lang lang, Issues& out) {
  // Iterative walk with an explicit stack: depth is capped already, but this keeps stack use flat anyway.
  std::vector<std::pair<const json*, std::string>> stack{{&value, "$"}};
  while (!stack.empty()) {
    auto [v, path] = std::move(stack.back());
    stack.pop_back();
    if (v->is_string()) {
      const auto n = v->get_ref<const std::string&>().size();
      if (n > limits.maxStringLength)
        add_issue(out, lang, Severity::error, path, "string-too-long",
                  {std::to_string(n), std::to_string(limits.maxStringLength)});
    } else if (v->is_array()) {
      if (v->size() > limits.maxListLength) {
        add_issue(out, lang, Severity::error, path, "list-too-long",
                  {std::to_string(v->size()), std::to_string(limits.maxListLength)});
        continue;
      }
      for (std::size_t i = v->size(); i-- > 0;) stack.emplace_back(&(*v)[i], path_index(path, i));
    } else if (v->is_object()) {
      for (auto it = v->begin(); it != v->end(); ++it) {
        // A key is text too: capped like a string, and named by its first characters only (the path would
        // otherwise carry the whole key).
        if (it.key().size() > limits.maxStringLength) {
          std::size_t cut = 40;  // not inside a UTF-8 sequence: the path must stay valid text
          while (cut > 0 && (static_cast<unsigned char>(it.key()[cut]) & 0xC0) == 0x80) --cut;
          add_issue(out, lang, Severity::error, path_key(path, it.key().substr(0, cut) + "…"), "key-too-long",
                    {std::to_string(it.key().size()), std::to_string(limits.maxStringLength)});
          continue;
        }
        stack.emplace_back(&it.value(), path_key(path, it.key()));
      }
    }
  }
}

}  // namespace bosam
