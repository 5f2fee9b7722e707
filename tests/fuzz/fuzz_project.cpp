// libFuzzer: arbitrary bytes through the project door (parse -> limits -> migrate -> validate), as the app, the
// CLI and browser storage use it. Invariants: no crash or sanitizer finding, an envelope without internal
// errors, and a document that validated validates again, unchanged, after being written out (serialise ->
// validate is the identity).
#include "api/api.hpp"
#include "fuzz_common.hpp"
#include "schema/door.hpp"

using namespace bosam;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const json env = fuzz::require_envelope(api::validate(text, R"({"lang":"en"})"));
  if (env["ok"].get<bool>()) {
    const json& doc = env["result"];
    const LoadResult again = load_project(doc.dump(), Lang::en);
    fuzz::require(again.doc.has_value(), "a validated document does not validate again", doc.dump());
    fuzz::require(*again.doc == doc, "validate -> serialise -> validate changed the document", doc.dump());
  } else {
    fuzz::require(env.contains("errors") && !env["errors"].empty(), "refused without an error");
    for (const auto& e : env["errors"])
      fuzz::require(e.contains("path") && !e.value("message", "").empty(), "an error without path or message",
                    e.dump());
  }
  return 0;
}
