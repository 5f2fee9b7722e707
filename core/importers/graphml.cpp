#include "importers/graphml.hpp"

#include <map>
#include <string>
#include <vector>

#include "schema/parse.hpp"

namespace bosam::importers {
namespace {

struct Key {
  std::string domain;  // node | edge | graph | all | ...
  std::string name;
  std::string fallback;                        // <default>
  std::size_t nodeColumn = 0, edgeColumn = 0;  // 0 = not a column of that table
};

// Thrown inside the reader only, caught in read_graphml: it keeps every early exit one line long.
struct Stop {
  ReadError error;
};

bool name_start(unsigned char c) {
  return c >= 0x80 || c == '_' || c == ':' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
bool name_char(unsigned char c) { return name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }
bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void append_utf8(std::string& out, unsigned long cp) {
  if (cp < 0x80)
    out += static_cast<char>(cp);
  else if (cp < 0x800)
    out += static_cast<char>(0xC0 | (cp >> 6)), out += static_cast<char>(0x80 | (cp & 0x3F));
  else if (cp < 0x10000)
    out += static_cast<char>(0xE0 | (cp >> 12)), out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
        out += static_cast<char>(0x80 | (cp & 0x3F));
  else
    out += static_cast<char>(0xF0 | (cp >> 18)), out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), out += static_cast<char>(0x80 | (cp & 0x3F));
}

struct Element {
  std::string name;  // local name (prefix removed)
  std::vector<std::pair<std::string, std::string>> attrs;
  bool empty = false;  // <x/>
  std::size_t at = 0;  // offset of '<'
};

class Reader {
 public:
  Reader(std::string_view s, const GraphmlOptions& o, GraphmlResult& out) : s_(s), o_(o), out_(out) {}

  void run() {
    out_.nodes.header = {"id"};
    out_.edges.header = {"source", "target"};
    bool sawRoot = false;
    while (i_ < s_.size()) {
      if (s_[i_] != '<') {
        const std::size_t at = i_;
        std::string text = read_text();
        if (stack_.empty()) {
          if (trim_xml(text)) fail_at(at, "xml-syntax", {preview(at)});
        } else if (capturing()) {
          capture_ += text;
          if (capture_.size() > o_.maxTextBytes) fail_at(at, "field-too-long", {std::to_string(o_.maxTextBytes)});
        }
        continue;
      }
      if (starts("<?"))
        skip_past("?>");
      else if (starts("<!--"))
        skip_past("-->");
      else if (starts("<!DOCTYPE") || starts("<!doctype"))
        fail_at(i_, "xml-dtd", {});
      else if (starts("<![CDATA[")) {
        const std::size_t at = i_;
        const auto end = s_.find("]]>", i_ + 9);
        if (end == std::string_view::npos) fail_at(at, "xml-eof", {});
        if (stack_.empty()) fail_at(at, "xml-syntax", {"CDATA"});
        if (capturing()) capture_.append(s_.substr(i_ + 9, end - i_ - 9));
        i_ = end + 3;
      } else if (starts("</")) {
        end_tag();
      } else {
        if (stack_.empty() && sawRoot) fail_at(i_, "xml-syntax", {preview(i_)});
        Element e = start_tag();
        if (stack_.empty()) {
          sawRoot = true;
          if (e.name != "graphml") fail_at(e.at, "not-graphml", {e.name});
        }
        open(std::move(e));
      }
    }
    if (!stack_.empty()) fail_at(s_.size(), "xml-eof", {});
    if (!sawRoot) fail_at(0, "empty-file", {});
    if (!sawGraph_) fail_at(0, "no-graph", {});
  }

 private:
  std::string_view s_;
  const GraphmlOptions& o_;
  GraphmlResult& out_;
  std::size_t i_ = 0;
  std::vector<std::string> stack_;  // open elements (local names)
  int skipDepth_ = 0;               // > 0 inside an element we ignore
  std::map<std::string, Key> keys_;
  std::vector<std::string> keyOrder_;  // key ids as declared: the column order
  Key* openKey_ = nullptr;             // inside <key>
  bool sawGraph_ = false, inGraph_ = false;
  RawTable* row_ = nullptr;     // the table whose last row is open (<node> or <edge>)
  std::size_t dataColumn_ = 0;  // column of the open <data> (0: not captured)
  bool inData_ = false, inDefault_ = false;
  std::string capture_;
  std::size_t lineOffset_ = 0;
  int line_ = 1;

