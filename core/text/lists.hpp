// Lists and quotations in running text, in each language's own words and marks: "A, B og C", "A eller B",
// "A, B og 4 til", «A» / "A". The patterns are the messages list.and, list.or, list.more and text.quoted, so a
// language decides its own conjunction and quotation marks; code never glues " og " or « » itself.
#pragma once
#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "base/lang.hpp"

namespace bosam::text {

enum class Joiner { and_, or_ };

// "" for none, "A" for one, "A og B", "A, B og C"; with more than `shown` items, the first `shown` and how many
// more ("A, B og 4 til"). O(total length).
std::string join(Lang lang, const std::vector<std::string>& items,
                 std::size_t shown = std::numeric_limits<std::size_t>::max(), Joiner joiner = Joiner::and_);

// The text in the language's quotation marks: «text» in bokmål and nynorsk, "text" in English.
std::string quoted(Lang lang, const std::string& text);

}  // namespace bosam::text
