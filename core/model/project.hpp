// Typed view of a validated bosam-project document (docs/project-file.md), for the analysis code. The JSON
// document stays the source of truth (it keeps unknown fields); this view is built from it and never written back.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/json.hpp"
#include "base/lang.hpp"

namespace bosam::model {
using bosam::json;

// settings.minGroupSize: the privacy floor of shared (pseudonymised) copies. Units with fewer people are pooled
// (core/survey/pool.hpp). A whole number from kMinGroupSizeLow to kMinGroupSizeHigh; the door refuses others.
constexpr int kMinGroupSizeDefault = 5, kMinGroupSizeLow = 2, kMinGroupSizeHigh = 50;

struct Unit {
  std::string id, name, sector, location;
  bool external = false;
  // What is registered about an external partner's agreement: the non-empty text fields of "relation" (an
  // object: agreement, contact, frequency, topics …) in the file's order, or the whole relation when it is a text.
  std::vector<std::pair<std::string, std::string>> relation;
};

struct Actor {
  std::string id, name, unitId, role, location;
  std::optional<double> fte;
};

struct Named {
  std::string id, name;
};

struct Function {
  std::string id, name;
  bool essential = false;
};

enum class Role { responsible, performs, contributes };

struct Assignment {
  std::string unitId, actorId, functionId;  // actorId empty when the unit as a whole holds the function
  std::vector<std::string> targetGroupIds;  // empty = all target groups
  Role role = Role::performs;
  bool decisionAuthority = false;
  std::optional<double> fte;
};

// A wave whose answers were deleted after the retention date (waves[].retired): when, and the aggregate figures
// computed from the answers before they went (core/survey/retention.hpp names each figure).
struct Retired {
  std::string retiredAt;
  json figures;  // an object of numbers (null where a figure had no value)
};

struct Wave {
  std::string id, label, date;
  std::optional<Retired> retired;  // set once the wave's answers are deleted
};

// settings.privacy: who is responsible for the survey's personal data, whom respondents contact, and the day
// after which the answers are deleted (YYYY-MM-DD; empty when not set). Texts are the coordinator's own words.
struct Privacy {
  std::string controller, contact, answersKeptUntil;
};

struct Respondent {
  std::string actorId, waveId;
  bool responded = false;
};

// What a respondent said in a survey answer about their own tasks, kept apart from the map until the
// coordinator reviews it (accepting it adds an assignment).
struct ReportedAssignment {
  std::string actorId, waveId, functionId;
  std::vector<std::string> targetGroupIds;
  Role role = Role::performs;
  std::string review;  // "" = not reviewed yet, "accepted", "rejected"
  bool pending() const { return review.empty(); }
};

// A strength, a weakness or a change (tiltak) the working group recorded.
struct Assessment {
  std::string id, kind, text, status, owner, due, draftId;
  std::vector<std::string> evidence;  // "finding:<id>", "units:<a>+<b>", "network:<key>"
};

// What the working group ticked, noted and dated in one phase of the guide (project.phases["1".."5"]).
struct PhaseItemState {
  bool done = false;
  std::string note, date;
};
struct PhaseState {
  std::string note;
  std::vector<std::pair<std::string, PhaseItemState>> items;  // in the file's order, unknown ids included
  json stored;  // the entry as stored, so an unknown phase key is handed back untouched
};

struct Tie {
  std::string from, to, waveId;
  int frequency = 1;  // 1 = less than monthly, 2 = monthly, 3 = weekly, 4 = daily
  std::vector<std::string> types;
};

struct Project {
  std::string id, municipalityName, municipalityNumber;
  std::vector<Unit> units;
  std::vector<Actor> actors;
  std::vector<Named> targetGroups;
  std::vector<Function> functions;
  std::vector<Assignment> assignments;
  std::vector<Wave> waves;
  std::vector<Respondent> respondents;
  std::vector<Tie> ties;
  std::vector<ReportedAssignment> reportedAssignments;
  std::vector<Assessment> assessments;
  std::vector<std::pair<std::string, PhaseState>> phases;  // by phase key, in the file's order
  std::vector<std::pair<std::string, double>> thresholds;  // settings.thresholds, numbers only
  std::optional<Lang> language;             // settings.language, the målform: default language of forms and report
  int minGroupSize = kMinGroupSizeDefault;  // settings.minGroupSize, the floor of shared copies
  bool pseudonymized = false;               // a pseudonymised copy for sharing (the "pseudonymized" object is present)
  Privacy privacy;                          // settings.privacy

  // The wave with this id, or nullptr.
  const Wave* wave(const std::string& id) const;

  // The latest wave by date (then by position); nullptr when there is none.
  const Wave* latest_wave() const;
  // Who was asked in `waveId`, each once: actor id -> answered. A person listed twice (the duplicate-respondent
  // warning) counts once, as answered if any record says so. The one definition of "asked" and "answered" that
  // the response rate, the findings and the phases share. O(r log r).
  std::map<std::string, bool> survey_status(const std::string& waveId) const;
};

// settings.minGroupSize of a document, or the default when it is absent or not a whole number in range (the door
// refuses those; this never throws on a document that did not pass it). O(1).
int min_group_size(const json& doc);

// Builds the typed view. Precondition: `doc` passed load_project (it is not checked again here).
Project from_json(const json& doc);

const char* role_name(Role role);

}  // namespace bosam::model
