// api::pseudonymize and api::reidentify (core/survey/pseudonymize.hpp).
#include "api/api.hpp"
#include "api/envelope.hpp"
#include "schema/door.hpp"
#include "survey/pseudonymize.hpp"

namespace bosam::api {
namespace {

// What the copy left out, for the person sharing it (docs/project-file.md, "Pseudonymised copies").
json report_json(const survey::ShareReport& r, const survey::ShareOptions& o) {
  json pools = json::array();
  for (const auto& p : r.plan.pools) {
    json units = json::array();
    for (const auto& u : p.units)
      units.push_back({{"id", u.id}, {"name", u.name}, {"external", u.external}, {"people", u.people}});
    pools.push_back({{"id", p.id}, {"name", p.name}, {"kind", p.kind}, {"people", p.people}, {"units", units}});
  }
  return {{"minGroupSize", r.plan.minGroupSize},
          {"people", r.plan.people},
          {"belowFloor", r.plan.belowFloor},
          {"pools", pools},
          {"dropped", {{"roles", r.rolesDropped}, {"locations", r.locationsDropped}}},
          {"kept", {{"roles", o.keepRoles}, {"locations", o.keepLocations}}}};
}

}  // namespace

std::string pseudonymize(const std::string& projectText, const std::string& options) {
  Lang lang = Lang::nb;
  return guarded(lang, [&] {
    std::string fail;
    auto o = parse_options(options, lang, fail);
    if (!o) return fail;
    survey::ShareOptions share;
    Issues bad;
    auto flag = [&](const char* key, bool& into) {
      if (!o->contains(key) || (*o)[key].is_null()) return;
      if ((*o)[key].is_boolean())
        into = (*o)[key].get<bool>();
      else
        bad_option(bad, lang, key, "flag");
    };
    flag("keepRoles", share.keepRoles);
    flag("keepLocations", share.keepLocations);
    if (has_errors(bad)) return envelope(bad, nullptr);
    LoadResult r = load_for_call(projectText, *o, lang);
    if (!r.doc) return envelope(r.issues, nullptr);
    // The key: given in the options (the app makes one with the browser's random source and stores it in the
    // project), or the project's own.
    std::string key = o->contains("key") && (*o)["key"].is_string() ? (*o)["key"].get<std::string>()
                                                                    : text_of(*r.doc, "pseudonymKey");
    if (key.size() < 32) return failure("missing-key", lang);
    survey::ShareReport report;
    json shared = survey::pseudonymize(*r.doc, key, share, &report, lang);
    LoadResult check = load_project_value(shared, lang);  // the shared copy must itself be a valid project
    if (!check.doc) return envelope(check.issues, nullptr);
    return envelope({}, {{"project", *check.doc}, {"key", key}, {"report", report_json(report, share)}});
  });
}

std::string reidentify(const std::string& originalText, const std::string& sharedText, const std::string& options) {
  Lang lang = Lang::nb;
  return guarded(lang, [&] {
    std::string fail;
    auto o = parse_options(options, lang, fail);
    if (!o) return fail;
    LoadResult original = load_for_call(originalText, *o, lang);
    if (!original.doc) return envelope(original.issues, nullptr);
    LoadResult shared = load_project(sharedText, lang);
    if (!shared.doc) return envelope(shared.issues, nullptr);
    Issues issues;
    auto doc = survey::reidentify(*original.doc, *shared.doc, lang, issues);
    if (!doc) return envelope(issues, nullptr);
    LoadResult check = load_project_value(*doc, lang);
    return envelope(check.issues, check.doc ? *check.doc : json());
  });
}

}  // namespace bosam::api
