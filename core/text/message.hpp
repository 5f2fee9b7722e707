// Messages as patterns: named placeholders, plural and select, in the subset of ICU MessageFormat that Bosam's
// texts need. A sentence is one pattern per language, never glued together from fragments, so a translator sees
// the whole sentence and can change its word order and endings.
//
//   {name}                                   the argument's text (an integer is grouped for the language)
//   {n, plural, =0 {…} one {…} other {…}}    a branch by count; # inside it is the count, formatted
//   {kind, select, unit {…} other {…}}       a branch by a word
//   '{' '}' '#'                              a literal brace or hash; '' is one apostrophe
//
// The syntax is ICU's (an apostrophe only quotes before a brace or #), so the same patterns read the same in any
// MessageFormat tool. Formatting is O(length of the pattern) per call.
#pragma once
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/lang.hpp"

namespace bosam::text {

// A placeholder's value: a text, or a whole number (which plural branches on and which is grouped as 1 234).
struct Arg {
  Arg(const char* s) : text(s) {}
  Arg(std::string s) : text(std::move(s)) {}
  Arg(int n) : number(n), isNumber(true) {}
  Arg(long n) : number(n), isNumber(true) {}
  Arg(long long n) : number(n), isNumber(true) {}
  Arg(unsigned n) : number(n), isNumber(true) {}
  Arg(unsigned long n) : number(static_cast<long long>(n)), isNumber(true) {}
  Arg(unsigned long long n) : number(static_cast<long long>(n)), isNumber(true) {}
  std::string text;
  long long number = 0;
  bool isNumber = false;
};

using Args = std::vector<std::pair<std::string, Arg>>;

// The pattern with its placeholders filled. A malformed pattern comes back as written (the catalogue tests make
// sure none ships); a placeholder with no argument stays as {name}, visible rather than silently empty.
std::string format(const std::string& pattern, Lang lang, const Args& args = {});

// What a pattern asks for, for the catalogue tests: every argument name, the ones whose value the reader sees
// (a plain {name}, or a plural whose branches show # ), the ones used to choose a plural or select branch, and the
// first syntax error ("" when there is none). Languages must show the same values; each may choose by what its
// grammar needs (English has no use for the gender that nynorsk chooses by).
struct Shape {
  std::set<std::string> args;
  std::set<std::string> shown;
  std::set<std::string> plurals;
  std::set<std::string> selects;
  std::string error;
};
Shape inspect(const std::string& pattern);

// "one" or "other": the plural category of a whole number (the same for nb, nn and en: one is exactly 1).
const char* plural_category(long long n, Lang lang);

// A whole number as the language writes it: 1 234 (no-break space) and −5 in nb and nn, 1,234 and -5 in en.
std::string format_integer(long long n, Lang lang);

}  // namespace bosam::text
