// The core's message catalogues: one per language (data/messages/nb.json, nn.json, en.json, compiled in), each a
// flat object from a key such as "finding.isolate.title" to a pattern (text/message.hpp). The three hold exactly
// the same keys with the same placeholders; tests/core/text_catalogue_test.cpp and tests/js fail when they drift.
#pragma once
#include <map>
#include <string>

#include "text/message.hpp"

namespace bosam::text {

// The message `key` in `lang` with its placeholders filled. A key no catalogue has comes back as the key itself
// (visible, never silently another language); the tests make sure every key the code uses is in all three.
std::string tr(Lang lang, const std::string& key, const Args& args = {});

// Whether `lang`'s catalogue has `key`.
bool has_message(Lang lang, const std::string& key);

// Every key and pattern of a language, for the tests and the CLI's catalogue listing.
const std::map<std::string, std::string>& messages(Lang lang);

}  // namespace bosam::text
