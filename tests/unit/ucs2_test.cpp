// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
#include <smspdu/ucs2.hpp>

#include <string>

#include "../support/test_support.hpp"

using smspdu::errc;
using smspdu::error;

namespace {
std::string decode(const test::octets& ucs2) {
  std::string out(smspdu::utf8_length_from_ucs2(ucs2).value(), '\0');
  REQUIRE(smspdu::ucs2_to_utf8(ucs2, smspdu::span<char>(out)).value() == out.size());
  return out;
}
test::octets encode(const std::string& text) {
  test::octets out(smspdu::ucs2_length_from_utf8(text).value());
  REQUIRE(smspdu::utf8_to_ucs2(text, out).value() == out.size());
  return out;
}
}  // namespace

TEST_CASE("UCS-2 agrees with Gammu with emoji as surrogate pairs", "[ucs2][golden]") {
  // tests/data/peers/gammu-user-data.jsonl: UCS-2 user data built by libGammu 1.42.
  int checked = 0;
  for (const auto& v : test::read_jsonl("peers/gammu-user-data.jsonl")) {
    if (v["alphabet"].str() != "ucs2") continue;
    CAPTURE(v["id"].str());
    const auto ud = test::bytes(v["ud"].str());
    const std::size_t udh_octets = v["udh"].str().size() / 2;
    REQUIRE(static_cast<std::size_t>(v["udl"].integer()) == ud.size());  // TP-UDL counts octets
    const test::octets ucs2(ud.begin() + static_cast<long>(udh_octets), ud.end());
    CHECK(decode(ucs2) == v["text"].str());
    CHECK(test::hex(encode(v["text"].str())) == test::hex(ucs2));
    ++checked;
  }
  CHECK(checked >= 15);
}

TEST_CASE("UCS-2 vectors from python-gsmmodem's test suite", "[ucs2][golden]") {
  int checked = 0;
  for (const auto& v : test::read_jsonl("public-vectors.jsonl")) {
    if (v["kind"].str() != "ucs2") continue;
    CAPTURE(v["id"].str());
    CHECK(decode(test::bytes(v["hex"].str())) == v["expect"]["text"].str());
    CHECK(test::hex(encode(v["expect"]["text"].str())) == v["hex"].str());
    ++checked;
  }
  CHECK(checked == 2);
}

TEST_CASE("UCS-2 known values", "[ucs2]") {
  CHECK(test::hex(encode("A\u00E9\u20AC")) == "004100E920AC");
  CHECK(test::hex(encode("\U0001F600")) == "D83DDE00");      // surrogate pair, high first
  CHECK(test::hex(encode("\U0010FFFF")) == "DBFFDFFF");
  CHECK(decode(test::bytes("D83DDE00")) == "\U0001F600");
  CHECK(decode(test::bytes("0000")) == std::string(1, '\0'));  // U+0000 is data, not an end
  CHECK(decode({}).empty());
  CHECK(smspdu::ucs2_length_from_utf8("a\U0001F600").value() == 6);
  CHECK(smspdu::utf16_length_from_ucs2(test::bytes("D83DDE000041")).value() == 3);
}

TEST_CASE("UTF-16 and UTF-32 in and UTF-16 out", "[ucs2]") {
  const std::string text = "Zürich 👋🏽 你好";
  const auto expected = encode(text);
  test::octets from16(expected.size());
  test::octets from32(expected.size());
  REQUIRE(smspdu::utf16_to_ucs2(test::utf16(text), from16).value() == expected.size());
  REQUIRE(smspdu::utf32_to_ucs2(test::utf32(text), from32).value() == expected.size());
  CHECK(from16 == expected);
  CHECK(from32 == expected);
  CHECK(smspdu::ucs2_length_from_utf16(test::utf16(text)).value() == expected.size());
  CHECK(smspdu::ucs2_length_from_utf32(test::utf32(text)).value() == expected.size());
  std::u16string back(smspdu::utf16_length_from_ucs2(expected).value(), u'\0');
  REQUIRE(smspdu::ucs2_to_utf16(expected, smspdu::span<char16_t>(back)).value() == back.size());
  CHECK(back == test::utf16(text));
}

