// A knowledge-base finding (docs/findings.md): what was seen, why it may matter and what to discuss, in plain words,
// with the numbers it rests on. Advice for a working group's discussion, never a verdict.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "base/issue.hpp"
#include "checks/settings.hpp"
#include "model/project.hpp"
#include "sna/analysis.hpp"
#include "text/message.hpp"

namespace bosam::checks {

struct Subjects {
  std::vector<std::string> actors, units, functions, targetGroups;
};

struct Finding {
  std::string id;        // stable: "<rule>:<main subject>", referred to as "finding:<id>" in assessments
  std::string rule;      // contract: duplicate-function, uncovered-function, … (README)
  std::string severity;  // info | warning | critical
  Subjects subjects;
  std::string title, explanation, suggestion;
  json numbers = json::object();
};

json to_json(const Finding& f);

// What every rule reads: the typed project, the typed analysis of the wave (an empty network when the project
// has no waves yet), the thresholds, the language, and names for ids.
struct Context {
  const model::Project& project;
  const sna::Analysis& analysis;
  const Settings& settings;
  Lang lang;
  const sna::Network& network;  // analysis.net: D and G of the analysed wave

  std::string unit_name(const std::string& id) const;
  std::string actor_name(const std::string& id) const;
  std::string function_name(const std::string& id) const;
  std::string target_group_name(const std::string& id) const;
  const model::Unit* unit(const std::string& id) const;
  const model::Actor* actor(const std::string& id) const;
  // The wave's response rate, or -1 when no one is listed as asked.
  double response_rate() const;
  bool network_trusted() const { return response_rate() < 0 || response_rate() >= settings.minResponseRate; }
  // The analysed wave's answers were deleted after the retention date: its network is empty, and the rules that
  // read it say nothing rather than call everyone isolated.
  bool wave_retired() const {
    const model::Wave* w = project.wave(network.waveId);
    return w && w->retired;
  }
};

// Non-response: sets numbers.nonRespondents to how many of `people` (the vertices a network finding
// rests on) were asked in the wave and have not answered. When some have not, the explanation says so; when the
// finding rests on non-respondents only (no one in `people` answered), it is at most a warning, since their missing
// answers may be all it shows. `sentence` false leaves the text alone (isolate says it in its own words). O(|people|).
void note_non_response(const Context& c, Finding& f, const std::vector<sna::Vertex>& people, bool sentence = true);

// A list of names joined the way the language does it: "A, B og C" / "A, B and C".
std::string join_names(const std::vector<std::string>& names, Lang lang);

// Texts of a rule in `lang` with {placeholders} filled: the rule's title, explanation and suggestion, the
// messages finding.<rule>[/<variant>].title|explanation|suggestion of data/messages/<lang>.json. `variant`
// selects an alternative wording of the same rule ("" = the main one). Each text says what was seen and why it
// may matter, and suggests something to discuss; it never passes judgement on a person.
void write_texts(Finding& f, Lang lang, const text::Args& values, const std::string& variant = "");

}  // namespace bosam::checks
