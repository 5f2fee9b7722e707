#include "checks/finding.hpp"

namespace bosam::checks {

json to_json(const Finding& f) {
  return {{"id", f.id},
          {"rule", f.rule},
          {"severity", f.severity},
          {"subjects",
           {{"actors", f.subjects.actors},
            {"units", f.subjects.units},
            {"functions", f.subjects.functions},
            {"targetGroups", f.subjects.targetGroups}}},
          {"title", f.title},
          {"explanation", f.explanation},
          {"suggestion", f.suggestion},
          {"numbers", f.numbers}};
}

namespace {
template <typename T>
const T* find_by_id(const std::vector<T>& list, const std::string& id) {
  for (const auto& x : list)
    if (x.id == id) return &x;
  return nullptr;
}
}  // namespace

const model::Unit* Context::unit(const std::string& id) const { return find_by_id(project.units, id); }
const model::Actor* Context::actor(const std::string& id) const { return find_by_id(project.actors, id); }

std::string Context::unit_name(const std::string& id) const {
  const auto* u = unit(id);
  return u ? u->name : id;
}
std::string Context::actor_name(const std::string& id) const {
  const auto* a = actor(id);
  return a ? a->name : id;
}
std::string Context::function_name(const std::string& id) const {
  for (const auto& f : project.functions)
    if (f.id == id) return f.name;
  return id;
}
std::string Context::target_group_name(const std::string& id) const {
  for (const auto& t : project.targetGroups)
    if (t.id == id) return t.name;
  return id;
}

double Context::response_rate() const {
  if (!analysis.is_object()) return -1;
  const json& r = analysis["network"]["responseRate"];
  return r.is_number() ? r.get<double>() : -1;
}

std::string join_names(const std::vector<std::string>& names, Lang lang) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? (lang == Lang::en ? " and " : " og ") : ", ";
    out += names[i];
  }
  return out;
}

}  // namespace bosam::checks
