// A minimal, strict XML reader that understands just enough GraphML for networks from Gephi, NetworkX, yEd
// and our own export (docs/formats.md), turned into two tables like the CSV reader's:
//   nodes: "id", then one column per <key for="node"|"all"> (named by attr.name, else the key id)
//   edges: "source", "target", then one column per <key for="edge"|"all">
// Cells hold the <data> text (or the key's <default>); each row remembers the line of its element.
//
// Safe by construction: no DTD (a <!DOCTYPE is refused, so no entity expansion or external fetches), only the
// five predefined entities and numeric character references (to valid XML characters), start and end tags
// must match, nesting is capped (Limits.maxDepth), and bytes, rows and text lengths are capped. Namespace
// prefixes are ignored (y:ShapeNode is "ShapeNode"); elements GraphML does not need here (desc, yEd's
// graphics, ...) are skipped with their content; hyperedges, ports and nested graphs are refused, naming the
// element. Only the first <graph> is read (a second is refused). O(n) time and memory; never throws for any
// input except std::bad_alloc.
#pragma once
#include <optional>
#include <string_view>

#include "importers/table.hpp"

namespace bosam::importers {

struct GraphmlOptions {
  std::size_t maxBytes = 64u * 1024u * 1024u;
  int maxDepth = 64;
  std::size_t maxRows = 1000000;  // nodes + edges
  std::size_t maxTextBytes = 100000;
  std::size_t maxAttributes = 256;  // on one element
};

struct GraphmlResult {
  RawTable nodes, edges;
  bool directed = true;  // the graph's edgedefault
  std::optional<ReadError> error;
};

// Error codes (line and character column set where known): too-large, invalid-utf8, empty-file, xml-eof,
// xml-syntax (args: what was found), xml-mismatch (args: open tag, end tag), xml-entity (args: the reference),
// xml-dtd, too-deep (args: limit), not-graphml (args: root element), missing-attribute (args: element,
// attribute), duplicate-attribute (args: name), unknown-key (args: key), graphml-unsupported (args: element),
// no-graph, too-many-rows, field-too-long, too-many-attributes.
GraphmlResult read_graphml(std::string_view text, const GraphmlOptions& options = GraphmlOptions{});

}  // namespace bosam::importers
