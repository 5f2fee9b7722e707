// A small, strict RFC 4180 reader for the node and edge lists people bring from Excel, Gephi, R or our own
// export (docs/formats.md). It accepts what spreadsheets really write: a UTF-8 byte-order mark, CRLF, LF or CR line
// ends, fields in double quotes (with "" for a quote, and line breaks inside), Excel's "sep=;" first line, and
// the apostrophe our Norwegian-Excel export puts before text that starts with = + - @ (removed again).
//
// Delimiter: given, or detected from the first 20 records among ';' ',' TAB '|': the one that splits the header
// into the most columns with every sampled record the same width (ties in that order; ',' if none splits).
// decimalComma (reported for the preview only; numbers are read with '.' or ',' either way): the delimiter is
// not ',' and a field looks like 3,5, or the delimiter is ';' and no field looks like 3.5.
//
// Refused, with the place: invalid UTF-8, an unclosed quote (the line it opens on), text after a closing quote,
// a record with another number of fields than the header (the usual sign of a wrong delimiter), a repeated
// column name, and anything over the caps (bytes, rows, columns, one field). Blank records (no text in any
// field, e.g. ";;;" from Excel) are skipped. O(n) time and memory in the size of the text; never throws for
// any input except std::bad_alloc.
#pragma once
#include <optional>
#include <string_view>

#include "importers/table.hpp"

namespace bosam::importers {

struct CsvOptions {
  char delimiter = 0;  // 0 = detect
  std::size_t maxBytes = 64u * 1024u * 1024u;
  std::size_t maxRows = 1000000;
  std::size_t maxColumns = 1000;
  std::size_t maxFieldBytes = 100000;
};

struct CsvResult {
  RawTable table;  // header = first record (trimmed; an empty name becomes "#N" for column N)
  char delimiter = ',';
  bool decimalComma = false;
  std::optional<ReadError> error;  // set: the table is incomplete and must not be used
};

// Error codes: empty-file, too-large, invalid-utf8, unclosed-quote, bad-quote, column-count (args: found,
// expected, delimiter name), duplicate-header (args: name), too-many-rows, too-many-columns, field-too-long.
CsvResult read_csv(std::string_view text, const CsvOptions& options = CsvOptions{});

// The delimiter as a message shows it: ";", ",", "tab" or "|".
std::string delimiter_name(char d);

}  // namespace bosam::importers
