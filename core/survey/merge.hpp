// Merging survey answers into their project. All or nothing: if any answer in a batch is refused, nothing from
// the batch is merged. An answer replaces that respondent's earlier ties in that wave and marks them as having
// responded, keeping when it was saved (respondents[].submittedAt); the functions they report are kept apart as
// reportedAssignments for the coordinator to review. Nothing else in the project changes. The newer answer wins,
// in a batch and against the answer already stored: an older one is not merged (warning older-answer), the same
// one again changes nothing (same-answer). Merging the same answer twice gives the same project.
#pragma once
#include <string>
#include <vector>

#include "base/issue.hpp"
#include "base/json.hpp"

namespace bosam::survey {

struct AnswerFile {
  std::string name;  // for messages ("svar-kari.json")
  std::string text;
};

struct MergeResult {
  bool ok = false;
  json project;   // the merged project (only when ok)
  json report;    // [{"file", "respondent", "waveId", "ties"}] per merged answer
  Issues issues;  // errors and warnings; paths are "<file>: $.…"
};

// project: a validated project document. O(total ties · log).
MergeResult merge_answers(const json& project, const std::vector<AnswerFile>& answers, Lang lang);

}  // namespace bosam::survey
