#include "model/project.hpp"

namespace bosam::model {
namespace {

std::string str(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool flag(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it != obj.end() && it->is_boolean() && it->get<bool>();
}

std::optional<double> number(const json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

std::vector<std::string> strings(const json& obj, const char* key) {
  std::vector<std::string> out;
  auto it = obj.find(key);
  if (it != obj.end() && it->is_array())
    for (const auto& v : *it)
      if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

const json& list(const json& doc, const char* key) {
  static const json empty = json::array();
  auto it = doc.find(key);
  return it != doc.end() && it->is_array() ? *it : empty;
}

// A unit's "relation": the non-empty text fields of an object, or the text itself (key "").
std::vector<std::pair<std::string, std::string>> relation(const json& unit) {
  std::vector<std::pair<std::string, std::string>> out;
  auto rel = unit.find("relation");
  if (rel == unit.end()) return out;
  if (rel->is_string() && !rel->get<std::string>().empty()) out.push_back({"", rel->get<std::string>()});
  if (rel->is_object())
    for (auto it = rel->begin(); it != rel->end(); ++it)
      if (it.value().is_string() && !it.value().get<std::string>().empty())
        out.push_back({it.key(), it.value().get<std::string>()});
  return out;
}

Role parse_role(const std::string& s) {
  if (s == "responsible") return Role::responsible;
  if (s == "contributes") return Role::contributes;
  return Role::performs;
}

}  // namespace

int min_group_size(const json& doc) {
  auto st = doc.find("settings");
  if (st == doc.end() || !st->is_object()) return kMinGroupSizeDefault;
  auto v = st->find("minGroupSize");
  if (v == st->end() || !v->is_number()) return kMinGroupSizeDefault;
  const double d = v->get<double>();
  if (!(d >= kMinGroupSizeLow && d <= kMinGroupSizeHigh) || d != static_cast<int>(d)) return kMinGroupSizeDefault;
  return static_cast<int>(d);
}

const char* role_name(Role role) {
  switch (role) {
    case Role::responsible:
      return "responsible";
    case Role::performs:
      return "performs";
    case Role::contributes:
      return "contributes";
  }
  return "performs";
}

const Wave* Project::latest_wave() const {
  const Wave* best = nullptr;
  for (const auto& w : waves)
    if (!best || w.date >= best->date) best = &w;  // ISO dates compare as text; ties go to the later entry
  return best;
}

const Wave* Project::wave(const std::string& id) const {
  for (const auto& w : waves)
    if (w.id == id) return &w;
  return nullptr;
}

std::map<std::string, bool> Project::survey_status(const std::string& waveId) const {
  std::map<std::string, bool> out;
  for (const auto& r : respondents)
    if (r.waveId == waveId) out[r.actorId] = out[r.actorId] || r.responded;
  return out;
}

Project from_json(const json& doc) {
  Project p;
  p.id = str(doc, "id");
  if (auto m = doc.find("municipality"); m != doc.end() && m->is_object()) {
    p.municipalityName = str(*m, "name");
    p.municipalityNumber = str(*m, "number");
  }
  if (auto c = doc.find("pseudonymized"); c != doc.end() && c->is_object()) p.pseudonymized = true;
  for (const auto& u : list(doc, "units"))
    p.units.push_back(
        {str(u, "id"), str(u, "name"), str(u, "sector"), str(u, "location"), flag(u, "external"), relation(u)});
  for (const auto& a : list(doc, "actors"))
    p.actors.push_back(
        {str(a, "id"), str(a, "name"), str(a, "unitId"), str(a, "role"), str(a, "location"), number(a, "fte")});
  for (const auto& t : list(doc, "targetGroups")) p.targetGroups.push_back({str(t, "id"), str(t, "name")});
  for (const auto& f : list(doc, "functions"))
    p.functions.push_back({str(f, "id"), str(f, "name"), flag(f, "essential")});
  for (const auto& a : list(doc, "assignments"))
    p.assignments.push_back({str(a, "unitId"), str(a, "actorId"), str(a, "functionId"), strings(a, "targetGroupIds"),
                             parse_role(str(a, "role")), flag(a, "decisionAuthority"), number(a, "fte")});
  for (const auto& w : list(doc, "waves")) {
    std::optional<Retired> retired;
    if (auto r = w.find("retired"); r != w.end() && r->is_object()) {
      auto f = r->find("figures");
      retired = Retired{str(*r, "retiredAt"), f != r->end() && f->is_object() ? *f : json::object()};
    }
    p.waves.push_back({str(w, "id"), str(w, "label"), str(w, "date"), std::move(retired)});
  }
  for (const auto& r : list(doc, "respondents"))
    p.respondents.push_back({str(r, "actorId"), str(r, "waveId"), flag(r, "responded")});
  for (const auto& t : list(doc, "ties")) {
    auto f = number(t, "frequency");
    p.ties.push_back(
        {str(t, "from"), str(t, "to"), str(t, "waveId"), f ? static_cast<int>(*f) : 1, strings(t, "types")});
  }
  for (const auto& a : list(doc, "assessments"))
    p.assessments.push_back({str(a, "id"), str(a, "kind"), str(a, "text"), str(a, "status"), str(a, "owner"),
                             str(a, "due"), str(a, "draftId"), strings(a, "evidence")});
  if (auto ph = doc.find("phases"); ph != doc.end() && ph->is_object())
    for (auto it = ph->begin(); it != ph->end(); ++it) {
      PhaseState state;
      state.stored = it.value();
      if (it.value().is_object()) {
        state.note = str(it.value(), "note");
        if (auto items = it.value().find("items"); items != it.value().end() && items->is_object())
          for (auto item = items->begin(); item != items->end(); ++item)
            if (item.value().is_object())
              state.items.push_back(
                  {item.key(), {flag(item.value(), "done"), str(item.value(), "note"), str(item.value(), "date")}});
      }
      p.phases.push_back({it.key(), std::move(state)});
    }
  if (auto st = doc.find("settings"); st != doc.end() && st->is_object()) {
    if (auto t = st->find("thresholds"); t != st->end() && t->is_object())
      for (auto it = t->begin(); it != t->end(); ++it)
        if (it.value().is_number()) p.thresholds.push_back({it.key(), it.value().get<double>()});
    p.language = parse_lang(str(*st, "language"));
    if (auto pr = st->find("privacy"); pr != st->end() && pr->is_object())
      p.privacy = {str(*pr, "controller"), str(*pr, "contact"), str(*pr, "answersKeptUntil")};
  }
  p.minGroupSize = min_group_size(doc);
  for (const auto& r : list(doc, "reportedAssignments"))
    p.reportedAssignments.push_back({str(r, "actorId"), str(r, "waveId"), str(r, "functionId"),
                                     strings(r, "targetGroupIds"), parse_role(str(r, "role")), str(r, "review")});
  return p;
}

}  // namespace bosam::model
