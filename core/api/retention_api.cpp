// api::retire_answers: the survey answers of waves deleted after the retention date, the aggregate figures kept
// (core/checks/retention.hpp), all or nothing; or, with "preview", only what there is to delete.
#include "api/api.hpp"
#include "api/envelope.hpp"
#include "base/date.hpp"
#include "checks/retention.hpp"
#include "model/project.hpp"
#include "schema/door.hpp"
#include "schema/messages.hpp"

namespace bosam::api {
namespace {

struct RetireRequest {
  std::string today, retiredAt;
  bool preview = false, allWaves = true;
  std::vector<std::string> waveIds;
};

RetireRequest read_retire_options(const json& o, Lang lang, Issues& issues) {
  RetireRequest r;
  r.today = text_of(o, "today");
  if (!is_calendar_date(r.today)) bad_option(issues, lang, "today", "date");
  r.retiredAt = o.contains("retiredAt") && !o["retiredAt"].is_null() ? text_of(o, "retiredAt") : r.today;
  if (!is_date_or_timestamp(r.retiredAt)) bad_option(issues, lang, "retiredAt", "moment");
  if (o.contains("preview")) {
    if (o["preview"].is_boolean())
      r.preview = o["preview"].get<bool>();
    else
      bad_option(issues, lang, "preview", "flag");
  }
  if (o.contains("waveIds") && !o["waveIds"].is_null()) {
    r.allWaves = false;
    if (!o["waveIds"].is_array()) {
      bad_option(issues, lang, "waveIds", "text-list");
      return r;
    }
    for (const auto& id : o["waveIds"]) {
      if (!id.is_string()) {
        bad_option(issues, lang, "waveIds", "text-list");
        break;
      }
      r.waveIds.push_back(id.get<std::string>());
    }
  }
  return r;
}

}  // namespace

std::string retire_answers(const std::string& projectText, const std::string& options) {
  return with_request(
      projectText, options, read_retire_options,
      [](const json& o, const RetireRequest& req, LoadResult& loaded, Lang lang) -> std::string {
        const model::Project project = model::from_json(*loaded.doc);
        json status = checks::retention_status(project, req.today);
        status["project"] = nullptr;
        if (req.preview) return envelope(loaded.issues, status);
        if (status["keptUntil"].is_null()) return failure("retention-date-missing", lang);
        if (!status["due"].get<bool>())
          return failure("retention-not-passed", lang, {status["keptUntil"].get<std::string>(), req.today});
        // The waves asked for, each a wave of the project with something to delete; or every such wave.
        Issues issues;
        std::vector<std::string> ids;
        for (std::size_t i = 0; i < req.waveIds.size(); ++i) {
          const std::string key = "waveIds[" + std::to_string(i) + "]";
          require_wave(project, key, o["waveIds"][i], lang, issues);
          for (const auto& w : status["waves"])
            if (w["id"] == req.waveIds[i]) {
              if (w["hasAnswers"].get<bool>())
                ids.push_back(req.waveIds[i]);
              else
                add_issue(issues, lang, Severity::error, "options." + key, "wave-has-no-answers",
                          {w["label"].get<std::string>()});
            }
        }
        if (req.allWaves)
          for (const auto& w : status["waves"])
            if (w["hasAnswers"].get<bool>()) ids.push_back(w["id"].get<std::string>());
        if (has_errors(issues)) return envelope(issues, nullptr);
        if (ids.empty()) return failure("no-answers-to-delete", lang);
        const json retired = checks::retire_answers(*loaded.doc, project, ids, req.retiredAt);
        // The result goes through the door like every document Bosam keeps.
        LoadResult check = load_project_value(retired, lang);
        if (!check.doc) return envelope(check.issues, nullptr);
        status["project"] = *check.doc;
        status["retiredWaveIds"] = ids;
        return envelope(check.issues, status);
      });
}

}  // namespace bosam::api
