#include "survey/answer.hpp"

#include <set>

#include "schema/checker.hpp"
#include "schema/messages.hpp"
#include "schema/migrate.hpp"
#include "schema/validate.hpp"
#include "text/catalogue.hpp"
#include "text/lists.hpp"

namespace bosam::survey {
namespace {

const std::vector<MigrationStep>& answer_migrations() {
  static const std::vector<MigrationStep> steps = {};
  return steps;
}

std::set<std::string> ids_of(const json& project, const char* list) {
  std::set<std::string> out;
  auto it = project.find(list);
  if (it != project.end() && it->is_array())
    for (const auto& x : *it)
      if (x.is_object() && x.contains("id") && x["id"].is_string()) out.insert(x["id"].get<std::string>());
  return out;
}

void validate_answer(const json& a, Checker& c) {
  c.text(a, "$", "projectId", true, true);
  c.text(a, "$", "waveId", true, true);
  c.text(a, "$", "respondent", true, true);
  c.text(a, "$", "submittedAt", false);
  // Names beside the ids (the form writes them) so a refusal can speak of people and places.
  for (const char* key : {"respondentName", "municipality", "waveLabel"}) c.text(a, "$", key, false);
  if (const json* ties = c.field(a, "$", "ties", Kind::list, true))
    for (std::size_t i = 0; i < ties->size(); ++i) {
      const std::string p = path_index("$.ties", i);
      const json& t = (*ties)[i];
      if (!c.item_is_object(t, p)) continue;
      c.text(t, p, "to", true, true);
      const json* f = c.field(t, p, "frequency", Kind::number, true);
      if (f && !(f->is_number_integer() && f->get<int>() >= 1 && f->get<int>() <= 4))
        c.error(path_key(p, "frequency"), "bad-frequency", {f->dump()});
      if (const json* types = c.field(t, p, "types", Kind::list, false))
        for (std::size_t k = 0; k < types->size(); ++k)
          if (!(*types)[k].is_string())
            c.error(path_index(path_key(p, "types"), k), "wrong-type",
                    {kind_name(Kind::string, c.lang()), value_kind_name((*types)[k], c.lang())});
    }
  if (const json* as = c.field(a, "$", "assignments", Kind::list, false))
    for (std::size_t i = 0; i < as->size(); ++i) {
      const std::string p = path_index("$.assignments", i);
      const json& x = (*as)[i];
      if (!c.item_is_object(x, p)) continue;
      c.text(x, p, "functionId", true, true);
      if (const json* groups = c.field(x, p, "targetGroupIds", Kind::list, false))
        for (std::size_t k = 0; k < groups->size(); ++k)
          if (!(*groups)[k].is_string())
            c.error(path_index(path_key(p, "targetGroupIds"), k), "wrong-type",
                    {kind_name(Kind::string, c.lang()), value_kind_name((*groups)[k], c.lang())});
      if (const std::string* role = c.text(x, p, "role", true))
        if (!is_assignment_role(*role)) c.error(path_key(p, "role"), "unknown-role", {*role});
    }
}

}  // namespace

std::optional<json> load_answer(std::string_view text, Lang lang, Issues& out) {
  const Limits limits;
  auto doc = parse_json(text, limits, lang, out);
  if (!doc) {
    // A cut-off or damaged answer: what to do, in words (the line and column stay in the issue, for the
    // technical details). A file that is something else Bosam knows keeps the message that says what it is.
    for (auto& i : out)
      if (i.code == "not-json" && i.message == message_for("not-json", lang))
        i.message = message_for("not-json/answer", lang);
    return std::nullopt;
  }
  check_limits(*doc, limits, lang, out);
  if (has_errors(out)) return std::nullopt;
  if (!migrate_document(*doc, "bosam-answer", answer_migrations(), kAnswerSchemaVersion, lang, out))
    return std::nullopt;
  Checker c(lang, out);
  validate_answer(*doc, c);
  if (has_errors(out)) return std::nullopt;
  return doc;
}

void check_answer_against(const json& a, const json& project, Lang lang, Issues& out) {
  Checker c(lang, out);
  if (a["projectId"] != project["id"]) {
    // In words: who answered, for which municipality, and what is open now, never "$.projectId". A copy made
    // with "keep both" has its own id and says which project it was copied from.
    const std::string who = text_of(a, "respondentName").empty()
                                ? text::tr(lang, "answer.respondent-id", {{"id", a["respondent"].get<std::string>()}})
                                : text_of(a, "respondentName");
    const std::string where = text_of(a, "municipality").empty() ? text::tr(lang, "answer.another-project")
                                                                 : text::quoted(lang, text_of(a, "municipality"));
    const std::string open =
        project.contains("municipality") ? text_of(project["municipality"], "name") : std::string();
    const bool fromCopy =
        !text_of(project, "copiedFrom").empty() && text_of(project, "copiedFrom") == text_of(a, "projectId");
    c.error("$.projectId", fromCopy ? "wrong-project-copy" : "wrong-project", {who, where, open});
  }
  const auto actors = ids_of(project, "actors"), waves = ids_of(project, "waves"),
             functions = ids_of(project, "functions"), groups = ids_of(project, "targetGroups");
  const std::string respondent = a["respondent"].get<std::string>();
  if (!waves.count(a["waveId"].get<std::string>()))
    c.error("$.waveId", "unknown-wave", {a["waveId"].get<std::string>()});
  // The round's answers were deleted after the date the people asked were promised: an answer that comes back
  // later is not kept either (a new round maps again).
  if (project.contains("waves") && project["waves"].is_array())
    for (const json& w : project["waves"])
      if (w.is_object() && w.value("id", json()) == a["waveId"] && w.contains("retired") && w["retired"].is_object()) {
        const std::string label = text_of(w, "label").empty() ? a["waveId"].get<std::string>() : text_of(w, "label");
        c.error("$.waveId", "answer-retired-wave", {label, text_of(w["retired"], "retiredAt").substr(0, 10)});
      }
  if (!actors.count(respondent)) {
    // Named as the form showed them, never by the internal id: the person was deleted, or the form was made
    // in another copy of the project.
    c.error("$.respondent", "unknown-actor", {respondent});
    const std::string who = text_of(a, "respondentName").empty()
                                ? text::tr(lang, "answer.respondent-id", {{"id", respondent}})
                                : text_of(a, "respondentName");
    out.back().message = message_for("unknown-actor/respondent", lang, {respondent, who});
  }
  for (std::size_t i = 0; i < a["ties"].size(); ++i) {
    const std::string to = a["ties"][i]["to"].get<std::string>();
    if (!actors.count(to))
      c.error(path_key(path_index("$.ties", i), "to"), "unknown-actor", {to});
    else if (to == respondent)
      c.warn(path_index("$.ties", i), "self-tie");
  }
  if (a.contains("assignments"))
    for (std::size_t i = 0; i < a["assignments"].size(); ++i) {
      const json& x = a["assignments"][i];
      const std::string p = path_index("$.assignments", i);
      if (!functions.count(x["functionId"].get<std::string>()))
        c.error(path_key(p, "functionId"), "unknown-function", {x["functionId"].get<std::string>()});
      if (x.contains("targetGroupIds") && x["targetGroupIds"].is_array())
        for (std::size_t k = 0; k < x["targetGroupIds"].size(); ++k) {
          const json& tg = x["targetGroupIds"][k];
          if (!tg.is_string() || !groups.count(tg.get<std::string>()))
            c.error(path_index(path_key(p, "targetGroupIds"), k), "unknown-target-group",
                    {tg.is_string() ? tg.get<std::string>() : tg.dump()});
        }
    }
}

}  // namespace bosam::survey
