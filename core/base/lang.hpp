// The languages the core writes its messages in: bokmål, nynorsk and English, as equals.
#pragma once
#include <optional>
#include <string>

namespace bosam {

enum class Lang { nb, nn, en };

// "nb", "nn" or "en"; anything else is no language (the caller says so, it never guesses one).
std::optional<Lang> parse_lang(const std::string& s);

// The code of a language ("nb", "nn", "en"), as files and the CLI write it.
const char* lang_code(Lang lang);

}  // namespace bosam
