// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Built with -fno-exceptions -fno-rtti and run: the library needs neither,
// and real encode/decode calls give the right answers without them.
#include <smspdu/smspdu.hpp>

#include <array>
#include <cstdio>
#include <cstring>

namespace {
int failures = 0;
void check(bool condition, const char* what) {
  if (!condition) {
    std::printf("FAILED: %s\n", what);
    ++failures;
  }
}
}  // namespace

int main() {
  std::array<std::uint8_t, 32> octets{};
  const auto packed = smspdu::utf8_to_gsm7_packed("hellohello", octets);
  check(packed.has_value() && packed->octets == 9, "pack hellohello");
  std::array<char, 64> hex{};
  const auto digits = smspdu::octets_to_hex(smspdu::octet_view(octets.data(), 9), hex);
  check(digits.has_value() && std::memcmp(hex.data(), "E8329BFD4697D9EC37", 18) == 0,
        "hellohello packs to E8329BFD4697D9EC37");
  std::array<char, 64> text{};
  const auto n = smspdu::gsm7_packed_to_utf8(octets, 10, text);
  check(n.has_value() && *n == 10 && std::memcmp(text.data(), "hellohello", 10) == 0, "unpack");
  check(smspdu::hex_to_octets("0Z", octets) == smspdu::error{smspdu::errc::invalid_hex_digit, 1},
        "hex error with offset");
  const auto u = smspdu::utf8_to_ucs2("\xF0\x9F\x98\x80", octets);
  check(u.has_value() && *u == 4 && octets[0] == 0xD8 && octets[1] == 0x3D, "emoji as UCS-2");
  check(!smspdu::utf8_to_gsm7("\xE4\xB8\x96", octets).has_value(), "CJK is not GSM 7-bit");
  std::printf("%s\n", failures == 0 ? "no-exceptions build: all checks passed" : "failures");
  return failures == 0 ? 0 : 1;
}
