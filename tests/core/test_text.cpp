// Messages (core/text): the pattern syntax worked by hand, and the three catalogues kept in step. Expectations are
// written out here, never produced by the formatter itself.
#include <doctest/doctest.h>

#include <algorithm>

#include "schema/messages.hpp"
#include "text/catalogue.hpp"
#include "text/message.hpp"

using namespace bosam;
using text::format;

TEST_CASE("text: placeholders are filled by name, in any order") {
  CHECK(format("{b} og {a}", Lang::nb, {{"a", "Kari"}, {"b", "Ola"}}) == "Ola og Kari");
  CHECK(format("{a}{a}", Lang::nb, {{"a", "x"}}) == "xx");
  // A missing argument stays visible rather than silently empty.
  CHECK(format("Hei {navn}", Lang::nb) == "Hei {navn}");
}

TEST_CASE("text: plural picks one for exactly 1 and other for 0, 2 and 5; # is the count") {
  const std::string p = "{n, plural, one {# kontakt} other {# kontakter}}";
  CHECK(format(p, Lang::nb, {{"n", 0}}) == "0 kontakter");
  CHECK(format(p, Lang::nb, {{"n", 1}}) == "1 kontakt");
  CHECK(format(p, Lang::nb, {{"n", 2}}) == "2 kontakter");
  CHECK(format(p, Lang::nb, {{"n", 5}}) == "5 kontakter");
  CHECK(format("{n, plural, =0 {ingen} one {ein} other {#}}", Lang::nn, {{"n", 0}}) == "ingen");
  CHECK(format("{n, plural, =0 {none} one {one} other {#}}", Lang::en, {{"n", 1}}) == "one");
}

TEST_CASE("text: select, nesting and a plural's # inside a nested select") {
  const std::string p = "{kind, select, unit {eininga {name}} other {personen {name}}}";
  CHECK(format(p, Lang::nn, {{"kind", "unit"}, {"name", "NAV"}}) == "eininga NAV");
  CHECK(format(p, Lang::nn, {{"kind", "actor"}, {"name", "Kari"}}) == "personen Kari");
  CHECK(format("{n, plural, one {{g, select, f {ei} other {ein}} ting} other {# ting}}", Lang::nn,
               {{"n", 1}, {"g", "f"}}) == "ei ting");
  CHECK(format("{n, plural, other {{g, select, other {# stk}}}}", Lang::nb, {{"n", 3}, {"g", "x"}}) == "3 stk");
}

TEST_CASE("text: whole numbers are grouped as the language writes them") {
  CHECK(text::format_integer(1234, Lang::nb) == "1\u00a0234");
  CHECK(text::format_integer(1234567, Lang::nn) == "1\u00a0234\u00a0567");
  CHECK(text::format_integer(1234567, Lang::en) == "1,234,567");
  CHECK(text::format_integer(999, Lang::nb) == "999");
  CHECK(text::format_integer(-5, Lang::nb) == "\u22125");
  CHECK(text::format_integer(-5, Lang::en) == "-5");
  CHECK(format("{n, plural, other {# personar}}", Lang::nn, {{"n", 12000}}) == "12\u00a0000 personar");
}

TEST_CASE("text: apostrophes quote only before a brace or #, as in ICU") {
  CHECK(format("each other's", Lang::en) == "each other's");
  CHECK(format("JSON-objekt ('{' … '}')", Lang::nb) == "JSON-objekt ({ … })");
  CHECK(format("it''s", Lang::en) == "it's");
  CHECK(format("{n, plural, other {'#' # }}", Lang::en, {{"n", 2}}) == "# 2 ");
}

