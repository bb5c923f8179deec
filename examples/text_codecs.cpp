// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// The README's text-codec tour, compiled and run as a test (it checks its own
// results and exits non-zero on a mismatch).
#include <smspdu/smspdu.hpp>

#include <array>
#include <cstdio>
#include <string_view>

int main() {
  // UTF-8 text -> GSM 7-bit septets packed into TP-UD octets.
  std::array<std::uint8_t, 140> user_data{};
  const auto packed = smspdu::utf8_to_gsm7_packed("hellohello", user_data);
  if (!packed) return 1;
  std::array<char, 280> hex{};
  const auto digits =
      smspdu::octets_to_hex(smspdu::octet_view(user_data.data(), packed->octets), hex);
  std::printf("%zu septets: %.*s\n", packed->septets, static_cast<int>(*digits), hex.data());

  // ...and back: the septet count (TP-UDL) is always explicit, so a final '@'
  // is never lost and never invented.
  std::array<char, 320> text{};
  const auto length = smspdu::gsm7_packed_to_utf8(user_data, packed->septets, text);
  std::printf("decoded: %.*s\n", static_cast<int>(*length), text.data());

  // Characters outside the GSM alphabet are errors with their offset, never '?'.
  const auto failed = smspdu::gsm7_length_from_utf8("Hi 😀");
  std::printf("error: %s at byte %zu\n", smspdu::to_string(failed.error().code).data(),
              failed.error().offset);

  // UCS-2 (UTF-16BE) carries everything else, emoji as surrogate pairs.
  std::array<std::uint8_t, 140> ucs2{};
  const auto octets = smspdu::utf8_to_ucs2("Hi 😀", ucs2);
  std::printf("UCS-2: %zu octets\n", *octets);

  // Everything also works at compile time.
  static_assert(smspdu::gsm7_length_from_utf8("{€}").value() == 6);

  const bool ok = packed->octets == 9 && std::string_view(hex.data(), 18) == "E8329BFD4697D9EC37" &&
                  std::string_view(text.data(), *length) == "hellohello" &&
                  failed.error().code == smspdu::errc::unencodable_character &&
                  failed.error().offset == 3 && *octets == 10;
  return ok ? 0 : 1;
}
