#include "export/text.hpp"

#include <cmath>
#include <cstdio>

namespace bosam::exports {
namespace {

// Decodes the UTF-8 sequence at s[i]: its code point and length, or -1 (length 1) when it is not valid UTF-8
// (stray continuation bytes, truncated or overlong sequences, surrogates, values above U+10FFFF).
long decode(std::string_view s, std::size_t i, std::size_t& len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  len = 1;
  if (b0 < 0x80) return b0;
  int extra = 0;
  long cp = 0;
  if ((b0 & 0xE0) == 0xC0)
    extra = 1, cp = b0 & 0x1F;
  else if ((b0 & 0xF0) == 0xE0)
    extra = 2, cp = b0 & 0x0F;
  else if ((b0 & 0xF8) == 0xF0)
    extra = 3, cp = b0 & 0x07;
  else
    return -1;
  if (i + extra >= s.size()) return -1;  // truncated at the end
  for (int k = 1; k <= extra; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (b & 0x3F);
  }
  static const long minimum[] = {0, 0x80, 0x800, 0x10000};
  if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
  len = static_cast<std::size_t>(extra) + 1;
  return cp;
}

// Calls f(codePoint, bytes) for each valid UTF-8 character of s, skipping invalid bytes.
template <typename F>
void each_char(std::string_view s, F&& f) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    const long cp = decode(s, i, len);
    if (cp >= 0) f(cp, s.substr(i, len));
    i += len;
  }
}

}  // namespace

std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  each_char(s, [&](long cp, std::string_view bytes) {
    switch (cp) {
      case '&':
        out += "&amp;";
        return;
      case '<':
        out += "&lt;";
        return;
      case '>':
        out += "&gt;";
        return;
      case '"':
        out += "&quot;";
        return;
      case '\'':
        out += "&apos;";
        return;
      case '\t':
        out += "&#9;";
        return;
      case '\n':
        out += "&#10;";
        return;
      case '\r':
        out += "&#13;";
        return;
      default:
        break;
    }
    if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF) return;  // not allowed anywhere in XML 1.0
    out += bytes;
  });
  return out;
}

std::string csv_field(std::string_view s, char separator, bool guardFormula) {
  std::string text(s);
  if (guardFormula && !text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos)
    text.insert(0, 1, '\'');
  if (text.find_first_of(std::string{separator, '"', '\r', '\n'}) == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out += '"';
}

std::string pajek_label(std::string_view s) {
  std::string out = "\"";
  each_char(s, [&](long cp, std::string_view bytes) {
    if (cp == '"')
      out += '\'';
    else if (cp == '\\')
      out += '/';
    else if (cp < 0x20 || cp == 0x7F)
      out += ' ';
    else
      out += bytes;
  });
  return out += '"';
}

std::string format_number(const json& value, bool decimalComma) {
  if (value.is_number_integer() || value.is_number_unsigned()) return value.dump();
  if (!value.is_number_float()) return "";
  const double d = value.get<double>();
  if (!std::isfinite(d)) return "";
  if (!decimalComma) return value.dump();  // shortest round-trip form, e.g. 0.1, 3.0, 1e-05
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.12f", d);
  std::string out = buf;
  while (!out.empty() && out.back() == '0') out.pop_back();
  if (!out.empty() && out.back() == '.') out.pop_back();
  if (out == "-0") out = "0";
  for (char& c : out)
    if (c == '.') c = ',';
  return out;
}

}  // namespace bosam::exports
