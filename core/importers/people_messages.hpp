// The staff-list import's messages (codes people-*, the messages issue.people-* of data/messages). They speak to a
// coordinator: the row as Excel numbers it, the column by its own header text, what is wrong and what to do; the row
// and column also go into the issue as data (line, column), and the code stays stable for the CLI and the technical
// details.
#pragma once
#include <string>
#include <vector>

#include "base/issue.hpp"

namespace bosam::importers {

// Appends an issue with the message for `code` (a people-* code) in `lang`, its arguments in the order
// schema/messages.cpp names them; the column is kept only with a row.
void add_people_issue(Issues& out, Lang lang, Severity severity, const std::string& path, const std::string& code,
                      const std::vector<std::string>& args, int line = 0, int column = 0);

// "rad 4", "rad 3, 7 og 9", "rad 2, 3, … og 4 til" (nb) / "row 4", "rows 3, 7 and 9", "… and 4 more" (en).
// At most 8 rows are listed.
std::string row_list(const std::vector<int>& rows, Lang lang);

// "A", "A og B", "A, B og C" (the language's own "and"), at most `shown` items, then "og N til" / "and N more".
std::string text_list(const std::vector<std::string>& items, Lang lang, std::size_t shown = 8);

}  // namespace bosam::importers
