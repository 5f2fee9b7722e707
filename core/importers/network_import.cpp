#include "importers/network_import.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "importers/csv.hpp"
#include "importers/graphml.hpp"
#include "schema/catalogue.hpp"
#include "schema/door.hpp"
#include "schema/messages.hpp"
#include "text/catalogue.hpp"
#include "text/lists.hpp"

namespace bosam::importers {
namespace {

constexpr std::size_t kMaxErrors = 50;

// A mapped column: its index, or npos when not mapped.
constexpr std::size_t kNone = static_cast<std::size_t>(-1);

struct Loaded {
  std::string name;
  RawTable table;
};

class Importer {
 public:
  Importer(const json& project, const NetworkImportOptions& o, Lang lang, const Limits& limits)
      : p_(project), o_(o), lang_(lang), limits_(limits) {}

  NetworkImportResult run() {
    NetworkImportResult r;
    if (read_tables() && resolve_columns()) {
      index_project();
      if (nodes_) read_nodes();
      if (!stopped()) read_edges();
    }
    if (!has_errors(issues_) && ties_.empty()) error("$", "import-no-ties", {edges_.name});
    if (!has_errors(issues_)) build(r);
    for (auto& i : issues_) r.issues.push_back(std::move(i));
    if (has_errors(r.issues)) r.project.reset();
    return r;
  }

 private:
  struct Tie {
    std::string from, to;
    int frequency;
    std::vector<std::string> types;
    int line;
  };

  const json& p_;
  const NetworkImportOptions& o_;
  Lang lang_;
  const Limits& limits_;
  Issues issues_;
  Loaded edges_;
  std::optional<Loaded> nodes_;
  bool directed_ = true;
  std::size_t cFrom_ = kNone, cTo_ = kNone, cFreq_ = kNone, cTypes_ = kNone, cId_ = kNone, cName_ = kNone,
              cUnit_ = kNone;
  bool freqIsWeight_ = false;
  std::unordered_map<std::string, const json*> actorById_;
  std::unordered_map<std::string, std::vector<std::string>> actorsByName_;  // folded name -> ids
  std::unordered_map<std::string, std::string> unitById_, unitByName_;      // -> unit id
  std::unordered_map<std::string, std::pair<std::string, int>> nodeActor_;  // node id -> actor id, line
  std::set<std::string> taken_;                                             // actor ids in use (existing and new)
  json added_ = json::array();
  std::set<std::string> matched_;
  std::vector<Tie> ties_;
  std::map<std::pair<std::string, std::string>, std::size_t> tieIndex_;
  json skipped_ = json::array();

  std::size_t errors_ = 0, warnings_ = 0;  // counted, so each check is O(1)

  bool stopped() const { return errors_ >= kMaxErrors; }
  void error(const std::string& path, const std::string& code, std::vector<std::string> args, int line = 0,
             int column = 0) {
    if (errors_ >= kMaxErrors) return;
    add_issue(issues_, lang_, Severity::error, path, code, args, line, column);
    if (++errors_ == kMaxErrors)
      add_issue(issues_, lang_, Severity::error, path, "import-too-many-errors", {std::to_string(kMaxErrors)});
  }
  // Warnings are capped like errors (a file of a million repeated rows must not make a million messages).
  void warn(const std::string& path, const std::string& code, std::vector<std::string> args, int line = 0) {
    if (warnings_++ < kMaxErrors) add_issue(issues_, lang_, Severity::warning, path, code, args, line, line ? 1 : 0);
  }
  // A column's role as the import panel names it (the messages import.role.*).
  std::string role(const char* key) const { return text::tr(lang_, std::string("import.role.") + key); }

