#include "checks/phases.hpp"

#include <functional>
#include <map>
#include <set>

#include "checks/locations.hpp"
#include "checks/resources.hpp"
#include "model/embedded.hpp"
#include "text/catalogue.hpp"
#include "text/lists.hpp"
#include "text/numbers.hpp"

namespace bosam::checks {
namespace {

using model::Project;

// What a rule found, before it is put in one language: its sentences as messages (phase.* in
// data/messages/<lang>.json), so that a rule can never gain a sentence in one language only.
struct Found {
  bool met = false;
  json numbers = json::object();
  std::string text;
  json subjects = json::object();
};

struct Input {
  const Project& project;
  const sna::Analysis* analysis;  // of the wave analysed, or null
  const Settings& settings;
  Lang lang;
  // Appends the message `key` as the next sentence of f's text.
  void say(Found& f, const std::string& key, const text::Args& args = {}) const {
    f.text += (f.text.empty() ? "" : " ") + text::tr(lang, key, args);
  }
};

// A text of data/phases.json in `lang`; every text there has nb, nn and en (tests/core/test_phases.cpp).
std::string tr(const json& texts, Lang lang) { return text_of(texts, lang_code(lang)); }

// Up to five names, then how many more: a sentence beside a checklist item must stay short.
std::string names(const std::vector<std::string>& list, Lang lang) { return text::join(lang, list, 5); }

// Assessments of one kind, without those the working group has dropped (status "dropped"): a dropped change
// is no longer something that should change. With `dropped`, counts those instead.
std::size_t assessments_of_kind(const Project& project, const std::string& kind, bool dropped = false) {
  std::size_t count = 0;
  for (const auto& a : project.assessments)
    if (a.kind == kind) count += (a.status == "dropped") == dropped;
  return count;
}

Found actors_listed(const Input& in) {
  std::size_t internal = 0, external = 0;
  for (const auto& u : in.project.units) ++(u.external ? external : internal);
  const std::size_t people = in.project.actors.size();
  Found f;
  f.met = internal > 0 && people > 0;
  f.numbers = {{"internalUnits", internal}, {"externalUnits", external}, {"actors", people}};
  in.say(f, "phase.actors-listed", {{"internal", internal}, {"external", external}, {"people", people}});
  if (!f.met) in.say(f, "phase.actors-listed.todo");
  return f;
}

Found functions_mapped(const Input& in) {
  std::set<std::string> assigned;
  for (const auto& a : in.project.assignments) assigned.insert(a.functionId);
  std::size_t essential = 0, covered = 0;
  std::vector<std::string> missingNames;
  json missing = json::array();
  for (const auto& fn : in.project.functions) {
    if (!fn.essential) continue;
    ++essential;
    if (assigned.count(fn.id)) {
      ++covered;
    } else {
      missing.push_back(fn.id);
      missingNames.push_back(fn.name);
    }
  }
  Found f;
  f.met = essential > 0 && covered == essential;
  f.numbers = {{"essential", essential},
               {"assigned", covered},
               {"share", essential ? json(static_cast<double>(covered) / essential) : json(nullptr)}};
  f.subjects = {{"functions", missing}};
  if (essential == 0) {
    in.say(f, "phase.functions-mapped.none");
    return f;
  }
  in.say(f, "phase.functions-mapped", {{"covered", covered}, {"essential", essential}});
  // A function nobody holds may be a real gap or just not mapped yet; only people who know the work can tell.
  if (!missing.empty()) in.say(f, "phase.functions-mapped.missing", {{"names", names(missingNames, in.lang)}});
  return f;
}

Found duplicates_reviewed(const Input& in) {
  // Holding a function means being responsible for it or carrying it out; contributing to it is not holding it.
  // Per function and unit: the target groups it is held for ("*" = all, as an empty list means).
  std::map<std::string, std::map<std::string, std::set<std::string>>> holders;
  for (const auto& a : in.project.assignments) {
    if (a.role == model::Role::contributes) continue;
    auto& groups = holders[a.functionId][a.unitId];
    if (a.targetGroupIds.empty()) groups.insert("*");
    groups.insert(a.targetGroupIds.begin(), a.targetGroupIds.end());
  }
  std::vector<std::string> dupNames;
  json dupIds = json::array();
  std::size_t split = 0;
  for (const auto& fn : in.project.functions) {
    auto it = holders.find(fn.id);
    if (it == holders.end() || it->second.size() < 2) continue;
    dupIds.push_back(fn.id);
    dupNames.push_back(fn.name);
    // The guide's case: units doing the same task for different target groups. Units with the same groups
    // simply overlap, which is a duplicate too, but not one the target-group split explains.
    std::set<std::set<std::string>> distinct;
    for (const auto& [unit, groups] : it->second) distinct.insert(groups);
    split += distinct.size() >= 2;
  }
  Found f;
  f.met = !holders.empty();  // the question can be answered once someone holds something
  f.numbers = {{"functionsHeld", holders.size()}, {"duplicated", dupIds.size()}, {"splitByTargetGroup", split}};
  f.subjects = {{"functions", dupIds}};
  if (holders.empty()) {
    in.say(f, "phase.duplicates-reviewed.none-held");
  } else if (dupIds.empty()) {
    in.say(f, "phase.duplicates-reviewed.none", {{"held", holders.size()}});
  } else {
    in.say(f, "phase.duplicates-reviewed",
           {{"count", dupIds.size()}, {"names", names(dupNames, in.lang)}, {"split", split}});
  }
  return f;
}

// Resources are mapped when every essential function has a known FTE (explicit, or estimated from its person's
// total as checks/resources.hpp says) on at least one of its assignments: then the resource overview has
// something to say about each of them. With no essential function, every assignment must have a known FTE.
// The counts of FTE stated on assignments and people are reported beside it.
Found resources_mapped(const Input& in) {
  const auto& list = in.project.assignments;
  std::size_t asg = list.size(), asgFte = 0, people = in.project.actors.size(), peopleFte = 0;
  for (const auto& a : list) asgFte += a.fte.has_value();
  for (const auto& a : in.project.actors) peopleFte += a.fte.has_value();
  const auto ftes = assignment_ftes(in.project);
  std::size_t estimated = 0, unknown = 0;
  std::set<std::string> known;  // functions with a known FTE on some assignment
  for (std::size_t i = 0; i < list.size(); ++i) {
    estimated += ftes[i].estimated;
    if (ftes[i].fte)
      known.insert(list[i].functionId);
    else
      ++unknown;
  }
  std::size_t essential = 0;
  json missing = json::array();
  std::vector<std::string> missingNames;
  for (const auto& fn : in.project.functions) {
    if (!fn.essential) continue;
    ++essential;
    if (known.count(fn.id)) continue;
    missing.push_back(fn.id);
    missingNames.push_back(fn.name);
  }
  auto share = [](std::size_t k, std::size_t total) {
    return total ? json(static_cast<double>(k) / total) : json(nullptr);
  };
  Found f;
  f.met = asg > 0 && (essential > 0 ? missing.empty() : unknown == 0);
  f.numbers = {{"assignments", asg},
               {"assignmentsWithFte", asgFte},
               {"assignmentShare", share(asgFte, asg)},
               {"actors", people},
               {"actorsWithFte", peopleFte},
               {"actorShare", share(peopleFte, people)},
               {"estimatedAssignments", estimated},
               {"unknownAssignments", unknown},
               {"essential", essential},
               {"essentialWithFte", essential - missing.size()}};
  f.subjects = {{"functions", missing}};
  if (asg == 0) {
    in.say(f, "phase.resources-mapped.none");
    return f;
  }
  in.say(f, "phase.resources-mapped",
         {{"withFte", asgFte}, {"assignments", asg}, {"peopleWithFte", peopleFte}, {"people", people}});
  if (estimated > 0) in.say(f, "phase.resources-mapped.estimated", {{"estimated", estimated}});
  if (essential > 0)
    in.say(f, "phase.resources-mapped.essential", {{"known", essential - missing.size()}, {"essential", essential}});
  if (!missing.empty()) in.say(f, "phase.resources-mapped.missing", {{"names", names(missingNames, in.lang)}});
  return f;
}

// Where resources sit can be assessed once every internal unit has a location: the location overview
// (checks/locations.hpp) then places every unit and shows which pairs that share work sit apart. Ties are not
// needed for this, so no network is built.
Found resource_location(const Input& in) {
  const Locations l = compute_locations(in.project, nullptr);
  std::size_t internal = 0;
  std::set<std::string> places;
  json missing = json::array();
  std::vector<std::string> missingNames;
  for (const auto& u : in.project.units) {
    if (u.external) continue;
    ++internal;
    const std::string key = location_key(u.location);
    if (!key.empty()) {
      places.insert(key);
    } else {
      missing.push_back(u.id);
      missingNames.push_back(u.name);
    }
  }
  std::size_t apart = 0;
  for (const auto& p : l.pairs) apart += p.sameLocation.has_value() && !*p.sameLocation;
  const std::size_t located = internal - missing.size();
  Found f;
  f.met = internal > 0 && missing.empty();
  f.numbers = {{"internalUnits", internal},
               {"unitsWithLocation", located},
               {"places", places.size()},
               {"pairsSharingWork", l.pairs.size()},
               {"pairsApart", apart}};
  f.subjects = {{"units", missing}};
  if (internal == 0) {
    in.say(f, "phase.resource-location.none");
    return f;
  }
  in.say(f, "phase.resource-location",
         {{"located", located},
          {"internal", internal},
          {"places", places.size()},
          {"apart", apart},
          {"pairs", l.pairs.size()}});
  if (!missing.empty()) in.say(f, "phase.resource-location.missing", {{"names", names(missingNames, in.lang)}});
  return f;
}

Found external_partners_listed(const Input& in) {
  std::size_t external = 0, described = 0;
  std::vector<std::string> missingNames;
  json missing = json::array();
  // A relation is described when any of its fields says something; a plain text is accepted too, since a
  // note in the user's own words is just as good for the discussion.
  for (const auto& u : in.project.units) {
    if (!u.external) continue;
    ++external;
    if (!u.relation.empty()) {
      ++described;
    } else {
      missing.push_back(u.id);
      missingNames.push_back(u.name);
    }
  }
  Found f;
  f.met = external > 0 && described == external;
  f.numbers = {{"external", external}, {"withRelation", described}};
  f.subjects = {{"units", missing}};
  if (external == 0) {
    in.say(f, "phase.external-partners-listed.none");
    return f;
  }
  in.say(f, "phase.external-partners-listed", {{"external", external}, {"described", described}});
  if (!missing.empty()) in.say(f, "phase.external-partners-listed.missing", {{"names", names(missingNames, in.lang)}});
  return f;
}

std::string wave_name(const model::Wave& w) { return w.label.empty() ? w.id : w.label; }

Found network_survey(const Input& in) {
  const model::Wave* latest = in.project.latest_wave();
  Found f;
  f.numbers = {{"minResponseRate", in.settings.minResponseRate}};
  if (!latest) {
    in.say(f, "phase.network-survey.none");
    return f;
  }
  // The analysis defines the response rate; its counts are used when it is of the latest wave. Without it
  // (or for another wave) the same count is made here: respondents asked in the wave, and those who answered.
  std::size_t asked = 0, responded = 0;
  if (latest->retired) {  // answers deleted after the retention date: the counts kept from them
    asked = latest->retired->figures.value("asked", 0);
    responded = latest->retired->figures.value("answered", 0);
  } else if (in.analysis && in.analysis->net.waveId == latest->id) {
    asked = static_cast<std::size_t>(in.analysis->network.asked);
    responded = static_cast<std::size_t>(in.analysis->network.responded);
  } else {
    for (const auto& [actor, answered] : in.project.survey_status(latest->id)) {
      ++asked;
      responded += answered;
    }
  }
  const double rate = asked ? static_cast<double>(responded) / asked : 0.0;
  f.met = asked > 0 && rate >= in.settings.minResponseRate;
  f.numbers["asked"] = asked;
  f.numbers["responded"] = responded;
  f.numbers["responseRate"] = asked ? json(rate) : json(nullptr);
  f.subjects = {{"waves", {latest->id}}};
  const std::string name = wave_name(*latest);
  if (asked == 0) {
    in.say(f, "phase.network-survey.none-asked", {{"wave", name}});
    return f;
  }
  in.say(f, "phase.network-survey",
         {{"wave", name},
          {"rate", text::percent(rate, in.lang)},
          {"threshold", text::percent(in.settings.minResponseRate, in.lang)},
          {"responded", responded},
          {"asked", asked}});
  return f;
}

Found strengths_weaknesses(const Input& in) {
  const std::size_t strengths = assessments_of_kind(in.project, "strength");
  const std::size_t weaknesses = assessments_of_kind(in.project, "weakness");
  Found f;
  // Both sides: a list of only weaknesses loses what should be kept, one of only strengths loses the reason to change.
  f.met = strengths > 0 && weaknesses > 0;
  f.numbers = {{"strengths", strengths}, {"weaknesses", weaknesses}};
  in.say(f, "phase.strengths-weaknesses", {{"strengths", strengths}, {"weaknesses", weaknesses}});
  return f;
}

Found changes_proposed(const Input& in) {
  const std::size_t changes = assessments_of_kind(in.project, "change");
  const std::size_t dropped = assessments_of_kind(in.project, "change", true);
  Found f;
  f.met = changes > 0;
  f.numbers = {{"changes", changes}, {"dropped", dropped}};
  in.say(f, "phase.changes-proposed", {{"changes", changes}, {"dropped", dropped}});
  return f;
}

Found evaluation_survey(const Input& in) {
  const auto& waves = in.project.waves;
  Found f;
  f.numbers = {{"waves", waves.size()}};
  if (waves.size() < 2) {
    in.say(f, waves.empty() ? "phase.evaluation-survey.none" : "phase.evaluation-survey.one");
    return f;
  }
  const model::Wave* first = &waves.front();
  for (const auto& w : waves)
    if (w.date < first->date) first = &w;
  const model::Wave* latest = in.project.latest_wave();
  // A comparison only says something about the change if the rounds were taken at different times.
  f.met = latest->date > first->date;
  f.subjects = {{"waves", {first->id, latest->id}}};
  const std::string l = wave_name(*latest) + ", " + latest->date, e = wave_name(*first) + ", " + first->date;
  if (f.met)
    in.say(f, "phase.evaluation-survey", {{"count", waves.size()}, {"latest", l}, {"first", e}});
  else
    in.say(f, "phase.evaluation-survey.not-later", {{"latest", l}, {"first", e}});
  return f;
}

using Rule = Found (*)(const Input&);

const std::vector<std::pair<std::string, Rule>>& rules() {
  static const std::vector<std::pair<std::string, Rule>> r = {{"actors-listed", actors_listed},
                                                              {"functions-mapped", functions_mapped},
                                                              {"duplicates-reviewed", duplicates_reviewed},
                                                              {"resources-mapped", resources_mapped},
                                                              {"resource-location", resource_location},
                                                              {"external-partners-listed", external_partners_listed},
                                                              {"network-survey", network_survey},
                                                              {"strengths-weaknesses", strengths_weaknesses},
                                                              {"changes-proposed", changes_proposed},
                                                              {"evaluation-survey", evaluation_survey}};
  return r;
}

json run_rule(const std::string& id, const Input& in) {
  for (const auto& [rid, rule] : rules()) {
    if (rid != id) continue;
    Found f = rule(in);
    json e = {{"rule", id}, {"met", f.met}, {"numbers", std::move(f.numbers)}, {"text", f.text}};
    if (!f.subjects.empty()) e["subjects"] = std::move(f.subjects);
    return e;
  }
  return nullptr;
}

json text_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

bool touched(const model::PhaseItemState& i) { return i.done || !i.note.empty() || !i.date.empty(); }

const model::PhaseState* stored_phase(const Project& project, const std::string& key) {
  for (const auto& [k, state] : project.phases)
    if (k == key) return &state;
  return nullptr;
}

}  // namespace

const json& phase_catalogue() {
  static const json c = json::parse(embedded::phase_data());
  return c;
}

const std::vector<std::string>& evidence_rules() {
  static const std::vector<std::string> ids = [] {
    std::vector<std::string> v;
    for (const auto& r : rules()) v.push_back(r.first);
    return v;
  }();
  return ids;
}

json evidence(const std::string& rule, const model::Project& project, const sna::Analysis* analysis, const Settings& s,
              Lang lang) {
  return run_rule(rule, Input{project, analysis, s, lang});
}

json phase_status(const model::Project& project, const sna::Analysis* analysis, const Settings& s, Lang lang) {
  const Input in{project, analysis, s, lang};
  json out = {{"phases", json::array()}, {"unknownPhases", json::object()}};
  std::set<std::string> knownPhases;
  std::map<std::string, json> evidenceByRule;  // several items may share a rule; run each once
  static const model::PhaseState none;

  for (const auto& ph : phase_catalogue()["phases"]) {
    const std::string key = std::to_string(ph["number"].get<int>());
    knownPhases.insert(key);
    const model::PhaseState* found = stored_phase(project, key);
    const model::PhaseState& entry = found ? *found : none;
    json items = json::array(), unknown = json::array(), results = json::array();
    std::set<std::string> knownItems;
    std::size_t done = 0, required = 0, requiredDone = 0;
    bool started = !entry.note.empty();

    for (const auto& item : ph["items"]) {
      const std::string id = item["id"].get<std::string>();
      knownItems.insert(id);
      model::PhaseItemState mark;
      for (const auto& [k, state] : entry.items)
        if (k == id) mark = state;
      const bool isDone = mark.done, isRequired = item.value("required", false);
      done += isDone;
      required += isRequired;
      requiredDone += isDone && isRequired;
      started |= touched(mark);
      json ev = nullptr;
      if (item.contains("evidence")) {
        const std::string rule = item["evidence"].get<std::string>();
        auto it = evidenceByRule.find(rule);
        if (it == evidenceByRule.end()) it = evidenceByRule.emplace(rule, run_rule(rule, in)).first;
        ev = it->second;
      }
      items.push_back({{"id", id},
                       {"text", tr(item["text"], lang)},
                       {"help", tr(item["help"], lang)},
                       {"required", isRequired},
                       {"done", isDone},
                       {"note", text_or_null(mark.note)},
                       {"date", text_or_null(mark.date)},
                       {"evidence", std::move(ev)}});
    }
    for (const auto& [k, mark] : entry.items) {
      if (knownItems.count(k)) continue;
      started |= touched(mark);
      unknown.push_back(
          {{"id", k}, {"done", mark.done}, {"note", text_or_null(mark.note)}, {"date", text_or_null(mark.date)}});
    }
    for (const auto& r : ph["results"]) results.push_back(tr(r, lang));

    out["phases"].push_back(
        {{"number", ph["number"]},
         {"title", tr(ph["title"], lang)},
         {"purpose", tr(ph["purpose"], lang)},
         {"note", text_or_null(entry.note)},
         {"items", std::move(items)},
         {"unknownItems", std::move(unknown)},
         {"results", std::move(results)},
         {"progress",
          {{"done", done}, {"required", required}, {"requiredDone", requiredDone}, {"total", ph["items"].size()}}},
         {"started", started},
         {"complete", required > 0 && requiredDone == required}});
  }
  for (const auto& [k, state] : project.phases)
    if (!knownPhases.count(k)) out["unknownPhases"][k] = state.stored;
  return out;
}

}  // namespace bosam::checks
