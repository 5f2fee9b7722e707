// The guide's five phases (Veiviseren, "Organisering og tverrfaglig samarbeid") as a checklist: the items come
// from data/phases.json (built in), the ticks, notes and dates from the project's "phases", and where the
// project's data can answer an item, an evidence rule says what the data shows. Evidence never ticks an item:
// the working group decides when an item is done; the evidence is shown beside it for that discussion.
#pragma once
#include <string>
#include <vector>

#include "base/issue.hpp"
#include "base/json.hpp"
#include "checks/settings.hpp"
#include "model/project.hpp"
#include "sna/analysis.hpp"

namespace bosam::checks {

// The parsed phase catalogue: {"phases":[{"number","title","purpose","items":[{"id","text","help","required",
// "evidence"?}],"results":[…]}]}, every text as {"nb","en"}. Parsed once.
const json& phase_catalogue();

// Ids of the evidence rules implemented here; an item's "evidence" in data/phases.json must be one of them.
const std::vector<std::string>& evidence_rules();

// One evidence rule on one project: {"rule", "met": bool, "numbers": {…}, "text": "…" (in lang), and
// "subjects": {"functions"|"units": [ids]} where the rule points at particular things}. Null for an unknown
// rule id. `analysis` is the analysis of the latest wave, or null. O(size of the project).
json evidence(const std::string& rule, const model::Project& project, const sna::Analysis* analysis, const Settings& s,
              Lang lang);

// Status of every phase:
// {"phases": [{"number", "title", "purpose", "note" (the project's phase note or null),
//              "items": [{"id", "text", "help", "required", "done", "note", "date", "evidence"}],
//              "unknownItems": [{"id", "done", "note", "date"}],   // ids in the project the catalogue lacks
//              "results": [text…],
//              "progress": {"done", "required", "requiredDone", "total"}, "started", "complete"}],
//  "unknownPhases": {key: the project's entry as stored}}             // phase keys other than "1".."5"
// Texts are in `lang`; absent notes and dates are null; "evidence" is null for items without a rule. An item is
// done only if the user ticked it. A phase is started when anything in it is ticked or noted, complete when
// every required item is ticked. Nothing in the project is dropped: unknown item ids and phase keys are
// reported as they are. `analysis` is the analysis of the latest wave (may be null; its counts are used only
// when it is of the latest wave).
json phase_status(const model::Project& project, const sna::Analysis* analysis, const Settings& s, Lang lang);

}  // namespace bosam::checks
