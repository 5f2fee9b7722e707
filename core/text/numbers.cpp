#include "text/numbers.hpp"

#include <cmath>
#include <cstdio>

#include "text/catalogue.hpp"

namespace bosam::text {

std::string percent(double share, Lang lang) {
  const long p = share >= 1.0 ? 100 : static_cast<long>(std::floor(share * 100.0 + 1e-9));
  return tr(lang, "number.percent", {{"value", std::to_string(p)}});
}

std::string decimal(double value, Lang lang, int digits) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", digits, value);
  std::string s = buf;
  if (lang != Lang::en)
    for (auto& ch : s)
      if (ch == '.') ch = ',';
  if (s.size() > 1 && s[0] == '-') s = "−" + s.substr(1);  // a real minus sign reads better
  return s;
}

}  // namespace bosam::text
