// The languages the core writes its messages in.
#pragma once
#include <string>

namespace bosam {

enum class Lang { nb, en };

// "nb" (default) or "en"; anything else falls back to bokmål, the product's first language.
Lang parse_lang(const std::string& s);

}  // namespace bosam
