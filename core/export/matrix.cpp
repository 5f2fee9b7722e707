// The formats of network researchers' own tools: UCINET's DL and CSV adjacency matrices (docs/formats.md).
#include <map>
#include <set>
#include <unordered_map>

#include "export/export.hpp"
#include "export/text.hpp"

namespace bosam::exports {
namespace {

// Node index by actor id, in node order. O(n).
std::unordered_map<std::string, std::size_t> node_index(const NetworkTables& t) {
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < t.nodes.rows.size(); ++i) index.emplace(t.nodes.rows[i][0].get<std::string>(), i);
  return index;
}

// A DL label: UCINET reads quoted labels, but igraph's DL reader splits labels at spaces and commas and knows no
// quotes, so a label both read is one word: whitespace, commas and quotes become '_', control characters go; a
// name left empty falls back to the id; a label already used gets "_2", "_3" … (labels must be unique).
std::vector<std::string> dl_labels(const NetworkTables& t) {
  std::vector<std::string> labels;
  std::set<std::string> used;
  for (const auto& row : t.nodes.rows) {
    const std::string quoted = pajek_label(cell_text(row[1], ValueType::text));  // no control characters
    std::string label;
    for (char c : quoted.substr(1, quoted.size() - 2)) {
      const bool space = c == ' ' || c == '\t' || c == ',' || c == '"' || c == '\'';
      label += space ? '_' : c;
    }
    if (label.find_first_not_of('_') == std::string::npos) label = row[0].get<std::string>();
    std::string unique = label;
    for (int k = 2; !used.insert(unique).second; ++k) unique = label + "_" + std::to_string(k);
    labels.push_back(unique);
  }
  return labels;
}

// The types of an edge row (the "types" column, joined by kTypeSeparator).
std::vector<std::string> edge_types(const std::vector<json>& row) {
  std::vector<std::string> out;
  if (!row[4].is_string()) return out;
  const std::string s = row[4].get<std::string>();
  std::size_t start = 0;
  while (start <= s.size()) {
    const std::size_t end = s.find(kTypeSeparator, start);
    const std::string part = s.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!part.empty()) out.push_back(part);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

// One n×n matrix as CSV: a header of names, then per node its name and one cell per node (the frequency of the
// arc row→column, 0 when there is none). O(n²) text.
std::string csv_matrix(const NetworkTables& t, const std::vector<std::vector<int>>& cells, const WriteOptions& o) {
  const bool excel = o.norwegianExcel;
  const char sep = excel ? ';' : ',';
  const char* eol = excel ? "\r\n" : "\n";
  std::string out = excel ? "\xEF\xBB\xBF" : "";
  for (const auto& row : t.nodes.rows) out += sep + csv_field(cell_text(row[1], ValueType::text), sep, excel);
  out += eol;
  for (std::size_t i = 0; i < t.nodes.rows.size(); ++i) {
    out += csv_field(cell_text(t.nodes.rows[i][1], ValueType::text), sep, excel);
    for (int v : cells[i]) out += sep + std::to_string(v);
    out += eol;
  }
  return out;
}

}  // namespace

std::string write_dl(const NetworkTables& t, const WriteOptions&) {
  const auto index = node_index(t);
  const auto labels = dl_labels(t);
  std::string out = "DL N=" + std::to_string(t.nodes.rows.size()) + "\nFORMAT = EDGELIST1\nLABELS:\n";
  for (std::size_t i = 0; i < labels.size(); ++i) out += (i ? "," : "") + labels[i];
  out += "\nDATA:\n";
  for (const auto& row : t.edges.rows)
    out += std::to_string(index.at(row[0].get<std::string>()) + 1) + " " +
           std::to_string(index.at(row[1].get<std::string>()) + 1) + " " + cell_text(row[2], ValueType::real) + "\n";
  return out;
}

std::vector<File> write_matrices(const NetworkTables& t, const WriteOptions& o) {
  const auto index = node_index(t);
  const std::size_t n = t.nodes.rows.size();
  const std::vector<std::vector<int>> empty(n, std::vector<int>(n, 0));
  std::vector<std::vector<int>> all = empty;
  std::map<std::string, std::vector<std::vector<int>>> byType;  // ordered by type name: deterministic files
  for (const auto& row : t.edges.rows) {
    const std::size_t from = index.at(row[0].get<std::string>()), to = index.at(row[1].get<std::string>());
    const int frequency = row[3].is_number_integer() ? row[3].get<int>() : 0;
    all[from][to] = frequency;
    for (const auto& type : edge_types(row)) {
      auto it = byType.find(type);
      if (it == byType.end()) it = byType.emplace(type, empty).first;
      it->second[from][to] = frequency;
    }
  }
  const char* mime = "text/csv;charset=utf-8";
  std::vector<File> files = {{"matrix.csv", mime, csv_matrix(t, all, o)}};
  for (const auto& [type, cells] : byType) {
    std::string slug;
    for (char c : type) {
      const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
      slug += keep ? c : '_';
    }
    files.push_back({"matrix-" + slug + ".csv", mime, csv_matrix(t, cells, o)});
  }
  return files;
}

}  // namespace bosam::exports
