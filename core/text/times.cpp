#include "text/times.hpp"

#include "text/catalogue.hpp"

namespace bosam::text {
namespace {

constexpr long long kDay = 86400;

// Days since 1970-01-01 of a date in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
long long days_from_civil(long long y, int m, int d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long yoe = y - era * 400;
  const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Civil {
  long long year;
  int month, day;
};

Civil civil_from_days(long long z) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {yoe + era * 400 + (m <= 2), m, d};
}

// Days since 1970-01-01 of the last Sunday of a 31-day month (1970-01-01 was a Thursday).
long long last_sunday(long long year, int month) {
  const long long last = days_from_civil(year, month, 31);
  const long long weekday = ((last + 4) % 7 + 7) % 7;  // 0 = Sunday
  return last - weekday;
}

long long floor_div(long long a, long long b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

int digits(std::string_view s, std::size_t from, std::size_t count) {
  int v = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

std::string two(long long v) { return (v < 10 ? "0" : "") + std::to_string(v); }

}  // namespace

std::optional<long long> utc_millis(std::string_view s) {
  if (s.size() < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':') return std::nullopt;
  const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2), h = digits(s, 11, 2), mi = digits(s, 14, 2),
            se = digits(s, 17, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 60)
    return std::nullopt;
  std::size_t i = 19;
  long long ms = 0;
  if (s[i] == '.') {
    const std::size_t start = ++i;
    long long scale = 100;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      ms += (s[i] - '0') * scale;
      scale /= 10;
      ++i;
    }
    if (i == start || i - start > 9) return std::nullopt;
  }
  if (i + 1 != s.size() || s[i] != 'Z') return std::nullopt;
  const long long seconds = days_from_civil(y, mo, d) * kDay + h * 3600LL + mi * 60LL + se;
  return seconds * 1000 + ms;
}

std::string norwegian_time(Lang lang, long long millis, bool seconds) {
  const long long utc = floor_div(millis, 1000);
  const long long year = civil_from_days(floor_div(utc, kDay)).year;
  const long long summerFrom = last_sunday(year, 3) * kDay + 3600, summerTo = last_sunday(year, 10) * kDay + 3600;
  const long long local = utc + (utc >= summerFrom && utc < summerTo ? 7200 : 3600);
  const long long days = floor_div(local, kDay), inDay = local - days * kDay;
  const Civil c = civil_from_days(days);
  return tr(lang, seconds ? "time.norway-seconds" : "time.norway",
            {{"day", two(c.day)},
             {"month", two(c.month)},
             {"year", std::to_string(c.year)},
             {"hour", two(inDay / 3600)},
             {"minute", two(inDay % 3600 / 60)},
             {"second", two(inDay % 60)}});
}

}  // namespace bosam::text
