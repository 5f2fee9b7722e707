#include "schema/catalogue.hpp"

#include "model/embedded.hpp"
#include "schema/migrate.hpp"

namespace bosam {

const json& catalogue() {
  static const json c = json::parse(embedded::catalogue());
  return c;
}

std::string localised(const json& names, Lang lang) {
  const char* key = lang_code(lang);
  return names.contains(key) ? names[key].get<std::string>() : names.value("nb", std::string());
}

json new_project(const std::string& id, const std::string& municipalityName, Lang lang) {
  json p = {{"format", "bosam-project"},
            {"schemaVersion", kProjectSchemaVersion},
            {"id", id},
            {"municipality", {{"name", municipalityName}, {"number", ""}}},
            {"units", json::array()},
            {"actors", json::array()},
            {"targetGroups", json::array()},
            {"functions", json::array()},
            {"assignments", json::array()},
            {"waves", json::array()},
            {"respondents", json::array()},
            {"ties", json::array()},
            {"assessments", json::array()},
            {"phases", json::object()},
            // The names below are written in `lang`, so it is the project's målform until someone changes it.
            {"settings", {{"language", lang_code(lang)}}}};
  for (const auto& f : catalogue().at("functions"))
    p["functions"].push_back(
        {{"id", f.at("id")}, {"name", localised(f.at("name"), lang)}, {"essential", f.value("essential", false)}});
  for (const auto& t : catalogue().at("targetGroups"))
    p["targetGroups"].push_back({{"id", t.at("id")}, {"name", localised(t.at("name"), lang)}});
  return p;
}

const std::vector<std::string>& tie_type_ids() {
  static const std::vector<std::string> ids = [] {
    std::vector<std::string> v;
    for (const auto& t : catalogue().at("tieTypes")) v.push_back(t.at("id").get<std::string>());
    return v;
  }();
  return ids;
}

}  // namespace bosam
