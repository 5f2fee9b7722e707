// The knowledge-base rules, grouped by what they read. Each appends findings; none throws on valid input.
#pragma once
#include <vector>

#include "checks/finding.hpp"
#include "text/numbers.hpp"

namespace bosam::checks {

// Responsibility map (assignments): duplicate-function, uncovered-function, no-decision-authority,
// single-person-dependency. O(assignments · log).
void function_rules(const Context& c, std::vector<Finding>& out);

// Communication network of the wave: isolate, bottleneck, silo, external-without-contact, one-sided-ties,
// should-collaborate (which joins the responsibility map to the network), collaborative-overload.
// O(n log n + m + units²).
void network_rules(const Context& c, std::vector<Finding>& out);

// Two of network_rules' rules on their own, for re-running on the reconstructed network (checks/robust.hpp):
// isolate (a person without a tie in G) and bottleneck (a cut point that separates people, or high betweenness).
void isolates(const Context& c, std::vector<Finding>& out);
void bottlenecks(const Context& c, std::vector<Finding>& out);

// collaborative-overload (rules_roles.cpp): the most named 5 % of people receive at least overloadShare of all
// arcs of D, in a network of at least overloadMinPeople. Called by network_rules. O(n log n).
void overload(const Context& c, std::vector<Finding>& out);

// A network finding's low-response sentence and numbers.responseRate, when the response rate is below
// minResponseRate (rules_network.cpp). O(1).
void add_caveat(const Context& c, Finding& f);

// The survey and the process: low-response-rate, phase-incomplete.
void process_rules(const Context& c, std::vector<Finding>& out);

// Resources and location (docs/findings.md): thin-resources, fragmented-function, split-location.
// O(A log A + n + m log m + U²·(F + T)).
void resource_rules(const Context& c, std::vector<Finding>& out);

// A share as a whole percentage ("87 %" / "87%") and a decimal number in the language's style (text/numbers.hpp).
using text::decimal;
using text::percent;
// The frequency scale in words, as used inside a sentence: 1 "less than monthly" … 4 "daily" (0 "never").
std::string frequency_name(int frequency, Lang lang);
// What two units share, as one list: the functions quoted, then the target groups ("«Startlån» og målgruppa
// Flyktningar"). O(k).
std::string shared_work(const Context& c, const std::vector<std::string>& functionIds,
                        const std::vector<std::string>& targetGroupIds);

}  // namespace bosam::checks
