#include "survey/merge.hpp"

#include <map>
#include <optional>

#include "schema/door.hpp"
#include "schema/messages.hpp"
#include "survey/answer.hpp"
#include "text/times.hpp"

namespace bosam::survey {
namespace {

// When an answer was saved (its submittedAt, in ms), or nullopt when it does not say in a form we can read.
std::optional<long long> saved_at(const json& x) {
  auto it = x.find("submittedAt");
  if (it == x.end() || !it->is_string()) return std::nullopt;
  return text::utc_millis(it->get<std::string>());
}

struct Chosen {
  json answer;
  std::string file;
  std::optional<long long> at;
};

// What the project already holds for a person in a wave: whether they answered, and when the answer read in
// last was saved (respondents[].submittedAt; absent for answers entered by hand or read in before it was kept).
struct Stored {
  bool answered = false;
  std::optional<long long> at;
};

Stored stored_answer(const json& project, const std::string& actor, const std::string& wave) {
  Stored s;
  auto it = project.find("respondents");
  if (it == project.end() || !it->is_array()) return s;
  for (const auto& r : *it) {
    if (!r.is_object() || r.value("actorId", json()) != actor || r.value("waveId", json()) != wave) continue;
    if (r.value("responded", json()) != true) continue;
    s.answered = true;
    if (auto at = saved_at(r); at && (!s.at || *at > *s.at)) s.at = at;
  }
  return s;
}

std::string actor_name(const json& project, const std::string& id) {
  for (const auto& a : project["actors"])
    if (a.value("id", json()) == id && a.contains("name") && a["name"].is_string()) return a["name"];
  return id;
}

}  // namespace

MergeResult merge_answers(const json& project, const std::vector<AnswerFile>& files, Lang lang) {
  MergeResult r;
  r.report = json::array();
  // Check every answer first. Two answers from the same respondent for the same wave: the newer by submittedAt
  // when both say when they were saved, else the later in the order given.
  std::map<std::pair<std::string, std::string>, Chosen> chosen;
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
    const auto at = saved_at(*answer);
    auto it = chosen.find(key);
    if (it == chosen.end()) {
      chosen.emplace(key, Chosen{*answer, f.name, at});
    } else if (at && it->second.at && *at < *it->second.at) {
      add_issue(r.issues, lang, Severity::warning, f.name + ": $", "duplicate-answer/older", {it->second.file});
    } else {
      add_issue(r.issues, lang, Severity::warning, f.name + ": $", "duplicate-answer", {it->second.file});
      it->second = Chosen{*answer, f.name, at};
    }
  }
  if (has_errors(r.issues)) return r;

  json merged = project;
  for (const char* list : {"ties", "respondents", "reportedAssignments"})
    if (!merged.contains(list) || !merged[list].is_array()) merged[list] = json::array();
  for (const auto& [key, entry] : chosen) {
    const auto& [respondent, wave] = key;
    const json& answer = entry.answer;
    // The newer answer wins against what is stored too: an older answer read in later is not merged, the same
    // answer again changes nothing, and a newer one says whose answer it replaces.
    const Stored stored = stored_answer(project, respondent, wave);
    const std::string path = entry.file + ": $";
    if (stored.answered) {
      const std::string name = actor_name(project, respondent);
      if (entry.at && stored.at) {
        std::string mine = text::norwegian_time(lang, *entry.at), theirs = text::norwegian_time(lang, *stored.at);
        // Two saves within the same minute read as the same time: then both to the second.
        if (mine == theirs && *entry.at / 1000 != *stored.at / 1000) {
          mine = text::norwegian_time(lang, *entry.at, true);
          theirs = text::norwegian_time(lang, *stored.at, true);
        }
        if (*entry.at < *stored.at) {
          add_issue(r.issues, lang, Severity::warning, path, "older-answer", {name, mine, theirs});
          continue;
        }
        if (*entry.at == *stored.at) {
          add_issue(r.issues, lang, Severity::warning, path, "same-answer", {name, mine});
          continue;
        }
        add_issue(r.issues, lang, Severity::warning, path, "replaces-answer", {name, mine, theirs});
      } else {
        add_issue(r.issues, lang, Severity::warning, path, "replaces-answer/untimed", {name});
      }
    }
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
    // The respondent is marked as answered, with the time the answer was saved (when it says), so that an
    // older answer read in later can be told apart.
    bool listed = false;
    for (auto& x : merged["respondents"])
      if (x["actorId"] == respondent && x["waveId"] == wave) {
        x["responded"] = listed = true;
        if (entry.at)
          x["submittedAt"] = answer["submittedAt"];
        else
          x.erase("submittedAt");
      }
    if (!listed) {
      json x = {{"actorId", respondent}, {"waveId", wave}, {"responded", true}};
      if (entry.at) x["submittedAt"] = answer["submittedAt"];
      merged["respondents"].push_back(x);
    }
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
    r.report.push_back({{"file", entry.file}, {"respondent", respondent}, {"waveId", wave}, {"ties", added}});
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
