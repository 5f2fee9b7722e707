// The CSV reader (core/importers/csv.hpp): what Excel, Gephi and our own export write is read as written, and
// every malformed file is refused with its line. Each case is a small hand-made text.
#include <doctest/doctest.h>

#include <string>

#include "importers/csv.hpp"

using namespace bosam::importers;

namespace {

CsvResult ok(const std::string& text, char delimiter = 0) {
  CsvOptions o;
  o.delimiter = delimiter;
  CsvResult r = read_csv(text, o);
  REQUIRE_MESSAGE(!r.error, (r.error ? r.error->code : std::string()));
  return r;
}

ReadError refused(const std::string& text, const CsvOptions& o = CsvOptions{}) {
  CsvResult r = read_csv(text, o);
  REQUIRE(r.error);
  return *r.error;
}

}  // namespace

TEST_CASE("import csv: a plain comma file with LF") {
  const auto r = ok("source,target,frequency\na,b,3\nb,c,1\n");
  CHECK(r.delimiter == ',');
  CHECK(r.table.header == std::vector<std::string>{"source", "target", "frequency"});
  REQUIRE(r.table.rows.size() == 2);
  CHECK(r.table.rows[1] == std::vector<std::string>{"b", "c", "1"});
  CHECK(r.table.lines == std::vector<int>{2, 3});
  CHECK_FALSE(r.decimalComma);
}

TEST_CASE("import csv: Norwegian Excel (BOM, semicolons, CRLF, decimal comma, quotes)") {
  const auto r =
      ok("\xEF\xBB\xBF"
         "Fra;Til;Vekt;Merknad\r\nKari;Per;2,5;\"sa \"\"hei\"\"; og "
         "gikk\"\r\nOla;Kari;1,0;\"to\r\nlinjer\"\r\nPer;Ola;3;x\r\n");
  CHECK(r.delimiter == ';');
  CHECK(r.decimalComma);
  CHECK(r.table.header[0] == "Fra");  // the BOM is not part of the first name
  REQUIRE(r.table.rows.size() == 3);
  CHECK(r.table.rows[0][3] == "sa \"hei\"; og gikk");
  CHECK(r.table.rows[1][3] == "to\r\nlinjer");
  CHECK(r.table.lines == std::vector<int>{2, 3, 5});  // the quoted line break moves the next record to line 5
}

TEST_CASE("import csv: the committed Excel fixture with a blank ;;;;; row") {
  std::string text =
      "\xEF\xBB\xBF"
      "Fra;Til;Hyppighet\r\nA;B;3\r\n;;\r\n\r\nC;D;4\r\n";
  const auto r = ok(text);
  CHECK(r.table.rows.size() == 2);
  CHECK(r.table.lines == std::vector<int>{2, 5});
}

TEST_CASE("import csv: delimiter detection prefers the one that splits every record the same way") {
  CHECK(ok("a;b;c\n1,5;2;3\n").delimiter == ';');
  CHECK(ok("a\tb\n1\t2\n").delimiter == '\t');
  CHECK(ok("a|b|c\n1|2|3\n").delimiter == '|');
  CHECK(ok("name\nKari\n").delimiter == ',');      // one column: nothing splits; ',' is the default
  const auto r = ok("sep=;\r\na,b;c\r\n1;2\r\n");  // Excel's hint wins, and line numbers still count it
  CHECK(r.delimiter == ';');
  CHECK(r.table.header == std::vector<std::string>{"a,b", "c"});
  CHECK(r.table.lines == std::vector<int>{3});
}

TEST_CASE("import csv: CR-only line ends (old Mac Excel) and no final newline") {
  const auto r = ok("a,b\r1,2\r3,4");
  CHECK(r.table.rows.size() == 2);
  CHECK(r.table.lines == std::vector<int>{2, 3});
}

TEST_CASE("import csv: our Excel export's formula guard is removed again") {
  const auto r = ok("id;label\r\na;'=SUM(1)\r\nb;'plain\r\n");
  CHECK(r.table.rows[0][1] == "=SUM(1)");
  CHECK(r.table.rows[1][1] == "'plain");  // only before = + - @
}

TEST_CASE("import csv: a record with the wrong number of fields names its line") {
  const auto e = refused("a,b,c\n1,2,3\n4,5\n");
  CHECK(e.code == "column-count");
  CHECK(e.line == 3);
  CHECK(e.args == std::vector<std::string>{"2", "3", ","});
  // A semicolon file read with a forced comma: every record is one field wide except the one with a comma.
  CsvOptions comma;
  comma.delimiter = ',';
  const auto f = refused("a;b\n1;2\n3,5;4\n", comma);
  CHECK(f.code == "column-count");
  CHECK(f.line == 3);
}

TEST_CASE("import csv: quotes that are never closed or followed by text") {
  const auto e = refused("a,b\n1,\"open\n2,3\n");
  CHECK(e.code == "unclosed-quote");
  CHECK(e.line == 2);
  CHECK(e.column == 2);
  const auto f = refused("a,b\n\"x\"y,2\n");
  CHECK(f.code == "bad-quote");
  CHECK(f.line == 2);
}

TEST_CASE("import csv: invalid UTF-8 (a Windows-1252 file) is refused with its line") {
  const auto e = refused("navn\nKari\nB\xF8rre\n");
  CHECK(e.code == "invalid-utf8");
  CHECK(e.line == 3);
}

TEST_CASE("import csv: empty files, repeated names and the caps") {
  CHECK(refused("").code == "empty-file");
  CHECK(refused("\xEF\xBB\xBF\r\n\r\n").code == "empty-file");
  CHECK(refused("a,a\n1,2\n").code == "duplicate-header");
  CsvOptions small;
  small.maxRows = 2;
  small.maxColumns = 3;
  small.maxFieldBytes = 5;
  small.maxBytes = 100;
  CHECK(refused("a\n1\n2\n3\n", small).code == "too-many-rows");
  CHECK(refused("a,b,c,d\n", small).code == "too-many-columns");
  CHECK(refused("a\n123456\n", small).code == "field-too-long");
  CHECK(refused("a\n\"123456\"\n", small).code == "field-too-long");
  CHECK(refused(std::string(101, 'a'), small).code == "too-large");
  CHECK(ok(",b\n1,2\n").table.header[0] == "#1");
}

TEST_CASE("import csv: hostile bytes never crash the reader") {
  const std::string samples[] = {"\"",         "\"\"\"",       ",\n,\r\n\r", std::string("\0,\0\n", 4), "sep=",
                                 "sep=\"\n\"", "a\n\"\"\"\"x", "\xEF\xBB",   "a,b\n\"1\"\"2\",3\n"};
  for (const auto& s : samples) {
    const auto r = read_csv(s);
    CHECK((r.error.has_value() || !r.table.header.empty()));
  }
}