TEST_CASE("malformed UCS-2 is an error at its octet offset", "[ucs2][errors]") {
  std::string out(16, '\0');
  const smspdu::span<char> o(out);
  CHECK(smspdu::ucs2_to_utf8(test::bytes("004100"), o) == error{errc::odd_ucs2_length, 2});
  CHECK(smspdu::ucs2_to_utf8(test::bytes("00"), o) == error{errc::odd_ucs2_length, 0});
  // A high surrogate at the end, or followed by anything but a low surrogate.
  CHECK(smspdu::ucs2_to_utf8(test::bytes("0041D83D"), o) == error{errc::unpaired_surrogate, 2});
  CHECK(smspdu::ucs2_to_utf8(test::bytes("D83D0041"), o) == error{errc::unpaired_surrogate, 0});
  CHECK(smspdu::ucs2_to_utf8(test::bytes("D83DD83D"), o) == error{errc::unpaired_surrogate, 0});
  // A low surrogate on its own.
  CHECK(smspdu::ucs2_to_utf8(test::bytes("0041DE00"), o) == error{errc::unpaired_surrogate, 2});
  CHECK(smspdu::utf8_length_from_ucs2(test::bytes("DE00")) == error{errc::unpaired_surrogate, 0});
  // A surrogate error comes before the odd length that follows it.
  CHECK(smspdu::ucs2_to_utf8(test::bytes("D83D00"), o) == error{errc::unpaired_surrogate, 0});
}

TEST_CASE("malformed text input to UCS-2 is an error at its code-unit offset", "[ucs2][errors]") {
  test::octets out(16);
  CHECK(smspdu::utf8_to_ucs2("ab\xFF", out) == error{errc::invalid_utf8, 2});
  CHECK(smspdu::utf16_to_ucs2(std::u16string{u'a', char16_t(0xDC00)}, out) ==
        error{errc::unpaired_surrogate, 1});
  CHECK(smspdu::utf32_to_ucs2(std::u32string{char32_t(0xD800)}, out) ==
        error{errc::unpaired_surrogate, 0});
  CHECK(smspdu::utf32_to_ucs2(std::u32string{U'a', U'b', char32_t(0x110000)}, out) ==
        error{errc::invalid_code_point, 2});
}

TEST_CASE("UCS-2 codecs never write outside the output", "[ucs2][errors]") {
  const std::string text = "a\U0001F600";  // 6 octets
  for (std::size_t capacity = 0; capacity <= 7; ++capacity) {
    CAPTURE(capacity);
    test::guarded_buffer<std::uint8_t> out(capacity);
    const auto n = smspdu::utf8_to_ucs2(text, out.span());
    if (capacity < 6) {
      CHECK(n == error{errc::output_too_small, 6});
    } else {
      CHECK(n.value() == 6);
    }
    CHECK(out.intact());
    test::guarded_buffer<char> utf8(capacity, '#');
    const auto m = smspdu::ucs2_to_utf8(test::bytes("0061D83DDE00"), utf8.span());
    if (capacity < 5) {
      CHECK(m == error{errc::output_too_small, 5});
    } else {
      CHECK(m.value() == 5);
    }
    CHECK(utf8.intact());
  }
}

TEST_CASE("random code points round-trip through UCS-2", "[ucs2][property]") {
  test::rng random(3);
  for (int round = 0; round < 500; ++round) {
    std::u32string text;
    const auto length = random.below(80);
    for (std::uint32_t i = 0; i < length; ++i) {
      char32_t c;
      do {
        // Mostly BMP, often supplementary, never a surrogate.
        c = random.below(4) == 0 ? 0x10000 + random.below(0x100000) : random.below(0x10000);
      } while (c >= 0xD800 && c <= 0xDFFF);
      text += c;
    }
    const std::string utf8 = test::utf8(text);
    CAPTURE(round);
    REQUIRE(decode(encode(utf8)) == utf8);
  }
}
