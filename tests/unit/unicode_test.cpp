// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Well-formedness of text input (Unicode §3.9, table 3-7), through the public
// UCS-2 encoder, which accepts every valid code point.
#include <smspdu/gsm7.hpp>
#include <smspdu/ucs2.hpp>

#include <string>

#include "../support/test_support.hpp"

using smspdu::errc;
using smspdu::error;

namespace {
smspdu::result<std::size_t> check_utf8(const std::string& text) {
  return smspdu::ucs2_length_from_utf8(text);
}
}  // namespace

TEST_CASE("well-formed UTF-8 is accepted at every sequence length", "[unicode]") {
  CHECK(check_utf8("\x7F").value() == 2);
  CHECK(check_utf8("\xC2\x80").value() == 2);          // U+0080, smallest 2-octet
  CHECK(check_utf8("\xDF\xBF").value() == 2);          // U+07FF
  CHECK(check_utf8("\xE0\xA0\x80").value() == 2);      // U+0800, smallest 3-octet
  CHECK(check_utf8("\xED\x9F\xBF").value() == 2);      // U+D7FF, just below the surrogates
  CHECK(check_utf8("\xEE\x80\x80").value() == 2);      // U+E000, just above
  CHECK(check_utf8("\xEF\xBF\xBF").value() == 2);      // U+FFFF
  CHECK(check_utf8("\xF0\x90\x80\x80").value() == 4);  // U+10000
  CHECK(check_utf8("\xF4\x8F\xBF\xBF").value() == 4);  // U+10FFFF
}

TEST_CASE("malformed UTF-8 is rejected at the first code unit of the bad sequence",
          "[unicode][errors]") {
  struct bad_case {
    const char* text;
    std::size_t offset;
  };
  const bad_case cases[] = {
      {"\x80", 0},                  // lone continuation
      {"a\xBF", 1},                 // lone continuation after ASCII
      {"\xC0\x80", 0},              // overlong NUL
      {"\xC1\xBF", 0},              // overlong 2-octet
      {"\xE0\x80\x80", 0},          // overlong 3-octet
      {"\xE0\x9F\xBF", 0},          // overlong 3-octet (U+07FF)
      {"\xF0\x80\x80\x80", 0},      // overlong 4-octet
      {"\xF0\x8F\xBF\xBF", 0},      // overlong 4-octet (U+FFFF)
      {"ab\xED\xA0\x80", 2},        // encoded high surrogate U+D800
      {"\xED\xBF\xBF", 0},          // encoded low surrogate U+DFFF
      {"\xF4\x90\x80\x80", 0},      // U+110000
      {"\xF5\x80\x80\x80", 0},      // lead octet above F4
      {"\xFF", 0},
      {"xy\xC3", 2},                // truncated 2-octet at the end
      {"\xE2\x82", 0},              // truncated 3-octet
      {"\xF0\x9F\x98", 0},          // truncated 4-octet
      {"\xC3\x28", 0},              // bad continuation
      {"\xE2\x28\xA1", 0},
      {"\xE2\x82\x28", 0},
      {"\xF0\x9F\x28\x80", 0},
      {"\xF0\x9F\x98\x28", 0},
      {"ok\xE2\x82\xAC\xE2", 5},    // valid euro sign then a truncated sequence
  };
  for (const auto& c : cases) {
    CAPTURE(test::hex(smspdu::octet_view(reinterpret_cast<const std::uint8_t*>(c.text),
                                         std::char_traits<char>::length(c.text))));
    CHECK(check_utf8(c.text) == error{errc::invalid_utf8, c.offset});
  }
}

TEST_CASE("UTF-16 and UTF-32 well-formedness", "[unicode][errors]") {
  test::octets out(16);
  CHECK(smspdu::utf16_to_ucs2(std::u16string{char16_t(0xD83D), char16_t(0xDE00)}, out).value() == 4);
  CHECK(smspdu::utf16_to_ucs2(std::u16string{char16_t(0xD83D)}, out) ==
        error{errc::unpaired_surrogate, 0});
  CHECK(smspdu::utf16_to_ucs2(std::u16string{u'x', char16_t(0xD83D), u'y'}, out) ==
        error{errc::unpaired_surrogate, 1});
  CHECK(smspdu::utf16_to_ucs2(std::u16string{char16_t(0xDE00), char16_t(0xD83D)}, out) ==
        error{errc::unpaired_surrogate, 0});
  CHECK(smspdu::utf32_to_ucs2(std::u32string{char32_t(0x10FFFF)}, out).value() == 4);
  CHECK(smspdu::utf32_to_ucs2(std::u32string{char32_t(0xDFFF)}, out) ==
        error{errc::unpaired_surrogate, 0});
  CHECK(smspdu::utf32_to_ucs2(std::u32string{char32_t(0xFFFFFFFF)}, out) ==
        error{errc::invalid_code_point, 0});
}

#if SMSPDU_HAS_CHAR8_T
TEST_CASE("C++20 char8_t text is accepted", "[unicode][cxx20]") {
  test::octets out(16);
  CHECK(smspdu::utf8_to_ucs2(std::u8string_view(u8"\u00E9"), out).value() == 2);
  CHECK(smspdu::ucs2_length_from_utf8(std::u8string_view(u8"\U0001F600")).value() == 4);
  CHECK(smspdu::gsm7_length_from_utf8(std::u8string_view(u8"{\u00E9")).value() == 3);
  CHECK(smspdu::utf8_to_gsm7(std::u8string_view(u8"@"), out).value() == 1);
  CHECK(smspdu::utf8_to_gsm7_packed(std::u8string_view(u8"hellohello"), out).value() ==
        smspdu::gsm7_packed_size{10, 9});
}
#endif
