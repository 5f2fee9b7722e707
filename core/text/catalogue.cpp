#include "text/catalogue.hpp"

#include <string_view>

#include "base/json.hpp"

namespace bosam::embedded {
std::string_view messages_nb();  // data/messages/nb.json
std::string_view messages_nn();  // data/messages/nn.json
std::string_view messages_en();  // data/messages/en.json
}  // namespace bosam::embedded

namespace bosam::text {
namespace {

std::map<std::string, std::string> load(std::string_view data) {
  std::map<std::string, std::string> out;
  const json j = json::parse(data.begin(), data.end());
  for (const auto& [key, value] : j.items()) out[key] = value.get<std::string>();
  return out;
}

}  // namespace

const std::map<std::string, std::string>& messages(Lang lang) {
  // Parsed once per language on first use; the files are checked at build time by the tests, so a parse error
  // here is a build defect, not a user's.
  static const std::map<std::string, std::string> nb = load(embedded::messages_nb());
  static const std::map<std::string, std::string> nn = load(embedded::messages_nn());
  static const std::map<std::string, std::string> en = load(embedded::messages_en());
  return lang == Lang::nn ? nn : lang == Lang::en ? en : nb;
}

bool has_message(Lang lang, const std::string& key) { return messages(lang).count(key) > 0; }

std::string tr(Lang lang, const std::string& key, const Args& args) {
  const auto& all = messages(lang);
  const auto it = all.find(key);
  return it == all.end() ? key : format(it->second, lang, args);
}

}  // namespace bosam::text