  [[noreturn]] void fail_at(std::size_t offset, std::string code, std::vector<std::string> args) {
    const auto [line, col] = line_column(s_, offset);
    throw Stop{ReadError{std::move(code), line, col, std::move(args)}};
  }
  // Line of `offset`; offsets asked for only grow, so all calls together are O(n).
  int line_at(std::size_t offset) {
    for (; lineOffset_ < offset && lineOffset_ < s_.size(); ++lineOffset_)
      if (s_[lineOffset_] == '\n') ++line_;
    return line_;
  }
  bool starts(std::string_view p) const { return s_.substr(i_, p.size()) == p; }
  void skip_past(std::string_view end) {
    const auto at = s_.find(end, i_);
    if (at == std::string_view::npos) fail_at(i_, "xml-eof", {});
    i_ = at + end.size();
  }
  std::string preview(std::size_t at) const {
    std::string p(s_.substr(at, 12));
    for (char& c : p)
      if (space(c)) c = ' ';
    return p;
  }
  static bool trim_xml(const std::string& t) {
    for (char c : t)
      if (!space(c)) return true;
    return false;
  }
  bool capturing() const { return (inData_ && dataColumn_ && skipDepth_ == 0) || (inDefault_ && skipDepth_ == 0); }

  // Entity and character references; `&` at s_[i_].
  void reference(std::string& out) {
    const std::size_t at = i_;
    const auto semi = s_.find(';', i_);
    if (semi == std::string_view::npos || semi - i_ > 12) fail_at(at, "xml-entity", {std::string(s_.substr(at, 8))});
    const std::string_view ref = s_.substr(i_ + 1, semi - i_ - 1);
    i_ = semi + 1;
    if (ref == "lt")
      out += '<';
    else if (ref == "gt")
      out += '>';
    else if (ref == "amp")
      out += '&';
    else if (ref == "quot")
      out += '"';
    else if (ref == "apos")
      out += '\'';
    else if (ref.size() >= 2 && ref[0] == '#') {
      const bool hex = ref[1] == 'x';
      const std::string_view digits = ref.substr(hex ? 2 : 1);
      unsigned long cp = 0;
      bool ok = !digits.empty();
      for (char c : digits) {
        int v = c >= '0' && c <= '9'                            ? c - '0'
                : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                                : -1;
        if (v < 0 || cp > 0x10FFFF)
          ok = false;
        else
          cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(v);
      }
      ok = ok && (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                  (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF));
      if (!ok) fail_at(at, "xml-entity", {"&" + std::string(ref) + ";"});
      append_utf8(out, cp);
    } else {
      fail_at(at, "xml-entity", {"&" + std::string(ref) + ";"});
    }
  }

  std::string read_text() {
    std::string out;
    while (i_ < s_.size() && s_[i_] != '<') {
      if (s_[i_] == '&')
        reference(out);
      else
        out += s_[i_++];
    }
    return out;
  }

  std::string read_name() {
    const std::size_t start = i_;
    if (i_ >= s_.size()) fail_at(i_, "xml-eof", {});
    if (!name_start(static_cast<unsigned char>(s_[i_]))) fail_at(i_, "xml-syntax", {preview(i_)});
    while (i_ < s_.size() && name_char(static_cast<unsigned char>(s_[i_]))) ++i_;
    if (i_ - start > 1000) fail_at(start, "field-too-long", {"1000"});
    return std::string(s_.substr(start, i_ - start));
  }
  static std::string local(const std::string& name) {
    const auto colon = name.rfind(':');
    return colon == std::string::npos ? name : name.substr(colon + 1);
  }
  void skip_space() {
    while (i_ < s_.size() && space(s_[i_])) ++i_;
  }

