// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
#include <smspdu/hex.hpp>

#include <array>
#include <string>

#include "../support/test_support.hpp"

using smspdu::errc;
using smspdu::error;

TEST_CASE("hex decodes upper and lower case and encodes upper case", "[hex]") {
  std::array<std::uint8_t, 8> out{};
  const auto n = smspdu::hex_to_octets("00fFa5Bc09", out);
  REQUIRE(n.value() == 5);
  CHECK(test::hex(smspdu::octet_view(out.data(), 5)) == "00FFA5BC09");

  std::array<char, 10> text{};
  REQUIRE(smspdu::octets_to_hex(smspdu::octet_view(out.data(), 5), text).value() == 10);
  CHECK(std::string(text.data(), 10) == "00FFA5BC09");
}

TEST_CASE("every octet value survives hex both ways", "[hex]") {
  std::array<std::uint8_t, 256> all{};
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = static_cast<std::uint8_t>(i);
  std::array<char, 512> text{};
  REQUIRE(smspdu::octets_to_hex(all, text).value() == 512);
  // Independent oracle: the test helper's formatter.
  CHECK(std::string(text.data(), text.size()) == test::hex(all));
  std::array<std::uint8_t, 256> back{};
  REQUIRE(smspdu::hex_to_octets(std::string_view(text.data(), text.size()), back).value() == 256);
  CHECK(back == all);
}

TEST_CASE("hex errors carry the index of the offending digit", "[hex][errors]") {
  std::array<std::uint8_t, 32> out{};
  CHECK(smspdu::hex_to_octets("0G", out) == error{errc::invalid_hex_digit, 1});
  CHECK(smspdu::hex_to_octets("G0", out) == error{errc::invalid_hex_digit, 0});
  CHECK(smspdu::hex_to_octets("00 0", out) == error{errc::invalid_hex_digit, 2});
  CHECK(smspdu::hex_to_octets("ABC", out) == error{errc::odd_hex_length, 2});
  CHECK(smspdu::hex_to_octets("0", out) == error{errc::odd_hex_length, 0});
  // A bad digit is reported before the odd length.
  CHECK(smspdu::hex_to_octets("00Z", out) == error{errc::invalid_hex_digit, 2});
  CHECK(smspdu::hex_to_octets("0Z0", out) == error{errc::invalid_hex_digit, 1});
  // Non-hex PDUs from python-gsmmodem's test_decode_invalidData (tests/data/public-vectors.jsonl).
  CHECK(smspdu::hex_to_octets("AFSDSDF LJJFKLDJKLFJ# #$KJLKJL SF", out) ==
        error{errc::invalid_hex_digit, 2});
  CHECK(smspdu::hex_to_octets("AEFDSDFSDFSDFS", out) == error{errc::invalid_hex_digit, 4});
  CHECK(smspdu::hex_to_octets("", out).value() == 0);
}

TEST_CASE("hex never writes past the output and reports the size it needs", "[hex][errors]") {
  const std::string hex = "0791724238";
  for (std::size_t capacity = 0; capacity <= 6; ++capacity) {
    CAPTURE(capacity);
    test::guarded_buffer<std::uint8_t> out(capacity);
    const auto n = smspdu::hex_to_octets(hex, out.span());
    if (capacity < 5) {
      CHECK(n == error{errc::output_too_small, 5});
    } else {
      CHECK(n.value() == 5);
      CHECK(out.untouched_from(5));
    }
    CHECK(out.intact());
  }
  for (std::size_t capacity = 0; capacity <= 11; ++capacity) {
    CAPTURE(capacity);
    test::guarded_buffer<char> out(capacity, '#');
    const auto octets = test::bytes(hex);
    const auto n = smspdu::octets_to_hex(octets, out.span());
    if (capacity < 10) {
      CHECK(n == error{errc::output_too_small, 10});
      CHECK(out.untouched_from(0));
    } else {
      CHECK(n.value() == 10);
    }
    CHECK(out.intact());
  }
}

TEST_CASE("hex into fixed-capacity vectors", "[hex]") {
  const auto octets = smspdu::hex_to_octets("E8329BFD4697D9EC37");
  REQUIRE(octets.has_value());
  CHECK(octets->size() == 9);
  CHECK(test::hex(*octets) == "E8329BFD4697D9EC37");
  CHECK(smspdu::hex_to_octets<2>("AABBCC") == error{errc::output_too_small, 3});
  const auto text = smspdu::octets_to_hex(*octets);
  REQUIRE(text.has_value());
  CHECK(std::string(text->data(), text->size()) == "E8329BFD4697D9EC37");
  CHECK(smspdu::octets_length_from_hex(18) == 9);
  CHECK(smspdu::hex_length_from_octets(9) == 18);
}
