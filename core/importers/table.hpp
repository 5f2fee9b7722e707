// What every import reader produces: a table of text cells with the source line of each row, or one error
// with its place. Readers know nothing about projects; network_import.hpp maps tables to actors and ties.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bosam::importers {

struct RawTable {
  std::vector<std::string> header;             // column names (CSV header line; GraphML key attr.names)
  std::vector<std::vector<std::string>> rows;  // one cell per header column
  std::vector<int> lines;                      // 1-based source line where each row starts
  int headerLine = 0;                          // the header's source line (0 = not known)
};

// A reader's refusal: a stable code (an issue code in schema/messages.cpp, minus its "import-" prefix), the
// place (1-based line; column = character column for XML, field number for CSV; 0 = unknown) and arguments.
struct ReadError {
  std::string code;
  int line = 0, column = 0;
  std::vector<std::string> args;
};

// Byte offset of the first invalid UTF-8 sequence in `text` (RFC 3629: no overlongs, surrogates or values
// above U+10FFFF), or npos when it is all valid. O(n).
std::size_t invalid_utf8_at(std::string_view text);

// Trims ASCII spaces and tabs at both ends.
std::string_view trim(std::string_view s);

// Lower case for matching names: ASCII and the Latin-1 letters À-Þ (so "ÆRLIG" == "ærlig"). Other scripts are
// compared as they are.
std::string fold_case(std::string_view s);

}  // namespace bosam::importers
