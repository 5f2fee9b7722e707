// The built-in example municipality ("Eksempel kommune", data/demo/eksempel-kommune.json) in the language it is
// loaded in. The file is written in bokmål; at load time
//   - the functions' and target groups' names become the catalogue's names in that language (by id), and
//   - every other text that is language (unit names and sectors, job titles, notes, partners' relations, wave
//     labels, assessments) becomes its translation from data/demo/texts.json,
// while names of people, places and the municipality stay as they are. settings.language (the målform) is the
// language it was loaded in. docs/project-file.md, "The example municipality".
//
// data/demo/texts.json maps a pointer to {"nb": the bokmål it translates, "nn": …, "en": …}. A pointer is
// member names joined by "." with an array element chosen in brackets: "units[u-bolig].name" (the element whose
// "id" is u-bolig), "assignments[actorId=a-25,functionId=f-anskaffelse].note" (the element whose fields have
// these values), "phases.1.items.mandate.note".
#pragma once
#include <string>

#include "base/json.hpp"
#include "base/lang.hpp"

namespace bosam {

// The demo as its file is written (bokmål, no settings).
json demo_project();

// The demo in `lang`. A translation is used only while the demo's text is still the bokmål it translates, so a
// changed demo text shows in bokmål, never with a stale translation (tests/core/test_demo_language.cpp fails
// then, as it does for a pointer that names nothing). O(texts × longest array) ≈ 120 × 76 steps.
json demo_project(Lang lang);

// data/demo/texts.json (parsed once).
const json& demo_texts();

// The text a pointer names in `doc`: nullptr when it names no text (a member or an element missing, an element
// chosen by more or fewer than one match, a malformed pointer, or a value that is not text).
json* demo_text_at(json& doc, const std::string& pointer);

}  // namespace bosam
