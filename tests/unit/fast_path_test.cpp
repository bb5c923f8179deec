// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// The fast paths equal the simple paths. Word-at-a-time packing and
// unpacking are compared with bit-by-bit reference implementations written
// here from TS 23.038 §6.1.2.1.1; the eight-characters-at-a-time UTF-8 paths
// of the GSM 7-bit codecs with the UTF-16 and UTF-32 paths, which go one
// character at a time. Inputs are random: lengths around every multiple of
// eight, every fill-bit value, every table pair, outputs exact and short.
#include <smspdu/smspdu.hpp>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "../support/test_support.hpp"

namespace {

// TS 23.038 §6.1.2.1.1: septet i occupies bits fill + 7i .. fill + 7i + 6
// of the octet stream, least significant bit first.
test::octets reference_pack(const test::octets& septets, unsigned fill) {
  test::octets out((septets.size() * 7 + fill + 7) / 8, 0);
  for (std::size_t i = 0; i < septets.size(); ++i)
    for (unsigned b = 0; b < 7; ++b) {
      const std::size_t bit = fill + 7 * i + b;
      if ((static_cast<unsigned>(septets[i]) >> b) & 1u) out[bit / 8] = static_cast<std::uint8_t>(out[bit / 8] | (1u << (bit % 8)));
    }
  return out;
}

test::octets reference_unpack(const test::octets& packed, std::size_t count, unsigned fill) {
  test::octets out(count, 0);
  for (std::size_t i = 0; i < count; ++i)
    for (unsigned b = 0; b < 7; ++b) {
      const std::size_t bit = fill + 7 * i + b;
      if ((static_cast<unsigned>(packed[bit / 8]) >> (bit % 8)) & 1u) out[i] = static_cast<std::uint8_t>(out[i] | (1u << b));
    }
  return out;
}

// A random length, often near a multiple of eight (where the fast paths
// hand over to the simple ones).
std::size_t random_length(std::mt19937& rng, std::size_t most) {
  std::uniform_int_distribution<std::size_t> any(0, most);
  std::uniform_int_distribution<int> coin(0, 1);
  std::uniform_int_distribution<std::size_t> near(0, 4);
  std::size_t n = any(rng);
  if (coin(rng) == 0) n = n / 8 * 8 + near(rng);  // 0..4 past a multiple of 8
  if (n >= 2 && coin(rng) == 0) n -= 2;           // or just before one
  return n > most ? most : n;
}

// UTF-16 to UTF-8 (well-formed input: what the decoders write).
std::string utf8_of(const std::u16string& text) {
  std::u32string code_points;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    if (c >= 0xD800 && c < 0xDC00 && i + 1 < text.size()) c = 0x10000 + ((c - 0xD800) << 10) + (text[++i] - 0xDC00);
    code_points += c;
  }
  return test::utf8(code_points);
}

// Text for the GSM 7-bit encoders: mostly ASCII (one septet each), with the
// ASCII characters that are not (@ $ _ escape to the extension table or are
// absent), Latin-1 GSM characters, Greek, the euro sign, national letters and
// characters no table has.
std::string random_gsm_text(std::mt19937& rng, std::size_t length, int ascii_percent) {
  static const char* const others[] = {"@", "$", "_", "{", "}", "[", "]", "~", "\\", "|", "^", "`", "\n", "\r",
                                       "\x0C", "\xC3\xA9", "\xC3\x84", "\xC3\xBC", "\xC3\x9F", "\xCE\x94",
                                       "\xCE\xA9", "\xE2\x82\xAC", "\xC5\x9F", "\xC4\x9F", "\xC3\xA7",
                                       "\xE0\xA4\x95", "\xD0\x96", "\xF0\x9F\x98\x80"};
  static const char ascii[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,!?:;'\"()*+-/<=>#%&";
  std::uniform_int_distribution<int> percent(0, 99);
  std::uniform_int_distribution<std::size_t> pick_ascii(0, sizeof ascii - 2);
  std::uniform_int_distribution<std::size_t> pick_other(0, sizeof others / sizeof others[0] - 1);
  std::string text;
  while (text.size() < length) {
    if (percent(rng) < ascii_percent) {
      text += ascii[pick_ascii(rng)];
    } else {
      text += others[pick_other(rng)];
    }
  }
  return text;
}

smspdu::gsm7_tables random_tables(std::mt19937& rng) {
  std::uniform_int_distribution<int> nli(0, 13);
  std::uniform_int_distribution<int> chance(0, 3);
  if (chance(rng) != 0) return {};
  return {static_cast<smspdu::national_language>(nli(rng)), static_cast<smspdu::national_language>(nli(rng))};
}

// The offset in UTF-8 `text` of the code point at UTF-16 offset `at16`.
std::size_t utf8_offset_of(const std::string& text, std::size_t at16) {
  std::size_t units16 = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (units16 >= at16) return i;
    const auto step = smspdu::detail::next_code_point(text.data(), text.size(), i);
    units16 += step.value >= 0x10000 ? 2 : 1;
    i += step.units;
  }
  return text.size();
}

}  // namespace

