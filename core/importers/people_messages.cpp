#include "importers/people_messages.hpp"

#include "schema/messages.hpp"
#include "text/catalogue.hpp"
#include "text/lists.hpp"

namespace bosam::importers {

void add_people_issue(Issues& out, Lang lang, Severity severity, const std::string& path, const std::string& code,
                      const std::vector<std::string>& args, int line, int column) {
  add_issue(out, lang, severity, path, code, args, line, line > 0 ? column : 0);
}

std::string text_list(const std::vector<std::string>& items, Lang lang, std::size_t shown) {
  return text::join(lang, items, shown);
}

std::string row_list(const std::vector<int>& rows, Lang lang) {
  std::vector<std::string> numbers;
  for (int r : rows) numbers.push_back(std::to_string(r));
  return text::tr(lang, "import.rows", {{"count", rows.size()}, {"rows", text::join(lang, numbers, 8)}});
}

}  // namespace bosam::importers
