// Numbers inside sentences, written as each language writes them: "87 %" in bokmål and nynorsk, "87%" in English
// (the pattern is the message number.percent); decimals with a comma in Norwegian.
#pragma once
#include <string>

#include "base/lang.hpp"

namespace bosam::text {

// A share (0–1) as a whole percentage, rounded down so that a rate just under a threshold never shows as the
// threshold itself ("69 %", not "70 %"), and "100 %" only ever means all of them.
std::string percent(double share, Lang lang);

// `value` with `digits` decimals and the language's decimal sign; a real minus sign (−).
std::string decimal(double value, Lang lang, int digits = 2);

}  // namespace bosam::text