TEST_CASE("word-at-a-time packing equals bit-by-bit packing", "[fast_path][septet]") {
  std::mt19937 rng(61);
  std::uniform_int_distribution<int> septet(0, 127);
  for (int round = 0; round < 4000; ++round) {
    const std::size_t n = random_length(rng, 170);
    const unsigned fill = static_cast<unsigned>(round % 7);
    test::octets septets(n);
    for (auto& s : septets) s = static_cast<std::uint8_t>(septet(rng));
    CAPTURE(n, fill);
    const auto expected = reference_pack(septets, fill);
    test::octets out(expected.size() + 9, 0xEE);  // room to spare: nothing written past the packed octets
    REQUIRE(smspdu::pack_septets(septets, out, fill).value() == expected.size());
    CHECK(test::octets(out.begin(), out.begin() + static_cast<long>(expected.size())) == expected);
    CHECK(std::all_of(out.begin() + static_cast<long>(expected.size()), out.end(), [](auto o) { return o == 0xEE; }));
    test::octets exact(expected.size());
    REQUIRE(smspdu::pack_septets(septets, exact, fill).value() == expected.size());
    CHECK(exact == expected);
    const auto unpacked = reference_unpack(expected, n, fill);
    CHECK(unpacked == septets);
    test::octets back(n + 3, 0xEE);
    REQUIRE(smspdu::unpack_septets(expected, n, back, fill).value() == n);
    CHECK(test::octets(back.begin(), back.begin() + static_cast<long>(n)) == septets);
  }
}

TEST_CASE("word-at-a-time unpacking equals bit-by-bit unpacking of any octets", "[fast_path][septet]") {
  std::mt19937 rng(62);
  std::uniform_int_distribution<int> octet(0, 255);
  for (int round = 0; round < 4000; ++round) {
    const std::size_t n = random_length(rng, 170);
    const unsigned fill = static_cast<unsigned>(round % 7);
    test::octets packed((n * 7 + fill + 7) / 8 + static_cast<std::size_t>(round % 3));  // sometimes spare octets
    for (auto& o : packed) o = static_cast<std::uint8_t>(octet(rng));
    CAPTURE(n, fill, packed.size());
    test::octets out(n);
    REQUIRE(smspdu::unpack_septets(packed, n, out, fill).value() == n);
    CHECK(out == reference_unpack(packed, n, fill));
  }
}

// Both packing paths of this build: the word loop (portable SWAR, or
// PEXT/PDEP with BMI2) and, where GCC/Clang vector extensions are on, the
// two-words-at-a-time loop; every septet count 0..200 with every fill.
template <bool Vectors>
void check_every_length_and_fill(std::mt19937& rng) {
  std::uniform_int_distribution<int> septet(0, 127);
  std::uniform_int_distribution<int> octet(0, 255);
  for (std::size_t n = 0; n <= 200; ++n) {
    for (unsigned fill = 0; fill <= 6; ++fill) {
      CAPTURE(Vectors, n, fill);
      test::octets septets(n);
      for (auto& s : septets) s = static_cast<std::uint8_t>(septet(rng));
      const auto expected = reference_pack(septets, fill);
      // Exactly the octets needed, so a sanitizer sees any write past them,
      // and with spare room, which must stay untouched.
      test::octets exact(expected.size(), 0xEE);
      REQUIRE(smspdu::detail::pack_septets_with<Vectors>(septets, exact, fill).value() == expected.size());
      CHECK(exact == expected);
      test::octets roomy(expected.size() + 16, 0xEE);
      REQUIRE(smspdu::detail::pack_septets_with<Vectors>(septets, roomy, fill).value() == expected.size());
      CHECK(test::octets(roomy.begin(), roomy.begin() + static_cast<long>(expected.size())) == expected);
      CHECK(std::all_of(roomy.begin() + static_cast<long>(expected.size()), roomy.end(),
                        [](auto o) { return o == 0xEE; }));
      // A septet above 0x7F anywhere is reported at its index, by either path.
      if (n != 0) {
        test::octets invalid = septets;
        const std::size_t at = static_cast<std::size_t>(octet(rng)) % n;
        invalid[at] = static_cast<std::uint8_t>(invalid[at] | 0x80);
        test::octets out(expected.size());
        CHECK(smspdu::detail::pack_septets_with<Vectors>(invalid, out, fill) == smspdu::error{smspdu::errc::invalid_septet, at});
      }

      // Unpacking: the packed octets exactly (a copy of that size), then
      // with random spare bits and octets after them, into an exact output.
      test::octets back(n, 0xEE);
      REQUIRE(smspdu::detail::unpack_septets_with<Vectors>(expected, n, back, fill).value() == n);
      CHECK(back == septets);
      test::octets noisy = expected;
      if (!noisy.empty()) {
        const unsigned used = static_cast<unsigned>((n * 7 + fill) % 8);  // bits of the last octet in use
        if (used != 0) noisy.back() = static_cast<std::uint8_t>(noisy.back() | (0xFF << used));
      }
      if (fill != 0 && !noisy.empty()) noisy.front() = static_cast<std::uint8_t>(noisy.front() | ((1u << fill) - 1));
      for (int spare = octet(rng) % 9; spare > 0; --spare) noisy.push_back(static_cast<std::uint8_t>(octet(rng)));
      test::octets back_noisy(n, 0xEE);
      REQUIRE(smspdu::detail::unpack_septets_with<Vectors>(noisy, n, back_noisy, fill).value() == n);
      CHECK(back_noisy == septets);
      // Random octets: each path equals the bit-by-bit definition.
      test::octets random(expected.size() + static_cast<std::size_t>(octet(rng) % 3));
      for (auto& o : random) o = static_cast<std::uint8_t>(octet(rng));
      test::octets unpacked(n + 5, 0xEE);
      REQUIRE(smspdu::detail::unpack_septets_with<Vectors>(random, n, unpacked, fill).value() == n);
      CHECK(test::octets(unpacked.begin(), unpacked.begin() + static_cast<long>(n)) == reference_unpack(random, n, fill));
      CHECK(std::all_of(unpacked.begin() + static_cast<long>(n), unpacked.end(), [](auto o) { return o == 0xEE; }));
    }
  }
}