TEST_CASE("text: a malformed pattern is reported by inspect and comes back as written") {
  for (const char* bad :
       {"{", "{}", "{n, plural, one {x}}", "{n, plural, other {x}", "a } b", "{n, sum, other {}}", "'{ never closed"}) {
    CAPTURE(bad);
    CHECK_FALSE(text::inspect(bad).error.empty());
    CHECK(format(bad, Lang::nb, {{"n", 1}}) == bad);
  }
  const text::Shape ok = text::inspect("{a} {n, plural, one {#} other {{b}}} {k, select, x {} other {}}");
  CHECK(ok.error.empty());
  CHECK(ok.args == std::set<std::string>{"a", "b", "k", "n"});
  CHECK(ok.plurals == std::set<std::string>{"n"});
  CHECK(ok.selects == std::set<std::string>{"k"});
  // Shown: a plain placeholder, or a plural whose branch shows #; n here shows # and b is plain; k only chooses.
  CHECK(ok.shown == std::set<std::string>{"a", "b", "n"});
  CHECK(text::inspect("{n, plural, one {en} other {flere}}").shown.empty());
}

TEST_CASE("text: the nb, nn and en catalogues have the same keys and show the same values") {
  const auto& nb = text::messages(Lang::nb);
  REQUIRE(!nb.empty());
  for (Lang lang : {Lang::nn, Lang::en}) {
    const auto& other = text::messages(lang);
    CAPTURE(lang_code(lang));
    for (const auto& entry : nb) {  // (not a structured binding: clang 14 cannot capture those)
      const std::string& key = entry.first;
      const std::string& pattern = entry.second;
      CAPTURE(key);
      REQUIRE(other.count(key) == 1);
      const text::Shape a = text::inspect(pattern), b = text::inspect(other.at(key));
      CHECK(a.error.empty());
      CHECK(b.error.empty());
      // The same values shown. A language may choose branches by fewer names than bokmål (English needs no
      // "vedkommende"/"de"), never by a name bokmål does not have: the code passes what bokmål asks for, so a
      // name only one language knows is a typo.
      CHECK(a.shown == b.shown);
      for (const auto& name : b.args) {
        CAPTURE(name);
        CHECK(a.args.count(name) == 1);
      }
    }
    for (const auto& entry : other) {
      const std::string& key = entry.first;
      CAPTURE(key);
      CHECK(nb.count(key) == 1);
    }
  }
}

TEST_CASE("text: a key no catalogue has comes back as itself, in every language") {
  for (Lang lang : {Lang::nb, Lang::nn, Lang::en}) CHECK(text::tr(lang, "no.such.key") == "no.such.key");
  CHECK(text::has_message(Lang::nn, "finding.isolate.title"));
  CHECK(text::tr(Lang::nn, "finding.isolate.title", {{"person", "Kari"}}) == "Kari har ingen kontaktar i nettverket");
}

TEST_CASE("text: languages are read strictly") {
  CHECK(parse_lang("nb") == Lang::nb);
  CHECK(parse_lang("nn") == Lang::nn);
  CHECK(parse_lang("en") == Lang::en);
  CHECK_FALSE(parse_lang("no").has_value());
  CHECK_FALSE(parse_lang("NB").has_value());
  CHECK_FALSE(parse_lang("").has_value());
  CHECK(std::string(lang_code(Lang::nn)) == "nn");
}

TEST_CASE("text: each issue message uses only the arguments its code is given, by name") {
  int checked = 0;
  for (Lang lang : {Lang::nb, Lang::nn, Lang::en})
    for (const auto& entry : text::messages(lang)) {
      const std::string& key = entry.first;
      const std::string& pattern = entry.second;
      if (key.rfind("issue.", 0) != 0) continue;
      const std::string code = key.substr(6);
      const std::vector<std::string> names = message_argument_names(code);
      CAPTURE(key);
      for (const auto& arg : text::inspect(pattern).args)
        CHECK(std::find(names.begin(), names.end(), arg) != names.end());
      ++checked;
    }
  CHECK(checked > 200);
  // By name, in the order the language wants: the arguments come in the code's order.
  CHECK(message_for("import-xml-mismatch", Lang::nn, {"a.graphml", "7", "3", "node", "edge"}) ==
        "a.graphml, linje 7: sluttaggen </edge> passar ikkje til <node>.");
  CHECK(message_for("too-large", Lang::en, {"10", "5"}) == "The file is too large (10 bytes; the limit is 5 bytes).");
  CHECK(message_for("no-such-code", Lang::nb) == "no-such-code");
}
