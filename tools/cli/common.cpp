#include "common.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
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

void print_issues(const json& env, std::ostream& os, const std::string& file) {
  for (const char* kind : {"errors", "warnings"}) {
    if (!env.contains(kind)) continue;
    for (const auto& e : env[kind])
      os << (file.empty() ? "" : file + ": ") << e.value("path", "$") << ": "
         << (std::string(kind) == "warnings" ? "warning: " : "") << e.value("message", "") << " ["
         << e.value("code", "") << "]\n";
  }
}

}  // namespace bosam::cli