TEST_CASE("every septet count 0..200 with every fill: each packing path equals bit-by-bit packing",
          "[fast_path][septet]") {
  std::mt19937 rng(64);
  for (int round = 0; round < 3; ++round) {
    check_every_length_and_fill<false>(rng);
#if SMSPDU_HAS_VECTOR_EXTENSIONS
    check_every_length_and_fill<true>(rng);
#endif
  }
}

TEST_CASE("the SWAR septet squeeze and spread equal their bit-by-bit definition", "[fast_path][septet]") {
  std::mt19937_64 rng(2027);
  for (int round = 0; round < 200000; ++round) {
    const std::uint64_t any = rng();
    const std::uint64_t septets = any & 0x7F7F7F7F7F7F7F7Full;  // the squeeze's precondition
    std::uint64_t packed = 0;
    std::uint64_t spread = 0;
    for (unsigned i = 0; i < 8; ++i) {
      packed |= ((septets >> (8 * i)) & 0x7Fu) << (7 * i);
      spread |= ((any >> (7 * i)) & 0x7Fu) << (8 * i);
    }
    CAPTURE(any);
    CHECK(smspdu::detail::squeeze_septets_swar(septets) == packed);
    CHECK(smspdu::detail::squeeze_septets_high(septets) == packed << 7);
    for (unsigned fill = 0; fill <= 6; ++fill) CHECK(smspdu::detail::squeeze_septets_at(septets, fill) == packed << fill);
    CHECK(smspdu::detail::spread_septets_swar(any) == spread);
    CHECK(smspdu::detail::spread_septets(any) == spread);
  }
}

TEST_CASE("the UTF-8 GSM 7-bit encoder's fast path equals the UTF-16 path", "[fast_path][gsm7]") {
  std::mt19937 rng(63);
  std::uniform_int_distribution<int> mix(0, 3);
  for (int round = 0; round < 6000; ++round) {
    const int ascii_percent = mix(rng) == 0 ? 100 : 90 + mix(rng) * 3;
    const std::string text = random_gsm_text(rng, random_length(rng, 200), ascii_percent);
    const std::u16string text16 = test::utf16(text);
    const auto tables = random_tables(rng);
    const unsigned fill = static_cast<unsigned>(round % 7);
    CAPTURE(text, fill, smspdu::to_string(tables.locking_shift), smspdu::to_string(tables.single_shift));
    // Septet counts and unpacked septets.
    const auto length8 = smspdu::gsm7_length_from_utf8(text, tables);
    const auto length16 = smspdu::gsm7_length_from_utf16(text16, tables);
    REQUIRE(length8.has_value() == length16.has_value());
    if (!length8) {
      CHECK(length8.error().code == length16.error().code);
      CHECK(length8.error().offset == utf8_offset_of(text, length16.error().offset));
      continue;
    }
    CHECK(*length8 == *length16);
    test::octets septets8(*length8), septets16(*length8);
    REQUIRE(smspdu::utf8_to_gsm7(text, septets8, tables).has_value());
    REQUIRE(smspdu::utf16_to_gsm7(text16, septets16, tables).has_value());
    CHECK(septets8 == septets16);
    // Packed, into exact, roomy and short outputs.
    const std::size_t octets = smspdu::octets_length_from_septets(*length8, fill);
    for (const std::size_t room : {octets, octets + 8, octets > 0 ? octets - 1 : 0}) {
      test::octets out8(room, 0xEE), out16(room, 0xEE);
      const auto packed8 = smspdu::utf8_to_gsm7_packed(text, out8, fill, tables);
      const auto packed16 = smspdu::utf16_to_gsm7_packed(text16, out16, fill, tables);
      REQUIRE(packed8.has_value() == packed16.has_value());
      if (packed8) {
        CHECK(packed8->septets == packed16->septets);
        CHECK(packed8->octets == packed16->octets);
        // The packed octets; past them the streaming packer may leave a
        // word store's spare octet, the whole-message path writes nothing.
        const auto end8 = out8.begin() + static_cast<long>(packed8->octets);
        CHECK(test::octets(out8.begin(), end8) == test::octets(out16.begin(), out16.begin() + static_cast<long>(packed16->octets)));
        if (tables == smspdu::gsm7_tables{}) CHECK(std::all_of(end8, out8.end(), [](auto o) { return o == 0xEE; }));
      } else {
        CHECK(packed8.error() == packed16.error());
      }
    }
  }
}

