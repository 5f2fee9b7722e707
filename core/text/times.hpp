// Points in time in sentences: when a survey answer was saved. Answer files carry the time in UTC
// (2026-04-21T08:30:00Z); a coordinator in Norway reads it in Norwegian time ("21.04.2026 kl. 10.30"), the
// pattern being the message time.norway of each language.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "base/lang.hpp"

namespace bosam::text {

// Milliseconds since 1970-01-01T00:00:00Z of an ISO 8601 time in UTC ("2026-04-21T08:30:00Z", a fraction of a
// second allowed: "…:00.250Z"), or nullopt for anything else (other offsets, a date alone, text). O(length).
std::optional<long long> utc_millis(std::string_view iso);

// The time in Norwegian time: CET (UTC+1), and CEST (UTC+2) from the last Sunday of March 01:00 UTC to the last
// Sunday of October 01:00 UTC, the EU rule Norway follows. To the minute (with `seconds`, to the second), in the
// language's pattern. O(1).
std::string norwegian_time(Lang lang, long long millis, bool seconds = false);

}  // namespace bosam::text
