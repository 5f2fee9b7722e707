#include "export/export.hpp"

#include "export/text.hpp"

namespace bosam::exports {

std::optional<Format> parse_format(const std::string& name) {
  if (name == "graphml") return Format::graphml;
  if (name == "gexf") return Format::gexf;
  if (name == "pajek") return Format::pajek;
  if (name == "csv") return Format::csv;
  if (name == "dl") return Format::dl;
  if (name == "matrix") return Format::matrix;
  return std::nullopt;
}

std::string cell_text(const json& value, ValueType type, bool decimalComma) {
  if (value.is_null()) return "";
  switch (type) {
    case ValueType::text:
      return value.is_string() ? value.get<std::string>() : value.dump();
    case ValueType::boolean:
      return value.is_boolean() ? (value.get<bool>() ? "true" : "false") : "";
    case ValueType::integer:
    case ValueType::real:
      return format_number(value, decimalComma);
  }
  return "";
}

std::vector<File> write_files(Format format, const NetworkTables& t, const WriteOptions& o) {
  switch (format) {
    case Format::graphml:
      return {{"network.graphml", "application/graphml+xml", write_graphml(t, o)}};
    case Format::gexf:
      return {{"network.gexf", "application/gexf+xml", write_gexf(t, o)}};
    case Format::pajek:
      return {{"network.net", "text/plain;charset=utf-8", write_pajek(t, o)}};
    case Format::csv:
      return write_csv(t, o);
    case Format::dl:
      return {{"network.dl", "text/plain;charset=utf-8", write_dl(t, o)}};
    case Format::matrix:
      return write_matrices(t, o);
  }
  return {};
}

}  // namespace bosam::exports