TEST_CASE("the GSM 7-bit decoder's UTF-8 fast path equals the UTF-16 path", "[fast_path][gsm7]") {
  std::mt19937 rng(64);
  std::uniform_int_distribution<int> any_septet(0, 127);
  std::uniform_int_distribution<int> mix(0, 3);
  std::uniform_int_distribution<int> octet(0, 255);
  for (int round = 0; round < 6000; ++round) {
    const auto tables = random_tables(rng);
    const unsigned fill = static_cast<unsigned>(round % 7);
    // Packed octets of mostly plain text, or of any septets at all (escapes,
    // ESC ESC, a final ESC, undefined positions).
    test::octets packed;
    std::size_t count = 0;
    if (mix(rng) != 0) {
      const std::string text = random_gsm_text(rng, random_length(rng, 160), 94);
      const auto n = smspdu::gsm7_length_from_utf8(text, {});
      if (!n) continue;
      packed.assign(smspdu::octets_length_from_septets(*n, fill), 0);
      count = smspdu::utf8_to_gsm7_packed(text, packed, fill).value().septets;
    } else {
      count = random_length(rng, 160);
      packed.resize(smspdu::octets_length_from_septets(count, fill));
      for (auto& o : packed) o = static_cast<std::uint8_t>(octet(rng));
    }
    CAPTURE(test::hex(packed), count, fill);
    const auto need8 = smspdu::utf8_length_from_gsm7_packed(packed, count, fill, tables).value();
    const auto need16 = smspdu::utf16_length_from_gsm7_packed(packed, count, fill, tables).value();
    for (const std::size_t room : {need8, need8 + 9, need8 > 0 ? need8 - 1 : 0}) {
      std::string out8(room, '\x7F');
      const auto n8 = smspdu::gsm7_packed_to_utf8(packed, count, smspdu::span<char>(out8), fill, tables);
      std::u16string out16(need16, u'\0');
      REQUIRE(smspdu::gsm7_packed_to_utf16(packed, count, smspdu::span<char16_t>(out16), fill, tables).value() ==
              need16);
      if (room < need8) {
        CHECK(n8.error() == smspdu::error{smspdu::errc::output_too_small, need8});
        continue;
      }
      REQUIRE(n8.value() == need8);
      CHECK(out8.substr(0, need8) == utf8_of(out16));
      CHECK(out8.substr(need8) == std::string(room - need8, '\x7F'));  // nothing written past the text
    }
  }
}

TEST_CASE("UCS-2 encoding from UTF-8 equals encoding from UTF-32, errors included", "[fast_path][ucs2]") {
  std::mt19937 rng(65);
  static const char* const pieces[] = {"a", "Z", " ", "9", "\xD0\x96", "\xC3\xA9", "\xE4\xBD\xA0", "\xE2\x82\xAC",
                                       "\xF0\x9F\x98\x80", "\xEF\xBF\xBD", "\x7F", "\n"};
  static const char* const malformed[] = {"\xC3", "\xED\xA0\x80", "\xF8", "\x80", "\xE2\x82"};
  std::uniform_int_distribution<std::size_t> pick(0, sizeof pieces / sizeof pieces[0] - 1);
  std::uniform_int_distribution<std::size_t> pick_bad(0, sizeof malformed / sizeof malformed[0] - 1);
  std::uniform_int_distribution<int> percent(0, 99);
  for (int round = 0; round < 6000; ++round) {
    const std::size_t length = random_length(rng, 160);
    const int ascii_share = percent(rng);
    std::string text;
    while (text.size() < length) text += percent(rng) < ascii_share ? "x" : pieces[pick(rng)];
    const bool broken = percent(rng) < 10;
    if (broken) text.insert(text.size() * static_cast<std::size_t>(percent(rng)) / 100, malformed[pick_bad(rng)]);
    CAPTURE(text);
    const auto need8 = smspdu::ucs2_length_from_utf8(text);
    if (!need8) {
      CHECK(broken);
      test::octets out(2 * text.size() + 8);
      CHECK(smspdu::utf8_to_ucs2(text, out).error() == need8.error());
      continue;
    }
    const std::u32string text32 = test::utf32(text);
    CHECK(*need8 == smspdu::ucs2_length_from_utf32(text32).value());
    for (const std::size_t room : {*need8, *need8 + 17, *need8 > 0 ? *need8 - 1 : 0}) {
      test::octets out8(room, 0xEE), out32(room, 0xEE);
      const auto n8 = smspdu::utf8_to_ucs2(text, out8);
      const auto n32 = smspdu::utf32_to_ucs2(text32, out32);
      CHECK(n8 == n32);
      CHECK(out8 == out32);
    }
  }
}

