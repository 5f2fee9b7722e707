// The typed result of analysing one survey wave: the two graphs and every measure, per person, per unit and for
// the whole network. The rules in core/checks read these fields, so renaming a measure fails to compile where
// a rule uses it; core/api turns the result into the bosam-analysis document once (docs/analysis.md has the
// definitions and the references each measure is checked against).
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sna/chance.hpp"
#include "sna/communities.hpp"
#include "sna/groups.hpp"
#include "sna/network.hpp"
#include "sna/robustness.hpp"

namespace bosam::sna {

struct NodeMeasures {
  int inDegree = 0, outDegree = 0;                  // D
  int degree = 0;                                   // G
  double strength = 0;                              // sum of G's weights (the larger report of each pair)
  double betweenness = 0;                           // G, normalised (NetworkX)
  double closeness = 0;                             // G, Wasserman–Faust
  double harmonic = 0;                              // G, raw sum
  std::optional<double> eigenvector;                // G; none without edges or without convergence in 100 steps
  std::optional<double> pagerank;                   // D, alpha 0.85
  double clustering = 0;                            // G
  int coreNumber = 0;                               // G
  std::optional<double> constraint, effectiveSize;  // Burt, G; none for isolates
  bool articulationPoint = false;                   // G
  int component = 0;                                // G's component id
  std::optional<int> community;                     // none when the network has no vertices
  Brokerage brokerage;                              // Gould–Fernandez on D, units as groups
  std::vector<std::string> roles;                   // sna/roles.hpp: ids in kRoleIds order
};

struct UnitMeasures {
  int members = 0, internalTies = 0, externalTies = 0;
  std::optional<double> internalDensity, eiIndex;
  std::optional<double> eiIndexP;      // share of random relabellings with an E-I index at most eiIndex
  int asked = 0, responded = 0;        // unique people of the unit asked / answered in the wave
  std::optional<double> responseRate;  // none when nobody in the unit was asked
};

struct PathSampling {
  int sources = 0, actors = 0;
  double confidence = 0.95, betweennessErrorBound = 0;  // Hoeffding, for each normalised betweenness
};

struct NetworkMeasures {
  int nodes = 0, ties = 0, edges = 0;          // vertices, arcs of D, edges of G
  std::optional<double> density, reciprocity;  // D
  double transitivity = 0;                     // G
  std::optional<double> averageClustering;
  int components = 0, largestComponent = 0;
  std::optional<double> diameter, averagePathLength;                      // G's largest component
  std::optional<double> degreeCentralization, betweennessCentralization;  // Freeman
  std::optional<double> eiIndex;                                          // Krackhardt, units as groups, G
  std::optional<double> responseRate;                                     // none when nobody was asked
  int asked = 0, responded = 0, selfTiesIgnored = 0, duplicateReports = 0;
  std::optional<PathSampling> pathSampling;  // set when path measures were estimated from sampled sources
  // Tests against chance: the permutations each draws (options.permutations, capped above exactLimit people), and
  // QAP of the number of functions two people share against their tie in G (none without variance).
  int permutations = 0;
  std::optional<QapResult> sharedWork;
  // Places in the network (sna/roles.hpp): how many people have each role, in kRoleIds order; and collaborative
  // overload, the share of all arcs of D received by the overloadPeople (ceil 5 % of n) most named, none without arcs.
  std::vector<std::pair<std::string, int>> roles;
  std::optional<double> overload;
  int overloadPeople = 0;
};

struct CommunityMeasures {
  CommunityResult result;          // method, modularity, count, membership per vertex
  std::optional<double> nmi, ari;  // agreement with the formal units; none without units
};

struct Analysis {
  AnalysisOptions options;  // as asked, with waveId resolved in net.waveId
  Network net;              // D, G, ids, units and who answered (the one id -> vertex map)
  NetworkMeasures network;
  std::vector<NodeMeasures> nodes;           // per vertex, in project order
  std::vector<UnitMeasures> units;           // per unit index, in project order
  std::vector<std::vector<int>> unitMatrix;  // edges of G between units a and b (diagonal: within a)
  CommunityMeasures communities;
  std::vector<std::pair<Vertex, Vertex>> bridges;       // edges of G whose removal disconnects it
  std::vector<std::pair<std::string, double>> timings;  // milliseconds per stage, when options.timings
  // Robustness to missing answers: the same wave analysed with non-respondents' ties reconstructed (options
  // reconstruct, permutations 0), and its comparison with this one. Both none when everyone asked answered, when
  // options.robustness is false, or in the reconstructed analysis itself.
  std::shared_ptr<const Analysis> reconstructed;
  std::optional<Robustness> robustness;
};

}  // namespace bosam::sna
