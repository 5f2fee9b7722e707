// collaborative-overload (docs/findings.md): a few people receive a large share of all the contact reported. The
// threshold follows Cross, Rebele & Grant (2016, "Collaborative overload", Harvard Business Review), who found that
// in most organisations 20-35 % of value-adding collaborations come from 3-5 % of the employees; it is a subject for
// the working group (is the load spread as it should be?), never a judgement of the people named.
#include <algorithm>
#include <cmath>

#include "checks/rules.hpp"
#include "sna/roles.hpp"

namespace bosam::checks {

void overload(const Context& c, std::vector<Finding>& out) {
  const sna::NetworkMeasures& nm = c.analysis.network;
  if (!nm.overload || nm.nodes < c.settings.overloadMinPeople || *nm.overload < c.settings.overloadShare) return;
  std::vector<int> inDegree;
  for (const auto& node : c.analysis.nodes) inDegree.push_back(node.inDegree);
  const std::vector<sna::Vertex> top = sna::overload_people(inDegree);
  // The arcs the share counts: it is received / ties exactly, so this rounds only the division's error away.
  const int received = static_cast<int>(std::lround(*nm.overload * nm.ties));
  Finding f;
  f.rule = "collaborative-overload";
  f.id = "collaborative-overload:" + c.network.waveId;
  f.severity = "warning";
  std::vector<std::string> names;
  for (const sna::Vertex v : top) {
    const std::string& id = c.network.actorIds[v];
    f.subjects.actors.push_back(id);
    names.push_back(c.actor_name(id));
    const int u = c.network.unitOf[v];
    if (u >= 0 &&
        std::find(f.subjects.units.begin(), f.subjects.units.end(), c.network.unitIds[u]) == f.subjects.units.end())
      f.subjects.units.push_back(c.network.unitIds[u]);
  }
  f.numbers = {{"share", *nm.overload},
               {"threshold", c.settings.overloadShare},
               {"topPeople", nm.overloadPeople},
               {"received", received},
               {"ties", nm.ties},
               {"people", nm.nodes},
               {"minPeople", c.settings.overloadMinPeople}};
  write_texts(f, c.lang,
              {{"top", percent(sna::kOverloadTopShare, c.lang)},
               {"count", nm.overloadPeople},
               {"people", nm.nodes},
               {"share", percent(*nm.overload, c.lang)},
               {"names", join_names(names, c.lang)},
               {"tied", static_cast<int>(top.size()) > nm.overloadPeople ? "yes" : "no"}});
  // In-degree is what others named: it rests on everyone's answers (someone who did not answer named no one).
  std::vector<sna::Vertex> everyone(c.network.undirected.n);
  for (sna::Vertex v = 0; v < c.network.undirected.n; ++v) everyone[v] = v;
  note_non_response(c, f, everyone);
  add_caveat(c, f);
  out.push_back(f);
}

}  // namespace bosam::checks
