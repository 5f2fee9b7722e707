// SHA-256 and HMAC-SHA256 (FIPS 180-4, RFC 2104), for stable pseudonyms. Small and dependency-free so the same
// code runs natively and in WebAssembly. O(length of input).
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace bosam::survey {

std::array<std::uint8_t, 32> sha256(std::string_view data);
std::array<std::uint8_t, 32> hmac_sha256(std::string_view key, std::string_view message);
std::string to_hex(const std::uint8_t* bytes, std::size_t n);

}  // namespace bosam::survey
