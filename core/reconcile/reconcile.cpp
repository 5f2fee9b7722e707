#include "reconcile/reconcile.hpp"

#include <map>

#include "reconcile/names.hpp"
#include "reconcile/repair.hpp"
#include "text/catalogue.hpp"
#include "text/lists.hpp"

namespace bosam::reconcile {
namespace {

// The kinds in the order a summary names them.
const char* const kKinds[] = {"unit",  "person",     "function", "targetGroup",  "assignment",
                              "wave",  "respondent", "tie",      "assessment",   "reportedAssignment",
                              "phase", "phaseItem",  "settings", "municipality", "project"};

// What a side of the whole-item conflict did to the item, in words: deleted, changed, or (a unit the other side
// deleted) holding people.
std::string item_text(const Conflict& c, const json& side, const Namer& names) {
  if (side.is_null()) return text::tr(names.lang(), "reconcile.value.deleted");
  if (!c.people.empty()) {
    std::vector<std::string> people;
    for (const auto& id : c.people) people.push_back(names.named("person", id));
    return text::tr(
        names.lang(), same(side, c.base) ? "reconcile.value.has-people" : "reconcile.value.changed-has-people",
        {{"people", text::join(names.lang(), people, 5)}, {"count", static_cast<long long>(people.size())}});
  }
  return text::tr(names.lang(), c.base.is_null() ? "reconcile.value.added" : "reconcile.value.changed");
}

json conflict_json(const Conflict& c, const Namer& names) {
  const bool whole = c.field.empty() && c.list != "settings" && c.list != "municipality";
  json people = json::array();
  for (const auto& id : c.people) people.push_back({{"id", id}, {"name", names.named("person", id)}});
  return {{"id", c.id},
          {"kind", c.kind},
          {"item", c.item},
          {"name", names.item(c.kind, c.item)},
          {"field", whole ? json() : json(c.field)},
          {"fieldName", whole ? json() : json(names.field(c.kind, c.field))},
          {"base", c.base},
          {"mine", c.mine},
          {"theirs", c.theirs},
          {"mineText", whole ? item_text(c, c.mine, names) : names.value(c.field, c.mine)},
          {"theirsText", whole ? item_text(c, c.theirs, names) : names.value(c.field, c.theirs)},
          {"people", people},
          {"chosen", c.chosen == Side::none ? json() : json(side_name(c.chosen))}};
}

// "Lagt til: 2 personer og 1 enhet" for each kind of change a side brought.
json lines_for(const std::map<std::string, std::map<std::string, long long>>& counts, const Namer& names) {
  json lines = json::array();
  for (const char* change : {"added", "changed", "deleted"}) {
    auto it = counts.find(change);
    if (it == counts.end()) continue;
    std::vector<std::string> parts;
    for (const char* kind : kKinds) {
      auto n = it->second.find(kind);
      if (n != it->second.end()) parts.push_back(names.count(kind, n->second));
    }
    lines.push_back(text::tr(names.lang(), std::string("reconcile.summary.") + change,
                             {{"items", text::join(names.lang(), parts)}}));
  }
  return lines;
}

json summary_json(const Merger& merger, const std::vector<Removed>& removed, const Namer& names) {
  std::map<std::string, std::map<std::string, long long>> mine, theirs;
  json taken = json::array();
  for (const auto& ch : merger.changes) {
    (ch.side == Side::mine ? mine : theirs)[ch.change][ch.kind] += 1;
    if (ch.side != Side::theirs) continue;
    json fields = json::array();
    for (const auto& f : ch.fields) fields.push_back(names.field(ch.kind, f));
    taken.push_back({{"kind", ch.kind},
                     {"item", ch.item},
                     {"name", names.item(ch.kind, ch.item)},
                     {"change", ch.change},
                     {"fields", fields}});
  }
  auto counts = [](const std::map<std::string, std::map<std::string, long long>>& side) {
    json out = json::object();
    for (const char* change : {"added", "changed", "deleted"}) {
      json byKind = json::object();
      auto it = side.find(change);
      if (it != side.end())
        for (const char* kind : kKinds)
          if (it->second.count(kind)) byKind[kind] = it->second.at(kind);
      out[change] = byKind;
    }
    return out;
  };
  json removedJson = json::array();
  std::map<std::string, long long> removedCount;
  long long detached = 0;
  for (const auto& r : removed) {
    removedJson.push_back(
        {{"kind", r.kind},
         {"item", r.item},
         {"name", names.item(r.kind, r.item)},
         {"detached", r.detached},
         {"because",
          {{"kind", r.becauseKind}, {"id", r.becauseId}, {"name", names.named(r.becauseKind, r.becauseId)}}}});
    if (r.detached)
      ++detached;
    else
      ++removedCount[r.kind];
  }
  json removedLines = json::array();
  if (!removedCount.empty()) {
    std::vector<std::string> parts;
    for (const char* kind : kKinds)
      if (removedCount.count(kind)) parts.push_back(names.count(kind, removedCount[kind]));
    removedLines.push_back(
        text::tr(names.lang(), "reconcile.summary.removed", {{"items", text::join(names.lang(), parts)}}));
  }
  if (detached) removedLines.push_back(text::tr(names.lang(), "reconcile.summary.detached", {{"count", detached}}));
  long long open = 0, byMine = 0, byTheirs = 0;
  for (const auto& c : merger.conflicts)
    (c.chosen == Side::none ? open : c.chosen == Side::mine ? byMine : byTheirs) += 1;
  json theirsLines = lines_for(theirs, names), mineLines = lines_for(mine, names);
  if (theirsLines.empty()) theirsLines.push_back(text::tr(names.lang(), "reconcile.summary.nothing"));
  if (mineLines.empty()) mineLines.push_back(text::tr(names.lang(), "reconcile.summary.nothing"));
  return {{"mine", counts(mine)},
          {"theirs", counts(theirs)},
          {"taken", taken},
          {"removed", removedJson},
          {"conflicts", static_cast<long long>(merger.conflicts.size())},
          {"open", open},
          {"settled", {{"mine", byMine}, {"theirs", byTheirs}}},
          {"lines", {{"theirs", theirsLines}, {"mine", mineLines}, {"removed", removedLines}}}};
}

}  // namespace

Result reconcile(const json& base, const json& mine, const json& theirs, const Choices& choices, Lang lang) {
  json stores[3];
  const json &b = without_nulls(base, stores[0]), &m = without_nulls(mine, stores[1]),
             &t = without_nulls(theirs, stores[2]);
  Merger merger(choices);
  json merged = merger.merge(b, m, t);
  const std::vector<Removed> removed = repair(merged, b, m, t, merger);
  const Namer names(b, m, t, lang);
  Result r;
  r.conflicts = json::array();
  bool open = false;
  for (const auto& c : merger.conflicts) {
    r.conflicts.push_back(conflict_json(c, names));
    open = open || c.chosen == Side::none;
  }
  r.summary = summary_json(merger, removed, names);
  if (!open) r.project = std::move(merged);
  return r;
}

}  // namespace bosam::reconcile
