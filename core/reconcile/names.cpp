#include "reconcile/names.hpp"

#include <cmath>

#include "checks/phases.hpp"
#include "schema/catalogue.hpp"
#include "text/catalogue.hpp"
#include "text/lists.hpp"
#include "text/numbers.hpp"

namespace bosam::reconcile {
namespace {

// At most `limit` characters of `s` (whole UTF-8 characters), with "…" when cut.
std::string shortened(const std::string& s, std::size_t limit) {
  std::size_t chars = 0, i = 0;
  while (i < s.size()) {
    if (chars == limit) return s.substr(0, i) + "…";
    const auto c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++chars;
  }
  return s;
}

// The last part of a dotted field path.
std::string last_part(const std::string& field) {
  const auto dot = field.rfind('.');
  return dot == std::string::npos ? field : field.substr(dot + 1);
}

std::string tr_or(Lang lang, const std::string& key, const std::string& fallback, const text::Args& args = {}) {
  return text::has_message(lang, key) ? text::tr(lang, key, args) : fallback;
}

}  // namespace

Namer::Namer(const json& base, const json& mine, const json& theirs, Lang lang) : lang_(lang) {
  struct Source {
    const char *list, *kind;
  };
  static const Source sources[] = {{"units", "unit"},         {"actors", "person"},
                                   {"functions", "function"}, {"targetGroups", "targetGroup"},
                                   {"waves", "wave"},         {"assessments", "assessment"}};
  // The name both sides knew (base) wins, then mine's, then theirs': a unit both renamed is named as it was.
  for (const json* doc : {&theirs, &mine, &base}) {
    for (const auto& s : sources) {
      auto list = doc->find(s.list);
      if (list == doc->end() || !list->is_array()) continue;
      auto& names = names_[s.kind];
      for (const auto& x : *list) {
        const std::string id = text_of(x, "id");
        std::string name = text_of(x, std::string(s.kind) == "wave" ? "label" : "name");
        if (std::string(s.kind) == "wave" && name.empty()) name = text_of(x, "date");
        if (std::string(s.kind) == "assessment") {
          name = shortened(text_of(x, "text"), 60);
          if (name.empty())
            name = text::tr(lang, "reconcile.name.assessment-empty", {{"kind", text_of(x, "kind")}, {"id", id}});
        }
        if (!id.empty() && !name.empty()) names[id] = name;
      }
    }
  }
}

std::string Namer::named(const std::string& kind, const std::string& id) const {
  auto list = names_.find(kind);
  if (list == names_.end()) return id;
  auto it = list->second.find(id);
  return it == list->second.end() ? id : it->second;
}

std::string Namer::item(const std::string& kind, const json& key) const {
  auto part = [&](const char* k) { return key.is_object() ? text_of(key, k) : std::string(); };
  if (kind == "tie")
    return text::tr(lang_, "reconcile.name.tie",
                    {{"from", named("person", part("from"))},
                     {"to", named("person", part("to"))},
                     {"wave", named("wave", part("waveId"))}});
  if (kind == "respondent")
    return text::tr(lang_, "reconcile.name.respondent",
                    {{"person", named("person", part("actorId"))}, {"wave", named("wave", part("waveId"))}});
  if (kind == "reportedAssignment")
    return text::tr(lang_, "reconcile.name.reportedAssignment",
                    {{"function", named("function", part("functionId"))},
                     {"person", named("person", part("actorId"))},
                     {"wave", named("wave", part("waveId"))}});
  if (kind == "assignment") {
    const std::string person = part("actorId");
    return text::tr(lang_, "reconcile.name.assignment",
                    {{"function", named("function", part("functionId"))},
                     {"holder", person.empty() ? named("unit", part("unitId")) : named("person", person)}});
  }
  if (kind == "phase" || kind == "phaseItem") {
    const std::string number = kind == "phase" ? (key.is_string() ? key.get<std::string>() : "") : part("phase");
    const std::string itemId = part("id");
    std::string title = number, itemText = itemId;
    for (const auto& p : checks::phase_catalogue()["phases"]) {
      if (std::to_string(p.value("number", 0)) != number) continue;
      title = localised(p["title"], lang_);
      for (const auto& i : p["items"])
        if (i.value("id", "") == itemId) itemText = localised(i["text"], lang_);
    }
    if (kind == "phase") return text::tr(lang_, "reconcile.name.phase", {{"number", number}, {"title", title}});
    return text::tr(lang_, "reconcile.name.phaseItem", {{"number", number}, {"text", itemText}});
  }
  if (kind == "settings" || kind == "municipality" || kind == "project")
    return text::tr(lang_, "reconcile.name." + kind);
  return named(kind, key.is_string() ? key.get<std::string>() : key.dump());
}

std::string Namer::field(const std::string& kind, const std::string& field) const {
  if (field.rfind("thresholds.", 0) == 0)
    return text::tr(lang_, "reconcile.field.threshold", {{"name", field.substr(11)}});
  const std::string specific = "reconcile.field." + kind + "." + field;
  if (text::has_message(lang_, specific)) return text::tr(lang_, specific);
  return tr_or(lang_, "reconcile.field." + field, text::tr(lang_, "reconcile.field.other", {{"name", field}}));
}

std::string Namer::value(const std::string& field, const json& v) const {
  const std::string f = last_part(field);
  if (v.is_null()) return text::tr(lang_, "reconcile.value.none");
  if (v.is_boolean()) return text::tr(lang_, v.get<bool>() ? "reconcile.value.yes" : "reconcile.value.no");
  if (v.is_number()) {
    const double d = v.get<double>();
    if (f == "frequency" && d >= 1 && d <= 4 && std::floor(d) == d)
      return text::tr(lang_, "frequency." + std::to_string(static_cast<int>(d)));
    if (std::floor(d) == d && std::fabs(d) < 1e15) return text::decimal(d, lang_, 0);
    std::string s = text::decimal(d, lang_, 3);
    while (!s.empty() && s.back() == '0') s.pop_back();  // 0,500 -> 0,5
    return s;
  }
  if (v.is_string()) {
    const std::string s = v.get<std::string>();
    if (f == "unitId") return named("unit", s);
    if (f == "actorId" || f == "from" || f == "to") return named("person", s);
    if (f == "functionId") return named("function", s);
    if (f == "waveId") return named("wave", s);
    if (f == "types")
      for (const auto& t : catalogue()["tieTypes"])
        if (t.value("id", "") == s) return localised(t["name"], lang_);
    return tr_or(lang_, "reconcile.value." + f + "." + s, text::quoted(lang_, s));
  }
  if (v.is_array()) {
    if (v.empty())
      return text::tr(lang_, f == "targetGroupIds" ? "reconcile.value.all-groups" : "reconcile.value.none");
    std::vector<std::string> parts;
    for (const auto& x : v)
      parts.push_back(f == "targetGroupIds" && x.is_string() ? named("targetGroup", x.get<std::string>())
                                                             : value(field, x));
    return text::join(lang_, parts);
  }
  // An object (a unit's relation): its members as "field: value".
  std::vector<std::string> parts;
  for (auto it = v.begin(); it != v.end(); ++it)
    parts.push_back(text::tr(lang_, "reconcile.value.member",
                             {{"field", this->field("", field.empty() ? it.key() : field + "." + it.key())},
                              {"value", value(it.key(), it.value())}}));
  return text::join(lang_, parts);
}

std::string Namer::count(const std::string& kind, long long n) const {
  return text::tr(lang_, "reconcile.count." + kind, {{"count", n}});
}

}  // namespace bosam::reconcile