  bool read_tables() {
    const std::string& name = o_.edges.name;
    edges_.name = name.empty() ? (o_.graphml ? "network.graphml" : "edges.csv") : name;
    if (o_.graphml) {
      GraphmlOptions g;
      g.maxBytes = limits_.maxBytes;
      g.maxDepth = limits_.maxDepth;
      g.maxRows = limits_.maxListLength;
      g.maxTextBytes = limits_.maxStringLength;
      GraphmlResult r = read_graphml(o_.edges.text, g);
      if (r.error) return add_read_error(issues_, lang_, edges_.name, *r.error), false;
      edges_.table = std::move(r.edges);
      nodes_ = Loaded{edges_.name, std::move(r.nodes)};
      directed_ = r.directed;
      if (!directed_) warn(edges_.name, "import-undirected", {edges_.name});
      return true;
    }
    CsvOptions c;
    c.delimiter = o_.delimiter;
    c.maxBytes = limits_.maxBytes;
    c.maxRows = limits_.maxListLength;
    c.maxFieldBytes = limits_.maxStringLength;
    CsvResult e = read_csv(o_.edges.text, c);
    if (e.error)
      add_read_error(issues_, lang_, edges_.name, *e.error);
    else
      edges_.table = std::move(e.table);
    if (o_.nodes) {
      const std::string nodeName = o_.nodes->name.empty() ? "nodes.csv" : o_.nodes->name;
      CsvResult n = read_csv(o_.nodes->text, c);
      if (n.error)
        add_read_error(issues_, lang_, nodeName, *n.error);
      else
        nodes_ = Loaded{nodeName, std::move(n.table)};
    }
    return !has_errors(issues_);
  }

  // The index of column `name` in `t`, kNone when `name` is empty; an error when it is not in the header.
  std::size_t column(const Loaded& t, const std::string& name, const char* roleKey) {
    if (name.empty()) return kNone;
    const auto it = std::find(t.table.header.begin(), t.table.header.end(), name);
    if (it != t.table.header.end()) return static_cast<std::size_t>(it - t.table.header.begin());
    std::vector<std::string> all;
    for (const auto& h : t.table.header) all.push_back(text::quoted(lang_, h));
    error(t.name, "import-unknown-column", {t.name, name, role(roleKey), text::join(lang_, all, 40)});
    return kNone;
  }

  bool resolve_columns() {
    const Mapping& m = o_.mapping;
    const std::string from = m.from.empty() && o_.graphml ? "source" : m.from;
    const std::string to = m.to.empty() && o_.graphml ? "target" : m.to;
    if (from.empty()) error("mapping.from", "import-missing-mapping", {role("from")});
    if (to.empty()) error("mapping.to", "import-missing-mapping", {role("to")});
    cFrom_ = column(edges_, from, "from");
    cTo_ = column(edges_, to, "to");
    cTypes_ = column(edges_, m.types, "types");
    if (!m.frequency.empty())
      cFreq_ = column(edges_, m.frequency, "frequency");
    else if (!m.weight.empty())
      cFreq_ = column(edges_, m.weight, "weight"), freqIsWeight_ = true;
    else if (o_.defaultFrequency < 1 || o_.defaultFrequency > 4)
      error("mapping.frequency", "import-no-frequency", {});
    if (nodes_) {
      cId_ = column(*nodes_, m.nodeId.empty() ? "id" : m.nodeId, "nodeId");
      cName_ = column(*nodes_, m.nodeName, "nodeName");
      cUnit_ = column(*nodes_, m.nodeUnit, "nodeUnit");
    }
    return !has_errors(issues_);
  }

  void index_project() {
    for (const auto& a : p_.value("actors", json::array())) {
      const std::string id = a.value("id", "");
      actorById_[id] = &a;
      taken_.insert(id);
      actorsByName_[fold_case(trim(a.value("name", "")))].push_back(id);
    }
    for (const auto& u : p_.value("units", json::array())) {
      const std::string id = u.value("id", "");
      unitById_[id] = id;
      unitByName_.emplace(fold_case(trim(u.value("name", ""))), id);
    }
  }

  // The existing actor a cell names (by id or name); "" with an error when there is none or more than one.
  std::string find_actor(const Loaded& t, std::size_t row, std::size_t col, const std::string& value) {
    const int line = t.table.lines[row];
    const std::string& colName = t.table.header[col];
    if (!o_.matchByName) {
      if (actorById_.count(value)) return value;
    } else {
      auto it = actorsByName_.find(fold_case(value));
      if (it != actorsByName_.end() && it->second.size() == 1) return it->second[0];
      if (it != actorsByName_.end()) {
        error(t.name, "import-ambiguous-name", {t.name, std::to_string(line), colName, value}, line, int(col) + 1);
        return "";
      }
    }
    error(t.name, "import-unknown-actor",
          {t.name, std::to_string(line), colName, value,
           text::tr(lang_, o_.matchByName ? "import.matched-by.name" : "import.matched-by.id")},
          line, int(col) + 1);
    return "";
  }

