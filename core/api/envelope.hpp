// The JSON envelope every API call returns (design §2):
//   {"ok":true,"result":…,"warnings":[…]}  or  {"ok":false,"errors":[{"path","code","message",…}],"warnings":[…]}
#pragma once
#include <optional>
#include <string>

#include "schema/json.hpp"

#include "schema/issue.hpp"

namespace bosam::api {

json issue_to_json(const Issue& issue);

// ok when `issues` has no error; `result` is included only then.
std::string envelope(const Issues& issues, const json& result);

// A failed envelope with one error at "$".
std::string failure(const std::string& code, Lang lang, const std::vector<std::string>& args = {});

// Options are a JSON object (or empty text); their "lang" (nb/en) sets `lang`, so later messages are in it.
// Returns nullopt and a failed envelope in `fail` when they are not an object.
std::optional<json> parse_options(const std::string& text, Lang& lang, std::string& fail);

// Runs `body`, turning any C++ exception into an internal-error envelope so none crosses into JS or the CLI.
template <typename F>
std::string guarded(Lang lang, F&& body) {
  try {
    return body();
  } catch (const std::exception& e) {
    return failure("internal-error", lang, {e.what()});
  } catch (...) {
    return failure("internal-error", lang, {"unknown"});
  }
}

}  // namespace bosam::api
