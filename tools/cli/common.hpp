// What the bosam subcommands share: reading input files, writing the output, printing an envelope's messages.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "base/json.hpp"

namespace bosam::cli {

// The whole file as bytes; false when it cannot be opened.
bool read_file(const std::string& path, std::string& out);

// read_file that says "bosam: cannot read PATH" on stderr when it fails.
bool read_input(const std::string& path, std::string& out);

// `text` to stdout when `path` is empty, else into the file; false (and said on stderr) when it cannot be written.
bool write_output(const std::string& path, const std::string& text);

// The file name without its folders.
std::string base_name(const std::string& path);

// "--map KEY=COLUMN,KEY=COLUMN" into `mapping` (COLUMN may be empty); "" when it reads, else what is wrong.
std::string parse_map(const std::string& spec, const std::vector<std::string>& keys, json& mapping);

// The language of the CLI's own lines: `given` (--lang) when set, else the project's målform (settings.language
// in `projectText`), else bokmål. O(size of the project) when it has to look.
std::string line_lang(const std::string& given, const std::string& projectText);

// A message of the core's catalogues (cli.*, docs/messages.md) in `lang`, its arguments filled (api::message).
std::string say(const std::string& lang, const std::string& key, const json& args = json::object());

// A project as it is written to a file: stamped (api::stamp) with a new random stamp from std::random_device and
// the time now, then as indented JSON with a final newline. False (and said on stderr) when it cannot be stamped.
bool stamped_text(const json& project, std::string& out);

// One line per error and warning of an envelope: [FILE: ]PATH: message [code] (warnings say so).
void print_issues(const json& env, std::ostream& os, const std::string& file = "");

}  // namespace bosam::cli
