// libFuzzer: arbitrary bytes as a survey answer file (format bosam-answer) merged into a fixed valid project
// (the built-in demo municipality). Invariants: no crash or sanitizer finding; a refused answer names an error;
// an accepted one gives a project that validates, goes through api::merge with an ok envelope, and merging
// the same answer again changes nothing.
#include "api/api.hpp"
#include "fuzz_common.hpp"
#include "schema/door.hpp"
#include "survey/answer.hpp"
#include "survey/merge.hpp"

using namespace bosam;

namespace {
const json& project() {
  static const json doc = json::parse(api::demo("{}"))["result"];
  return doc;
}
const std::string& project_text() {
  static const std::string text = project().dump();
  return text;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  // The core door directly (fast, and it takes bytes that are not valid UTF-8, which a JSON list cannot carry).
  const survey::MergeResult r = survey::merge_answers(project(), {{"svar.json", text}}, Lang::en);
  if (!r.ok) {
    fuzz::require(has_errors(r.issues), "an answer refused without an error");
    return 0;
  }
  fuzz::require(load_project_value(r.project, Lang::en).doc.has_value(), "the merged project does not validate",
                r.project.dump());
  // The same through the API envelope, then once more: the second merge must change nothing.
  const std::string answers = json::array({{{"name", "svar.json"}, {"text", text}}}).dump();
  const json env = fuzz::require_envelope(api::merge(project_text(), answers, R"({"lang":"en"})"));
  fuzz::require(env["ok"].get<bool>(), "api::merge refused what merge_answers accepted", env.dump());
  const json& once = env["result"]["project"];
  fuzz::require(once == r.project, "api::merge and merge_answers disagree");
  const json env2 = fuzz::require_envelope(api::merge(once.dump(), answers, R"({"lang":"en"})"));
  fuzz::require(env2["ok"].get<bool>() && env2["result"]["project"] == once,
                "merging the same answer twice changed the project");
  return 0;
}
