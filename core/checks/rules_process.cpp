#include "checks/phases.hpp"
#include "checks/rules.hpp"
#include "text/catalogue.hpp"
#include "text/numbers.hpp"

namespace bosam::checks {

std::string frequency_name(int frequency, Lang lang) {
  const int f = frequency < 0 ? 0 : frequency > 4 ? 4 : frequency;
  return text::tr(lang, "frequency." + std::to_string(f));
}

std::string shared_work(const Context& c, const std::vector<std::string>& functionIds,
                        const std::vector<std::string>& targetGroupIds) {
  std::vector<std::string> what;
  for (const auto& fn : functionIds) what.push_back(text::tr(c.lang, "list.function", {{"name", c.function_name(fn)}}));
  for (const auto& tg : targetGroupIds)
    what.push_back(text::tr(c.lang, "list.target-group", {{"name", c.target_group_name(tg)}}));
  return join_names(what, c.lang);
}

static void response_rate(const Context& c, std::vector<Finding>& out) {
  if (c.network.waveId.empty() || c.wave_retired()) return;
  const sna::NetworkMeasures& net = c.analysis.network;
  Finding f;
  f.rule = "low-response-rate";
  f.id = "low-response-rate:" + c.network.waveId;
  if (net.asked == 0) {
    if (net.ties == 0) return;  // nothing collected yet: nothing to warn about
    f.severity = "info";
    f.numbers = {{"asked", 0}};
    write_texts(f, c.lang, {}, "none");
    out.push_back(f);
    return;
  }
  const double rate = c.response_rate();
  if (rate >= c.settings.minResponseRate) return;
  f.severity = "warning";
  f.numbers = {{"responseRate", rate},
               {"threshold", c.settings.minResponseRate},
               {"asked", net.asked},
               {"responded", net.responded}};
  write_texts(f, c.lang,
              {{"responded", net.responded},
               {"asked", net.asked},
               {"rate", percent(rate, c.lang)},
               {"threshold", percent(c.settings.minResponseRate, c.lang)}});
  out.push_back(f);
}

// A phase counts as begun when any of its items is done; every phase up to the latest begun one should be
// complete. The latest one is work in progress (info); earlier ones left open are warnings.
static void phases(const Context& c, std::vector<Finding>& out) {
  const json status = phase_status(c.project, &c.analysis, c.settings, c.lang)["phases"];
  int latest = 0;
  for (const auto& p : status)
    if (p["started"].get<bool>()) latest = p["number"].get<int>();
  for (const auto& p : status) {
    const int number = p["number"].get<int>();
    if (number > latest || p["complete"].get<bool>()) continue;
    std::vector<std::string> missing, ids;
    int required = 0;
    for (const auto& item : p["items"]) {
      if (!item["required"].get<bool>()) continue;
      ++required;
      if (!item["done"].get<bool>()) {
        missing.push_back(item["text"].get<std::string>());
        ids.push_back(item["id"].get<std::string>());
      }
    }
    if (missing.empty()) continue;
    Finding f;
    f.rule = "phase-incomplete";
    f.id = "phase-incomplete:" + std::to_string(number);
    f.severity = number < latest ? "warning" : "info";
    f.numbers = {{"phase", number}, {"missing", ids}, {"required", required}};
    write_texts(f, c.lang,
                {{"phase", number},
                 {"phaseTitle", p["title"].get<std::string>()},
                 {"missing", missing.size()},
                 {"required", required},
                 {"items", join_names(missing, c.lang)}});
    out.push_back(f);
  }
}

void process_rules(const Context& c, std::vector<Finding>& out) {
  response_rate(c, out);
  phases(c, out);
}

}  // namespace bosam::checks
