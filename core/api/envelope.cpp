#include "api/envelope.hpp"

#include "model/project.hpp"
#include "schema/messages.hpp"
#include "text/catalogue.hpp"

namespace bosam::api {

json issue_to_json(const Issue& issue) {
  json j = {{"path", issue.path}, {"code", issue.code}, {"message", issue.message}};
  // A column only when one is known: a whole-row problem (e.g. a CSV row with too few fields) has line only.
  if (issue.line > 0) j["line"] = issue.line;
  if (issue.line > 0 && issue.column > 0) j["column"] = issue.column;
  return j;
}

std::string envelope(const Issues& issues, const json& result) {
  json errors = json::array(), warnings = json::array();
  for (const auto& i : issues) (i.severity == Severity::error ? errors : warnings).push_back(issue_to_json(i));
  json env = {{"ok", errors.empty()}, {"warnings", warnings}};
  if (errors.empty())
    env["result"] = result;
  else
    env["errors"] = errors;
  // Replace rather than throw on invalid UTF-8: messages may quote user input.
  return env.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string failure(const std::string& code, Lang lang, const std::vector<std::string>& args) {
  Issues issues;
  add_issue(issues, lang, Severity::error, "$", code, args);
  return envelope(issues, nullptr);
}

void bad_option(Issues& issues, Lang lang, const std::string& path, const std::string& kind, text::Args args) {
  args.emplace_back("option", path);
  add_issue(issues, lang, Severity::error, "options." + path, "bad-options", {text::tr(lang, "option." + kind, args)});
}

std::string option_failure(Lang lang, const std::string& path, const std::string& kind, text::Args args) {
  args.emplace_back("option", path);
  return failure("bad-options", lang, {text::tr(lang, "option." + kind, args)});
}

std::optional<json> parse_options(const std::string& text, Lang& lang, std::string& fail) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return json::object();
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    fail = failure("bad-options", lang, {text::tr(lang, "option.not-object")});
    return std::nullopt;
  }
  if (j.contains("lang")) {
    // A language the core does not write is refused, never quietly replaced by bokmål.
    const std::optional<Lang> chosen = j["lang"].is_string() ? parse_lang(j["lang"].get<std::string>()) : std::nullopt;
    if (!chosen) {
      fail =
          failure("unknown-language", lang, {j["lang"].is_string() ? j["lang"].get<std::string>() : j["lang"].dump()});
      return std::nullopt;
    }
    lang = *chosen;
  }
  return j;
}

LoadResult load_for_call(const std::string& projectText, const json& options, Lang& lang) {
  LoadResult loaded = load_project(projectText, lang);
  if (!loaded.doc || options.contains("lang")) return loaded;
  const json* settings = loaded.doc->contains("settings") ? &(*loaded.doc)["settings"] : nullptr;
  const std::optional<Lang> own =
      settings && settings->is_object() && settings->contains("language") && (*settings)["language"].is_string()
          ? parse_lang((*settings)["language"].get<std::string>())
          : std::nullopt;
  if (!own || *own == lang) return loaded;
  lang = *own;
  return loaded.issues.empty() ? loaded : load_project(projectText, lang);
}

void require_wave(const model::Project& project, const std::string& key, const json& id, Lang lang, Issues& issues) {
  for (const auto& wave : project.waves)
    if (id.is_string() && wave.id == id.get<std::string>()) return;
  add_issue(issues, lang, Severity::error, "options." + key, "unknown-wave",
            {id.is_string() ? id.get<std::string>() : id.dump()});
}

void require_answers(const model::Project& project, const std::string& key, const std::string& id, Lang lang,
                     Issues& issues) {
  const model::Wave* wave = id.empty() ? project.latest_wave() : project.wave(id);
  if (!wave || !wave->retired) return;
  add_issue(issues, lang, Severity::error, "options." + key, "wave-retired",
            {wave->label.empty() ? wave->id : wave->label, wave->retired->retiredAt.substr(0, 10)});
}

}  // namespace bosam::api
