// A survey answer (format bosam-answer, docs/answer-file.md): what one respondent sends back from a survey form.
// Answers pass the same kind of door as projects: parse -> migrate -> validate, then a check against the project
// they are meant for.
#pragma once
#include <optional>
#include <string_view>

#include "schema/parse.hpp"

namespace bosam::survey {

constexpr int kAnswerSchemaVersion = 1;

// parse -> migrate -> validate the answer on its own (shape and types). Paths are relative to the answer ($).
std::optional<json> load_answer(std::string_view text, Lang lang, Issues& out);

// Checks an answer against the project it is merged into: same project id, a known wave and respondent, known
// people, functions and target groups. Reports into `out` with paths relative to the answer.
void check_answer_against(const json& answer, const json& project, Lang lang, Issues& out);

}  // namespace bosam::survey