  Element start_tag() {
    Element e;
    e.at = i_++;
    e.name = local(read_name());
    for (;;) {
      const bool spaced = i_ < s_.size() && space(s_[i_]);
      skip_space();
      if (i_ >= s_.size()) fail_at(i_, "xml-eof", {});
      if (s_[i_] == '>') {
        ++i_;
        return e;
      }
      if (starts("/>")) {
        i_ += 2;
        e.empty = true;
        return e;
      }
      if (!spaced) fail_at(i_, "xml-syntax", {preview(i_)});
      const std::size_t at = i_;
      std::string name = read_name();
      skip_space();
      if (i_ >= s_.size() || s_[i_] != '=') fail_at(i_, "xml-syntax", {preview(i_)});
      ++i_;
      skip_space();
      if (i_ >= s_.size()) fail_at(i_, "xml-eof", {});
      const char q = s_[i_];
      if (q != '"' && q != '\'') fail_at(i_, "xml-syntax", {preview(i_)});
      ++i_;
      std::string value;
      while (i_ < s_.size() && s_[i_] != q) {
        const char c = s_[i_];
        if (c == '<') fail_at(i_, "xml-syntax", {"<"});
        if (c == '&') {
          reference(value);
        } else {
          value += space(c) ? ' ' : c;  // attribute-value normalisation (XML 1.0 §3.3.3)
          ++i_;
        }
        if (value.size() > o_.maxTextBytes) fail_at(at, "field-too-long", {std::to_string(o_.maxTextBytes)});
      }
      if (i_ >= s_.size()) fail_at(at, "xml-eof", {});
      ++i_;
      for (const auto& a : e.attrs)
        if (a.first == name) fail_at(at, "duplicate-attribute", {name});
      if (e.attrs.size() >= o_.maxAttributes) fail_at(at, "too-many-attributes", {std::to_string(o_.maxAttributes)});
      e.attrs.emplace_back(std::move(name), std::move(value));
    }
  }

  static const std::string* attr(const Element& e, const char* name) {
    for (const auto& a : e.attrs)
      if (a.first == name || local(a.first) == name) return &a.second;
    return nullptr;
  }
  const std::string& need(const Element& e, const char* name) {
    const std::string* v = attr(e, name);
    if (!v) fail_at(e.at, "missing-attribute", {e.name, name});
    return *v;
  }

  void new_row(RawTable& t, std::size_t at, bool node) {
    if (out_.nodes.rows.size() + out_.edges.rows.size() >= o_.maxRows)
      fail_at(at, "too-many-rows", {std::to_string(o_.maxRows)});
    std::vector<std::string> cells(t.header.size());
    for (const auto& kv : keys_) {
      const std::size_t c = node ? kv.second.nodeColumn : kv.second.edgeColumn;
      if (c) cells[c] = kv.second.fallback;
    }
    t.rows.push_back(std::move(cells));
    t.lines.push_back(line_at(at));
    row_ = &t;
  }

  // Adds a column for a key to a table, named by attr.name unless that name is taken.
  static std::size_t add_column(RawTable& t, const std::string& name, const std::string& id) {
    std::string n = name;
    for (const auto& h : t.header)
      if (h == n) n = name + " (" + id + ")";
    t.header.push_back(n);
    return t.header.size() - 1;
  }

