// The pieces of a staff-list import (docs/formats.md) that read single cells and headers, kept apart from the importer
// so each is tested on its own: which header means which field, and what a "stillingsprosent" cell says.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/issue.hpp"
#include "base/json.hpp"
#include "importers/table.hpp"

namespace bosam::importers {

// The fields a staff list can fill, in the order they are guessed and reported.
inline constexpr const char* kPeopleFields[] = {"name", "firstName", "lastName", "unit", "role", "fte", "location"};

// A header reduced for matching: trimmed, lower case (fold_case), accents and æ/ø/å reduced to a-z ("Årsverk"
// -> "arsverk", "Stillingsprosent (%)" -> "stillingsprosent%"), everything but a-z, 0-9 and '%' dropped. O(n).
std::string header_key(std::string_view header);

// The keys of a header's parts when it names its column in more than one way: cut at '/', '|', ',', ';',
// parentheses and a dash with a space beside it ("Avdeling/enhet" -> avdeling, enhet; "Enhet (avdeling)" -> enhet,
// avdeling; "Navn - ansatt" -> navn, ansatt). Empty when the header has only one part. O(n).
std::vector<std::string> header_parts(std::string_view header);

// Column guesses from Norwegian and English headers: {name, firstName, lastName, unit, role, fte, location}, each
// a header of `t` or null; no column is guessed twice. firstName/lastName are guessed only when no name column
// is (the importer then joins "Fornavn Etternavn"). A whole header is matched first (every field), then the parts
// of the headers still free (header_parts). O(fields x candidates x columns).
json suggest_people_mapping(const RawTable& t);

// How many cells of a row read as a column name Bosam knows (a whole header or one of its parts): how the
// importer tells the header row from a title line above it. O(cells x candidates).
int recognised_headers(const std::vector<std::string>& row);

// A "stillingsprosent" cell. Accepted: "50 %", "50%", "50" (a number above 1 is per cent), "0,5", "0.5", "1",
// ",5" and "" (no value); spaces (also no-break spaces) anywhere are ignored. Numbers are read exactly as
// decimal fractions (at most 15 digits) and divided once, so 33 % is 0.33 and not 0.33000000000000002.
struct FteCell {
  enum class Kind { empty, value, bad } kind = Kind::empty;
  double value = 0;        // the share of a full-time position (0.5 = 50 %)
  bool percentBy = false;  // a bare number above 1 that was read as per cent ("50", "1,5")
};
FteCell read_fte(std::string_view text);

// A number as a message shows it: "0,5" in bokmål, "0.5" in English; at most 4 decimals, no trailing zeros.
std::string format_number(double v, Lang lang);

}  // namespace bosam::importers
