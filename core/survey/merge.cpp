#include "survey/merge.hpp"

#include <map>

#include "schema/door.hpp"
#include "schema/messages.hpp"
#include "survey/answer.hpp"

namespace bosam::survey {

MergeResult merge_answers(const json& project, const std::vector<AnswerFile>& files, Lang lang) {
  MergeResult r;
  r.report = json::array();
  // Check every answer first; a later answer from the same respondent for the same wave wins.
  std::map<std::pair<std::string, std::string>, std::pair<json, std::string>> chosen;
  for (const auto& f : files) {
    Issues issues;
    auto answer = load_answer(f.text, lang, issues);
    if (answer) check_answer_against(*answer, project, lang, issues);
    for (auto& i : issues) {
      i.path = f.name + ": " + i.path;
      r.issues.push_back(i);
    }
    if (!answer || has_errors(issues)) continue;
    const auto key = std::make_pair((*answer)["respondent"].get<std::string>(), (*answer)["waveId"].get<std::string>());
    if (chosen.count(key))
      add_issue(r.issues, lang, Severity::warning, f.name + ": $", "duplicate-answer", {chosen[key].second});
    chosen[key] = {*answer, f.name};
  }
  if (has_errors(r.issues)) return r;

  json merged = project;
  for (const char* list : {"ties", "respondents", "reportedAssignments"})
    if (!merged.contains(list) || !merged[list].is_array()) merged[list] = json::array();
  for (const auto& [key, entry] : chosen) {
    const auto& [respondent, wave] = key;
    const json& answer = entry.first;
    // Replace this respondent's reported ties in this wave, keeping everything else in its place.
    json ties = json::array();
    for (const auto& t : merged["ties"])
      if (!(t["from"] == respondent && t["waveId"] == wave)) ties.push_back(t);
    int added = 0;
    for (const auto& t : answer["ties"]) {
      if (t["to"] == respondent) continue;  // a self-tie says nothing about contact
      json tie = {{"from", respondent}, {"to", t["to"]}, {"waveId", wave}, {"frequency", t["frequency"]}};
      if (t.contains("types")) tie["types"] = t["types"];
      ties.push_back(tie);
      ++added;
    }
    merged["ties"] = ties;
    bool listed = false;
    for (auto& x : merged["respondents"])
      if (x["actorId"] == respondent && x["waveId"] == wave) x["responded"] = listed = true;
    if (!listed) merged["respondents"].push_back({{"actorId", respondent}, {"waveId", wave}, {"responded", true}});
    json reported = json::array();
    for (const auto& x : merged["reportedAssignments"])
      if (!(x["actorId"] == respondent && x["waveId"] == wave)) reported.push_back(x);
    if (answer.contains("assignments"))
      for (const auto& x : answer["assignments"])
        reported.push_back({{"actorId", respondent},
                            {"waveId", wave},
                            {"functionId", x["functionId"]},
                            {"targetGroupIds", x.value("targetGroupIds", json::array())},
                            {"role", x["role"]}});
    merged["reportedAssignments"] = reported;
    r.report.push_back({{"file", entry.second}, {"respondent", respondent}, {"waveId", wave}, {"ties", added}});
  }
  // The merged project goes through the door once more: a merge never produces a file Bosam would refuse.
  LoadResult check = load_project_value(merged, lang);
  if (!check.doc) {
    for (auto& i : check.issues) r.issues.push_back(i);
    return r;
  }
  r.ok = true;
  r.project = std::move(*check.doc);
  return r;
}

}  // namespace bosam::survey
