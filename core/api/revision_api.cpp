// api::stamp and api::relate: the revision stamp of a written project and how two copies of one project
// relate (core/schema/revision.hpp, docs/project-file.md "revision").
#include "api/api.hpp"
#include "api/envelope.hpp"
#include "schema/door.hpp"
#include "schema/revision.hpp"

namespace bosam::api {
namespace {

struct StampRequest {
  std::string stamp, savedAt;
};

// options.stamp ("r-" + 16 hex) and options.savedAt (a UTC time), both required; each bad one an error.
StampRequest read_stamp(const json& o, Lang lang, Issues& issues) {
  StampRequest r;
  auto text = [&](const char* key) { return o.contains(key) && o[key].is_string() ? o[key].get<std::string>() : ""; };
  r.stamp = text("stamp");
  r.savedAt = text("savedAt");
  if (!revision::is_stamp(r.stamp)) bad_option(issues, lang, "stamp", "stamp");
  if (!revision::is_time(r.savedAt)) bad_option(issues, lang, "savedAt", "time");
  return r;
}

}  // namespace

std::string stamp(const std::string& projectText, const std::string& options) {
  return with_request(
      projectText, options, read_stamp, [&](const json&, const StampRequest& request, LoadResult& loaded, Lang) {
        return envelope(loaded.issues, revision::stamped(std::move(*loaded.doc), request.stamp, request.savedAt));
      });
}

std::string relate(const std::string& mineText, const std::string& theirsText, const std::string& options) {
  return with_options(options, [&](const json& o, Lang lang) -> std::string {
    LoadResult mine = load_for_call(mineText, o, lang);
    if (!mine.doc) return envelope(mine.issues, nullptr);
    LoadResult theirs = load_project(theirsText, lang);
    if (!theirs.doc) return envelope(theirs.issues, nullptr);
    const revision::Relation r = revision::relate(*mine.doc, *theirs.doc);
    return envelope({}, {{"relation", r.relation}, {"commonStamps", r.commonStamps}});
  });
}

}  // namespace bosam::api
