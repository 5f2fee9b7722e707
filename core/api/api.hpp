// The facade over core/: every call takes JSON text and returns an envelope (envelope.hpp). The WASM bindings
// and the CLI call these and nothing else, so the app and the CLI share one behaviour.
#pragma once
#include <string>

namespace bosam::api {

extern const char* const kVersion;  // the product version, e.g. "0.1.0"

std::string version();
// parse -> migrate -> validate. options: {"lang":"nb"|"en"}. result: the migrated project document.
std::string validate(const std::string& text, const std::string& options);
// The same door; named for the CLI's `migrate` (the result is the document at the current schemaVersion).
std::string migrate(const std::string& text, const std::string& options);
// The built-in example municipality. options: {"lang"}.
std::string demo(const std::string& options);
// Analysis of one survey wave (design §4). options: {"waveId", "weighted", "reciprocated", "minFrequency" (1-4),
// "seed", "groupLayout", "lang"}; the default wave is the latest. result: the bosam-analysis document.
std::string analyze(const std::string& text, const std::string& options);
// Comparison of two waves. options: {"from", "to"} (wave ids, required) and the analysis options above.
// result: the bosam-comparison document.
std::string compare(const std::string& text, const std::string& options);
// A fresh project from the catalogue. options: {"id": "…" (required), "name": "…", "lang": "nb"|"en"}.
std::string new_project(const std::string& options);

}  // namespace bosam::api
