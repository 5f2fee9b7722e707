#include "importers/csv.hpp"

#include <set>
#include <string>

#include "schema/parse.hpp"

namespace bosam::importers {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr char kCandidates[] = {';', ',', '\t', '|'};

struct Reader {
  std::string_view s;
  char d;
  const CsvOptions& o;
  std::size_t i = 0;
  int line = 1;

  ReadError fail(std::string code, int at, int field, std::vector<std::string> args = {}) const {
    return ReadError{std::move(code), at, field, std::move(args)};
  }

  // One record into `fields` (starting at `i`); false with `err` set on a malformed one.
  bool next(std::vector<std::string>& fields, ReadError& err) {
    fields.clear();
    const std::size_t n = s.size();
    for (;;) {
      std::string f;
      if (i < n && s[i] == '"') {
        const int opened = line;
        ++i;
        for (;;) {
          if (i >= n) return err = fail("unclosed-quote", opened, static_cast<int>(fields.size()) + 1), false;
          const char c = s[i];
          if (c == '"') {
            if (i + 1 < n && s[i + 1] == '"') {
              f += '"';
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          if (c == '\n' || (c == '\r' && !(i + 1 < n && s[i + 1] == '\n'))) ++line;
          f += c;
          ++i;
          if (f.size() > o.maxFieldBytes) break;
        }
        if (f.size() <= o.maxFieldBytes && i < n && s[i] != d && s[i] != '\r' && s[i] != '\n')
          return err = fail("bad-quote", line, static_cast<int>(fields.size()) + 1), false;
      } else {
        const std::size_t start = i;
        while (i < n && s[i] != d && s[i] != '\r' && s[i] != '\n') ++i;
        f.assign(s.substr(start, i - start));
      }
      if (f.size() > o.maxFieldBytes)
        return err =
                   fail("field-too-long", line, static_cast<int>(fields.size()) + 1, {std::to_string(o.maxFieldBytes)}),
               false;
      // Our Excel export's formula guard: '=x -> =x.
      if (f.size() >= 2 && f[0] == '\'' && std::string_view("=+-@\t\r").find(f[1]) != std::string_view::npos)
        f.erase(0, 1);
      fields.push_back(std::move(f));
      if (fields.size() > o.maxColumns)
        return err = fail("too-many-columns", line, static_cast<int>(fields.size()), {std::to_string(o.maxColumns)}),
               false;
      if (i >= n) return true;
      const char c = s[i++];
      if (c == d) continue;
      if (c == '\r' && i < n && s[i] == '\n') ++i;
      ++line;
      return true;
    }
  }
};

bool blank(const std::vector<std::string>& fields) {
  for (const auto& f : fields)
    if (!trim(f).empty()) return false;
  return true;
}

// How well `d` splits the start of the text: header width when every sampled record has that width, else 0.
std::size_t split_score(std::string_view s, char d, const CsvOptions& o) {
  Reader r{s, d, o};
  std::vector<std::string> fields;
  ReadError err;
  std::size_t width = 0;
  for (int k = 0; k < 20 && r.i < s.size(); ++k) {
    if (!r.next(fields, err)) return 0;
    if (blank(fields)) continue;
    if (width == 0)
      width = fields.size();
    else if (fields.size() != width)
      return 0;
  }
  return width;
}

bool looks_decimal(const std::string& f, char sep) {
  std::string_view t = trim(f);
  if (!t.empty() && t[0] == '-') t.remove_prefix(1);
  const auto at = t.find(sep);
  if (at == std::string_view::npos || at == 0 || at + 1 == t.size()) return false;
  for (std::size_t k = 0; k < t.size(); ++k)
    if (k != at && (t[k] < '0' || t[k] > '9')) return false;
  return true;
}

}  // namespace

std::string delimiter_name(char d) {
  if (d == '\t') return "tab";
  return std::string(1, d);
}

CsvResult read_csv(std::string_view text, const CsvOptions& o) {
  CsvResult out;
  auto refuse = [&](ReadError e) {
    out.error = std::move(e);
    return out;
  };
  if (text.size() > o.maxBytes)
    return refuse({"too-large", 0, 0, {std::to_string(text.size()), std::to_string(o.maxBytes)}});
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  if (const auto bad = invalid_utf8_at(text); bad != std::string_view::npos) {
    const auto [line, col] = line_column(text, bad);
    return refuse({"invalid-utf8", line, col, {}});
  }
  int firstLine = 1;
  char d = o.delimiter;
  // Excel's own hint: a first line "sep=;".
  if (text.size() >= 5 && text.substr(0, 4) == "sep=" &&
      std::string_view("\"\r\n").find(text[4]) == std::string_view::npos &&
      (text.size() == 5 || text[5] == '\r' || text[5] == '\n')) {
    if (!d) d = text[4];
    text.remove_prefix(5);
    if (!text.empty() && text[0] == '\r') text.remove_prefix(1);
    if (!text.empty() && text[0] == '\n') text.remove_prefix(1);
    firstLine = 2;
  }
  if (!d) {
    std::size_t best = 1;
    d = ',';
    for (char c : kCandidates)
      if (const std::size_t w = split_score(text, c, o); w > best) best = w, d = c;
  }
  out.delimiter = d;

  Reader r{text, d, o};
  r.line = firstLine;
  std::vector<std::string> fields;
  ReadError err;
  bool seenDot = false, seenComma = false;
  while (r.i < text.size()) {
    const int at = r.line;
    if (!r.next(fields, err)) return refuse(err);
    if (blank(fields)) continue;
    if (out.table.header.empty()) {
      std::set<std::string> names;
      for (std::size_t c = 0; c < fields.size(); ++c) {
        std::string name(trim(fields[c]));
        if (name.empty()) name = "#" + std::to_string(c + 1);
        if (!names.insert(name).second) return refuse({"duplicate-header", at, static_cast<int>(c) + 1, {name}});
        out.table.header.push_back(std::move(name));
      }
      out.table.headerLine = at;
      continue;
    }
    if (fields.size() != out.table.header.size())
      return refuse({"column-count",
                     at,
                     0,
                     {std::to_string(fields.size()), std::to_string(out.table.header.size()), delimiter_name(d)}});
    if (out.table.rows.size() >= o.maxRows) return refuse({"too-many-rows", at, 0, {std::to_string(o.maxRows)}});
    for (const auto& f : fields) {
      seenDot = seenDot || looks_decimal(f, '.');
      seenComma = seenComma || (d != ',' && looks_decimal(f, ','));
    }
    out.table.rows.push_back(fields);
    out.table.lines.push_back(at);
  }
  if (out.table.header.empty()) return refuse({"empty-file", 0, 0, {}});
  out.decimalComma = d != ',' && (seenComma || (d == ';' && !seenDot));
  return out;
}

}  // namespace bosam::importers