  // A cell's trimmed text; an error (and "") when it is empty.
  std::string cell(const Loaded& t, std::size_t row, std::size_t col) {
    std::string v(trim(t.table.rows[row][col]));
    if (v.empty()) {
      const int line = t.table.lines[row];
      error(t.name, "import-empty-cell", {t.name, std::to_string(line), t.table.header[col]}, line, int(col) + 1);
    }
    return v;
  }

  void read_nodes() {
    const Loaded& t = *nodes_;
    std::unordered_map<std::string, int> seen;
    std::size_t nextId = 1;
    for (std::size_t r = 0; r < t.table.rows.size() && !stopped(); ++r) {
      const int line = t.table.lines[r];
      const std::string id = cell(t, r, cId_);
      if (id.empty()) continue;
      if (auto [it, fresh] = seen.emplace(id, line); !fresh) {
        error(t.name, "import-duplicate-node", {t.name, std::to_string(line), id, std::to_string(it->second)}, line,
              int(cId_) + 1);
        continue;
      }
      const std::string name = cName_ == kNone ? "" : std::string(trim(t.table.rows[r][cName_]));
      const std::string key = o_.matchByName ? (name.empty() ? id : name) : id;
      if (!o_.matchByName && actorById_.count(id)) {
        nodeActor_[id] = {id, line};
        continue;
      }
      if (o_.matchByName) {
        auto it = actorsByName_.find(fold_case(key));
        if (it != actorsByName_.end() && it->second.size() > 1) {
          error(t.name, "import-ambiguous-name",
                {t.name, std::to_string(line), t.table.header[cName_ == kNone ? cId_ : cName_], key}, line);
          continue;
        }
        if (it != actorsByName_.end()) {
          nodeActor_[id] = {it->second[0], line};
          continue;
        }
      }
      // A new actor: it needs a unit that exists.
      const std::string shown = name.empty() ? id : name;
      if (cUnit_ == kNone) {
        error(t.name, "import-no-unit", {t.name, std::to_string(line), shown}, line);
        continue;
      }
      const std::string unitText(trim(t.table.rows[r][cUnit_]));
      std::string unit;
      if (unitById_.count(unitText))
        unit = unitText;
      else if (auto u = unitByName_.find(fold_case(unitText)); u != unitByName_.end() && !unitText.empty())
        unit = u->second;
      if (unit.empty()) {
        error(t.name, "import-unknown-unit", {t.name, std::to_string(line), t.table.header[cUnit_], shown, unitText},
              line, int(cUnit_) + 1);
        continue;
      }
      std::string newId = id;
      while (taken_.count(newId)) newId = "a-import-" + std::to_string(nextId++);
      taken_.insert(newId);
      added_.push_back({{"id", newId}, {"name", shown}, {"unitId", unit}});
      nodeActor_[id] = {newId, line};
    }
  }

  // Frequency from a cell: 1-4, 0 (never), or -1 when it is neither a whole number 0-4 nor a frequency word.
  static int frequency(std::string_view v) {
    v = trim(v);
    if (const int word = frequency_word(v); word >= 0) return word;
    if (!v.empty() && v[0] == '+') v.remove_prefix(1);
    std::size_t k = 0;
    int n = 0;
    while (k < v.size() && v[k] >= '0' && v[k] <= '9' && k < 6) n = n * 10 + (v[k++] - '0');
    if (k == 0) return -1;
    if (k < v.size() && (v[k] == '.' || v[k] == ',')) {
      ++k;
      while (k < v.size() && v[k] == '0') ++k;
    }
    return k == v.size() && n <= 4 ? n : -1;
  }

