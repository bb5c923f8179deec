// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// No codec path allocates: global operator new is replaced by a counting one
// (tests/support/alloc_counter.cpp) and the count must not move across calls.
#include <smspdu/smspdu.hpp>

#include <array>
#include <string_view>

#include "../support/alloc_counter.hpp"
#include "../support/test_support.hpp"

namespace {
// Keeps the probe allocation observable: a new-expression whose result is
// unused may be elided (C++14 [expr.new]/10), and clang does elide it.
void* volatile probe_sink = nullptr;
}  // namespace

TEST_CASE("the allocation counter sees allocations", "[no_alloc]") {
  const std::size_t before = test::allocation_count();
  probe_sink = ::operator new(16);
  ::operator delete(probe_sink);
  CHECK(test::allocation_count() == before + 1);
}

TEST_CASE("codec calls allocate nothing", "[no_alloc]") {
  // Inputs prepared before counting starts.
  constexpr std::string_view hex = "E8329BFD4697D9EC37";
  constexpr std::string_view text = "Grüße {Ärger} ΔΩ 10€ @home";
  constexpr std::u16string_view text16 = u"Hi \U0001F600 there";
  constexpr std::u32string_view text32 = U"abc\u00E9";
  std::array<std::uint8_t, 200> octets{};
  std::array<std::uint8_t, 200> septets{};
  std::array<char, 400> chars{};
  std::array<char16_t, 200> units{};

  const std::size_t before = test::allocation_count();
  bool ok = true;
  const auto packed = smspdu::hex_to_octets(hex, octets);
  ok &= packed.has_value();
  ok &= smspdu::hex_to_octets(hex).has_value();
  ok &= smspdu::octets_to_hex(smspdu::octet_view(octets.data(), 9), chars).has_value();
  ok &= smspdu::octets_to_hex(smspdu::octet_view(octets.data(), 9)).has_value();
  ok &= smspdu::unpack_septets(octets, 10, septets).has_value();
  ok &= smspdu::pack_septets(smspdu::septet_view(septets.data(), 10), octets, 3).has_value();
  ok &= smspdu::pack_septets_ussd(smspdu::septet_view(septets.data(), 7), octets).has_value();
  ok &= smspdu::unpack_septets_ussd(smspdu::octet_view(octets.data(), 7), septets).has_value();
  const auto size = smspdu::utf8_to_gsm7_packed(text, octets, 1);
  ok &= size.has_value();
  ok &= smspdu::gsm7_packed_to_utf8(octets, size->septets, chars, 1).has_value();
  ok &= smspdu::gsm7_packed_to_utf16(octets, size->septets, units, 1).has_value();
  ok &= smspdu::utf8_length_from_gsm7_packed(octets, size->septets, 1).has_value();
  const auto n = smspdu::utf8_to_gsm7(text, septets);
  ok &= n.has_value();
  ok &= smspdu::gsm7_to_utf8(smspdu::septet_view(septets.data(), *n), chars).has_value();
  ok &= smspdu::utf16_length_from_gsm7(smspdu::septet_view(septets.data(), *n)) > 0;
  ok &= smspdu::utf32_to_gsm7(text32, septets).has_value();
  ok &= smspdu::gsm7_length_from_utf16(u"\u00C7a").has_value();
  ok &= !smspdu::utf8_to_gsm7("\U0001F600", septets).has_value();  // the error path too
  const auto u = smspdu::utf16_to_ucs2(text16, octets);
  ok &= u.has_value();
  ok &= smspdu::ucs2_to_utf8(smspdu::octet_view(octets.data(), *u), chars).has_value();
  ok &= smspdu::ucs2_to_utf16(smspdu::octet_view(octets.data(), *u), units).has_value();
  ok &= smspdu::utf8_to_ucs2(text, octets).has_value();
  ok &= !smspdu::ucs2_to_utf8(smspdu::octet_view(octets.data(), 3), chars).has_value();
  const std::size_t after = test::allocation_count();

  CHECK(ok);
  CHECK(after == before);
}
