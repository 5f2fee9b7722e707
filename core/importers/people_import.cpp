#include "importers/people_import.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "importers/csv.hpp"
#include "importers/people_columns.hpp"
#include "importers/people_messages.hpp"
#include "schema/door.hpp"
#include "text/catalogue.hpp"
#include "text/lists.hpp"

namespace bosam::importers {
namespace {

constexpr std::size_t kMaxErrors = 50;
constexpr std::size_t kNone = static_cast<std::size_t>(-1);
enum Field { kName, kFirst, kLast, kUnit, kRole, kFte, kLocation, kFieldCount };

// Trimmed, with every run of spaces, tabs and line breaks inside as one space (a quoted cell may hold a break).
std::string clean(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// How names and unit names are compared: cleaned, any case.
std::string match_key(std::string_view s) { return fold_case(clean(s)); }

// The field as the messages name it ("valgt for enhet"): the messages import.field.*.
std::string field_word(int f, Lang lang) {
  static const char* const keys[] = {"name", "first-name", "last-name", "unit", "title", "fte", "location"};
  return text::tr(lang, std::string("import.field.") + keys[f]);
}

// The first "<prefix>N" (N = 1, 2, …) not in `taken`, from `next` on; it is then taken. O(1) amortised.
std::string fresh_id(const char* prefix, std::set<std::string>& taken, std::size_t& next) {
  std::string id;
  do id = prefix + std::to_string(next++);
  while (taken.count(id));
  taken.insert(id);
  return id;
}

bool blank_row(const std::vector<std::string>& row) {
  return std::all_of(row.begin(), row.end(), [](const std::string& c) { return clean(c).empty(); });
}

// A table handed over (an .xlsx sheet): the CSV reader's checks on rows that are already split.
bool check_table(const RawTable& in, const std::string& file, Lang lang, const Limits& limits, RawTable& out,
                 Issues& issues) {
  auto fail = [&](const std::string& code, std::vector<std::string> args, int line = 0, int column = 0) {
    add_people_issue(issues, lang, Severity::error, file, code, args, line, column);
    return false;
  };
  const CsvOptions caps;
  const bool numbered = in.lines.size() == in.rows.size();
  const int head = in.headerLine > 0 ? in.headerLine : 1;
  auto line_of = [&](std::size_t r) { return numbered ? in.lines[r] : head + static_cast<int>(r) + 1; };
  if (in.header.empty() || (blank_row(in.header) && in.rows.empty())) return fail("people-empty-file", {file});
  if (in.header.size() > caps.maxColumns)
    return fail("people-too-many-columns", {std::to_string(head), std::to_string(caps.maxColumns)}, head);
  std::set<std::string> names;
  for (std::size_t c = 0; c < in.header.size(); ++c) {
    std::string name(trim(in.header[c]));
    if (name.empty()) name = "#" + std::to_string(c + 1);
    if (name.size() > limits.maxStringLength)
      return fail("people-field-too-long", {std::to_string(head), std::to_string(limits.maxStringLength)}, head,
                  int(c) + 1);
    if (!names.insert(name).second) return fail("people-duplicate-header", {name}, head, int(c) + 1);
    out.header.push_back(std::move(name));
  }
  out.headerLine = in.headerLine;
  for (std::size_t r = 0; r < in.rows.size(); ++r) {
    std::vector<std::string> row = in.rows[r];
    const int line = line_of(r);
    if (blank_row(row)) continue;
    if (out.rows.size() >= limits.maxActors)
      return fail("people-too-many-rows", {std::to_string(limits.maxActors)}, line);
    // Cells beyond the header only matter when they hold something.
    while (row.size() > out.header.size() && clean(row.back()).empty()) row.pop_back();
    if (row.size() > out.header.size())
      return fail("people-row-too-wide",
                  {std::to_string(line), std::to_string(row.size()), std::to_string(out.header.size())}, line);
    row.resize(out.header.size());
    for (std::size_t c = 0; c < row.size(); ++c)
      if (row[c].size() > limits.maxStringLength)
        return fail("people-field-too-long", {std::to_string(line), std::to_string(limits.maxStringLength)}, line,
                    int(c) + 1);
    out.rows.push_back(std::move(row));
    out.lines.push_back(line);
  }
  return true;
}

// How far down a header row is looked for: the reader's first row with text and the rows after it.
constexpr std::size_t kHeaderSearch = 10;

// Cells with text; in the reader's header, "#N" in column N is the CSV reader's name for an empty cell.
std::size_t filled_cells(const std::vector<std::string>& row, bool header) {
  std::size_t n = 0;
  for (std::size_t c = 0; c < row.size(); ++c) {
    const std::string text = clean(row[c]);
    n += !text.empty() && !(header && text == "#" + std::to_string(c + 1));
  }
  return n;
}

// Which row holds the column names (README "Staff list"): 0 for the reader's header, k for rows[k - 1]. Among the
// first kHeaderSearch rows with text, the first with at least two cells that are column names Bosam knows (whole
// or one of their parts, people_columns.hpp); when none has two, the first with at least two cells filled (a title
// alone in its row is passed over); when none has that either, the reader's header. Two known names, not one, so a
// data row with one word such as "Kontor" is never taken for the header of a list whose own headers Bosam does not
// know. O(kHeaderSearch x cells x candidates).
std::size_t header_row(const RawTable& t) {
  const std::size_t n = std::min(kHeaderSearch, t.rows.size() + 1);
  auto row = [&](std::size_t k) -> const std::vector<std::string>& { return k == 0 ? t.header : t.rows[k - 1]; };
  for (std::size_t k = 0; k < n; ++k)
    if (filled_cells(row(k), k == 0) >= 2 && recognised_headers(row(k)) >= 2) return k;
  for (std::size_t k = 0; k < n; ++k)
    if (filled_cells(row(k), k == 0) >= 2) return k;
  return 0;
}

// The table with rows[k - 1] as its header and the lines above it dropped; `headerLine` is that row's own line.
RawTable from_header_row(const RawTable& in, std::size_t k) {
  RawTable out;
  out.header = in.rows[k - 1];
  out.headerLine = k - 1 < in.lines.size() ? in.lines[k - 1] : 0;
  out.rows.assign(in.rows.begin() + static_cast<std::ptrdiff_t>(k), in.rows.end());
  if (in.lines.size() == in.rows.size())
    out.lines.assign(in.lines.begin() + static_cast<std::ptrdiff_t>(k), in.lines.end());
  return out;
}

class PeopleImporter {
 public:
  PeopleImporter(const json& project, const PeopleImportOptions& o, Lang lang, const Limits& limits)
      : p_(project), o_(o), lang_(lang), limits_(limits), file_(o.fileName.empty() ? "ansatte.csv" : o.fileName) {}

  PeopleImportResult run() {
    PeopleImportResult r;
    char delimiter = 0;
    if (read_people_table(o_, lang_, limits_, t_, delimiter, issues_) && resolve_columns()) {
      index_project();
      for (std::size_t row = 0; row < t_.rows.size() && errors_ < kMaxErrors; ++row) read_row(row);
      check_units();
      if (errors_ == 0) build(r);
    }
    r.issues = std::move(issues_);
    if (has_errors(r.issues)) r.project.reset();
    return r;
  }

 private:
  struct Planned {
    int line;
    std::string name;
    std::size_t existing = kNone;  // index in actors
    std::string unitId, unitKey;   // unitKey: a unit still to be created
    std::optional<std::string> role, location;
    std::optional<double> fte;
  };
  struct Missing {
    std::string name;
    std::vector<int> rows;
  };

  const json& p_;
  const PeopleImportOptions& o_;
  Lang lang_;
  const Limits& limits_;
  std::string file_;
  Issues issues_;
  RawTable t_;
  std::size_t col_[kFieldCount];
  std::string nameLabel_;
  json columns_ = json::object(), guessed_ = json::array();
  std::unordered_map<std::string, std::vector<std::string>> unitsByName_;
  std::unordered_map<std::string, std::vector<std::size_t>> actorsByName_;
  struct Seen {
    int line;
    std::vector<std::string> values;  // the row's mapped cells, as compared for a repeated row
  };
  std::unordered_map<std::string, Seen> seen_;  // name key -> the first row with that name
  std::size_t repeated_ = 0;                    // rows read once because an earlier row is the same
  std::vector<Planned> planned_;
  std::vector<std::string> missingOrder_;
  std::unordered_map<std::string, Missing> missing_;
  std::vector<std::string> newWithoutUnit_;
  std::size_t errors_ = 0;

  void issue(Severity s, const std::string& code, std::vector<std::string> args, int line = 0,
             std::size_t col = kNone) {
    const int column = col == kNone ? 0 : static_cast<int>(col) + 1;
    if (s == Severity::warning) return add_people_issue(issues_, lang_, s, file_, code, args, line, column);
    if (errors_ >= kMaxErrors) return;
    add_people_issue(issues_, lang_, s, file_, code, args, line, column);
    if (++errors_ == kMaxErrors)
      add_people_issue(issues_, lang_, s, file_, "people-too-many-errors", {std::to_string(kMaxErrors)});
  }
  void error(const std::string& code, std::vector<std::string> args, int line = 0, std::size_t col = kNone) {
    issue(Severity::error, code, std::move(args), line, col);
  }
  std::string row_text(int line) const { return std::to_string(line); }

  const std::optional<std::string>& given(int f) const {
    const PeopleMapping& m = o_.map;
    const std::optional<std::string>* all[] = {&m.name, &m.firstName, &m.lastName, &m.unit,
                                               &m.role, &m.fte,       &m.location};
    return *all[f];
  }

  std::size_t find_column(const std::string& name) const {
    for (std::size_t c = 0; c < t_.header.size(); ++c)
      if (t_.header[c] == name) return c;
    for (std::size_t c = 0; c < t_.header.size(); ++c)
      if (match_key(t_.header[c]) == match_key(name)) return c;
    return kNone;
  }

  bool resolve_columns() {
    const json suggested = suggest_people_mapping(t_);
    std::vector<std::string> headers;
    for (const auto& h : t_.header) headers.push_back(text::quoted(lang_, h));
    bool guessed[kFieldCount] = {};
    for (int f = 0; f < kFieldCount; ++f) {
      col_[f] = kNone;
      const auto& g = given(f);
      if (g && !g->empty()) {
        col_[f] = find_column(*g);
        if (col_[f] == kNone) error("people-unknown-column", {*g, field_word(f, lang_), text_list(headers, lang_, 40)});
      } else if (!g && suggested[kPeopleFields[f]].is_string()) {
        col_[f] = find_column(suggested[kPeopleFields[f]].get<std::string>());
        guessed[f] = true;
      }
    }
    if (errors_) return false;
    if (col_[kName] != kNone) col_[kFirst] = col_[kLast] = kNone;
    for (int f = 0; f < kFieldCount; ++f)
      if (guessed[f] && col_[f] != kNone) guessed_.push_back(kPeopleFields[f]);
    if (col_[kName] == kNone && col_[kFirst] == kNone && col_[kLast] == kNone) {
      error("people-no-name-column", {text_list(headers, lang_, 40)});
      return false;
    }
    std::set<std::size_t> used;
    for (int f = 0; f < kFieldCount; ++f) {
      columns_[kPeopleFields[f]] = col_[f] == kNone ? json(nullptr) : json(t_.header[col_[f]]);
      if (col_[f] != kNone) used.insert(col_[f]);
    }
    json unused = json::array();
    for (std::size_t c = 0; c < t_.header.size(); ++c)
      if (!used.count(c)) unused.push_back(t_.header[c]);
    columns_["unused"] = unused;
    if (col_[kName] != kNone)
      nameLabel_ = t_.header[col_[kName]];
    else if (col_[kFirst] != kNone && col_[kLast] != kNone)
      nameLabel_ = t_.header[col_[kFirst]] + " + " + t_.header[col_[kLast]];
    else
      nameLabel_ = t_.header[col_[kFirst] != kNone ? col_[kFirst] : col_[kLast]];
    return true;
  }

  void index_project() {
    const json& units = p_.contains("units") && p_["units"].is_array() ? p_["units"] : json::array();
    for (const auto& u : units) unitsByName_[match_key(u.value("name", ""))].push_back(u.value("id", ""));
    if (!p_.contains("actors") || !p_["actors"].is_array()) return;
    const json& actors = p_["actors"];
    for (std::size_t i = 0; i < actors.size(); ++i) actorsByName_[match_key(actors[i].value("name", ""))].push_back(i);
  }

  std::string cell(std::size_t row, int f) const { return col_[f] == kNone ? "" : clean(t_.rows[row][col_[f]]); }
  // The mapped cells of a row as they are compared for a repeated person: text cleaned and in any case, a share as
  // the number it is ("50 %" and "0,5" are the same).
  std::vector<std::string> row_values(std::size_t row) const {
    std::vector<std::string> out;
    for (int f = 0; f < kFieldCount; ++f) {
      if (col_[f] == kNone) continue;
      const std::string text = cell(row, f);
      const FteCell share = f == kFte ? importers::read_fte(text) : FteCell{};
      out.push_back(share.kind == FteCell::Kind::value ? format_number(share.value, Lang::en) : fold_case(text));
    }
    return out;
  }
  std::size_t name_column() const {
    return col_[kName] != kNone ? col_[kName] : col_[kFirst] != kNone ? col_[kFirst] : col_[kLast];
  }

  void read_row(std::size_t row) {
    const int line = t_.lines[row];
    Planned p{line, cell(row, kName), kNone, "", "", std::nullopt, std::nullopt, std::nullopt};
    if (col_[kName] == kNone) p.name = clean(cell(row, kFirst) + " " + cell(row, kLast));
    if (p.name.empty()) return error("people-no-name", {row_text(line), nameLabel_}, line, name_column());
    const std::string key = fold_case(p.name);
    // The same person twice (HR lists someone with two posts twice): read once when every mapped cell is the same,
    // with a warning naming both rows; different cells are an error, as Bosam cannot tell which row is right.
    if (auto [it, fresh] = seen_.emplace(key, Seen{line, row_values(row)}); !fresh) {
      if (it->second.values == row_values(row)) {
        ++repeated_;
        return issue(Severity::warning, "people-duplicate-row", {row_text(line), row_text(it->second.line), p.name},
                     line, name_column());
      }
      return error("people-duplicate-name", {row_text(line), nameLabel_, p.name, row_text(it->second.line)}, line,
                   name_column());
    }
    if (auto it = actorsByName_.find(key); it != actorsByName_.end()) {
      if (it->second.size() > 1)
        return error("people-ambiguous-person", {row_text(line), nameLabel_, p.name}, line, name_column());
      p.existing = it->second[0];
    }
    if (!read_unit(row, p) || !read_fte(row, p)) return;
    if (const std::string role = cell(row, kRole); !role.empty()) p.role = role;
    if (const std::string place = cell(row, kLocation); !place.empty()) p.location = place;
    planned_.push_back(std::move(p));
  }

  bool read_unit(std::size_t row, Planned& p) {
    const bool isNew = p.existing == kNone;
    if (col_[kUnit] == kNone) {
      if (isNew) newWithoutUnit_.push_back(p.name + " (" + row_list({p.line}, lang_) + ")");
      return true;
    }
    const std::string& header = t_.header[col_[kUnit]];
    const std::string text = cell(row, kUnit);
    if (text.empty()) {
      if (isNew) error("people-no-unit", {row_text(p.line), header, p.name}, p.line, col_[kUnit]);
      return !isNew;
    }
    const std::string key = fold_case(text);
    if (auto it = unitsByName_.find(key); it != unitsByName_.end()) {
      if (it->second.size() > 1)
        return error("people-ambiguous-unit", {row_text(p.line), header, text}, p.line, col_[kUnit]), false;
      p.unitId = it->second[0];
      return true;
    }
    auto [it, fresh] = missing_.emplace(key, Missing{text, {}});
    if (fresh) missingOrder_.push_back(key);
    it->second.rows.push_back(p.line);
    p.unitKey = key;
    return true;
  }

  bool read_fte(std::size_t row, Planned& p) {
    if (col_[kFte] == kNone) return true;
    const std::string& header = t_.header[col_[kFte]];
    const std::string raw(trim(t_.rows[row][col_[kFte]]));
    const FteCell f = importers::read_fte(raw);
    if (f.kind == FteCell::Kind::bad)
      return error("people-bad-fte", {row_text(p.line), header, raw}, p.line, col_[kFte]), false;
    if (f.kind == FteCell::Kind::empty) return true;
    p.fte = f.value;
    const std::string shown = format_number(f.value, lang_);
    if (f.value > 1)
      issue(Severity::warning, "people-fte-above-one", {row_text(p.line), header, raw, shown}, p.line, col_[kFte]);
    else if (f.percentBy && f.value < 0.1)
      issue(Severity::warning, "people-fte-read-as-percent", {row_text(p.line), header, raw, shown}, p.line,
            col_[kFte]);
    return true;
  }

  void check_units() {
    if (!newWithoutUnit_.empty()) error("people-no-unit-column", {text_list(newWithoutUnit_, lang_, 5)});
    if (o_.createUnits || col_[kUnit] == kNone) return;
    for (const auto& key : missingOrder_) {
      const Missing& m = missing_[key];
      error("people-unknown-unit", {m.name, row_list(m.rows, lang_), t_.header[col_[kUnit]]}, m.rows[0], col_[kUnit]);
    }
  }

  void build(PeopleImportResult& r) {
    json doc = p_;
    for (const char* list : {"units", "actors"})
      if (!doc.contains(list) || !doc[list].is_array()) doc[list] = json::array();
    std::set<std::string> unitIds, actorIds;
    for (const auto& u : doc["units"]) unitIds.insert(u.value("id", ""));
    for (const auto& a : doc["actors"]) actorIds.insert(a.value("id", ""));
    std::size_t nextUnit = 1, nextActor = 1;
    json created = json::array(), added = json::array(), updated = json::array();
    std::unordered_map<std::string, std::string> createdIds;
    std::set<std::string> external;
    for (const auto& name : o_.externalUnits) external.insert(match_key(name));
    for (const auto& key : missingOrder_) {
      const std::string id = fresh_id("u-import-", unitIds, nextUnit);
      const bool partner = external.count(key) > 0;
      createdIds[key] = id;
      doc["units"].push_back({{"id", id}, {"name", missing_[key].name}, {"external", partner}});
      created.push_back({{"id", id}, {"name", missing_[key].name}, {"external", partner}});
    }
    std::size_t unchanged = 0;
    // A whole number is written as one (1, not 1.0), like the app's own forms write it.
    auto fte_value = [](double v) { return v == std::floor(v) ? json(static_cast<long long>(v)) : json(v); };
    for (const Planned& p : planned_) {
      const std::string unitId = p.unitKey.empty() ? p.unitId : createdIds[p.unitKey];
      if (p.existing == kNone) {
        json a = {{"id", fresh_id("a-import-", actorIds, nextActor)}, {"name", p.name}, {"unitId", unitId}};
        if (p.role) a["role"] = *p.role;
        if (p.fte) a["fte"] = fte_value(*p.fte);
        if (p.location) a["location"] = *p.location;
        added.push_back({{"id", a["id"]}, {"name", p.name}, {"row", p.line}});
        doc["actors"].push_back(std::move(a));
        continue;
      }
      json& a = doc["actors"][p.existing];
      json changed = json::array();
      auto set = [&](const char* key, const json& value) {
        if (a.contains(key) && a[key] == value) return;
        a[key] = value;
        changed.push_back(std::string(key) == "unitId" ? "unit" : key);
      };
      if (!unitId.empty()) set("unitId", unitId);
      if (p.role) set("role", *p.role);
      if (p.fte) set("fte", fte_value(*p.fte));
      if (p.location) set("location", *p.location);
      if (changed.empty())
        ++unchanged;
      else
        updated.push_back({{"id", a["id"]}, {"name", a.value("name", "")}, {"row", p.line}, {"changed", changed}});
    }
    if (doc["actors"].size() > limits_.maxActors)
      return error("people-too-many-people", {std::to_string(doc["actors"].size()), std::to_string(limits_.maxActors)});
    LoadResult loaded = load_project_value(std::move(doc), lang_, limits_);
    // The door's own warnings are about the project as it was (or, for fte-above-one, said above by row).
    for (auto& i : loaded.issues)
      if (i.severity == Severity::error) issues_.push_back(std::move(i)), ++errors_;
    if (!loaded.doc) return;
    r.project = std::move(loaded.doc);
    json unusedColumns = columns_["unused"];
    json columns = columns_;
    columns.erase("unused");
    r.report = {
        {"file", file_},           {"rows", t_.rows.size()}, {"added", added.size()}, {"updated", updated.size()},
        {"unchanged", unchanged},  {"repeated", repeated_},  {"addedPeople", added},  {"updatedPeople", updated},
        {"unitsCreated", created}, {"columns", columns},     {"guessed", guessed_},   {"unusedColumns", unusedColumns}};
  }
};

}  // namespace

bool read_people_table(const PeopleImportOptions& o, Lang lang, const Limits& limits, RawTable& out, char& delimiter,
                       Issues& issues) {
  const std::string file = o.fileName.empty() ? "ansatte.csv" : o.fileName;
  auto fail = [&](const std::string& code, std::vector<std::string> args, int line = 0, int column = 0) {
    add_people_issue(issues, lang, Severity::error, file, code, args, line, column);
    return false;
  };
  // A title (and blank rows) above the column names: the header row is found and the lines above it are skipped,
  // said as a warning; rows keep the file's own numbers.
  auto rebased = [&](const RawTable& in) {
    const std::size_t k = header_row(in);
    if (k == 0) return false;
    RawTable moved = from_header_row(in, k);
    if (moved.headerLine > 1) {
      const std::string above = moved.headerLine == 2 ? "one" : "other";
      add_people_issue(issues, lang, Severity::warning, file, "people-header-row",
                       {std::to_string(moved.headerLine), above}, moved.headerLine);
    }
    out = RawTable{};
    check_table(moved, file, lang, limits, out, issues);  // its errors are in `issues`
    return true;
  };
  if (o.table) {
    if (rebased(*o.table)) {
      if (has_errors(issues)) return false;
    } else if (!check_table(*o.table, file, lang, limits, out, issues)) {
      return false;
    }
    return out.rows.empty() ? fail("people-no-rows", {file}) : true;
  }
  const std::string_view text = o.text;
  // A workbook given as CSV: .xlsx is a zip ("PK\3\4"), the old .xls an OLE file.
  if (text.substr(0, 4) == std::string_view("PK\x03\x04", 4) || text.substr(0, 4) == "\xD0\xCF\x11\xE0")
    return fail("people-spreadsheet", {file});
  CsvOptions c;
  c.delimiter = o.delimiter;
  c.maxBytes = limits.maxBytes;
  c.maxRows = limits.maxActors;
  c.maxFieldBytes = limits.maxStringLength;
  CsvResult r = read_csv(text, c);
  // Detection wants every sampled row as wide as the header, so one row with a stray ';' leaves the whole file as
  // one column. A staff list always has more than one: split by the header's own delimiter, and say which row is off.
  if (!c.delimiter && !r.error && r.table.header.size() == 1) {
    const std::string_view first = text.substr(0, text.find_first_of("\r\n"));
    std::size_t most = 0;
    for (char d : {';', '\t', ','})
      if (const auto n = static_cast<std::size_t>(std::count(first.begin(), first.end(), d)); n > most)
        most = n, c.delimiter = d;
    if (most) r = read_csv(text, c);
  }
  if (r.error) {
    const ReadError& e = *r.error;
    const std::string line = std::to_string(e.line);
    const auto arg = [&](std::size_t k) { return k < e.args.size() ? e.args[k] : std::string(); };
    if (e.code == "empty-file") return fail("people-empty-file", {file});
    if (e.code == "too-large") return fail("people-too-large", {file, arg(0), arg(1)});
    if (e.code == "invalid-utf8") return fail("people-not-utf8", {file, line}, e.line);
    if (e.code == "duplicate-header") return fail("people-duplicate-header", {arg(0)}, e.line, e.column);
    if (e.code == "column-count") return fail("people-column-count", {line, arg(0), arg(1), arg(2)}, e.line);
    if (e.code == "too-many-rows") return fail("people-too-many-rows", {arg(0)}, e.line);
    if (e.code == "too-many-columns" || e.code == "field-too-long")
      return fail("people-" + e.code, {line, arg(0)}, e.line, e.column);
    return fail("people-" + e.code, {line}, e.line, e.column);  // unclosed-quote, bad-quote
  }
  delimiter = r.delimiter;
  if (rebased(r.table)) {
    if (has_errors(issues)) return false;
  } else {
    out = std::move(r.table);
  }
  return out.rows.empty() ? fail("people-no-rows", {file}) : true;
}

PeopleImportResult import_people(const json& project, const PeopleImportOptions& options, Lang lang,
                                 const Limits& limits) {
  return PeopleImporter(project, options, lang, limits).run();
}

}  // namespace bosam::importers