  // The catalogue's frequency names in bokmål, nynorsk and English ("Ukentlig", "Vekentleg", "less than monthly";
  // the words the app and the survey form show), the short forms people write for the rarest (sjeldnere,
  // sjeldnare, sjelden, rarely) and "never"
  // (aldri, never = 0); any case, spaces inside collapsed. -1 for anything else. O(length) after a one-time index.
  static int frequency_word(std::string_view v) {
    static const std::unordered_map<std::string, int> words = [] {
      std::unordered_map<std::string, int> w = {{"sjeldnere", 1}, {"sjeldnare", 1}, {"sjelden", 1},
                                                {"rarely", 1},    {"aldri", 0},     {"never", 0}};
      for (const auto& f : catalogue().at("frequencies"))
        for (const auto& name : f.at("name")) w[fold_case(name.get<std::string>())] = f.at("value").get<int>();
      return w;
    }();
    std::string key;
    for (char c : fold_case(v)) {
      const bool space = c == ' ' || c == '\t';
      if (space && (key.empty() || key.back() == ' ')) continue;
      key += space ? ' ' : c;
    }
    while (!key.empty() && key.back() == ' ') key.pop_back();
    const auto it = words.find(key);
    return it == words.end() ? -1 : it->second;
  }

  void read_edges() {
    const Loaded& t = edges_;
    for (std::size_t r = 0; r < t.table.rows.size() && !stopped(); ++r) {
      const int line = t.table.lines[r];
      const std::string fromText = cell(t, r, cFrom_), toText = cell(t, r, cTo_);
      std::string from, to;
      if (!fromText.empty()) from = endpoint(t, r, cFrom_, fromText);
      if (!toText.empty()) to = endpoint(t, r, cTo_, toText);
      int f = o_.defaultFrequency;
      if (cFreq_ != kNone) {
        const std::string& raw = t.table.rows[r][cFreq_];
        f = frequency(raw);
        if (f < 0) {
          error(t.name, freqIsWeight_ ? "import-bad-weight" : "import-bad-frequency",
                {t.name, std::to_string(line), t.table.header[cFreq_], raw}, line, int(cFreq_) + 1);
          continue;
        }
      }
      std::vector<std::string> types;
      if (cTypes_ != kNone && !read_types(t, r, types)) continue;
      if (from.empty() || to.empty()) continue;
      if (f == 0 || from == to) {
        skipped_.push_back({{"file", t.name}, {"line", line}, {"reason", f == 0 ? "frequency-0" : "self-tie"}});
        continue;
      }
      matched_.insert(from);
      matched_.insert(to);
      auto [it, fresh] = tieIndex_.emplace(std::make_pair(from, to), ties_.size());
      if (fresh) {
        ties_.push_back({from, to, f, types, line});
        continue;
      }
      Tie& old = ties_[it->second];
      warn(t.name, "import-duplicate-edge", {t.name, std::to_string(line), std::to_string(old.line)}, line);
      old.frequency = std::max(old.frequency, f);
      for (const auto& ty : types)
        if (std::find(old.types.begin(), old.types.end(), ty) == old.types.end()) old.types.push_back(ty);
    }
  }

  std::string endpoint(const Loaded& t, std::size_t r, std::size_t col, const std::string& value) {
    if (auto n = nodeActor_.find(value); n != nodeActor_.end()) return n->second.first;
    return find_actor(t, r, col, value);
  }

  bool read_types(const Loaded& t, std::size_t r, std::vector<std::string>& out) {
    const std::string& raw = t.table.rows[r][cTypes_];
    std::size_t start = 0;
    for (std::size_t k = 0; k <= raw.size(); ++k) {
      if (k < raw.size() && raw[k] != '|' && raw[k] != ',') continue;
      const std::string ty = fold_case(trim(std::string_view(raw).substr(start, k - start)));
      start = k + 1;
      if (ty.empty()) continue;
      const auto& types = tie_type_ids();
      if (std::find(types.begin(), types.end(), ty) == types.end()) {
        const int line = t.table.lines[r];
        // "information, coordination, advice eller referral"
        const std::string known =
            text::join(lang_, std::vector<std::string>(types.begin(), types.end()), types.size(), text::Joiner::or_);
        error(t.name, "import-unknown-type", {t.name, std::to_string(line), t.table.header[cTypes_], ty, known}, line,
              int(cTypes_) + 1);
        return false;
      }
      if (std::find(out.begin(), out.end(), ty) == out.end()) out.push_back(ty);
    }
    return true;
  }

