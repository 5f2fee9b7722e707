// Data files built into the program at build time (see cmake/embed.cmake and CMakeLists.txt).
#pragma once
#include <string_view>

namespace bosam::embedded {
std::string_view demo_project();  // data/demo/eksempel-kommune.json
std::string_view demo_texts();    // data/demo/texts.json
std::string_view catalogue();     // data/catalogue.json
std::string_view phase_data();    // data/phases.json
}  // namespace bosam::embedded
