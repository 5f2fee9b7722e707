// Embind bindings: the WebAssembly module exposes core/api and nothing else. Every function takes and returns
// strings (JSON text); the envelope carries errors, so no C++ exception reaches JavaScript.
#include <emscripten/bind.h>

#include "api/api.hpp"

EMSCRIPTEN_BINDINGS(bosam_core) {
  emscripten::function("version", &bosam::api::version);
  emscripten::function("validate", &bosam::api::validate);
  emscripten::function("migrate", &bosam::api::migrate);
  emscripten::function("demo", &bosam::api::demo);
  emscripten::function("newProject", &bosam::api::new_project);
  emscripten::function("analyze", &bosam::api::analyze);
  emscripten::function("compare", &bosam::api::compare);
  emscripten::function("compareProjects", &bosam::api::compare_projects);
  emscripten::function("figuresTable", &bosam::api::figures_table);
  emscripten::function("exportNetwork", &bosam::api::export_network);
  emscripten::function("merge", &bosam::api::merge);
  emscripten::function("feedback", &bosam::api::feedback);
  emscripten::function("pseudonymize", &bosam::api::pseudonymize);
  emscripten::function("reidentify", &bosam::api::reidentify);
  emscripten::function("csvPreview", &bosam::api::csv_preview);
  emscripten::function("importNetwork", &bosam::api::import_network);
  emscripten::function("peoplePreview", &bosam::api::people_preview);
  emscripten::function("importPeople", &bosam::api::import_people);
  emscripten::function("changes", &bosam::api::changes);
  emscripten::function("stamp", &bosam::api::stamp);
  emscripten::function("relate", &bosam::api::relate);
  emscripten::function("retireAnswers", &bosam::api::retire_answers);
  emscripten::function("reconcile", &bosam::api::reconcile);
}