  void build(NetworkImportResult& r) {
    std::set<std::string> waves;
    for (const auto& w : p_.value("waves", json::array())) waves.insert(w.value("id", ""));
    std::string waveId = o_.waveId;
    if (!waveId.empty() && waves.count(waveId)) return error("wave.id", "import-wave-exists", {waveId});
    if (waveId.empty()) {
      waveId = "w-import";
      for (int k = 2; waves.count(waveId); ++k) waveId = "w-import-" + std::to_string(k);
    }
    json wave = {{"id", waveId}, {"label", o_.waveLabel.empty() ? text::tr(lang_, "import.wave-label") : o_.waveLabel}};
    if (!o_.waveDate.empty()) wave["date"] = o_.waveDate;

    json doc = p_;
    for (const auto& a : added_) doc["actors"].push_back(a);
    if (!doc.contains("waves") || !doc["waves"].is_array()) doc["waves"] = json::array();
    doc["waves"].push_back(wave);
    if (!doc.contains("ties") || !doc["ties"].is_array()) doc["ties"] = json::array();
    for (const auto& t : ties_) {
      json tie = {{"from", t.from}, {"to", t.to}, {"waveId", waveId}, {"frequency", t.frequency}};
      if (!t.types.empty()) tie["types"] = t.types;
      doc["ties"].push_back(std::move(tie));
    }
    LoadResult loaded = load_project_value(std::move(doc), lang_, limits_);
    for (auto& i : loaded.issues) issues_.push_back(std::move(i));
    if (!loaded.doc) return;
    std::size_t matched = 0;
    for (const auto& id : matched_) matched += actorById_.count(id);
    json addedIds = json::array();
    for (const auto& a : added_) addedIds.push_back(a["id"]);
    r.project = std::move(loaded.doc);
    r.report = {{"wave", wave},
                {"ties", ties_.size()},
                {"actorsMatched", matched},
                {"actorsAdded", added_.size()},
                {"addedActors", addedIds},
                {"skipped", skipped_},
                {"directed", directed_}};
  }
};

bool pick(const RawTable& t, std::initializer_list<const char*> names, json& into) {
  for (const char* n : names)
    for (const auto& h : t.header)
      if (fold_case(trim(h)) == n) {
        into = h;
        return true;
      }
  into = nullptr;
  return false;
}

}  // namespace

void add_read_error(Issues& out, Lang lang, const std::string& file, const ReadError& e) {
  std::vector<std::string> args = {file, std::to_string(e.line), std::to_string(e.column)};
  args.insert(args.end(), e.args.begin(), e.args.end());
  add_issue(out, lang, Severity::error, file, "import-" + e.code, args, e.line, e.line ? std::max(e.column, 1) : 0);
}

NetworkImportResult import_network(const json& project, const NetworkImportOptions& options, Lang lang,
                                   const Limits& limits) {
  return Importer(project, options, lang, limits).run();
}

json suggest_mapping(const RawTable& edges, const RawTable* nodes) {
  json m = json::object();
  pick(edges, {"source", "from", "fra", "kilde", "avsender", "source id", "sourceid"}, m["from"]);
  pick(edges, {"target", "to", "til", "mål", "mottaker", "target id", "targetid"}, m["to"]);
  pick(edges, {"frequency", "hyppighet", "frekvens", "freq"}, m["frequency"]);
  pick(edges, {"weight", "vekt"}, m["weight"]);
  pick(edges, {"types", "type", "typer", "kontakttype", "kontakttyper"}, m["types"]);
  const RawTable empty;
  const RawTable& n = nodes ? *nodes : empty;
  pick(n, {"id", "node", "nodeid", "node id", "actorid"}, m["nodeId"]);
  pick(n, {"label", "name", "navn"}, m["nodeName"]);
  pick(n, {"unit", "unitid", "enhet", "enhet id", "unitname"}, m["nodeUnit"]);
  return m;
}

}  // namespace bosam::importers
