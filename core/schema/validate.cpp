#include "schema/validate.hpp"

#include <cmath>
#include <map>
#include <set>

#include "model/project.hpp"
#include "schema/checker.hpp"
#include "schema/revision.hpp"
#include "schema/validate_privacy.hpp"

namespace bosam {
namespace {

// Ids of every list that others refer to, gathered before references are checked.
struct Known {
  IdIndex units, actors, targetGroups, functions, waves;
};

bool looks_like_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  const int month = (s[5] - '0') * 10 + (s[6] - '0'), day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

void check_date(Checker& c, const json& obj, const std::string& path, const char* key) {
  const std::string* d = c.text(obj, path, key, false);
  if (d && !d->empty() && !looks_like_date(*d)) c.warn(path_key(path, key), "bad-date", {*d});
}

template <typename F>
void each_object(Checker& c, const json* list, const std::string& listPath, F&& f) {
  if (!list) return;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string path = path_index(listPath, i);
    if (c.item_is_object((*list)[i], path)) f((*list)[i], path);
  }
}

void check_units(Checker& c, const json* units) {
  each_object(c, units, "$.units", [&](const json& u, const std::string& p) {
    c.text(u, p, "name", true, true);
    c.field(u, p, "external", Kind::boolean, false);
    for (const char* k : {"sector", "location", "note"}) c.text(u, p, k, false);
    if (const json* rel = c.field(u, p, "relation", Kind::object, false)) {
      const std::string rp = path_key(p, "relation");
      for (const char* k : {"agreement", "contact", "frequency", "about"}) c.text(*rel, rp, k, false);
    }
  });
}

void check_actors(Checker& c, const json* actors, const Known& k) {
  each_object(c, actors, "$.actors", [&](const json& a, const std::string& p) {
    c.text(a, p, "name", true, true);
    c.reference(a, p, "unitId", k.units, "unknown-unit", true);
    for (const char* key : {"role", "location", "note"}) c.text(a, p, key, false);
    auto fte = c.non_negative(a, p, "fte", "negative-fte");
    if (fte && *fte > 1.0) c.warn(path_key(p, "fte"), "fte-above-one", {a["fte"].dump()});
  });
}

// Target groups and functions: a name, an optional description; functions may say whether they are essential.
void check_named(Checker& c, const json* list, const std::string& listPath, bool isFunction) {
  each_object(c, list, listPath, [&](const json& item, const std::string& p) {
    c.text(item, p, "name", true, true);
    c.text(item, p, "description", false);
    if (isFunction) c.field(item, p, "essential", Kind::boolean, false);
  });
}

void check_assignments(Checker& c, const json* list, const Known& k) {
  each_object(c, list, "$.assignments", [&](const json& a, const std::string& p) {
    c.reference(a, p, "unitId", k.units, "unknown-unit", true);
    c.reference(a, p, "actorId", k.actors, "unknown-actor", false);
    c.reference(a, p, "functionId", k.functions, "unknown-function", true);
    if (const json* tgs = c.field(a, p, "targetGroupIds", Kind::list, false)) {
      const std::string tp = path_key(p, "targetGroupIds");
      for (std::size_t i = 0; i < tgs->size(); ++i) {
        const json& id = (*tgs)[i];
        if (!id.is_string())
          c.error(path_index(tp, i), "wrong-type", {kind_name(Kind::string, c.lang()), value_kind_name(id, c.lang())});
        else if (!k.targetGroups.count(id.get_ref<const std::string&>()))
          c.error(path_index(tp, i), "unknown-target-group", {id.get<std::string>()});
      }
    }
    if (const std::string* role = c.text(a, p, "role", true))
      if (!is_assignment_role(*role)) c.error(path_key(p, "role"), "unknown-role", {*role});
    c.field(a, p, "decisionAuthority", Kind::boolean, false);
    c.non_negative(a, p, "fte", "negative-fte");
    c.text(a, p, "note", false);
  });
}

void check_waves(Checker& c, const json* waves) {
  each_object(c, waves, "$.waves", [&](const json& w, const std::string& p) {
    c.text(w, p, "label", false);
    check_date(c, w, p, "date");
    check_retired(c, w, p);
  });
}

void check_respondents(Checker& c, const json* list, const Known& k) {
  std::map<std::pair<std::string, std::string>, std::string> seen;
  each_object(c, list, "$.respondents", [&](const json& r, const std::string& p) {
    const std::string* actor = c.reference(r, p, "actorId", k.actors, "unknown-actor", true);
    const std::string* wave = c.reference(r, p, "waveId", k.waves, "unknown-wave", true);
    c.field(r, p, "responded", Kind::boolean, false);
    c.text(r, p, "submittedAt", false);  // when the answer read in last was saved (survey/merge.cpp)
    if (actor && wave) {
      auto [it, inserted] = seen.emplace(std::make_pair(*actor, *wave), p);
      if (!inserted) c.warn(p, "duplicate-respondent", {it->second});
    }
  });
}

void check_frequency(Checker& c, const json& t, const std::string& p) {
  auto it = t.find("frequency");
  const std::string fp = path_key(p, "frequency");
  if (it == t.end()) {
    c.error(fp, "missing-field", {"frequency"});
    return;
  }
  const bool ok = it->is_number() && std::floor(it->get<double>()) == it->get<double>() && it->get<double>() >= 1 &&
                  it->get<double>() <= 4;
  if (!ok) c.error(fp, "bad-frequency", {it->dump()});
}

void check_ties(Checker& c, const json* list, const Known& k) {
  std::map<std::tuple<std::string, std::string, std::string>, std::string> seen;
  each_object(c, list, "$.ties", [&](const json& t, const std::string& p) {
    const std::string* from = c.reference(t, p, "from", k.actors, "unknown-actor", true);
    const std::string* to = c.reference(t, p, "to", k.actors, "unknown-actor", true);
    const std::string* wave = c.reference(t, p, "waveId", k.waves, "unknown-wave", true);
    check_frequency(c, t, p);
    if (const json* types = c.field(t, p, "types", Kind::list, false)) {
      for (std::size_t i = 0; i < types->size(); ++i)
        if (!(*types)[i].is_string())
          c.error(path_index(path_key(p, "types"), i), "wrong-type",
                  {kind_name(Kind::string, c.lang()), value_kind_name((*types)[i], c.lang())});
    }
    c.text(t, p, "note", false);
    if (from && to && *from == *to) c.warn(p, "self-tie");
    if (from && to && wave) {
      auto [it, inserted] = seen.emplace(std::make_tuple(*from, *to, *wave), p);
      if (!inserted) c.warn(p, "duplicate-tie", {it->second});
    }
  });
}

// Strengths, weaknesses and "what should change" (tiltak): a change has an owner, a status and the findings it
// answers (in evidence, as "finding:<id>").
void check_assessments(Checker& c, const json* list) {
  each_object(c, list, "$.assessments", [&](const json& a, const std::string& p) {
    if (const std::string* kind = c.text(a, p, "kind", true, true))
      if (*kind != "strength" && *kind != "weakness" && *kind != "change")
        c.error(path_key(p, "kind"), "unknown-kind", {*kind});
    if (const std::string* status = c.text(a, p, "status", false))
      if (*status != "proposed" && *status != "agreed" && *status != "in-progress" && *status != "done" &&
          *status != "dropped")
        c.error(path_key(p, "status"), "unknown-status", {*status});
    for (const char* key : {"owner", "draftId", "note"}) c.text(a, p, key, false);
    check_date(c, a, p, "due");
    c.text(a, p, "text", false);
    if (const json* ev = c.field(a, p, "evidence", Kind::list, false))
      for (std::size_t i = 0; i < ev->size(); ++i)
        if (!(*ev)[i].is_string())
          c.error(path_index(path_key(p, "evidence"), i), "wrong-type",
                  {kind_name(Kind::string, c.lang()), value_kind_name((*ev)[i], c.lang())});
  });
}

// phases: {"1": {"items": {"mandate": {"done": true, "note": "…", "date": "…"}}, "note": "…"}, …}
void check_phases(Checker& c, const json& doc) {
  const json* phases = c.field(doc, "$", "phases", Kind::object, false);
  if (!phases) return;
  for (auto ph = phases->begin(); ph != phases->end(); ++ph) {
    const std::string pp = path_key("$.phases", ph.key());
    if (!c.item_is_object(ph.value(), pp)) continue;
    c.text(ph.value(), pp, "note", false);
    const json* items = c.field(ph.value(), pp, "items", Kind::object, false);
    if (!items) continue;
    for (auto it = items->begin(); it != items->end(); ++it) {
      const std::string ip = path_key(path_key(pp, "items"), it.key());
      if (!c.item_is_object(it.value(), ip)) continue;
      c.field(it.value(), ip, "done", Kind::boolean, false);
      c.text(it.value(), ip, "note", false);
      check_date(c, it.value(), ip, "date");
    }
  }
}

// reportedAssignments: what respondents said they do (from merged survey answers), kept apart from the map.
void check_reported(Checker& c, const json* list, const Known& k) {
  each_object(c, list, "$.reportedAssignments", [&](const json& a, const std::string& p) {
    c.reference(a, p, "actorId", k.actors, "unknown-actor", true);
    c.reference(a, p, "waveId", k.waves, "unknown-wave", true);
    c.reference(a, p, "functionId", k.functions, "unknown-function", true);
    if (const std::string* role = c.text(a, p, "role", true))
      if (!is_assignment_role(*role)) c.error(path_key(p, "role"), "unknown-role", {*role});
    if (const json* groups = c.field(a, p, "targetGroupIds", Kind::list, false))
      for (std::size_t i = 0; i < groups->size(); ++i)
        if (!(*groups)[i].is_string())
          c.error(path_index(path_key(p, "targetGroupIds"), i), "wrong-type",
                  {kind_name(Kind::string, c.lang()), value_kind_name((*groups)[i], c.lang())});
    // The coordinator's review in Oppgaver: absent until reviewed; "accepted" once it became an assignment.
    if (const std::string* review = c.text(a, p, "review", false))
      if (*review != "accepted" && *review != "rejected") c.error(path_key(p, "review"), "unknown-review", {*review});
  });
}

// settings.language: nb, nn or en; settings.thresholds: numbers in their ranges (defaults and meanings in
// core/checks/settings.hpp and docs/findings.md).
void check_settings(Checker& c, const json& doc) {
  const json* settings = c.field(doc, "$", "settings", Kind::object, false);
  if (!settings) return;
  // The municipality's written standard (målform): the default language of the project's forms and report.
  if (const json* language = c.field(*settings, "$.settings", "language", Kind::string, false))
    if (!parse_lang(language->get<std::string>()))
      c.error("$.settings.language", "unknown-language", {language->get<std::string>()});
  check_privacy(c, *settings);
  // The privacy floor of shared copies (core/survey/pool.hpp): a whole number of people, 2 to 50.
  if (const json* floor = c.field(*settings, "$.settings", "minGroupSize", Kind::number, false)) {
    const double v = floor->get<double>();
    if (!(v >= model::kMinGroupSizeLow && v <= model::kMinGroupSizeHigh) || std::floor(v) != v)
      c.error("$.settings.minGroupSize", "min-group-size-out-of-range",
              {std::to_string(model::kMinGroupSizeLow), std::to_string(model::kMinGroupSizeHigh), floor->dump()});
  }
  const json* thresholds = c.field(*settings, "$.settings", "thresholds", Kind::object, false);
  if (!thresholds) return;
  // The known thresholds have a sensible range (a share 0-1, an E-I index -1..1, a frequency 1-4, a count);
  // counts must be whole. Unknown names are kept and ignored.
  struct Range {
    double low, high;
    bool whole;
  };
  static const std::map<std::string, Range> ranges = {{"minResponseRate", {0, 1, false}},
                                                      {"bottleneckBetweenness", {0, 1, false}},
                                                      {"oneSidedShare", {0, 1, false}},
                                                      {"fragmentedMaxShare", {0, 1, false}},
                                                      {"siloEiIndex", {-1, 1, false}},
                                                      {"minFunctionFte", {0, 1000, false}},
                                                      {"minPersonFte", {0, 1000, false}},
                                                      {"rareFrequency", {1, 4, true}},
                                                      {"splitLocationMinFrequency", {1, 4, true}},
                                                      {"siloMinMembers", {0, 1000000, true}},
                                                      {"oneSidedMinTies", {0, 1000000, true}},
                                                      {"singlePersonMax", {0, 1000000, true}},
                                                      {"fragmentedMinHolders", {0, 1000000, true}},
                                                      {"connectorTopShare", {0, 1, false}},
                                                      {"brokerTopShare", {0, 1, false}},
                                                      {"overloadShare", {0, 1, false}},
                                                      {"connectorMinTies", {0, 1000000, true}},
                                                      {"spannerMinUnits", {0, 1000000, true}},
                                                      {"brokerMinCrossUnit", {0, 1000000, true}},
                                                      {"peripheralMaxTies", {0, 1000000, true}},
                                                      {"overloadMinPeople", {0, 1000000, true}}};
  auto number = [](double v) {
    std::string s = json(v).dump();
    return s;
  };
  for (auto it = thresholds->begin(); it != thresholds->end(); ++it) {
    const std::string path = path_key("$.settings.thresholds", it.key());
    if (!it.value().is_number()) {
      c.error(path, "wrong-type", {kind_name(Kind::number, c.lang()), value_kind_name(it.value(), c.lang())});
      continue;
    }
    auto r = ranges.find(it.key());
    if (r == ranges.end()) continue;
    const double v = it.value().get<double>();
    const Range& range = r->second;
    if (!(v >= range.low && v <= range.high) || (range.whole && std::floor(v) != v))
      c.error(path, range.whole ? "threshold-out-of-range-whole" : "threshold-out-of-range",
              {it.key(), number(range.low), number(range.high), it.value().dump()});
  }
}

}  // namespace

