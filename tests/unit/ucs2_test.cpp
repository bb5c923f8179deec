// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
#include <smspdu/ucs2.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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

// ---------------------------------------------------------------------------
// The run-time fast paths (detail::utf8_to_ucs2_fast, detail::ucs2_to_utf8_fast:
// windows, ASCII blocks, pairs of two-byte characters) against a reference
// written here from the standards alone: RFC 3629 / Unicode table 3-7 for
// UTF-8, TS 23.038 §6.2.3 with UTF-16 surrogate pairs for UCS-2. Results,
// error codes and offsets must be identical, and nothing may be written
// past the result or the output.

namespace {

struct reference_result {
  bool ok;
  errc code;
  std::size_t offset;  // the error offset, or the size written
  test::octets bytes;  // what the output holds on success
};

// A code point as UTF-16BE: one unit, or a surrogate pair, high first.
void put_utf16be(test::octets& out, char32_t c) {
  const auto put = [&out](char32_t unit) {
    out.push_back(static_cast<std::uint8_t>(unit >> 8));
    out.push_back(static_cast<std::uint8_t>(unit & 0xFF));
  };
  if (c < 0x10000) {
    put(c);
  } else {
    put(0xD800 + ((c - 0x10000) >> 10));
    put(0xDC00 + ((c - 0x10000) & 0x3FF));
  }
}

// UTF-8 -> UTF-16BE, one code point at a time, every byte checked by table 3-7.
reference_result reference_utf8_to_ucs2(const std::string& text, std::size_t capacity) {
  test::octets out;
  const auto byte = [&text](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned b0 = byte(i);
    std::size_t length = 0;
    unsigned low = 0x80;
    unsigned high = 0xBF;
    char32_t c = 0;
    if (b0 <= 0x7F) {
      length = 1;
      c = b0;
    } else if (b0 >= 0xC2 && b0 <= 0xDF) {
      length = 2;
      c = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      length = 3;
      c = b0 & 0x0F;
      if (b0 == 0xE0) low = 0xA0;
      if (b0 == 0xED) high = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      length = 4;
      c = b0 & 0x07;
      if (b0 == 0xF0) low = 0x90;
      if (b0 == 0xF4) high = 0x8F;
    } else {
      return {false, errc::invalid_utf8, i, {}};
    }
    if (i + length > text.size()) return {false, errc::invalid_utf8, i, {}};
    for (std::size_t k = 1; k < length; ++k) {
      const unsigned b = byte(i + k);
      const unsigned lo = k == 1 ? low : 0x80;
      const unsigned hi = k == 1 ? high : 0xBF;
      if (b < lo || b > hi) return {false, errc::invalid_utf8, i, {}};
      c = c << 6 | (b & 0x3F);
    }
    put_utf16be(out, c);
    i += length;
  }
  if (out.size() > capacity) return {false, errc::output_too_small, out.size(), {}};
  return {true, errc{}, out.size(), out};
}

// UTF-16BE -> UTF-8: the first surrogate error, then an odd length, then the room.
reference_result reference_ucs2_to_utf8(const test::octets& ucs2, std::size_t capacity) {
  test::octets out;
  const std::size_t units = ucs2.size() / 2;
  const auto unit = [&ucs2](std::size_t k) -> char32_t { return char32_t(ucs2[2 * k] << 8 | ucs2[2 * k + 1]); };
  for (std::size_t k = 0; k < units; ++k) {
    char32_t c = unit(k);
    if (c >= 0xDC00 && c <= 0xDFFF) return {false, errc::unpaired_surrogate, 2 * k, {}};
    if (c >= 0xD800 && c <= 0xDBFF) {
      if (k + 1 == units || unit(k + 1) < 0xDC00 || unit(k + 1) > 0xDFFF)
        return {false, errc::unpaired_surrogate, 2 * k, {}};
      c = 0x10000 + ((c - 0xD800) << 10) + (unit(k + 1) - 0xDC00);
      ++k;
    }
    const auto put = [&out](char32_t b) { out.push_back(static_cast<std::uint8_t>(b)); };
    if (c < 0x80) {
      put(c);
    } else if (c < 0x800) {
      put(0xC0 | c >> 6);
      put(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      put(0xE0 | c >> 12);
      put(0x80 | (c >> 6 & 0x3F));
      put(0x80 | (c & 0x3F));
    } else {
      put(0xF0 | c >> 18);
      put(0x80 | (c >> 12 & 0x3F));
      put(0x80 | (c >> 6 & 0x3F));
      put(0x80 | (c & 0x3F));
    }
  }
  if (ucs2.size() % 2 != 0) return {false, errc::odd_ucs2_length, ucs2.size() - 1, {}};
  if (out.size() > capacity) return {false, errc::output_too_small, out.size(), {}};
  return {true, errc{}, out.size(), out};
}

// Compares a smspdu codec with its reference: the input at every alignment
// 0..15, output capacities from generous down to a few short of the need;
// then the run-time fast path alone, portable and SSE2: what it claims to
// have done must be a valid prefix, converted exactly as the reference does.
// `unit` is the octets of one input code unit the fast path counts.
template <class Out, class Input, class Reference, class Codec, class Fast>
void check_codec(const Input& input, std::size_t unit, Reference reference, Codec codec, Fast fast) {
  const reference_result full = reference(input, SIZE_MAX);
  const std::size_t need = full.ok ? full.offset : 2 * input.size() + 8;
  Input storage(input.size() + 16, {});
  for (std::size_t align = 0; align < 16; align += (input.size() > 40 ? 5u : 1u)) {
    std::copy(input.begin(), input.end(), storage.begin() + static_cast<long>(align));
    const auto* data = storage.data() + align;
    for (const std::size_t capacity : {need + 40, need, need > 0 ? need - 1 : 0, need / 2, std::size_t{3}}) {
      CAPTURE(test::hex(test::octets(input.begin(), input.end())), align, capacity);
      const reference_result expected = reference(input, capacity);
      test::guarded_buffer<Out> out(capacity);
      const smspdu::result<std::size_t> n = codec(data, input.size(), out.span());
      REQUIRE(out.intact());
      if (expected.ok) {
        REQUIRE(n.value() == expected.offset);
        REQUIRE(test::octets(out.data(), out.data() + *n) == expected.bytes);
        REQUIRE(out.untouched_from(*n));
      } else {
        REQUIRE(n == error{expected.code, expected.offset});
      }
#if SMSPDU_LITTLE_ENDIAN
      for (const bool simd : {false, true}) {
        if (simd && !SMSPDU_HAS_SSE2) continue;
        test::guarded_buffer<Out> part(capacity);
        const smspdu::detail::text_progress done = fast(simd, data, input.size(), part.span().data(), capacity);
        REQUIRE(part.intact());
        REQUIRE(done.read * unit <= input.size());
        const reference_result prefix =
            reference(Input(input.begin(), input.begin() + static_cast<long>(done.read * unit)), capacity);
        REQUIRE(prefix.ok);
        REQUIRE(test::octets(part.data(), part.data() + done.written) == prefix.bytes);
        REQUIRE(part.untouched_from(done.written));
      }
#endif
    }
  }
}

void check_encode(const std::string& text) {
  check_codec<std::uint8_t>(
      text, 1, reference_utf8_to_ucs2,
      [](const char* data, std::size_t size, smspdu::span<std::uint8_t> out) {
        return smspdu::utf8_to_ucs2(std::string_view(data, size), out);
      },
      [](bool simd, const char* data, std::size_t size, std::uint8_t* out, std::size_t capacity) {
#if SMSPDU_LITTLE_ENDIAN
        const auto* bytes = reinterpret_cast<const std::uint8_t*>(data);
        return simd ? smspdu::detail::utf8_to_ucs2_fast<true>(bytes, size, out, capacity)
                    : smspdu::detail::utf8_to_ucs2_fast<false>(bytes, size, out, capacity);
#else
        (void)simd, (void)data, (void)size, (void)out, (void)capacity;
        return smspdu::detail::text_progress{0, 0};
#endif
      });
}

void check_decode(const test::octets& ucs2) {
  check_codec<char>(
      ucs2, 2, reference_ucs2_to_utf8,
      [](const std::uint8_t* data, std::size_t size, smspdu::span<char> out) {
        return smspdu::ucs2_to_utf8(smspdu::octet_view(data, size), out);
      },
      [](bool simd, const std::uint8_t* data, std::size_t size, char* out, std::size_t capacity) {
#if SMSPDU_LITTLE_ENDIAN
        return simd ? smspdu::detail::ucs2_to_utf8_fast<true>(data, size / 2, out, capacity)
                    : smspdu::detail::ucs2_to_utf8_fast<false>(data, size / 2, out, capacity);
#else
        (void)simd, (void)data, (void)size, (void)out, (void)capacity;
        return smspdu::detail::text_progress{0, 0};
#endif
      });
}

// A code point of the given UTF-8 length: 1..4.
char32_t random_code_point(test::rng& random, unsigned length) {
  switch (length) {
    case 1: return random.below(0x80);
    case 2: return 0x80 + random.below(0x780);
    case 3: {
      char32_t c;
      do c = 0x800 + random.below(0xF800); while (c >= 0xD800 && c <= 0xDFFF);
      return c;
    }
    default: return 0x10000 + random.below(0x100000);
  }
}

// Text in runs of one UTF-8 length, so that blocks and pairs are found and
// broken at every position.
std::u32string random_runs(test::rng& random, std::size_t max_length) {
  std::u32string text;
  const std::size_t length = random.below(static_cast<std::uint32_t>(max_length + 1));
  while (text.size() < length) {
    const unsigned kind = 1 + random.below(4);
    const std::size_t run = 1 + random.below(random.below(2) ? 4 : 24);
    for (std::size_t k = 0; k < run && text.size() < length; ++k) text += random_code_point(random, kind);
  }
  return text;
}

test::octets ucs2_of(const std::u32string& text) {
  test::octets out;
  for (const char32_t c : text) put_utf16be(out, c);
  return out;
}

}  // namespace

TEST_CASE("UCS-2 fast paths equal the reference on random valid text", "[ucs2][fast_path]") {
  test::rng random(2323);
  for (int round = 0; round < 3000; ++round) {
    CAPTURE(round);
    const std::u32string text = random_runs(random, round % 10 == 0 ? 200 : 48);
    check_encode(test::utf8(text));
    check_decode(ucs2_of(text));
  }
}

TEST_CASE("UCS-2 fast paths equal the reference on random invalid input", "[ucs2][fast_path][errors]") {
  test::rng random(3838);
  // Bytes that break UTF-8 where they land: stray continuations, C0/C1,
  // E0 80 (overlong), ED A0 (surrogate), F4 90 (past U+10FFFF), F5..FF.
  const unsigned char bad_bytes[] = {0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xE0, 0xED, 0xA0,
                                     0xF0, 0xF4, 0x90, 0xF5, 0xF8, 0xFF, 0x00, 0x41};
  for (int round = 0; round < 3000; ++round) {
    CAPTURE(round);
    const std::u32string text = random_runs(random, 48);
    std::string utf8 = test::utf8(text);
    test::octets ucs2 = ucs2_of(text);
    const unsigned edits = 1 + random.below(3);
    for (unsigned e = 0; e < edits; ++e) {
      if (!utf8.empty()) {
        const std::size_t at = random.below(static_cast<std::uint32_t>(utf8.size()));
        utf8[at] = static_cast<char>(random.below(2) ? bad_bytes[random.below(16)] : random.below(256));
      }
      if (random.below(4) == 0 && !utf8.empty()) utf8.pop_back();  // a cut sequence at the end
      if (ucs2.size() >= 2) {
        // A lone or reversed surrogate, or any unit at all.
        const std::size_t at = 2 * random.below(static_cast<std::uint32_t>(ucs2.size() / 2));
        const char32_t unit = random.below(2) ? 0xD800 + random.below(0x800) : random.below(0x10000);
        ucs2[at] = static_cast<std::uint8_t>(unit >> 8);
        ucs2[at + 1] = static_cast<std::uint8_t>(unit & 0xFF);
      }
      if (random.below(4) == 0) ucs2.push_back(static_cast<std::uint8_t>(random.below(256)));  // odd length
    }
    check_encode(utf8);
    check_decode(ucs2);
  }
}

TEST_CASE("UCS-2 fast paths at every length around their blocks", "[ucs2][fast_path]") {
  // ASCII runs of 0..40 before and after one character of each kind (and a
  // bad one), so every block, window and pair boundary falls on every
  // position; the same for runs of two-byte characters.
  const std::string middles[] = {"", "\u00E9", "\u4F60", "\U0001F600", "\xC3", "\xED\xA0\x80", "\xF4\x90\x80\x80"};
  for (std::size_t before = 0; before <= 40; ++before) {
    for (std::size_t after = 0; after <= 40; after += (before % 3 == 0 ? 1u : 7u)) {
      for (const std::string& middle : middles) {
        check_encode(std::string(before, 'a') + middle + std::string(after, 'z'));
      }
      std::string cyrillic;
      for (std::size_t k = 0; k < before; ++k) cyrillic += "\u0416";
      check_encode(cyrillic + " " + std::string(after, 'b'));
      std::u32string mixed(before, U'\u0416');
      mixed += U'\U0001F44D';
      mixed += std::u32string(after, U'x');
      check_decode(ucs2_of(mixed));
      test::octets lone = ucs2_of(std::u32string(before, U'q'));
      lone.push_back(0xDC);  // a low surrogate on its own, then ASCII
      lone.push_back(0x00);
      const test::octets tail = ucs2_of(std::u32string(after, U'\u00FF'));
      lone.insert(lone.end(), tail.begin(), tail.end());
      check_decode(lone);
    }
  }
}

TEST_CASE("UCS-2 fast paths on runs of every length between separators", "[ucs2][fast_path]") {
  // A run of one kind of character (ASCII, two-, three- and four-byte
  // UTF-8), 1..17 long, after 0..15 ASCII characters, then no separator,
  // a space or ", " and a run of the same or the next kind: each length
  // meets its case of the run steps, and what follows the step that takes
  // it (the ASCII character taken with the run, the next run), at every
  // place in the 16 bytes or 8 units at hand.
  const char32_t kinds[] = {U'q', U'\u0416', U'\u4F60', U'\U0001F44D'};
  const std::u32string separators[] = {U"", U" ", U", "};
  for (std::size_t k = 0; k < 4; ++k) {
    for (const char32_t then : {kinds[k], kinds[(k + 1) % 4]}) {
      for (std::size_t lead = 0; lead < 16; ++lead) {
        for (std::size_t run = 1; run <= 17; ++run) {
          for (const std::u32string& separator : separators) {
            const std::u32string text =
                std::u32string(lead, U'a') + std::u32string(run, kinds[k]) + separator + std::u32string(5, then);
            check_encode(test::utf8(text));
            check_decode(ucs2_of(text));
          }
        }
      }
    }
  }
}

TEST_CASE("UCS-2 fast paths judge every sequence as the reference does", "[ucs2][fast_path][errors]") {
  // Every first and second byte of a UTF-8 sequence (then a good, a high
  // or an ASCII third byte), and every UTF-16 code unit (then a low
  // surrogate or a CJK unit), first or inside a run of two- or three-byte
  // characters: the run steps take a lane exactly when the general loop
  // would (overlong forms, surrogates, stray or missing continuations).
  std::vector<std::uint8_t> out(128);
  const std::string filler = test::utf8(std::u32string(8, U'\u4F60'));
  for (const std::string& before : {std::string(), test::utf8(U"\u0416"), test::utf8(U"\u4F60\u4F60")}) {
    for (unsigned b0 = 0; b0 < 256; ++b0) {
      for (unsigned b1 = 0; b1 < 256; ++b1) {
        for (const unsigned b2 : {0xBFu, 0xC2u, 0x41u}) {
          std::string text = before;
          for (const unsigned b : {b0, b1, b2}) text += static_cast<char>(b);
          text += filler;
          const reference_result expected = reference_utf8_to_ucs2(text, out.size());
          const smspdu::result<std::size_t> n = smspdu::utf8_to_ucs2(text, out);
          if (expected.ok != n.has_value() || (expected.ok && *n != expected.offset) ||
              (!expected.ok && n != error{expected.code, expected.offset}) ||
              (expected.ok && test::octets(out.begin(), out.begin() + static_cast<long>(*n)) != expected.bytes)) {
            CAPTURE(test::hex(test::octets(text.begin(), text.end())));
            FAIL("utf8_to_ucs2 differs from the reference");
          }
        }
      }
    }
  }
  std::vector<char> text_out(128);
  for (const char32_t before : {U'\0', U'\u0416', U'\u4F60'}) {
    for (char32_t unit = 0; unit <= 0xFFFF; ++unit) {
      for (const char32_t after : {char32_t{0xDC00}, char32_t{0x4F60}}) {
        test::octets ucs2;
        if (before != 0) put_utf16be(ucs2, before);
        for (const char32_t u : {unit, after}) {
          ucs2.push_back(static_cast<std::uint8_t>(u >> 8));
          ucs2.push_back(static_cast<std::uint8_t>(u & 0xFF));
        }
        for (int k = 0; k < 8; ++k) put_utf16be(ucs2, U'\u4F60');
        const reference_result expected = reference_ucs2_to_utf8(ucs2, text_out.size());
        const smspdu::result<std::size_t> n = smspdu::ucs2_to_utf8(ucs2, text_out);
        if (expected.ok != n.has_value() || (expected.ok && *n != expected.offset) ||
            (!expected.ok && n != error{expected.code, expected.offset}) ||
            (expected.ok && test::octets(text_out.begin(), text_out.begin() + static_cast<long>(*n)) != expected.bytes)) {
          CAPTURE(test::hex(ucs2));
          FAIL("ucs2_to_utf8 differs from the reference");
        }
      }
    }
  }
}
