// Writers for the formats other tools read (docs/formats.md): GraphML, GEXF 1.3 (Gephi), Pajek .net and CSV node and
// edge lists (with a Norwegian-Excel variant), UCINET DL and CSV adjacency matrices. Each reads the two tables of
// export/table.hpp, so every format carries the same nodes, arcs and attributes. Output is deterministic: no dates, no
// hash-map order.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "export/table.hpp"

namespace bosam::exports {

enum class Format { graphml, gexf, pajek, csv, dl, matrix };

// "graphml" | "gexf" | "pajek" | "csv" | "dl" | "matrix"; nullopt for anything else.
std::optional<Format> parse_format(const std::string& name);

struct File {
  std::string name, mime, text;
};

struct WriteOptions {
  bool norwegianExcel = false;    // CSV only: ';' separator, decimal comma, UTF-8 BOM, CRLF, formula guard
  std::string creator = "Bosam";  // named in the XML formats' headers
};

// A cell as text: text as it is, booleans as true/false, numbers by format_number; empty when missing.
std::string cell_text(const json& value, ValueType type, bool decimalComma = false);

// GraphML: directed graph; keys for every column (node keys n_*, edge keys e_*, graph keys g_*), attr.name =
// column name, so Gephi and yEd find "label" and "weight". Node id = actor id.
std::string write_graphml(const NetworkTables& t, const WriteOptions& o);

// GEXF 1.3: directed static graph with <attributes class="node"> and class="edge" declarations; node label =
// name; edge weight = frequency. Graph-level facts go into <meta><description>.
std::string write_gexf(const NetworkTables& t, const WriteOptions& o);

// Pajek .net: *Network, *Vertices n with quoted labels (1-based, in node order), *Arcs "from to frequency".
// CRLF line ends (Pajek is a Windows program); UTF-8 without BOM.
std::string write_pajek(const NetworkTables& t, const WriteOptions& o);

// nodes.csv and edges.csv. Plain: ',' separator, '.' decimals, LF, no BOM. Norwegian Excel: see WriteOptions.
std::vector<File> write_csv(const NetworkTables& t, const WriteOptions& o);

// UCINET DL: "DL N=n", FORMAT = EDGELIST1, a LABELS: line (one-word labels, unique; see matrix.cpp), then one
// "from to weight" line per arc with 1-based node numbers. Read by UCINET and igraph's DL reader.
std::string write_dl(const NetworkTables& t, const WriteOptions& o);

// CSV adjacency matrices: matrix.csv (every contact) and matrix-TYPE.csv per kind of contact present; a cell is
// the frequency (1-4) of the arc from the row's person to the column's, 0 for none. O(n²) per file: the caller
// keeps n to kMatrixMaxNodes.
std::vector<File> write_matrices(const NetworkTables& t, const WriteOptions& o);
inline constexpr std::size_t kMatrixMaxNodes = 2000;

// The files of one format (one file, or two for CSV).
std::vector<File> write_files(Format format, const NetworkTables& t, const WriteOptions& o);

}  // namespace bosam::exports