TEST_CASE("UCS-2 decoding to UTF-8 equals decoding to UTF-16, errors included", "[fast_path][ucs2]") {
  std::mt19937 rng(66);
  std::uniform_int_distribution<int> kind(0, 9);
  std::uniform_int_distribution<int> any(0, 0xFFFF);
  for (int round = 0; round < 6000; ++round) {
    const std::size_t units = random_length(rng, 80);
    test::octets ucs2;
    for (std::size_t k = 0; k < units; ++k) {
      unsigned u = 0;
      switch (kind(rng)) {
        case 0: u = static_cast<unsigned>(any(rng)); break;  // anything, lone surrogates included
        case 1: u = 0x0416; break;
        case 2: u = 0x4F60; break;
        case 3:  // a pair
          ucs2.push_back(0xD8);
          ucs2.push_back(0x3D);
          u = 0xDE00;
          break;
        case 4: u = 0x00E9; break;
        default: u = 0x61; break;
      }
      ucs2.push_back(static_cast<std::uint8_t>(u >> 8));
      ucs2.push_back(static_cast<std::uint8_t>(u));
    }
    if (kind(rng) == 0) ucs2.push_back(0x41);  // odd length
    CAPTURE(test::hex(ucs2));
    const auto need8 = smspdu::utf8_length_from_ucs2(ucs2);
    const auto need16 = smspdu::utf16_length_from_ucs2(ucs2);
    REQUIRE(need8.has_value() == need16.has_value());
    if (!need8) {
      CHECK(need8.error() == need16.error());
      std::string out(4 * ucs2.size() + 8, '\0');
      CHECK(smspdu::ucs2_to_utf8(ucs2, smspdu::span<char>(out)).error() == need8.error());
      continue;
    }
    std::u16string out16(*need16, u'\0');
    REQUIRE(smspdu::ucs2_to_utf16(ucs2, smspdu::span<char16_t>(out16)).value() == *need16);
    for (const std::size_t room : {*need8, *need8 + 9, *need8 > 0 ? *need8 - 1 : 0}) {
      std::string out8(room, '\x7F');
      const auto n8 = smspdu::ucs2_to_utf8(ucs2, smspdu::span<char>(out8));
      if (room < *need8) {
        CHECK(n8.error() == smspdu::error{smspdu::errc::output_too_small, *need8});
        continue;
      }
      REQUIRE(n8.value() == *need8);
      CHECK(out8.substr(0, *need8) == utf8_of(out16));
      CHECK(out8.substr(*need8) == std::string(room - *need8, '\x7F'));
    }
  }
}

TEST_CASE("the address digit lookup is the inverse of the semi-octet table for every character",
          "[fast_path][address]") {
  for (int c = 0; c < 256; ++c) {
    const char ch = static_cast<char>(c);
    int expected = -1;
    for (int v = 0; v < 15; ++v)
      if (smspdu::detail::semi_octet_digits[v] == ch) expected = v;
    CHECK(smspdu::detail::semi_octet_of(ch) == expected);
  }
}

TEST_CASE("the address digit-pair table equals two semi-octet lookups for every octet",
          "[fast_path][address]") {
  // TS 23.040 §9.1.2.3: low semi-octet first; 1111 is no digit.
  for (unsigned octet = 0; octet < 256; ++octet) {
    const unsigned low = octet & 0x0Fu;
    const unsigned high = octet >> 4;
    const std::uint16_t pair = smspdu::detail::semi_octet_pairs.pair[octet];
    if (low == 0x0F || high == 0x0F) {
      CHECK(pair == 0);
      continue;
    }
    CHECK(static_cast<char>(pair & 0xFFu) == smspdu::detail::semi_octet_digits[low]);
    CHECK(static_cast<char>(pair >> 8) == smspdu::detail::semi_octet_digits[high]);
  }
}

TEST_CASE("decoding an address through the pair table equals decoding it digit by digit",
          "[fast_path][address]") {
  // Every length 0..20 with random semi-octets, a 1111 put at every position
  // in turn: the digits or the error offset a digit-by-digit reading gives.
  std::uint32_t state = 12345;
  const auto next = [&state] { return state = state * 1664525u + 1013904223u; };
  for (unsigned length = 0; length <= 20; ++length) {
    for (unsigned round = 0; round < 200; ++round) {
      std::vector<std::uint8_t> octets{static_cast<std::uint8_t>(length), 0x91};
      for (unsigned k = 0; k < (length + 1) / 2; ++k) octets.push_back(static_cast<std::uint8_t>(next() >> 8));
      std::string expected;
      std::size_t bad_at = 0;
      bool bad = false;
      for (unsigned i = 0; i < length && !bad; ++i) {
        const std::uint8_t octet = octets[2 + i / 2];
        const unsigned semi = i % 2 == 0 ? (octet & 0x0Fu) : (octet >> 4u);
        if (semi == 0x0F) {
          bad = true;
          bad_at = 2 + i / 2;
        } else {
          expected += smspdu::detail::semi_octet_digits[semi];
        }
      }
      smspdu::detail::octet_reader in(smspdu::octet_view(octets.data(), octets.size()));
      const auto decoded = smspdu::detail::decode_address(in);
      if (bad) {
        REQUIRE_FALSE(decoded);
        CHECK(decoded.error() == smspdu::error{smspdu::errc::invalid_address_digit, bad_at});
      } else {
        REQUIRE(decoded);
        CHECK(decoded->text() == expected);
        if (length % 2 == 1) CHECK(decoded->fill_semi_octet == (octets.back() >> 4u));
      }
    }
  }
}

