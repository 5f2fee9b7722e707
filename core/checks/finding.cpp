#include "checks/finding.hpp"

#include "text/catalogue.hpp"
#include "text/lists.hpp"

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
// The network's id -> vertex map doubles as an index of project.actors (its vertices are the actors in project
// order), so a rule that names people in a loop does not scan the list for each: O(1) expected. The id is checked,
// and anything the map does not hold (a network of another wave's project, say) falls back to the scan, O(n).
const model::Actor* Context::actor(const std::string& id) const {
  const auto it = network.index.find(id);
  if (it != network.index.end() && static_cast<std::size_t>(it->second) < project.actors.size() &&
      project.actors[it->second].id == id)
    return &project.actors[it->second];
  return find_by_id(project.actors, id);
}

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

double Context::response_rate() const { return analysis.network.responseRate.value_or(-1); }

void note_non_response(const Context& c, Finding& f, const std::vector<sna::Vertex>& people, bool sentence) {
  int missing = 0, answered = 0;
  for (const sna::Vertex v : people) {
    missing += c.network.missing(v);
    answered += c.network.answered(v);
  }
  f.numbers["nonRespondents"] = missing;
  if (missing == 0) return;
  // "Only": no one it rests on has answered (people never asked, such as a partner's staff, gave no answer either).
  const bool only = answered == 0;
  const int all = only ? missing : static_cast<int>(people.size());
  f.numbers["restsOnNonRespondents"] = only;
  if (only && f.severity == "critical") f.severity = "warning";
  if (!sentence) return;
  f.explanation += text::tr(c.lang, "finding.non-response",
                            {{"rests", only && all == 1 ? "single"
                                       : only           ? "all"
                                                        : "some"},
                             {"missing", missing},
                             {"all", all}});
}

std::string join_names(const std::vector<std::string>& names, Lang lang) { return text::join(lang, names); }

}  // namespace bosam::checks

namespace bosam::checks {

void write_texts(Finding& f, Lang lang, const text::Args& values, const std::string& variant) {
  std::string key = "finding." + (variant.empty() ? f.rule : f.rule + "/" + variant);
  if (!text::has_message(lang, key + ".title")) key = "finding." + f.rule;
  f.title = text::tr(lang, key + ".title", values);
  f.explanation = text::tr(lang, key + ".explanation", values);
  f.suggestion = text::tr(lang, key + ".suggestion", values);
}

}  // namespace bosam::checks
