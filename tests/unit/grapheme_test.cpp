// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Grapheme cluster boundaries against Unicode's own conformance test,
// GraphemeBreakTest.txt (Unicode 15.0, tests/data/unicode).
#include <smspdu/grapheme.hpp>

#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "../support/test_support.hpp"

TEST_CASE("every case of Unicode's GraphemeBreakTest.txt", "[grapheme][golden]") {
  std::size_t cases = 0;
  for (const auto& line : test::read_lines("unicode/GraphemeBreakTest.txt")) {
    const std::string rule = line.substr(0, line.find('#'));
    if (rule.find_first_not_of(" \t") == std::string::npos) continue;
    // "÷ 0020 × 0308 ÷": a code point after each mark; ÷ is a boundary.
    std::u32string text;
    std::vector<bool> expected;  // boundary before each code point, and at the end
    std::istringstream in(rule);
    std::string token;
    while (in >> token) {
      if (token == "\xC3\xB7") {
        expected.push_back(true);
      } else if (token == "\xC3\x97") {
        expected.push_back(false);
      } else {
        text += static_cast<char32_t>(std::stoul(token, nullptr, 16));
      }
    }
    REQUIRE(expected.size() == text.size() + 1);
    CAPTURE(line);
    smspdu::grapheme_breaker breaker;
    for (std::size_t i = 0; i < text.size(); ++i)
      CHECK(breaker.boundary_before(smspdu::grapheme_break_of(text[i])) == expected[i]);
    // The same through next_grapheme_boundary, in UTF-8.
    const std::string utf8 = test::utf8(text);
    std::vector<std::size_t> boundaries;  // in code points
    std::size_t code_points = 0;
    std::size_t at = 0;
    while (at < utf8.size()) {
      const std::size_t next = smspdu::next_grapheme_boundary(std::string_view(utf8), at);
      code_points += test::utf32(utf8.substr(at, next - at)).size();
      boundaries.push_back(code_points);
      at = next;
    }
    std::vector<std::size_t> wanted;
    for (std::size_t i = 1; i < expected.size(); ++i)
      if (expected[i]) wanted.push_back(i);
    CHECK(boundaries == wanted);
    ++cases;
  }
  CHECK(cases >= 600);
}

TEST_CASE("the clusters SMS text meets", "[grapheme]") {
  const auto count = [](const char* text) { return smspdu::grapheme_count(std::string_view(text)); };
  CHECK(count("") == 0);
  CHECK(count("abc") == 3);
  CHECK(count("\r\n") == 1);
  CHECK(count("e\xCC\x81") == 1);                          // e + combining acute
  CHECK(count("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD") == 1);   // thumbs up + skin tone
  CHECK(count("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7") == 1);  // family
  CHECK(count("\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7") == 2);  // DE FR flags
  CHECK(count("\xE2\x9D\xA4\xEF\xB8\x8F") == 1);           // heart + variation selector 16
  CHECK(count("\xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\xB7") == 2);  // Devanagari KA VIRAMA SSA (15.0: no GB9c)
  CHECK(smspdu::grapheme_break_of(U'a') == smspdu::grapheme_break::other);
  CHECK(smspdu::grapheme_break_of(0x1F1E9) == smspdu::grapheme_break::regional_indicator);
  STATIC_REQUIRE(smspdu::grapheme_count(std::u16string_view(u"e\u0301x")) == 2);
}

TEST_CASE("the two-level grapheme break table equals the full search for every code point",
          "[grapheme][fast_path]") {
  std::size_t differences = 0;
  for (char32_t c = 0; c <= 0x10FFFF; ++c)
    if (smspdu::grapheme_break_of(c) != smspdu::grapheme_break_by_search(c)) ++differences;
  CHECK(differences == 0);
}

TEST_CASE("the table-driven breaker equals grapheme_breaker", "[grapheme][fast_path]") {
  using gb = smspdu::grapheme_break;
  constexpr int properties = 15;
  std::size_t differences = 0;
  // Every sequence of five properties: each state, reached every way, and
  // each property after it.
  for (int sequence = 0; sequence < properties * properties * properties * properties * properties; ++sequence) {
    smspdu::grapheme_breaker reference;
    smspdu::detail::grapheme_table_breaker table;
    for (int k = 0, rest = sequence; k < 5; ++k, rest /= properties) {
      const auto p = static_cast<gb>(rest % properties);
      if (reference.boundary_before(p) != table.boundary_before(p)) ++differences;
    }
  }
  // Long random sequences, weighted towards the properties with rules.
  std::mt19937 rng(29);
  const gb weighted[] = {gb::other, gb::extend, gb::zwj, gb::regional_indicator, gb::regional_indicator,
                         gb::extended_pictographic, gb::extended_pictographic, gb::extend, gb::prepend,
                         gb::cr, gb::lf, gb::l, gb::v, gb::t, gb::lv, gb::lvt, gb::spacing_mark, gb::control};
  std::uniform_int_distribution<std::size_t> pick(0, sizeof weighted / sizeof weighted[0] - 1);
  for (int round = 0; round < 2000; ++round) {
    smspdu::grapheme_breaker reference;
    smspdu::detail::grapheme_table_breaker table;
    for (int k = 0; k < 200; ++k) {
      const gb p = weighted[pick(rng)];
      if (reference.boundary_before(p) != table.boundary_before(p)) ++differences;
    }
  }
  CHECK(differences == 0);
}
