#include "schema/migrate.hpp"

#include <cmath>

#include "schema/messages.hpp"

namespace bosam {

const std::vector<MigrationStep>& project_migrations() {
  static const std::vector<MigrationStep> steps = {};
  return steps;
}

bool migrate_document(json& doc, const std::string& format, const std::vector<MigrationStep>& steps, int target,
                      Lang lang, Issues& out) {
  if (!doc.is_object()) {
    add_issue(out, lang, Severity::error, "$", "not-an-object");
    return false;
  }
  auto f = doc.find("format");
  if (f == doc.end() || !f->is_string() || f->get_ref<const std::string&>() != format) {
    add_issue(out, lang, Severity::error, "$.format", "wrong-format", {f == doc.end() ? std::string("–") : f->dump()});
    // Say what the file is when we know it (an answer file opened as a project), or that the field is missing.
    std::string variant;
    if (format == "bosam-project")
      variant = f == doc.end() ? "wrong-format/missing" : f->is_string() ? "wrong-format/" + f->get<std::string>() : "";
    else if (format == "bosam-answer")
      variant = f != doc.end() && *f == "bosam-project" ? "wrong-format/project-not-answer" : "wrong-format/not-answer";
    const std::string better = variant.empty() ? variant : message_for(variant, lang);
    if (!better.empty() && better != variant) out.back().message = better;
    return false;
  }
  auto v = doc.find("schemaVersion");
  if (v == doc.end()) {
    add_issue(out, lang, Severity::error, "$.schemaVersion", "missing-schema-version");
    return false;
  }
  // A whole number ≥ 1, given as an integer or as a float with no fraction (1.0); never a string.
  const double d = v->is_number() ? v->get<double>() : 0.0;
  if (!v->is_number() || !std::isfinite(d) || std::floor(d) != d || d < 1) {
    add_issue(out, lang, Severity::error, "$.schemaVersion", "bad-schema-version", {v->dump()});
    return false;
  }
  if (d > target) {
    add_issue(out, lang, Severity::error, "$.schemaVersion", "newer-schema-version",
              {v->dump(), std::to_string(target)});
    return false;
  }
  int version = static_cast<int>(d);  // safe: 1 <= d <= target
  while (version < target) {
    const MigrationStep* step = nullptr;
    for (const auto& s : steps)
      if (s.from == version) step = &s;
    if (!step) {
      add_issue(out, lang, Severity::error, "$.schemaVersion", "migration-missing", {std::to_string(version)});
      return false;
    }
    step->apply(doc);
    ++version;
  }
  doc["schemaVersion"] = target;
  return true;
}

}  // namespace bosam