bool is_assignment_role(const std::string& role) {
  return role == "responsible" || role == "performs" || role == "contributes";
}

void validate_project(const json& doc, Lang lang, Issues& out) {
  Checker c(lang, out);
  c.text(doc, "$", "id", true, true);
  if (const json* m = c.field(doc, "$", "municipality", Kind::object, true)) {
    c.text(*m, "$.municipality", "name", true);
    c.text(*m, "$.municipality", "number", false);
  }
  auto list = [&](const char* key) { return c.field(doc, "$", key, Kind::list, false); };
  const json *units = list("units"), *actors = list("actors"), *targetGroups = list("targetGroups"),
             *functions = list("functions"), *assignments = list("assignments"), *waves = list("waves"),
             *respondents = list("respondents"), *ties = list("ties"), *assessments = list("assessments");
  Known k;
  k.units = c.ids(units, "$.units");
  k.actors = c.ids(actors, "$.actors");
  k.targetGroups = c.ids(targetGroups, "$.targetGroups");
  k.functions = c.ids(functions, "$.functions");
  k.waves = c.ids(waves, "$.waves");
  c.ids(assessments, "$.assessments");

  check_units(c, units);
  check_actors(c, actors, k);
  check_named(c, targetGroups, "$.targetGroups", false);
  check_named(c, functions, "$.functions", true);
  check_assignments(c, assignments, k);
  check_waves(c, waves);
  check_respondents(c, respondents, k);
  check_ties(c, ties, k);
  check_assessments(c, assessments);
  check_reported(c, c.field(doc, "$", "reportedAssignments", Kind::list, false), k);
  // Fields the app and the CLI write and read back: typed here so a hand-edited file cannot crash them later.
  c.text(doc, "$", "copiedFrom", false);
  c.text(doc, "$", "pseudonymKey", false);
  if (const json* p = c.field(doc, "$", "pseudonymized", Kind::object, false)) {
    c.text(*p, "$.pseudonymized", "scheme", false);
    c.text(*p, "$.pseudonymized", "keyCheck", false);
  }
  check_phases(c, doc);
  check_settings(c, doc);
  revision::check(c, doc);
  check_retired_answers(c, doc);
}

}  // namespace bosam
