#include "schema/checker.hpp"

#include <cmath>

#include "schema/messages.hpp"
#include "text/catalogue.hpp"

namespace bosam {

std::string kind_name(Kind kind, Lang lang) {
  switch (kind) {
    case Kind::string:
      return text::tr(lang, "kind.string");
    case Kind::number:
      return text::tr(lang, "kind.number");
    case Kind::integer:
      return text::tr(lang, "kind.integer");
    case Kind::boolean:
      return text::tr(lang, "kind.boolean");
    case Kind::object:
      return text::tr(lang, "kind.object");
    case Kind::list:
      return text::tr(lang, "kind.list");
  }
  return "?";
}

std::string value_kind_name(const json& value, Lang lang) {
  if (value.is_null()) return "null";
  if (value.is_string()) return kind_name(Kind::string, lang);
  if (value.is_boolean()) return kind_name(Kind::boolean, lang);
  if (value.is_number()) return kind_name(Kind::number, lang);
  if (value.is_array()) return kind_name(Kind::list, lang);
  if (value.is_object()) return kind_name(Kind::object, lang);
  return text::tr(lang, "kind.other");
}

static bool has_kind(const json& v, Kind kind) {
  switch (kind) {
    case Kind::string:
      return v.is_string();
    case Kind::number:
      return v.is_number();
    case Kind::integer:
      return v.is_number_integer() || (v.is_number_float() && std::floor(v.get<double>()) == v.get<double>());
    case Kind::boolean:
      return v.is_boolean();
    case Kind::object:
      return v.is_object();
    case Kind::list:
      return v.is_array();
  }
  return false;
}

void Checker::error(const std::string& path, const std::string& code, const std::vector<std::string>& args) {
  add_issue(out_, lang_, Severity::error, path, code, args);
}

void Checker::warn(const std::string& path, const std::string& code, const std::vector<std::string>& args) {
  add_issue(out_, lang_, Severity::warning, path, code, args);
}

const json* Checker::field(const json& obj, const std::string& objPath, const char* key, Kind kind, bool required) {
  const std::string path = path_key(objPath, key);
  auto it = obj.find(key);
  if (it == obj.end() || (it->is_null() && !required)) {
    if (required) error(path, "missing-field", {key});
    return nullptr;
  }
  if (!has_kind(*it, kind)) {
    if (kind == Kind::list)
      error(path, "not-a-list", {value_kind_name(*it, lang_)});
    else
      error(path, "wrong-type", {kind_name(kind, lang_), value_kind_name(*it, lang_)});
    return nullptr;
  }
  return &*it;
}

const std::string* Checker::text(const json& obj, const std::string& objPath, const char* key, bool required,
                                 bool nonEmpty) {
  const json* v = field(obj, objPath, key, Kind::string, required);
  if (!v) return nullptr;
  const auto& s = v->get_ref<const std::string&>();
  if (nonEmpty && s.find_first_not_of(" \t\r\n") == std::string::npos) {
    error(path_key(objPath, key), "empty-value");
    return nullptr;
  }
  return &s;
}

std::optional<double> Checker::non_negative(const json& obj, const std::string& objPath, const char* key,
                                            const char* negativeCode) {
  const json* v = field(obj, objPath, key, Kind::number, false);
  if (!v) return std::nullopt;
  const double d = v->get<double>();
  if (d < 0) {
    error(path_key(objPath, key), negativeCode, {v->dump()});
    return std::nullopt;
  }
  return d;
}

bool Checker::item_is_object(const json& item, const std::string& path) {
  if (item.is_object()) return true;
  error(path, "wrong-type", {kind_name(Kind::object, lang_), value_kind_name(item, lang_)});
  return false;
}

IdIndex Checker::ids(const json* list, const std::string& listPath) {
  IdIndex index;
  if (!list) return index;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const json& item = (*list)[i];
    const std::string path = path_index(listPath, i);
    if (!item_is_object(item, path)) continue;
    auto it = item.find("id");
    if (it == item.end() || (it->is_string() && it->get_ref<const std::string&>().empty())) {
      error(path_key(path, "id"), "missing-id");
      continue;
    }
    if (!it->is_string()) {
      error(path_key(path, "id"), "wrong-type", {kind_name(Kind::string, lang_), value_kind_name(*it, lang_)});
      continue;
    }
    const auto& id = it->get_ref<const std::string&>();
    auto [pos, inserted] = index.emplace(id, path);
    if (!inserted) error(path_key(path, "id"), "duplicate-id", {id, pos->second});
  }
  return index;
}

const std::string* Checker::reference(const json& obj, const std::string& objPath, const char* key,
                                      const IdIndex& known, const char* unknownCode, bool required) {
  const std::string* id = text(obj, objPath, key, required);
  if (!id) return nullptr;
  if (!known.count(*id)) {
    error(path_key(objPath, key), unknownCode, {*id});
    return nullptr;
  }
  return id;
}

}  // namespace bosam
