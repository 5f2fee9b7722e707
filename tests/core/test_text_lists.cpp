// Lists, quotations and percentages inside sentences (core/text/lists.hpp, numbers.hpp): each language's own
// conjunction and marks, worked out by hand. These are the pieces the importers and findings put into messages.
#include <doctest/doctest.h>

#include "text/lists.hpp"
#include "text/numbers.hpp"

using namespace bosam;

TEST_CASE("text lists: none, one, two, three, in each language") {
  const std::vector<std::string> three = {"Kari", "Ola", "Per"};
  CHECK(text::join(Lang::nb, {}) == "");
  CHECK(text::join(Lang::nb, {"Kari"}) == "Kari");
  CHECK(text::join(Lang::nb, {"Kari", "Ola"}) == "Kari og Ola");
  CHECK(text::join(Lang::nn, three) == "Kari, Ola og Per");
  CHECK(text::join(Lang::en, three) == "Kari, Ola and Per");
  CHECK(text::join(Lang::nn, three, 10, text::Joiner::or_) == "Kari, Ola eller Per");
  CHECK(text::join(Lang::en, {"a", "b"}, 10, text::Joiner::or_) == "a or b");
}

TEST_CASE("text lists: past `shown`, the first ones and how many more") {
  const std::vector<std::string> seven = {"1", "2", "3", "4", "5", "6", "7"};
  CHECK(text::join(Lang::nb, seven, 5) == "1, 2, 3, 4, 5 og 2 til");
  CHECK(text::join(Lang::nn, seven, 6) == "1, 2, 3, 4, 5, 6 og 1 til");
  CHECK(text::join(Lang::en, seven, 2) == "1, 2 and 5 more");
  CHECK(text::join(Lang::en, seven, 7) == "1, 2, 3, 4, 5, 6 and 7");  // exactly `shown`: all of them
  CHECK(text::join(Lang::nb, {"a", "b"}, 0) == "a og 1 til");         // at least one is named
}

TEST_CASE("text quotations: « » in bokmål and nynorsk, straight quotes in English") {
  CHECK(text::quoted(Lang::nb, "Enhet") == "«Enhet»");
  CHECK(text::quoted(Lang::nn, "Eining") == "«Eining»");
  CHECK(text::quoted(Lang::en, "Unit") == "“Unit”");
}

TEST_CASE("text percentages: rounded down, 100 only for all, a space before the sign in Norwegian") {
  CHECK(text::percent(0.699, Lang::nb) == "69 %");
  CHECK(text::percent(0.7, Lang::nn) == "70 %");
  CHECK(text::percent(0.9999, Lang::nb) == "99 %");
  CHECK(text::percent(1.0, Lang::en) == "100%");
  CHECK(text::percent(1.2, Lang::nb) == "100 %");
  CHECK(text::percent(0.0, Lang::en) == "0%");
  CHECK(text::decimal(0.475, Lang::nn, 2) == "0,47");  // 0.475 is 0.47499… in binary
  CHECK(text::decimal(-1.5, Lang::en, 1) == "−1.5");
}
