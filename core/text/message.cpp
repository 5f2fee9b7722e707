#include "text/message.hpp"

#include <cctype>
#include <map>

namespace bosam::text {
namespace {

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// One pass over a pattern: fills `out` and records the shape. Recursive descent; depth is bounded by the pattern's
// own nesting, which the catalogues keep to two levels.
class Parser {
 public:
  Parser(const std::string& pattern, Lang lang, const Args* args, Shape& shape)
      : p_(pattern), lang_(lang), args_(args), shape_(shape) {}

  bool run(std::string& out) { return message(out, nullptr, false) && (i_ == p_.size() || fail("unmatched }")); }

 private:
  bool fail(const std::string& why) {
    if (shape_.error.empty()) shape_.error = why + " at " + std::to_string(i_);
    return false;
  }
  void spaces() {
    while (i_ < p_.size() && std::isspace(static_cast<unsigned char>(p_[i_]))) ++i_;
  }
  std::string name() {
    const std::size_t start = i_;
    while (i_ < p_.size() && is_name_char(p_[i_])) ++i_;
    return p_.substr(start, i_ - start);
  }
  const Arg* find(const std::string& key) const {
    if (!args_) return nullptr;
    for (const auto& a : *args_)
      if (a.first == key) return &a.second;
    return nullptr;
  }

  // Text up to the end (top level) or up to the '}' that closes a branch (nested; the '}' is left for the caller).
  bool message(std::string& out, const std::string* hash, bool nested) {
    while (i_ < p_.size()) {
      const char c = p_[i_];
      if (c == '\'') {
        if (!quoted(out)) return false;
      } else if (c == '{') {
        if (!argument(out, hash)) return false;
      } else if (c == '}') {
        return nested || fail("unmatched }");
      } else if (c == '#' && hash) {
        out += *hash;
        if (!plural_.empty()) shape_.shown.insert(plural_);
        ++i_;
      } else {
        out += c;
        ++i_;
      }
    }
    return !nested || fail("missing }");
  }

  // ICU's apostrophe: '' is one apostrophe; before { } or # it quotes up to the next lone apostrophe; otherwise
  // it is an ordinary character (so "don't" needs no escaping).
  bool quoted(std::string& out) {
    const char next = i_ + 1 < p_.size() ? p_[i_ + 1] : '\0';
    if (next == '\'') {
      out += '\'';
      i_ += 2;
      return true;
    }
    if (next != '{' && next != '}' && next != '#') {
      out += '\'';
      ++i_;
      return true;
    }
    for (++i_; i_ < p_.size(); ++i_) {
      if (p_[i_] != '\'') {
        out += p_[i_];
      } else if (i_ + 1 < p_.size() && p_[i_ + 1] == '\'') {
        out += '\'';
        ++i_;
      } else {
        ++i_;
        return true;
      }
    }
    return fail("unterminated quote");
  }

  bool argument(std::string& out, const std::string* hash) {
    ++i_;  // '{'
    spaces();
    const std::string key = name();
    if (key.empty()) return fail("placeholder without a name");
    shape_.args.insert(key);
    spaces();
    const Arg* arg = find(key);
    if (i_ < p_.size() && p_[i_] == '}') {
      ++i_;
      shape_.shown.insert(key);
      out += !arg ? "{" + key + "}" : arg->isNumber ? format_integer(arg->number, lang_) : arg->text;
      return true;
    }
    if (i_ >= p_.size() || p_[i_] != ',') return fail("expected , or } after " + key);
    ++i_;
    spaces();
    const std::string type = name();
    if (type != "plural" && type != "select") return fail("unknown type '" + type + "'");
    (type == "plural" ? shape_.plurals : shape_.selects).insert(key);
    spaces();
    if (i_ >= p_.size() || p_[i_] != ',') return fail("expected , after " + type);
    ++i_;
    return branches(out, key, arg, type == "plural", hash);
  }

  // selector {message} … } — every branch is parsed (so errors anywhere are found); the chosen one is written.
  bool branches(std::string& out, const std::string& key, const Arg* arg, bool plural, const std::string* outerHash) {
    std::map<std::string, std::string> texts;
    const std::string count = arg ? (arg->isNumber ? format_integer(arg->number, lang_) : arg->text) : "";
    for (;;) {
      spaces();
      if (i_ >= p_.size()) return fail("missing } after the branches of " + key);
      if (p_[i_] == '}') {
        ++i_;
        break;
      }
      std::string selector;
      if (p_[i_] == '=') {
        ++i_;
        selector = "=" + name();
      } else {
        selector = name();
      }
      if (selector.empty() || selector == "=") return fail("branch without a name in " + key);
      spaces();
      if (i_ >= p_.size() || p_[i_] != '{') return fail("expected { after " + selector);
      ++i_;
      std::string text;
      const std::string outerPlural = plural_;
      if (plural) plural_ = key;
      const bool ok = message(text, plural ? &count : outerHash, true);
      plural_ = outerPlural;
      if (!ok) return false;
      ++i_;  // the branch's '}'
      texts[selector] = text;
    }
    if (!texts.count("other")) return fail("no 'other' branch in " + key);
    if (!arg) {
      out += "{" + key + "}";
      return true;
    }
    auto pick = [&](const std::string& s) { return texts.count(s) ? &texts[s] : nullptr; };
    const std::string* chosen = nullptr;
    if (plural && arg->isNumber) {
      chosen = pick("=" + std::to_string(arg->number));
      if (!chosen) chosen = pick(plural_category(arg->number, lang_));
    } else if (!plural) {
      chosen = pick(arg->isNumber ? std::to_string(arg->number) : arg->text);
    }
    out += chosen ? *chosen : texts["other"];
    return true;
  }

  const std::string& p_;
  Lang lang_;
  const Args* args_;
  Shape& shape_;
  std::size_t i_ = 0;
  std::string plural_;  // the innermost plural's argument, which # shows
};

}  // namespace

std::string format(const std::string& pattern, Lang lang, const Args& args) {
  Shape shape;
  std::string out;
  return Parser(pattern, lang, &args, shape).run(out) ? out : pattern;
}

Shape inspect(const std::string& pattern) {
  Shape shape;
  std::string out;
  Parser(pattern, Lang::nb, nullptr, shape).run(out);
  return shape;
}

const char* plural_category(long long n, Lang) { return n == 1 ? "one" : "other"; }

std::string format_integer(long long n, Lang lang) {
  const bool en = lang == Lang::en;
  std::string digits = std::to_string(n < 0 ? -(n + 1) + 1ULL : static_cast<unsigned long long>(n));
  std::string out;
  const char* group = en ? "," : "\u00a0";
  for (std::size_t k = 0; k < digits.size(); ++k) {
    if (k > 0 && (digits.size() - k) % 3 == 0) out += group;
    out += digits[k];
  }
  return n < 0 ? (en ? "-" : "\u2212") + out : out;
}

}  // namespace bosam::text
