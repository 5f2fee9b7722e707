// api::reconcile: two copies of one project merged three-way over their common version (core/reconcile).
#include "api/api.hpp"
#include "api/envelope.hpp"
#include "reconcile/reconcile.hpp"
#include "schema/door.hpp"
#include "schema/revision.hpp"

namespace bosam::api {
namespace {

struct ReconcileRequest {
  reconcile::Choices choices;
  std::string stamp, savedAt;
};

std::optional<reconcile::Side> side_of(const json& v) {
  if (v == "mine") return reconcile::Side::mine;
  if (v == "theirs") return reconcile::Side::theirs;
  return std::nullopt;
}

// options.prefer (mine | theirs | null), options.choices ({conflict id: mine | theirs}), options.stamp and
// options.savedAt (the result's revision; both required). Every bad one is an error at its path.
ReconcileRequest read_request(const json& o, Lang lang, Issues& issues) {
  ReconcileRequest r;
  if (o.contains("prefer") && !o["prefer"].is_null()) {
    if (auto side = side_of(o["prefer"]))
      r.choices.prefer = *side;
    else
      bad_option(issues, lang, "prefer", "one-of",
                 {{"allowed", "mine, theirs"},
                  {"found", o["prefer"].is_string() ? o["prefer"].get<std::string>() : o["prefer"].dump()}});
  }
  if (o.contains("choices") && !o["choices"].is_null()) {
    if (!o["choices"].is_object()) {
      bad_option(issues, lang, "choices", "object");
    } else {
      for (auto it = o["choices"].begin(); it != o["choices"].end(); ++it) {
        if (auto side = side_of(it.value()))
          r.choices.byId[it.key()] = *side;
        else
          bad_option(issues, lang, "choices[\"" + it.key() + "\"]", "one-of",
                     {{"allowed", "mine, theirs"}, {"found", it.value().dump()}});
      }
    }
  }
  r.stamp = o.contains("stamp") && o["stamp"].is_string() ? o["stamp"].get<std::string>() : "";
  r.savedAt = o.contains("savedAt") && o["savedAt"].is_string() ? o["savedAt"].get<std::string>() : "";
  if (!revision::is_stamp(r.stamp)) bad_option(issues, lang, "stamp", "stamp");
  if (!revision::is_time(r.savedAt)) bad_option(issues, lang, "savedAt", "time");
  return r;
}

}  // namespace

std::string reconcile(const std::string& baseText, const std::string& mineText, const std::string& theirsText,
                      const std::string& options) {
  return with_request(
      mineText, options, read_request, [&](const json&, const ReconcileRequest& request, LoadResult& mine, Lang lang) {
        // MINE was read first, so the call speaks its målform; the other two pass the same door.
        LoadResult base = load_project(baseText, lang);
        if (!base.doc) return envelope(base.issues, nullptr);
        LoadResult theirs = load_project(theirsText, lang);
        if (!theirs.doc) return envelope(theirs.issues, nullptr);
        const std::string id = text_of(*mine.doc, "id");
        for (const json* other : {&*base.doc, &*theirs.doc})
          if (text_of(*other, "id") != id) return failure("reconcile-other-project", lang, {id, text_of(*other, "id")});
        reconcile::Result r = reconcile::reconcile(*base.doc, *mine.doc, *theirs.doc, request.choices, lang);
        if (r.project.is_null())
          return envelope({}, {{"project", nullptr}, {"conflicts", r.conflicts}, {"summary", r.summary}});
        json stamped =
            revision::stamped_merge(std::move(r.project), *mine.doc, *theirs.doc, request.stamp, request.savedAt);
        // The merged project passes the door like any other; a refusal here is a bug in the merge, reported as
        // the door's errors rather than an invalid project.
        LoadResult check = load_project_value(std::move(stamped), lang);
        if (!check.doc) return envelope(check.issues, nullptr);
        return envelope(check.issues, {{"project", *check.doc}, {"conflicts", r.conflicts}, {"summary", r.summary}});
      });
}

}  // namespace bosam::api
