// Text helpers the export writers share: XML escaping, CSV fields, Pajek labels and number formatting. All are
// pure functions of their input, so exports are byte-for-byte deterministic (natively and in WebAssembly).
#pragma once
#include <string>
#include <string_view>

#include "base/json.hpp"

namespace bosam::exports {

// Text for an XML attribute value or element content: & < > " ' become entities; tab, newline and carriage
// return become character references (so attribute normalisation keeps them); characters XML 1.0 forbids
// (other C0 controls, U+FFFE, U+FFFF) and invalid UTF-8 are removed.
std::string xml_escape(std::string_view s);

// One CSV field: quoted (with quotes doubled) when it holds the separator, a quote, CR or LF. With
// `guardFormula` (the Excel variant) text starting with = + - @ or a tab/CR gets a leading apostrophe, so a
// spreadsheet shows it instead of running it as a formula.
std::string csv_field(std::string_view s, char separator, bool guardFormula);

// A Pajek vertex label inside double quotes. Pajek has no escape syntax, so " becomes ' and \ becomes / (NetworkX
// reads labels with shlex, where a backslash would escape the closing quote); control characters become spaces;
// invalid UTF-8 is removed.
std::string pajek_label(std::string_view s);

// A number as text: integers as they are; other numbers in the shortest form that reads back exactly (as
// JSON writes them). With `decimalComma` (Norwegian Excel) fixed notation with up to 12 decimals and a comma.
// Empty for null, NaN and infinities (a missing value).
std::string format_number(const json& value, bool decimalComma = false);

}  // namespace bosam::exports
