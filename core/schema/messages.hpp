// The plain-language messages for issue codes (nb, nn and en; data/messages/<lang>.json), and issues made from them.
#pragma once
#include <string>
#include <vector>

#include "base/issue.hpp"

namespace bosam {

// Builds the message for `code` in `lang`, its arguments given in the order the code defines (docs/validation.md).
// Unknown codes give the code itself.
std::string message_for(const std::string& code, Lang lang, const std::vector<std::string>& args = {});

// The names of `code`'s arguments in order ("file", "line", …), as its messages use them; empty for none.
std::vector<std::string> message_argument_names(const std::string& code);

// Appends an issue whose message is built from the code's template.
void add_issue(Issues& out, Lang lang, Severity sev, std::string path, const std::string& code,
               const std::vector<std::string>& args = {}, int line = 0, int column = 0);

}  // namespace bosam
