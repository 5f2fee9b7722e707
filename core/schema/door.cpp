#include "schema/door.hpp"

#include "schema/messages.hpp"
#include "schema/migrate.hpp"
#include "schema/validate.hpp"

namespace bosam {

LoadResult load_project_value(json doc, Lang lang, const Limits& limits) {
  LoadResult r;
  check_limits(doc, limits, lang, r.issues);
  // Checked before migration and validation so a file with far too many people is refused at once.
  if (doc.is_object()) {
    auto actors = doc.find("actors");
    if (actors != doc.end() && actors->is_array() && actors->size() > limits.maxActors)
      add_issue(r.issues, lang, Severity::error, "$.actors", "too-many-actors",
                {std::to_string(actors->size()), std::to_string(limits.maxActors)});
  }
  if (has_errors(r.issues)) return r;
  if (!migrate_document(doc, "bosam-project", project_migrations(), kProjectSchemaVersion, lang, r.issues)) return r;
  validate_project(doc, lang, r.issues);
  if (!has_errors(r.issues)) r.doc = std::move(doc);
  return r;
}

LoadResult load_project(std::string_view text, Lang lang, const Limits& limits) {
  Issues parseIssues;
  auto parsed = parse_json(text, limits, lang, parseIssues);
  if (!parsed) return LoadResult{std::nullopt, std::move(parseIssues)};
  return load_project_value(std::move(*parsed), lang, limits);
}

}  // namespace bosam