TEST_CASE("the TP-UDL unit table agrees with TS 23.038 clause 4 for every TP-DCS octet", "[fast_path][dcs]") {
  // Written out from the coding groups, independently of the table's
  // builder: septets for the GSM 7-bit default alphabet, uncompressed.
  for (unsigned v = 0; v < 256; ++v) {
    bool septets = false;
    switch (v >> 4) {
      case 0x0: case 0x1: case 0x2: case 0x3:   // general data coding
      case 0x4: case 0x5: case 0x6: case 0x7: { // automatic deletion
        const unsigned set = (v >> 2) & 3u;
        const bool compressed = (v & 0x20u) != 0;
        septets = set == 3u || (set == 0u && !compressed);  // 11 is reserved: read as GSM 7-bit
        break;
      }
      case 0x8: case 0x9: case 0xA: case 0xB: septets = true; break;  // reserved: GSM 7-bit
      case 0xC: case 0xD: septets = true; break;                      // MWI, GSM 7-bit
      case 0xE: septets = false; break;                               // MWI, UCS-2
      default: septets = (v & 0x04u) == 0; break;                     // 1111: bit 2 = 8-bit data
    }
    const smspdu::data_coding_scheme dcs{static_cast<std::uint8_t>(v)};
    INFO("TP-DCS " << v);
    CHECK(dcs.user_data_in_septets() == septets);
    CHECK(dcs.user_data_in_septets() == (dcs.character_set() == smspdu::alphabet::gsm7 && !dcs.compressed()));
  }
}

TEST_CASE("the word-at-a-time timestamp check equals checking octet by octet", "[fast_path][timestamp]") {
  // Random TP-SCTS octets, mostly valid BCD, some with a semi-octet above 9
  // anywhere: the fields or the error offset of a one-octet-at-a-time
  // reading (TS 23.040 §9.2.3.11, swapped BCD), range checks in field order.
  std::uint32_t state = 4242;
  const auto next = [&state] { return state = state * 1664525u + 1013904223u; };
  const unsigned limits[6] = {100, 13, 32, 24, 60, 60};
  for (unsigned round = 0; round < 20000; ++round) {
    std::array<std::uint8_t, 7> octets{};
    for (unsigned i = 0; i < 7; ++i) {
      const unsigned value = (next() >> 8) % (i < 6 ? limits[i] : 80);
      octets[i] = static_cast<std::uint8_t>(value / 10 | (value % 10) << 4);
      if ((next() >> 12) % 8 == 0) octets[i] = static_cast<std::uint8_t>(next() >> 16);  // anything
    }
    std::optional<smspdu::error> expected_error;
    unsigned field[6] = {};
    for (unsigned i = 0; i < 6 && !expected_error; ++i) {
      const unsigned tens = octets[i] & 0x0Fu, units = octets[i] >> 4u;
      if (tens > 9 || units > 9) expected_error = smspdu::error{smspdu::errc::invalid_timestamp, i};
      field[i] = tens * 10 + units;
    }
    if (!expected_error && (octets[6] >> 4u) > 9) expected_error = smspdu::error{smspdu::errc::invalid_timestamp, 6};
    const unsigned year = field[0] >= 90 ? 1900 + field[0] : 2000 + field[0];
    if (!expected_error) {
      if (field[1] < 1 || field[1] > 12) expected_error = smspdu::error{smspdu::errc::invalid_timestamp, 1};
      else if (field[2] < 1 || field[2] > smspdu::days_in_month(year, field[1]))
        expected_error = smspdu::error{smspdu::errc::invalid_timestamp, 2};
      else if (field[3] > 23) expected_error = smspdu::error{smspdu::errc::invalid_timestamp, 3};
      else if (field[4] > 59) expected_error = smspdu::error{smspdu::errc::invalid_timestamp, 4};
      else if (field[5] > 59) expected_error = smspdu::error{smspdu::errc::invalid_timestamp, 5};
    }
    smspdu::detail::octet_reader in(smspdu::octet_view(octets.data(), octets.size()));
    const auto decoded = smspdu::detail::decode_timestamp(in);
    if (expected_error) {
      REQUIRE_FALSE(decoded);
      CHECK(decoded.error() == *expected_error);
      continue;
    }
    REQUIRE(decoded);
    CHECK(decoded->year == year);
    CHECK(decoded->month == field[1]);
    CHECK(decoded->day == field[2]);
    CHECK(decoded->hour == field[3]);
    CHECK(decoded->minute == field[4]);
    CHECK(decoded->second == field[5]);
    const int quarters = static_cast<int>((octets[6] & 0x07u) * 10 + (octets[6] >> 4u));
    CHECK(decoded->utc_offset_quarters == ((octets[6] & 0x08u) != 0 ? -quarters : quarters));
  }
}

