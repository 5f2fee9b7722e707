// The plain-language messages for issue codes (nb and en), and issues made from them.
#pragma once
#include <string>
#include <vector>

#include "base/issue.hpp"

namespace bosam {

// Builds a message for `code` in `lang`, filling {0}, {1}, ... with args. Unknown codes give the code itself.
std::string message_for(const std::string& code, Lang lang, const std::vector<std::string>& args = {});

// Appends an issue whose message is built from the code's template.
void add_issue(Issues& out, Lang lang, Severity sev, std::string path, const std::string& code,
               const std::vector<std::string>& args = {}, int line = 0, int column = 0);

}  // namespace bosam
