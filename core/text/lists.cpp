#include "text/lists.hpp"

#include "text/catalogue.hpp"

namespace bosam::text {

std::string join(Lang lang, const std::vector<std::string>& items, std::size_t shown, Joiner joiner) {
  if (items.empty()) return "";
  if (items.size() == 1) return items[0];
  if (shown == 0) shown = 1;
  const bool cut = items.size() > shown;
  const std::size_t listed = cut ? shown : items.size();
  std::string head = items[0];
  for (std::size_t i = 1; i + (cut ? 0 : 1) < listed; ++i) head += ", " + items[i];
  if (cut) return tr(lang, "list.more", {{"names", head}, {"more", items.size() - listed}});
  return tr(lang, joiner == Joiner::or_ ? "list.or" : "list.and", {{"head", head}, {"last", items[listed - 1]}});
}

std::string quoted(Lang lang, const std::string& text) { return tr(lang, "text.quoted", {{"text", text}}); }

}  // namespace bosam::text
