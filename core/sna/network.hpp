// From a project's survey wave to the two graphs every measure reads (docs/measures.md, "The two graphs"):
//   D  the directed graph as reported (arc from -> to, weight = frequency)
//   G  the undirected graph: an edge when either side reported it, weight = the larger of the two reports.
// This is the one place where project ids become vertex indices.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/project.hpp"
#include "sna/graph.hpp"

namespace bosam::sna {

struct AnalysisOptions {
  std::string waveId;         // empty = the latest wave
  bool weighted = false;      // frequency as tie strength; path lengths 1/frequency
  bool reciprocated = false;  // keep only ties both sides reported
  int minFrequency = 1;       // ignore rarer contact
  std::uint64_t seed = 42;    // communities and layout
  bool groupLayout = true;    // keep units together in the layout
  bool timings = false;       // add the milliseconds each stage took (for tools/bench)
  int exactLimit = 4000;      // above this many actors, path measures are estimated from sampled sources
  int sampleSources = 1000;   // how many sources then (README, "Limits")
  int permutations = 2000;    // of the tests against chance (sna/chance.hpp); 0 = no p values
  // Missing answers (docs/analysis.md, "Robustness to missing answers"): `reconstruct` fills in each
  // non-respondent's reports from what those who answered reported about them before D and G are built;
  // `robustness` makes analyze() also analyse that reconstructed network when someone asked has not answered.
  bool reconstruct = false;
  bool robustness = true;
};

struct Network {
  std::string waveId;
  std::vector<std::string> actorIds;              // vertex -> actor id, in project order
  std::unordered_map<std::string, Vertex> index;  // actor id -> vertex
  std::vector<std::string> unitIds;               // unit index -> unit id, in project order
  std::vector<int> unitOf;                        // vertex -> unit index (-1 if the unit is unknown)
  Graph directed;                                 // D
  Graph undirected;                               // G
  // Survey status per vertex in the wave: 0 not asked, 1 asked and not answered, 2 answered. A person listed
  // twice (a duplicate-respondent warning) counts once, answered if any record says so.
  std::vector<signed char> survey;
  int asked = 0, responded = 0;  // unique people asked / answered in the wave
  bool answered(Vertex v) const { return survey[v] == 2; }
  bool missing(Vertex v) const { return survey[v] == 1; }  // asked and not (yet) answered
  int selfTies = 0, duplicateReports = 0;                  // raw reports set aside while building
  int reconstructedTies = 0;  // arcs of D filled in for non-respondents (only with options.reconstruct)
};

// Builds D and G for `opt.waveId` (or the latest wave). Vertices are all actors of the project, so people
// without ties are isolates. With opt.reconstruct, every person asked who has not answered (survey 1) gets the
// arc v -> u for each arc u -> v reported by someone who answered, at the frequency u reported, unless v -> u
// is there already (Stork & Richards 1992; Huisman 2009): before minFrequency and reciprocated apply, as to any
// report. O(n + t log t) for t ties.
Network build_network(const model::Project& project, const AnalysisOptions& opt);

}  // namespace bosam::sna
