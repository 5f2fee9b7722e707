#include "api/api.hpp"

#include "api/envelope.hpp"
#include "schema/catalogue.hpp"
#include "schema/demo.hpp"
#include "schema/door.hpp"
#include "schema/migrate.hpp"

namespace bosam::api {

const char* const kVersion = "0.1.0";

namespace {

std::string load(const std::string& text, const std::string& options) {
  Lang lang = Lang::nb;
  return guarded(lang, [&] {
    std::string fail;
    auto o = parse_options(options, lang, fail);
    if (!o) return fail;
    LoadResult r = load_for_call(text, *o, lang);
    return envelope(r.issues, r.doc ? *r.doc : json());
  });
}

}  // namespace

std::string version() { return envelope({}, {{"version", kVersion}, {"schemaVersion", kProjectSchemaVersion}}); }

std::string validate(const std::string& text, const std::string& options) { return load(text, options); }

std::string migrate(const std::string& text, const std::string& options) { return load(text, options); }

std::string demo(const std::string& options) {
  Lang lang = Lang::nb;
  return guarded(lang, [&] {
    std::string fail;
    if (!parse_options(options, lang, fail)) return fail;
    // The demo, in the language asked for, goes through the same door as everything else: a broken data file
    // fails loudly in tests.
    LoadResult r = load_project_value(demo_project(lang), lang);
    return envelope(r.issues, r.doc ? *r.doc : json());
  });
}

std::string new_project(const std::string& options) {
  Lang lang = Lang::nb;
  return guarded(lang, [&] {
    std::string fail;
    auto opts = parse_options(options, lang, fail);
    if (!opts) return fail;
    auto id = opts->find("id");
    if (id == opts->end() || !id->is_string() || id->get<std::string>().empty())
      return option_failure(lang, "id", "missing");
    const std::string name = opts->value("name", std::string());
    LoadResult r = load_project_value(bosam::new_project(id->get<std::string>(), name, lang), lang);
    return envelope(r.issues, r.doc ? *r.doc : json());
  });
}

}  // namespace bosam::api
