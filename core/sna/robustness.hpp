// Robustness to missing answers (docs/analysis.md): the measures of the network as observed set against those of
// the network with non-respondents' ties reconstructed from what others reported about them (Stork & Richards
// 1992; Huisman 2009). Says which measures change most, so a reader knows what the missing answers may hide.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace bosam::sna {

struct Analysis;

// One network-level measure, observed and reconstructed (none where the measure is undefined).
struct NetworkShift {
  std::string measure;  // the key in the bosam-analysis document's "network"
  std::optional<double> observed, reconstructed;
};

struct PersonShift {
  std::string id;  // actor id
  std::optional<double> observed, reconstructed;
};

// One per-person measure over everyone: how the ranking holds and who moves most.
struct PeopleShift {
  std::string measure;                    // the key in "nodes[]" ("brokerage": its total)
  std::optional<double> rankCorrelation;  // Spearman, average ranks for ties; none without variance on a side
  int changed = 0;                        // people whose value differs
  std::vector<PersonShift> largest;       // the 5 largest changes, largest first (then project order)
};

struct Robustness {
  int nonRespondents = 0, reconstructedTies = 0;
  std::vector<NetworkShift> network;  // largest relative change first
  std::vector<PeopleShift> people;    // most changed first: lowest rank correlation, then most people changed
};

// Spearman's rank correlation of two equally long series: Pearson's r of their ranks, tied values sharing the
// average of their ranks. None for fewer than 2 values or when either side has no variance. O(k log k).
std::optional<double> spearman(const std::vector<double>& x, const std::vector<double>& y);

// Compares an analysis with the analysis of the same wave with reconstructed ties (same vertices). Per-person
// measures missing on either side (eigenvector without edges, …) are left out of that measure's correlation.
// O(M · n log n) for M measures.
Robustness compare_reconstructed(const Analysis& observed, const Analysis& reconstructed);

}  // namespace bosam::sna