  void open(Element e) {
    const std::string parent = stack_.empty() ? "" : stack_.back();
    if (static_cast<int>(stack_.size()) >= o_.maxDepth) fail_at(e.at, "too-deep", {std::to_string(o_.maxDepth)});
    const std::string name = e.name;
    if (skipDepth_ > 0) {
      ++skipDepth_;
    } else if (name == "graphml" && parent.empty()) {
      // the root (checked by run)
    } else if (name == "key" && parent == "graphml") {
      if (sawGraph_) fail_at(e.at, "xml-syntax", {"<key>"});
      const std::string& id = need(e, "id");
      Key k;
      const std::string* f = attr(e, "for");
      k.domain = f ? *f : "all";
      const std::string* n = attr(e, "attr.name");
      k.name = n && !n->empty() ? *n : id;
      if (keys_.count(id)) fail_at(e.at, "duplicate-attribute", {id});
      openKey_ = &(keys_[id] = k);
      keyOrder_.push_back(id);
    } else if (name == "default" && parent == "key" && openKey_) {
      inDefault_ = true;
      capture_.clear();
    } else if (name == "graph" && parent == "graphml") {
      if (sawGraph_) fail_at(e.at, "graphml-unsupported", {"graph"});
      sawGraph_ = inGraph_ = true;
      const std::string* d = attr(e, "edgedefault");
      out_.directed = !d || *d != "undirected";
      for (const auto& id : keyOrder_) {
        Key& k = keys_[id];
        if (k.domain == "node" || k.domain == "all") k.nodeColumn = add_column(out_.nodes, k.name, id);
        if (k.domain == "edge" || k.domain == "all") k.edgeColumn = add_column(out_.edges, k.name, id);
      }
    } else if (name == "node" && parent == "graph") {
      new_row(out_.nodes, e.at, true);
      out_.nodes.rows.back()[0] = need(e, "id");
    } else if (name == "edge" && parent == "graph") {
      const std::string source = need(e, "source"), target = need(e, "target");
      new_row(out_.edges, e.at, false);
      out_.edges.rows.back()[0] = source;
      out_.edges.rows.back()[1] = target;
    } else if (name == "data" && (parent == "node" || parent == "edge" || parent == "graph")) {
      const std::string& key = need(e, "key");
      auto k = keys_.find(key);
      if (k == keys_.end()) fail_at(e.at, "unknown-key", {key});
      inData_ = true;
      dataColumn_ = parent == "node" ? k->second.nodeColumn : parent == "edge" ? k->second.edgeColumn : 0;
      capture_.clear();
    } else if (name == "hyperedge" || name == "port" || name == "graph" || name == "endpoint") {
      fail_at(e.at, "graphml-unsupported", {name});
    } else if (name == "node" || name == "edge" || name == "data" || name == "key") {
      fail_at(e.at, "xml-syntax", {"<" + name + ">"});  // GraphML's own elements in the wrong place
    } else {
      skipDepth_ = 1;  // desc, yEd graphics, anything else: ignored with its content
    }
    stack_.push_back(name);
    if (e.empty) close(name);
  }

  void close(const std::string& name) {
    stack_.pop_back();
    if (skipDepth_ > 0) {
      --skipDepth_;
      return;
    }
    if (name == "data") {
      if (dataColumn_ && row_ && !row_->rows.empty()) row_->rows.back()[dataColumn_] = capture_;
      inData_ = false;
      dataColumn_ = 0;
    } else if (name == "default") {
      if (openKey_) openKey_->fallback = capture_;
      inDefault_ = false;
    } else if (name == "key") {
      openKey_ = nullptr;
    } else if (name == "node" || name == "edge") {
      row_ = nullptr;
    } else if (name == "graph") {
      inGraph_ = false;
    }
  }

  void end_tag() {
    const std::size_t at = i_;
    i_ += 2;
    const std::string name = local(read_name());
    skip_space();
    if (i_ >= s_.size()) fail_at(i_, "xml-eof", {});
    if (s_[i_] != '>') fail_at(i_, "xml-syntax", {preview(i_)});
    ++i_;
    if (stack_.empty()) fail_at(at, "xml-mismatch", {"", name});
    if (stack_.back() != name) fail_at(at, "xml-mismatch", {stack_.back(), name});
    close(name);
  }
};

}  // namespace

GraphmlResult read_graphml(std::string_view text, const GraphmlOptions& o) {
  GraphmlResult out;
  if (text.size() > o.maxBytes) {
    out.error = ReadError{"too-large", 0, 0, {std::to_string(text.size()), std::to_string(o.maxBytes)}};
    return out;
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (const auto bad = invalid_utf8_at(text); bad != std::string_view::npos) {
    const auto [line, col] = line_column(text, bad);
    out.error = ReadError{"invalid-utf8", line, col, {}};
    return out;
  }
  try {
    Reader(text, o, out).run();
  } catch (Stop& stop) {
    GraphmlResult failed;
    failed.error = std::move(stop.error);
    return failed;
  }
  return out;
}

}  // namespace bosam::importers
