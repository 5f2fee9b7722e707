#include "common.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

#include "api/api.hpp"

namespace bosam::cli {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

bool read_input(const std::string& path, std::string& out) {
  if (read_file(path, out)) return true;
  std::cerr << "bosam: cannot read " << path << "\n";
  return false;
}

bool write_output(const std::string& path, const std::string& text) {
  if (path.empty()) {
    std::cout << text;
    return true;
  }
  if (std::ofstream(path, std::ios::binary) << text) return true;
  std::cerr << "bosam: cannot write " << path << "\n";
  return false;
}

std::string base_name(const std::string& path) {
  const auto slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string parse_map(const std::string& spec, const std::vector<std::string>& keys, json& mapping) {
  std::stringstream ss(spec);
  std::string part;
  while (std::getline(ss, part, ',')) {
    const auto eq = part.find('=');
    if (eq == std::string::npos || eq == 0) return "--map needs KEY=COLUMN pairs, found \"" + part + "\"";
    const std::string key = part.substr(0, eq);
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) return "--map: unknown key " + key;
    mapping[key] = part.substr(eq + 1);
  }
  return "";
}

std::string line_lang(const std::string& given, const std::string& projectText) {
  if (!given.empty()) return given;
  const json doc = json::parse(projectText, nullptr, false);
  if (doc.is_object() && doc.contains("settings") && doc["settings"].is_object()) {
    const json& language = doc["settings"].value("language", json());
    if (language == "nn" || language == "en" || language == "nb") return language.get<std::string>();
  }
  return "nb";
}

std::string say(const std::string& lang, const std::string& key, const json& args) {
  const json env = json::parse(api::message(json{{"key", key}, {"lang", lang}, {"args", args}}.dump()));
  return env.value("ok", false) ? env["result"]["text"].get<std::string>() : key;
}

// "r-" and 16 hex digits from the system's random source (the core has none; docs/project-file.md "revision").
std::string new_stamp() {
  std::random_device rd;
  static const char* digits = "0123456789abcdef";
  std::string s = "r-";
  for (int i = 0; i < 4; ++i) {
    const std::uint32_t v = rd();
    for (int shift = 12; shift >= 0; shift -= 4) s += digits[(v >> shift) & 15];
  }
  return s;
}

// Now in UTC, ISO 8601 with milliseconds: 2026-12-05T07:15:00.000Z.
std::string now_utc() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  char out[40];
  std::snprintf(out, sizeof out, "%s.%03dZ", buf, static_cast<int>(ms));
  return out;
}

bool stamped_text(const json& project, std::string& out) {
  const json options = {{"stamp", new_stamp()}, {"savedAt", now_utc()}};
  const json env = json::parse(api::stamp(project.dump(), options.dump()));
  if (!env.value("ok", false)) {
    print_issues(env, std::cerr);
    return false;
  }
  out = env["result"].dump(2) + "\n";
  return true;
}

void print_issues(const json& env, std::ostream& os, const std::string& file) {
  for (const char* kind : {"errors", "warnings"}) {
    if (!env.contains(kind)) continue;
    for (const auto& e : env[kind]) {
      // A file that is not JSON is told in words without the place; the place follows its code: [not-json 12:8].
      std::string where;
      if (e.value("code", "") == "not-json" && e.contains("line"))
        where = " " + std::to_string(e["line"].get<int>()) +
                (e.contains("column") ? ":" + std::to_string(e["column"].get<int>()) : "");
      os << (file.empty() ? "" : file + ": ") << e.value("path", "$") << ": "
         << (std::string(kind) == "warnings" ? "warning: " : "") << e.value("message", "") << " ["
         << e.value("code", "") << where << "]\n";
    }
  }
}

}  // namespace bosam::cli
