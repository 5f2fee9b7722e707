// api::changes (core/schema/changes.hpp): what a project holds and what changed since an earlier version of it.
#include "api/api.hpp"
#include "api/envelope.hpp"
#include "schema/changes.hpp"
#include "schema/door.hpp"

namespace bosam::api {

std::string changes(const std::string& beforeText, const std::string& afterText, const std::string& options) {
  return with_options(options, [&](const json&, Lang lang) -> std::string {
    LoadResult after = load_project(afterText, lang);
    if (!after.doc) return envelope(after.issues, nullptr);
    json result = {{"counts", schema::item_counts(*after.doc)}, {"changes", nullptr}};
    if (!beforeText.empty()) {
      LoadResult before = load_project(beforeText, lang);
      if (!before.doc) return envelope(before.issues, nullptr);
      result["changes"] = schema::project_changes(*before.doc, *after.doc);
    }
    return envelope({}, result);
  });
}

}  // namespace bosam::api
