// api::feedback: the sheets for the people who answered a survey round (core/checks/feedback.hpp), from the same
// analysis and findings as api::analyze, with the project's default analysis options (every reported contact).
#include "api/api.hpp"
#include "api/envelope.hpp"
#include "checks/feedback.hpp"
#include "checks/run.hpp"
#include "model/project.hpp"
#include "sna/analyze.hpp"

namespace bosam::api {
namespace {

struct FeedbackRequest {
  json waveId = nullptr, actorId = nullptr;  // null: the latest wave / everyone who answered
};

FeedbackRequest read_feedback_options(const json& o, Lang lang, Issues& issues) {
  FeedbackRequest r;
  if (o.contains("waveId") && !o["waveId"].is_null()) {
    if (o["waveId"].is_string())
      r.waveId = o["waveId"];
    else
      bad_option(issues, lang, "waveId", "wave-id");
  }
  if (o.contains("actorId") && !o["actorId"].is_null()) {
    if (o["actorId"].is_string())
      r.actorId = o["actorId"];
    else
      bad_option(issues, lang, "actorId", "respondent");
  }
  return r;
}

// Whom respondents contact about the survey (settings.privacy.contact), or null.
json privacy_contact(const json& doc) {
  const auto settings = doc.find("settings");
  if (settings == doc.end() || !settings->is_object()) return nullptr;
  const auto privacy = settings->find("privacy");
  if (privacy == settings->end() || !privacy->is_object()) return nullptr;
  const auto contact = privacy->find("contact");
  return contact != privacy->end() && contact->is_string() && !contact->get<std::string>().empty() ? *contact
                                                                                                   : json(nullptr);
}

}  // namespace

std::string feedback(const std::string& projectText, const std::string& options) {
  return with_request(
      projectText, options, read_feedback_options,
      [](const json&, const FeedbackRequest& req, LoadResult& r, Lang lang) -> std::string {
        const model::Project project = model::from_json(*r.doc);
        if (!req.waveId.is_null()) require_wave(project, "waveId", req.waveId, lang, r.issues);
        if (!has_errors(r.issues))
          require_answers(project, "waveId", req.waveId.is_null() ? std::string() : req.waveId.get<std::string>(), lang,
                          r.issues);
        if (has_errors(r.issues)) return envelope(r.issues, nullptr);
        sna::AnalysisOptions opt;
        if (!req.waveId.is_null()) opt.waveId = req.waveId.get<std::string>();
        const sna::Analysis analysis = sna::analyze(project, opt);
        const std::string actorId = req.actorId.is_null() ? std::string() : req.actorId.get<std::string>();
        if (!actorId.empty()) {
          const auto status = project.survey_status(analysis.net.waveId);
          const auto it = status.find(actorId);
          if (it == status.end() || !it->second) {
            bad_option(r.issues, lang, "actorId", "respondent");
            return envelope(r.issues, nullptr);
          }
        }
        json result = checks::feedback_json(project, analysis, checks::run_checks(project, analysis, lang), actorId);
        result["contact"] = privacy_contact(*r.doc);
        return envelope(r.issues, result);
      });
}

}  // namespace bosam::api
