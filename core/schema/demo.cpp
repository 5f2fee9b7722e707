#include "schema/demo.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "model/embedded.hpp"
#include "schema/catalogue.hpp"

namespace bosam {

namespace {

// The one element of `array` that `selector` chooses: "u-bolig" is the element whose "id" is u-bolig,
// "actorId=a-25,functionId=f-anskaffelse" the element with those values. nullptr when none or several match.
// O(elements × fields named).
json* choose(json& array, const std::string& selector) {
  std::vector<std::pair<std::string, std::string>> wanted;
  for (size_t start = 0; start <= selector.size();) {
    size_t comma = selector.find(',', start);
    if (comma == std::string::npos) comma = selector.size();
    const std::string part = selector.substr(start, comma - start);
    const size_t eq = part.find('=');
    if (eq == std::string::npos)
      wanted.emplace_back("id", part);
    else
      wanted.emplace_back(part.substr(0, eq), part.substr(eq + 1));
    if (wanted.back().first.empty() || wanted.back().second.empty()) return nullptr;
    start = comma + 1;
  }
  json* found = nullptr;
  for (auto& element : array) {
    bool match = element.is_object();
    for (const auto& [key, value] : wanted) {
      auto it = match ? element.find(key) : element.end();
      match = match && it != element.end() && it->is_string() && it->get<std::string>() == value;
    }
    if (!match) continue;
    if (found) return nullptr;  // ambiguous: the pointer must name one text
    found = &element;
  }
  return found;
}

// The names of `items` (functions or target groups) in `lang`, from the catalogue entries with the same id.
// An id the catalogue lacks keeps its name (tests/core/test_demo_language.cpp rules that out). O(items × entries).
void names_from_catalogue(json& items, const json& entries, Lang lang) {
  for (auto& item : items)
    for (const auto& entry : entries)
      if (entry.at("id") == item.at("id")) item["name"] = localised(entry.at("name"), lang);
}

}  // namespace

json demo_project() { return json::parse(embedded::demo_project()); }

const json& demo_texts() {
  static const json texts = json::parse(embedded::demo_texts());
  return texts;
}

json* demo_text_at(json& doc, const std::string& pointer) {
  json* at = &doc;
  size_t i = 0;
  while (true) {
    const size_t end = std::min(pointer.find_first_of(".[", i), pointer.size());
    const std::string name = pointer.substr(i, end - i);
    if (name.empty() || !at->is_object()) return nullptr;
    auto member = at->find(name);
    if (member == at->end()) return nullptr;
    at = &*member;
    size_t next = end;
    if (next < pointer.size() && pointer[next] == '[') {
      const size_t close = pointer.find(']', next);
      if (close == std::string::npos || !at->is_array()) return nullptr;
      at = choose(*at, pointer.substr(next + 1, close - next - 1));
      if (!at) return nullptr;
      next = close + 1;
    }
    if (next == pointer.size()) break;
    if (pointer[next] != '.') return nullptr;
    i = next + 1;
  }
  return at->is_string() ? at : nullptr;
}

json demo_project(Lang lang) {
  json doc = demo_project();
  names_from_catalogue(doc["functions"], catalogue().at("functions"), lang);
  names_from_catalogue(doc["targetGroups"], catalogue().at("targetGroups"), lang);
  const char* code = lang_code(lang);
  for (const auto& entry : demo_texts().items()) {
    json* text = demo_text_at(doc, entry.key());
    const json& texts = entry.value();
    if (text && texts.contains("nb") && *text == texts["nb"] && texts.contains(code)) *text = texts[code];
  }
  // The texts are now in `lang`, so it is the example's målform (its report and forms are written in it).
  doc["settings"]["language"] = code;
  return doc;
}

}  // namespace bosam
