// GraphML and GEXF 1.3: the two XML formats. Every name and value goes through xml_escape.
#include "export/export.hpp"
#include "export/text.hpp"

namespace bosam::exports {
namespace {

const char* graphml_type(ValueType t) {
  switch (t) {
    case ValueType::integer:
      return "int";
    case ValueType::real:
      return "double";
    case ValueType::boolean:
      return "boolean";
    case ValueType::text:
      break;
  }
  return "string";
}

const char* gexf_type(ValueType t) {
  switch (t) {
    case ValueType::integer:
      return "integer";
    case ValueType::real:
      return "double";
    case ValueType::boolean:
      return "boolean";
    case ValueType::text:
      break;
  }
  return "string";
}

// An XML attribute: ` name="escaped value"`.
std::string attr(const char* name, const std::string& value) {
  return std::string(" ") + name + "=\"" + xml_escape(value) + "\"";
}

constexpr const char* kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

}  // namespace

std::string write_graphml(const NetworkTables& t, const WriteOptions& o) {
  auto graph = t.graph;
  graph.emplace_back("creator", o.creator);
  std::string out = kXmlDeclaration;
  out +=
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
      " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
      " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
      " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const auto& [name, value] : graph)
    out +=
        "  <key" + attr("id", "g_" + name) + " for=\"graph\"" + attr("attr.name", name) + " attr.type=\"string\"/>\n";
  for (std::size_t c = 1; c < t.nodes.columns.size(); ++c) {  // column 0 is the node id
    const Column& col = t.nodes.columns[c];
    out += "  <key" + attr("id", "n_" + col.name) + " for=\"node\"" + attr("attr.name", col.name) + " attr.type=\"" +
           graphml_type(col.type) + "\"/>\n";
  }
  for (std::size_t c = 2; c < t.edges.columns.size(); ++c) {  // columns 0 and 1 are source and target
    const Column& col = t.edges.columns[c];
    out += "  <key" + attr("id", "e_" + col.name) + " for=\"edge\"" + attr("attr.name", col.name) + " attr.type=\"" +
           graphml_type(col.type) + "\"/>\n";
  }
  out += "  <graph id=\"G\" edgedefault=\"directed\">\n";
  for (const auto& [name, value] : graph)
    out += "    <data" + attr("key", "g_" + name) + ">" + xml_escape(value) + "</data>\n";
  for (const auto& row : t.nodes.rows) {
    out += "    <node" + attr("id", row[0].get<std::string>()) + ">\n";
    for (std::size_t c = 1; c < row.size(); ++c) {
      if (row[c].is_null()) continue;
      const Column& col = t.nodes.columns[c];
      const std::string text = cell_text(row[c], col.type);
      if (text.empty() && col.type != ValueType::text) continue;
      out += "      <data" + attr("key", "n_" + col.name) + ">" + xml_escape(text) + "</data>\n";
    }
    out += "    </node>\n";
  }
  for (std::size_t e = 0; e < t.edges.rows.size(); ++e) {
    const auto& row = t.edges.rows[e];
    out += "    <edge" + attr("id", "e" + std::to_string(e)) + attr("source", row[0].get<std::string>()) +
           attr("target", row[1].get<std::string>()) + ">\n";
    for (std::size_t c = 2; c < row.size(); ++c) {
      if (row[c].is_null()) continue;
      const Column& col = t.edges.columns[c];
      out += "      <data" + attr("key", "e_" + col.name) + ">" + xml_escape(cell_text(row[c], col.type)) + "</data>\n";
    }
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

std::string write_gexf(const NetworkTables& t, const WriteOptions& o) {
  std::string description;
  for (const auto& [name, value] : t.graph) description += (description.empty() ? "" : "; ") + name + ": " + value;
  std::string out = kXmlDeclaration;
  out +=
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
      " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n";
  out += "  <meta>\n    <creator>" + xml_escape(o.creator) + "</creator>\n    <description>" + xml_escape(description) +
         "</description>\n  </meta>\n";
  out += "  <graph defaultedgetype=\"directed\" mode=\"static\">\n";
  // Columns 0-1 of nodes (id, label) and 0-2 of edges (source, target, weight) are XML attributes of their own.
  auto declare = [&](const char* cls, const Table& table, std::size_t first) {
    out += std::string("    <attributes class=\"") + cls + "\" mode=\"static\">\n";
    for (std::size_t c = first; c < table.columns.size(); ++c)
      out += "      <attribute" + attr("id", table.columns[c].name) + attr("title", table.columns[c].name) +
             " type=\"" + gexf_type(table.columns[c].type) + "\"/>\n";
    out += "    </attributes>\n";
  };
  declare("node", t.nodes, 2);
  declare("edge", t.edges, 3);
  auto values = [&](const Table& table, const std::vector<json>& row, std::size_t first) {
    std::string v;
    for (std::size_t c = first; c < row.size(); ++c) {
      const std::string text = cell_text(row[c], table.columns[c].type);
      if (row[c].is_null() || (text.empty() && table.columns[c].type != ValueType::text)) continue;
      v += "          <attvalue" + attr("for", table.columns[c].name) + attr("value", text) + "/>\n";
    }
    return v.empty() ? std::string(">\n") : ">\n        <attvalues>\n" + v + "        </attvalues>\n";
  };
  out += "    <nodes>\n";
  for (const auto& row : t.nodes.rows)
    out += "      <node" + attr("id", row[0].get<std::string>()) + attr("label", cell_text(row[1], ValueType::text)) +
           values(t.nodes, row, 2) + "      </node>\n";
  out += "    </nodes>\n    <edges>\n";
  for (std::size_t e = 0; e < t.edges.rows.size(); ++e) {
    const auto& row = t.edges.rows[e];
    out += "      <edge" + attr("id", std::to_string(e)) + attr("source", row[0].get<std::string>()) +
           attr("target", row[1].get<std::string>()) + attr("weight", cell_text(row[2], ValueType::real)) +
           values(t.edges, row, 3) + "      </edge>\n";
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  return out;
}

}  // namespace bosam::exports