TEST_CASE("encoding an address through the value table equals encoding it digit by digit",
          "[fast_path][address]") {
  // Random values of every length 0..20 from digits and a few characters
  // that are none; the octets or the first bad character's offset.
  const std::string pool = "0123456789*#abcx+ dA";
  std::uint32_t state = 777;
  const auto next = [&state] { return state = state * 1664525u + 1013904223u; };
  for (unsigned length = 0; length <= 20; ++length) {
    for (unsigned round = 0; round < 200; ++round) {
      smspdu::address a;
      a.fill_semi_octet = static_cast<std::uint8_t>(next() >> 28);
      std::vector<std::uint8_t> expected{static_cast<std::uint8_t>(length), a.type_octet()};
      std::size_t bad_at = 0;
      bool bad = false;
      for (unsigned i = 0; i < length; ++i) {
        const char c = pool[(next() >> 8) % (round % 2 == 0 ? 15 : pool.size())];
        a.value.push_back(c);
        const auto at = pool.find(c);
        if (at >= 15 && !bad) {
          bad = true;
          bad_at = i;
        }
        const unsigned semi = at < 15 ? static_cast<unsigned>(at) : 0u;
        if (i % 2 == 0) expected.push_back(static_cast<std::uint8_t>(semi));
        else expected.back() = static_cast<std::uint8_t>(expected.back() | semi << 4);
      }
      if (length % 2 == 1) expected.back() = static_cast<std::uint8_t>(expected.back() | (a.fill_semi_octet & 0x0Fu) << 4);
      std::array<std::uint8_t, 16> out{};
      smspdu::detail::octet_writer w(out);
      const auto written = smspdu::detail::encode_address(a, w);
      if (bad) {
        REQUIRE_FALSE(written);
        CHECK(written.error() == smspdu::error{smspdu::errc::invalid_address_digit, bad_at});
      } else {
        REQUIRE(written);
        CHECK(std::vector<std::uint8_t>(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(*written)) == expected);
      }
    }
  }
}

#if SMSPDU_HAS_BMI2
// Built with -mbmi2 (the smspdu_tests_bmi2 target): PEXT/PDEP against SWAR.
TEST_CASE("BMI2 septet squeeze and spread equal the portable SWAR code", "[fast_path][septet][bmi2]") {
  std::mt19937_64 rng(2026);
  for (int round = 0; round < 200000; ++round) {
    const std::uint64_t word = rng();
    const std::uint64_t septets = word & 0x7F7F7F7F7F7F7F7Full;  // the SWAR squeeze's precondition
    CHECK(smspdu::detail::squeeze_septets(septets) == smspdu::detail::squeeze_septets_swar(septets));
    CHECK(smspdu::detail::squeeze_septets(word) == smspdu::detail::squeeze_septets_swar(septets));
    CHECK(smspdu::detail::spread_septets(word) == smspdu::detail::spread_septets_swar(word));
  }
}
#endif

TEST_CASE("the identity-run scans (SSE2 and SWAR) equal their byte-by-byte definition", "[fast_path][gsm7]") {
  // TS 23.038 §6.2.1: the default alphabet puts these at their ASCII codes.
  const auto identity = [](unsigned char c) {
    return c >= 0x20 && c <= 0x7A && c != 0x24 && c != 0x40 && !(c >= 0x5B && c <= 0x60);
  };
  // The definition agrees with the table itself.
  for (unsigned c = 0; c < 128; ++c)
    if (identity(static_cast<unsigned char>(c))) CHECK(smspdu::detail::tables::default_alphabet[c] == c);
  std::mt19937 rng(2611);
  std::uniform_int_distribution<int> any_byte(0, 255);
  std::uniform_int_distribution<int> percent(0, 99);
  std::uniform_int_distribution<std::size_t> length(0, 80);
  for (int round = 0; round < 100000; ++round) {
    std::string text(length(rng), 'a');
    // Mostly identity characters, with an outsider now and then.
    const int outsider_share = percent(rng) / 10;
    for (char& c : text) {
      unsigned char b = 0;
      do {
        b = static_cast<unsigned char>(any_byte(rng));
      } while (percent(rng) >= outsider_share && !identity(b));
      c = static_cast<char>(b);
    }
    std::size_t prefix = 0;
    while (prefix < text.size() && identity(static_cast<unsigned char>(text[prefix]))) ++prefix;
    const std::size_t expected = prefix / 8 * 8;  // whole groups of eight
    CAPTURE(round, text);
    CHECK(smspdu::detail::identity_groups(text.data(), text.size()) == expected);
    CHECK(smspdu::detail::identity_groups_swar(text.data(), text.size()) == expected);
  }
}

