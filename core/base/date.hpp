// Calendar dates as the project file writes them (YYYY-MM-DD), checked for real: 2027-02-29 is no date, 2028-02-29
// is. ISO dates compare as text, so "has this date passed" is a string comparison once both are checked.
#pragma once
#include <string>

namespace bosam {

// True when `s` is exactly YYYY-MM-DD and names a day of the Gregorian calendar (years 0001-9999). O(1).
inline bool is_calendar_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  const int year = std::stoi(s.substr(0, 4)), month = std::stoi(s.substr(5, 2)), day = std::stoi(s.substr(8, 2));
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

// A moment as the app and the CLI write it: a calendar date, alone or followed by "T" and a time
// ("2027-07-01T08:15:00.000Z"). Only the date part is checked for real; the time is kept as written. O(length).
inline bool is_date_or_timestamp(const std::string& s) {
  if (s.size() < 10 || !is_calendar_date(s.substr(0, 10))) return false;
  return s.size() == 10 || (s[10] == 'T' && s.size() > 11);
}

}  // namespace bosam
