#include "importers/people_columns.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <set>
#include <vector>

namespace bosam::importers {
namespace {

// Lower-case Latin-1 letters (the second byte after 0xC3 in UTF-8, 0xA0-0xBF) as plain letters; "" drops it.
const char* const kLatin1[32] = {"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
                                 "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};

// What each field's header may be called (bokmål, nynorsk, English), as header_key gives it; the first candidate
// found wins.
const std::vector<std::vector<const char*>>& candidates() {
  static const std::vector<std::vector<const char*>> c = {
      // name
      {"navn", "namn", "name", "fulltnavn", "fulltnamn", "fullname", "ansattnavn", "personnavn", "personnamn", "ansatt",
       "tilsett", "medarbeider", "medarbeidar", "employee", "employeename"},
      // firstName, lastName
      {"fornavn", "fornamn", "firstname", "givenname"},
      {"etternavn", "etternamn", "lastname", "surname", "familyname"},
      // unit
      {"enhet", "eining", "enhetsnavn", "einingsnamn", "avdeling", "avdelingsnavn", "avdelingsnamn", "avd", "seksjon",
       "unit", "department", "dept", "organisasjonsenhet", "organisasjonseining", "orgenhet"},
      // role
      {"stilling", "stillingstittel", "stillingsbetegnelse", "rolle", "tittel", "title", "jobtitle", "role",
       "position"},
      // fte
      {"stillingsprosent", "stillingsprosent%", "stilling%", "stillingsandel", "stillingsdel", "stillingsstorrelse",
       "stillingsstorleik", "arsverk", "fte", "prosent", "%"},
      // location
      {"arbeidssted", "arbeidsstad", "sted", "stad", "lokasjon", "lokalisering", "location", "office", "kontor",
       "kontorsted", "kontorstad", "workplace", "oppmotested", "oppmotestad"}};
  return c;
}

bool is_space_at(std::string_view s, std::size_t i, std::size_t& len) {
  const auto b = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  if (s[i] == ' ' || s[i] == '\t') return len = 1, true;
  if (b(i) == 0xC2 && b(i + 1) == 0xA0) return len = 2, true;  // no-break space (Excel's "50 %")
  if (b(i) == 0xE2 && b(i + 1) == 0x80 && (b(i + 2) == 0xAF || b(i + 2) == 0x89)) return len = 3, true;  // narrow, thin
  return false;
}

}  // namespace

std::string header_key(std::string_view header) {
  const std::string folded = fold_case(trim(header));
  std::string out;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const auto c = static_cast<unsigned char>(folded[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '%')
      out += static_cast<char>(c);
    else if (c == 0xC3 && i + 1 < folded.size()) {
      const auto d = static_cast<unsigned char>(folded[++i]);
      if (d >= 0xA0 && d <= 0xBF)
        out += kLatin1[d - 0xA0];
      else if (d == 0x9F)
        out += "ss";
    }
  }
  return out;
}

std::vector<std::string> header_parts(std::string_view header) {
  // Cut at '/', '|', ',', ';', '(' and ')', and at a dash with a space on either side ("Avdeling - enhet",
  // "Avdeling – enhet"; a dash inside a word, as in "E-post", is kept).
  std::vector<std::string> parts;
  std::string part;
  auto cut = [&] {
    if (std::string k = header_key(part); !k.empty()) parts.push_back(std::move(k));
    part.clear();
  };
  const std::string_view dashes[] = {"-", "\xE2\x80\x93", "\xE2\x80\x94"};  // hyphen, en dash, em dash
  for (std::size_t i = 0; i < header.size(); ++i) {
    const char c = header[i];
    if (c == '/' || c == '|' || c == ',' || c == ';' || c == '(' || c == ')') {
      cut();
      continue;
    }
    bool dash = false;
    for (std::string_view d : dashes)
      if (header.substr(i, d.size()) == d) {
        const bool spaceBefore = i > 0 && header[i - 1] == ' ';
        const bool spaceAfter = i + d.size() < header.size() && header[i + d.size()] == ' ';
        if (spaceBefore || spaceAfter) {
          cut();
          i += d.size() - 1;
          dash = true;
        }
        break;
      }
    if (!dash) part += c;
  }
  cut();
  if (parts.size() < 2) parts.clear();  // one part is the whole header, already tried
  return parts;
}

json suggest_people_mapping(const RawTable& t) {
  std::vector<std::string> keys;
  std::vector<std::vector<std::string>> parts;
  for (const auto& h : t.header) keys.push_back(header_key(h)), parts.push_back(header_parts(h));
  std::set<std::size_t> used;
  json m = json::object();
  for (const char* f : kPeopleFields) m[f] = nullptr;
  const auto& cands = candidates();
  // Two rounds: whole headers for every field first, then the parts of headers still free, so "Stilling (%)" is
  // the FTE (whole "stilling%") before its part "Stilling" could make it the role.
  for (int round = 0; round < 2; ++round) {
    for (std::size_t f = 0; f < cands.size(); ++f) {
      json& into = m[kPeopleFields[f]];
      const bool part = f == 1 || f == 2;
      if (!into.is_null() || (part && m["name"].is_string())) continue;
      auto fits = [&](std::size_t c, const char* cand) {
        if (round == 0) return keys[c] == cand;
        return std::find(parts[c].begin(), parts[c].end(), cand) != parts[c].end();
      };
      for (const char* cand : cands[f]) {
        for (std::size_t c = 0; c < keys.size() && into.is_null(); ++c)
          if (!used.count(c) && fits(c, cand)) into = t.header[c], used.insert(c);
        if (!into.is_null()) break;
      }
    }
  }
  // A first name alone is not a name: both parts, or neither.
  if (m["firstName"].is_null() != m["lastName"].is_null()) m["firstName"] = m["lastName"] = nullptr;
  return m;
}

int recognised_headers(const std::vector<std::string>& row) {
  int n = 0;
  for (const auto& cell : row) {
    const std::string key = header_key(cell);
    const std::vector<std::string> ps = header_parts(cell);
    bool known = false;
    for (const auto& field : candidates())
      for (const char* cand : field) known = known || key == cand || std::find(ps.begin(), ps.end(), cand) != ps.end();
    n += known;
  }
  return n;
}

FteCell read_fte(std::string_view text) {
  std::string s;
  for (std::size_t i = 0, len = 0; i < text.size(); i += len) {
    len = 1;
    if (!is_space_at(text, i, len)) s += text[i];
  }
  FteCell out;
  bool percent = false;
  if (!s.empty() && s.back() == '%') percent = true, s.pop_back();
  if (s.empty()) {
    out.kind = percent ? FteCell::Kind::bad : FteCell::Kind::empty;
    return out;
  }
  out.kind = FteCell::Kind::bad;
  std::uint64_t n = 0;
  int digits = 0, decimals = 0;
  bool separator = false;
  for (char c : s) {
    if (c == '.' || c == ',') {
      if (separator) return out;
      separator = true;
    } else if (c >= '0' && c <= '9') {
      if (++digits > 15) return out;
      n = n * 10 + static_cast<std::uint64_t>(c - '0');
      decimals += separator;
    } else {
      return out;
    }
  }
  if (digits == 0) return out;
  // One division of exact integers (n < 2^53, 10^k exact up to 10^22): the nearest double to the decimal value.
  static constexpr double kPow10[] = {1e0, 1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,
                                      1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17};
  auto divided = [&](int powerOfTen) { return static_cast<double>(n) / kPow10[powerOfTen]; };
  out.kind = FteCell::Kind::value;
  out.value = divided(decimals + (percent ? 2 : 0));
  if (!percent && out.value > 1) out.value = divided(decimals + 2), out.percentBy = true;
  return out;
}

std::string format_number(double v, Lang lang) {
  const long long scaled = std::llround(std::fabs(v) * 10000.0);
  std::string out = (v < 0 && scaled ? "-" : "") + std::to_string(scaled / 10000);
  long long frac = scaled % 10000;
  if (frac) {
    std::string f = std::to_string(frac);
    f = std::string(4 - f.size(), '0') + f;
    while (!f.empty() && f.back() == '0') f.pop_back();
    out += (lang != Lang::en ? "," : ".") + f;
  }
  return out;
}

}  // namespace bosam::importers
