// api::merge: survey answers into their project, all or nothing (core/survey/merge.hpp).
#include "api/api.hpp"
#include "api/envelope.hpp"
#include "schema/door.hpp"
#include "survey/merge.hpp"

namespace bosam::api {

std::string merge(const std::string& projectText, const std::string& answersJson, const std::string& options) {
  Lang lang = Lang::nb;
  return guarded(lang, [&] {
    std::string fail;
    auto o = parse_options(options, lang, fail);
    if (!o) return fail;
    LoadResult project = load_for_call(projectText, *o, lang);
    if (!project.doc) return envelope(project.issues, nullptr);
    json answers = json::parse(answersJson, nullptr, false);
    if (!answers.is_array()) return option_failure(lang, "answers", "answers");
    std::vector<survey::AnswerFile> files;
    for (std::size_t i = 0; i < answers.size(); ++i) {
      const json& a = answers[i];
      if (!a.is_object() || !a.contains("text") || !a["text"].is_string())
        return option_failure(lang, "answers[" + std::to_string(i) + "].text", "missing");
      files.push_back({a.value("name", "answer " + std::to_string(i + 1)), a["text"].get<std::string>()});
    }
    survey::MergeResult r = survey::merge_answers(*project.doc, files, lang);
    if (!r.ok) return envelope(r.issues, nullptr);
    return envelope(r.issues, {{"project", r.project}, {"report", r.report}});
  });
}

}  // namespace bosam::api
