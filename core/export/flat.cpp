// The line-based formats: Pajek .net and CSV node and edge lists.
#include <unordered_map>

#include "export/export.hpp"
#include "export/text.hpp"

namespace bosam::exports {
namespace {

// A graph-level fact by name, or empty.
std::string fact(const NetworkTables& t, const std::string& name) {
  for (const auto& kv : t.graph)
    if (kv.first == name) return kv.second;
  return "";
}

// One CSV table: a header of column names, then one line per row.
std::string csv_table(const Table& table, const WriteOptions& o) {
  const bool excel = o.norwegianExcel;
  const char sep = excel ? ';' : ',';
  const char* eol = excel ? "\r\n" : "\n";
  std::string out = excel ? "\xEF\xBB\xBF" : "";  // the UTF-8 BOM makes Excel read the file as UTF-8
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (c) out += sep;
    out += csv_field(table.columns[c].name, sep, false);
  }
  out += eol;
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c) out += sep;
      const ValueType type = table.columns[c].type;
      out += csv_field(cell_text(row[c], type, excel), sep, excel && type == ValueType::text);
    }
    out += eol;
  }
  return out;
}

}  // namespace

std::string write_pajek(const NetworkTables& t, const WriteOptions&) {
  const char* eol = "\r\n";
  // *Network takes the rest of the line as the name: no quotes, no line breaks.
  std::string name = fact(t, "municipality");
  const std::string wave = fact(t, "waveLabel").empty() ? fact(t, "waveId") : fact(t, "waveLabel");
  if (!wave.empty()) name += (name.empty() ? "" : " - ") + wave;
  std::string label = pajek_label(name);
  std::string out = "*Network " + label.substr(1, label.size() - 2) + eol;

  std::unordered_map<std::string, std::size_t> number;  // actor id -> Pajek vertex number (1-based)
  out += "*Vertices " + std::to_string(t.nodes.rows.size()) + eol;
  for (std::size_t i = 0; i < t.nodes.rows.size(); ++i) {
    const auto& row = t.nodes.rows[i];
    number.emplace(row[0].get<std::string>(), i + 1);
    out += std::to_string(i + 1) + " " + pajek_label(cell_text(row[1], ValueType::text)) + eol;
  }
  out += std::string("*Arcs") + eol;
  for (const auto& row : t.edges.rows)
    out += std::to_string(number.at(row[0].get<std::string>())) + " " +
           std::to_string(number.at(row[1].get<std::string>())) + " " + cell_text(row[2], ValueType::real) + eol;
  return out;
}

std::vector<File> write_csv(const NetworkTables& t, const WriteOptions& o) {
  const char* mime = "text/csv;charset=utf-8";
  return {{"nodes.csv", mime, csv_table(t.nodes, o)}, {"edges.csv", mime, csv_table(t.edges, o)}};
}

}  // namespace bosam::exports
