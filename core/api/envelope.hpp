// The JSON envelope every API call returns (docs/validation.md, "What an error looks like"):
//   {"ok":true,"result":…,"warnings":[…]}  or  {"ok":false,"errors":[{"path","code","message",…}],"warnings":[…]}
#pragma once
#include <optional>
#include <string>

#include "base/issue.hpp"
#include "base/json.hpp"
#include "schema/door.hpp"
#include "text/message.hpp"

namespace bosam::model {
struct Project;
}

namespace bosam::api {

json issue_to_json(const Issue& issue);

// ok when `issues` has no error; `result` is included only then.
std::string envelope(const Issues& issues, const json& result);

// A failed envelope with one error at "$".
std::string failure(const std::string& code, Lang lang, const std::vector<std::string>& args = {});

// A bad option: an error bad-options at options.<path>, its sentence the message option.<kind> naming the option
// (data/messages), e.g. bad_option(issues, lang, "minFrequency", "whole-range", {{"min", 1}, {"max", 4}}).
void bad_option(Issues& issues, Lang lang, const std::string& path, const std::string& kind, text::Args args = {});

// A failed envelope with one bad option at "$" (a call whose options are unusable as a whole).
std::string option_failure(Lang lang, const std::string& path, const std::string& kind, text::Args args = {});

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

// The start every call with options shares: the options parsed (their "lang" sets the language), then
// `body(options, lang)` returns the envelope; all under guarded.
template <typename F>
std::string with_options(const std::string& options, F&& body) {
  Lang lang = Lang::nb;
  return guarded(lang, [&]() -> std::string {
    std::string fail;
    auto o = parse_options(options, lang, fail);
    if (!o) return fail;
    return body(static_cast<const json&>(*o), lang);
  });
}

// The project of a call, through the door. Without a "lang" in the options, the call speaks the project's
// målform (settings.language) from here on: `lang` changes, and the project is read again in it when the first
// reading had something to say. O(size of the project), twice at most.
LoadResult load_for_call(const std::string& projectText, const json& options, Lang& lang);

// A call on a project: the options read by `read(options, lang, issues)` (each bad one an error at its path),
// then the project through the door; `body(options, request, loaded, lang)` returns the envelope. Bad options
// stop the call before the project is read.
template <typename Read, typename F>
std::string with_request(const std::string& projectText, const std::string& options, Read&& read, F&& body) {
  return with_options(options, [&](const json& o, Lang lang) -> std::string {
    Issues issues;
    const auto request = read(o, lang, issues);
    if (has_errors(issues)) return envelope(issues, nullptr);
    LoadResult loaded = load_for_call(projectText, o, lang);
    if (!loaded.doc) return envelope(loaded.issues, nullptr);
    return body(o, request, loaded, lang);
  });
}

// An "unknown-wave" error at options.<key> unless `id` (text) names a wave of `project`.
void require_wave(const model::Project& project, const std::string& key, const json& id, Lang lang, Issues& issues);
// A "wave-retired" error at options.<key> when the wave `id` (empty: the latest) had its answers deleted after the
// retention date: what needs its contacts (a comparison, a network export, feedback sheets) cannot be made, and
// would otherwise show an empty network as if no one had contact.
void require_answers(const model::Project& project, const std::string& key, const std::string& id, Lang lang,
                     Issues& issues);

}  // namespace bosam::api
