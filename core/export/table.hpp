// The network of one survey wave as two tables (nodes and edges) that every export writer reads. Built from
// sna::build_network, so nodes, arcs and the filters (minFrequency, reciprocated) mean exactly what they mean
// in the analysis (docs/measures.md): every actor is a node; an edge is an arc of D, directed as reported, weighted by
// the frequency (the strongest report when the same person reported the same contact twice).
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "base/json.hpp"
#include "model/project.hpp"
#include "sna/network.hpp"

namespace bosam::exports {

enum class ValueType { text, integer, real, boolean };

struct Column {
  std::string name;  // also the attribute name in GraphML and GEXF and the CSV header
  ValueType type;
};

struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<json>> rows;  // one cell per column; null = no value (left out, or an empty CSV cell)
};

struct NetworkTables {
  std::vector<std::pair<std::string, std::string>> graph;  // graph-level facts: project, municipality, wave, options
  Table nodes;  // columns: id, label, unit, unitName, external, sector, role, responded, then the measures
  Table edges;  // columns: source, target, weight, frequency, types, reciprocated
};

// Precondition: the project passed the door and opt.waveId (if set) names one of its waves. With `measures`
// the node table gets the analysis measures (docs/measures.md; sna::analyze with the same options).
NetworkTables network_tables(const model::Project& project, const sna::AnalysisOptions& opt, bool measures);

// Joins edge types in the "types" column.
inline constexpr char kTypeSeparator = '|';

}  // namespace bosam::exports