#if SMSPDU_LITTLE_ENDIAN
TEST_CASE("hex output a block at a time (SSE2 and SWAR) equals digit by digit", "[fast_path][hex]") {
  const auto reference = [](const std::uint8_t* octets, std::size_t size) {
    static const char digits[] = "0123456789ABCDEF";
    std::string text;
    for (std::size_t i = 0; i < size; ++i) {
      text += digits[octets[i] >> 4];
      text += digits[octets[i] & 0x0F];
    }
    return text;
  };
  // Every octet value in every place of a block, then random octets of
  // every length 0..200 at every alignment, each output in guards.
  std::vector<std::uint8_t> octets(256 + 16);
  for (std::size_t i = 0; i < octets.size(); ++i) octets[i] = static_cast<std::uint8_t>(i * 7 + i / 256);
  std::mt19937 rng(1016);
  std::uniform_int_distribution<int> any_octet(0, 255);
  for (int round = 0; round < 3; ++round) {
    for (std::size_t offset = 0; offset < 16; ++offset) {
      for (std::size_t size = 0; offset + size <= octets.size() && size <= 200; ++size) {
        CAPTURE(round, offset, size);
        const std::string expected = reference(octets.data() + offset, size);
        for (const bool simd : {false, true}) {
          test::guarded_buffer<char> out(2 * size);
          const std::size_t done =
              simd ? smspdu::detail::octets_to_hex_fast<true>(octets.data() + offset, size, out.span().data())
                   : smspdu::detail::octets_to_hex_fast<false>(octets.data() + offset, size, out.span().data());
          CHECK(done == (size < 16 ? 0 : size));
          CHECK(out.intact());
          if (done == size) CHECK(std::string(out.data(), 2 * size) == expected);
          else CHECK(out.untouched_from(0));
        }
        test::guarded_buffer<char> out(2 * size);
        CHECK(smspdu::octets_to_hex(smspdu::octet_view(octets.data() + offset, size), out.span()).value() == 2 * size);
        CHECK(out.intact());
        CHECK(std::string(out.data(), 2 * size) == expected);
      }
    }
    for (auto& octet : octets) octet = static_cast<std::uint8_t>(any_octet(rng));
  }
}
#endif

TEST_CASE("the UTF-8 encoder's block scans (SSE2 and SWAR) equal their byte-by-byte definition", "[fast_path][gsm7]") {
  // default_alphabet_outsider_bits: bit k set when byte k is not kept at
  // its ASCII code (TS 23.038 §6.2.1); utf8_marks64: the same, less the
  // continuation bytes (80..BF) right after a lead byte of two (C0..DF)
  // within the 64.
  const auto identity = [](unsigned char c) {
    return c >= 0x20 && c <= 0x7A && c != 0x24 && c != 0x40 && !(c >= 0x5B && c <= 0x60);
  };
  std::mt19937 rng(2612);
  std::uniform_int_distribution<int> any_byte(0, 255);
  std::uniform_int_distribution<int> percent(0, 99);
  static const unsigned char typical[] = {'a', 'Z', ' ', '.', '{', '@', '$', '\n', 0xC3, 0xA9, 0xCE, 0x94,
                                          0xE2, 0x82, 0xAC, 0xC0, 0xDF, 0x80, 0xBF, 0xC1, 0xD0, 0xF0};
  std::uniform_int_distribution<std::size_t> pick(0, sizeof typical - 1);
  for (int round = 0; round < 200000; ++round) {
    unsigned char bytes[64];
    const int random_share = percent(rng);
    const int ascii_only = percent(rng) < 10;  // the scan's shortcut for blocks without such bytes
    for (auto& b : bytes) {
      b = percent(rng) < random_share ? static_cast<unsigned char>(any_byte(rng)) : typical[pick(rng)];
      if (ascii_only) b &= 0x7F;
    }
    std::uint64_t outsiders = 0, marks = 0;
    for (unsigned k = 0; k < 64; ++k) {
      if (identity(bytes[k])) continue;
      outsiders |= std::uint64_t{1} << k;
      const bool taken = k > 0 && (bytes[k] & 0xC0) == 0x80 && (bytes[k - 1] & 0xE0) == 0xC0;
      if (!taken) marks |= std::uint64_t{1} << k;
    }
    const char* text = reinterpret_cast<const char*>(bytes);
    CAPTURE(round, test::hex(smspdu::octet_view(bytes, 64)));
    for (unsigned k = 0; k < 64; k += 8) {  // the one-bit-a-byte SWAR scan
      std::uint64_t word = 0;
      std::memcpy(&word, text + k, sizeof word);
      REQUIRE(smspdu::detail::default_alphabet_outsider_bits(word) == (outsiders >> k & 0xFFu));
    }
    REQUIRE(smspdu::detail::utf8_marks64(text) == marks);
    REQUIRE(smspdu::detail::utf8_marks_swar64(text) == marks);
  }
}
