#include "schema/revision.hpp"

#include <unordered_set>

#include "schema/checker.hpp"

namespace bosam::revision {
namespace {

bool digits(std::string_view s, std::size_t from, std::size_t count) {
  for (std::size_t i = from; i < from + count; ++i)
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
  return true;
}

const json* revision_of(const json& doc) {
  if (!doc.is_object()) return nullptr;
  auto it = doc.find("revision");
  return it != doc.end() && it->is_object() ? &*it : nullptr;
}

// Appends the stamps of `from` to `out` that are not in `seen`, while `out` is shorter than the cap.
void append_once(std::vector<std::string>& out, std::unordered_set<std::string>& seen,
                 const std::vector<std::string>& from) {
  for (const auto& s : from) {
    if (out.size() >= kMaxLineage) return;
    if (seen.insert(s).second) out.push_back(s);
  }
}

// A stamp field of the revision: text of the stamp's form.
void check_stamp_field(Checker& c, const json& rev, const char* key, bool required) {
  if (const std::string* s = c.text(rev, "$.revision", key, required))
    if (!is_stamp(*s)) c.error(path_key("$.revision", key), "bad-revision-stamp", {*s});
}

}  // namespace

bool is_stamp(std::string_view s) {
  if (s.size() != 18 || s[0] != 'r' || s[1] != '-') return false;
  for (std::size_t i = 2; i < s.size(); ++i)
    if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) return false;
  return true;
}

bool is_time(std::string_view s) {
  // 2026-12-05T07:15:00Z or 2026-12-05T07:15:00.000Z
  if (s.size() < 20 || !digits(s, 0, 4) || s[4] != '-' || !digits(s, 5, 2) || s[7] != '-' || !digits(s, 8, 2) ||
      s[10] != 'T' || !digits(s, 11, 2) || s[13] != ':' || !digits(s, 14, 2) || s[16] != ':' || !digits(s, 17, 2))
    return false;
  const int month = (s[5] - '0') * 10 + (s[6] - '0'), day = (s[8] - '0') * 10 + (s[9] - '0');
  const int hour = (s[11] - '0') * 10 + (s[12] - '0'), minute = (s[14] - '0') * 10 + (s[15] - '0');
  const int second = (s[17] - '0') * 10 + (s[18] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return false;
  std::size_t i = 19;
  if (s[i] == '.') {
    const std::size_t start = ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == start || i - start > 9) return false;
  }
  return i + 1 == s.size() && s[i] == 'Z';
}

void check(Checker& c, const json& doc) {
  const json* rev = c.field(doc, "$", "revision", Kind::object, false);
  if (!rev) return;
  check_stamp_field(c, *rev, "stamp", true);
  check_stamp_field(c, *rev, "basedOn", false);
  check_stamp_field(c, *rev, "mergedFrom", false);
  if (const std::string* t = c.text(*rev, "$.revision", "savedAt", false))
    if (!is_time(*t)) c.error("$.revision.savedAt", "bad-revision-time", {*t});
  const json* lineage = c.field(*rev, "$.revision", "lineage", Kind::list, false);
  if (!lineage) return;
  if (lineage->size() > kMaxLineage)
    c.error("$.revision.lineage", "bad-revision-lineage",
            {std::to_string(lineage->size()), std::to_string(kMaxLineage)});
  for (std::size_t i = 0; i < lineage->size(); ++i) {
    const json& s = (*lineage)[i];
    const std::string path = path_index("$.revision.lineage", i);
    if (!s.is_string())
      c.error(path, "wrong-type", {kind_name(Kind::string, c.lang()), value_kind_name(s, c.lang())});
    else if (!is_stamp(s.get_ref<const std::string&>()))
      c.error(path, "bad-revision-stamp", {s.get<std::string>()});
  }
}

std::string stamp_of(const json& doc) {
  const json* rev = revision_of(doc);
  return rev ? text_of(*rev, "stamp") : std::string();
}

std::vector<std::string> lineage_of(const json& doc) {
  std::vector<std::string> out;
  const json* rev = revision_of(doc);
  if (!rev) return out;
  auto it = rev->find("lineage");
  if (it == rev->end() || !it->is_array()) return out;
  for (const auto& s : *it)
    if (s.is_string()) out.push_back(s.get<std::string>());
  return out;
}

json stamped(json doc, const std::string& stamp, const std::string& savedAt) {
  const std::string previous = stamp_of(doc);
  std::vector<std::string> lineage;
  std::unordered_set<std::string> seen{stamp};
  if (!previous.empty()) append_once(lineage, seen, {previous});
  append_once(lineage, seen, lineage_of(doc));
  json rev = json::object();
  rev["stamp"] = stamp;
  if (!previous.empty() && previous != stamp) rev["basedOn"] = previous;
  rev["lineage"] = lineage;
  rev["savedAt"] = savedAt;
  doc["revision"] = std::move(rev);
  return doc;
}

json stamped_merge(json merged, const json& mine, const json& theirs, const std::string& stamp,
                   const std::string& savedAt) {
  const std::string mineStamp = stamp_of(mine), theirsStamp = stamp_of(theirs);
  std::vector<std::string> lineage;
  std::unordered_set<std::string> seen{stamp};
  if (!mineStamp.empty()) append_once(lineage, seen, {mineStamp});
  append_once(lineage, seen, lineage_of(mine));
  if (!theirsStamp.empty()) append_once(lineage, seen, {theirsStamp});
  append_once(lineage, seen, lineage_of(theirs));
  json rev = json::object();
  rev["stamp"] = stamp;
  if (!mineStamp.empty()) rev["basedOn"] = mineStamp;
  rev["lineage"] = lineage;
  rev["savedAt"] = savedAt;
  if (!theirsStamp.empty()) rev["mergedFrom"] = theirsStamp;
  merged["revision"] = std::move(rev);
  return merged;
}

Relation relate(const json& mine, const json& theirs) {
  if (text_of(mine, "id") != text_of(theirs, "id")) return {"other-project", {}};
  const std::string ms = stamp_of(mine), ts = stamp_of(theirs);
  if (ms.empty() && ts.empty()) return {mine == theirs ? "same" : "unrelated", {}};
  if (!ms.empty() && ms == ts) return {"same", {ms}};
  const std::vector<std::string> mineLineage = lineage_of(mine), theirsLineage = lineage_of(theirs);
  std::unordered_set<std::string> mineAll(mineLineage.begin(), mineLineage.end());
  if (!ts.empty() && mineAll.count(ts)) return {"theirs-older", {ts}};
  for (const auto& s : theirsLineage)
    if (!ms.empty() && s == ms) return {"theirs-newer", {ms}};
  if (!ms.empty()) mineAll.insert(ms);
  Relation r{"diverged", {}};
  for (const auto& s : theirsLineage)
    if (mineAll.count(s)) r.commonStamps.push_back(s);
  if (r.commonStamps.empty()) r.relation = "unrelated";
  return r;
}

}  // namespace bosam::revision
