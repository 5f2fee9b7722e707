// api::message: a message of the catalogues filled in, so the CLI writes its own short lines ("ingenting ble
// importert") in the same three languages as everything else, without glueing words itself.
#include "api/api.hpp"
#include "api/envelope.hpp"
#include "text/catalogue.hpp"

namespace bosam::api {

std::string message(const std::string& options) {
  return with_options(options, [&](const json& o, Lang lang) -> std::string {
    const json* key = o.contains("key") && o["key"].is_string() ? &o["key"] : nullptr;
    if (!key || !text::has_message(lang, key->get<std::string>())) return option_failure(lang, "key", "missing");
    text::Args args;
    if (o.contains("args") && o["args"].is_object())
      for (auto it = o["args"].begin(); it != o["args"].end(); ++it) {
        if (it.value().is_number_integer())
          args.emplace_back(it.key(), it.value().get<long long>());
        else if (it.value().is_string())
          args.emplace_back(it.key(), it.value().get<std::string>());
      }
    return envelope({}, {{"text", text::tr(lang, key->get<std::string>(), args)}});
  });
}

}  // namespace bosam::api
