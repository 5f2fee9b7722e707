#include "schema/validate_privacy.hpp"

#include <map>

#include "base/date.hpp"

namespace bosam {

void check_privacy(Checker& c, const json& settings) {
  const json* privacy = c.field(settings, "$.settings", "privacy", Kind::object, false);
  if (!privacy) return;
  const std::string path = "$.settings.privacy";
  c.text(*privacy, path, "controller", false);
  c.text(*privacy, path, "contact", false);
  if (const std::string* until = c.text(*privacy, path, "answersKeptUntil", false))
    if (!until->empty() && !is_calendar_date(*until))
      c.error(path_key(path, "answersKeptUntil"), "bad-retention-date", {*until});
}

void check_retired(Checker& c, const json& wave, const std::string& wavePath) {
  const json* retired = c.field(wave, wavePath, "retired", Kind::object, false);
  if (!retired) return;
  const std::string path = path_key(wavePath, "retired");
  if (const std::string* at = c.text(*retired, path, "retiredAt", true, true))
    if (!is_date_or_timestamp(*at)) c.error(path_key(path, "retiredAt"), "bad-retired-date", {*at});
  const json* figures = c.field(*retired, path, "figures", Kind::object, true);
  if (!figures) return;
  for (auto it = figures->begin(); it != figures->end(); ++it)
    if (!it.value().is_number() && !it.value().is_null())
      c.error(path_key(path_key(path, "figures"), it.key()), "wrong-type",
              {kind_name(Kind::number, c.lang()), value_kind_name(it.value(), c.lang())});
}

void check_retired_answers(Checker& c, const json& doc) {
  auto waves = doc.find("waves");
  if (waves == doc.end() || !waves->is_array()) return;
  std::map<std::string, std::size_t> retired;  // wave id -> index, for retired waves
  for (std::size_t i = 0; i < waves->size(); ++i) {
    const json& w = (*waves)[i];
    if (!w.is_object() || !w.contains("id") || !w["id"].is_string()) continue;
    auto r = w.find("retired");
    if (r != w.end() && r->is_object()) retired.emplace(w["id"].get<std::string>(), i);
  }
  if (retired.empty()) return;
  std::map<std::size_t, bool> warned;
  for (const char* list : {"ties", "reportedAssignments", "respondents"}) {
    auto items = doc.find(list);
    if (items == doc.end() || !items->is_array()) continue;
    for (const json& item : *items) {
      if (!item.is_object() || !item.contains("waveId") || !item["waveId"].is_string()) continue;
      auto hit = retired.find(item["waveId"].get<std::string>());
      if (hit == retired.end() || warned[hit->second]) continue;
      warned[hit->second] = true;
      const json& wave = (*waves)[hit->second];
      const json& at = wave["retired"].value("retiredAt", json(""));
      c.warn(path_index("$.waves", hit->second), "retired-wave-has-answers",
             {at.is_string() ? at.get<std::string>().substr(0, 10) : std::string()});
    }
  }
}

}  // namespace bosam
