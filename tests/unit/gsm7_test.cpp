// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
#include <smspdu/gsm7.hpp>

#include <array>
#include <random>
#include <string>
#include <vector>

#include "../support/test_support.hpp"

using smspdu::errc;
using smspdu::error;
using smspdu::gsm7_tables;
using smspdu::national_language;

namespace {
std::string decode_packed(const test::octets& packed, std::size_t septets, unsigned fill,
                          gsm7_tables tables = {}) {
  const auto need = smspdu::utf8_length_from_gsm7_packed(packed, septets, fill, tables);
  REQUIRE(need.has_value());
  std::string out(*need, '\0');
  const auto n = smspdu::gsm7_packed_to_utf8(packed, septets, smspdu::span<char>(out), fill, tables);
  REQUIRE(n.has_value());
  REQUIRE(*n == out.size());
  return out;
}

smspdu::gsm7_packed_size encode_packed(const std::string& text, test::octets& out, unsigned fill,
                                       gsm7_tables tables = {}) {
  const auto septets = smspdu::gsm7_length_from_utf8(text, tables);
  REQUIRE(septets.has_value());
  out.assign(smspdu::octets_length_from_septets(*septets, fill), 0);
  const auto size = smspdu::utf8_to_gsm7_packed(text, out, fill, tables);
  REQUIRE(size.has_value());
  REQUIRE(size->septets == *septets);
  REQUIRE(size->octets == out.size());
  return *size;
}

std::string decode_septets(const test::octets& septets, gsm7_tables tables = {}) {
  std::string out(smspdu::utf8_length_from_gsm7(septets, tables), '\0');
  REQUIRE(smspdu::gsm7_to_utf8(septets, smspdu::span<char>(out), tables).value() == out.size());
  return out;
}

test::octets encode_septets(const std::string& text, gsm7_tables tables = {}) {
  test::octets out(smspdu::gsm7_length_from_utf8(text, tables).value());
  REQUIRE(smspdu::utf8_to_gsm7(text, out, tables).value() == out.size());
  return out;
}
}  // namespace

TEST_CASE("GSM 7-bit text agrees with Gammu for every fill-bit value it gets right",
          "[gsm7][golden]") {
  // tests/data/peers/gammu-user-data.jsonl: SMS-SUBMIT user data built by libGammu 1.42.
  int checked = 0;
  for (const auto& v : test::read_jsonl("peers/gammu-user-data.jsonl")) {
    if (v["alphabet"].str() != "gsm7") continue;
    CAPTURE(v["id"].str());
    const auto ud = test::bytes(v["ud"].str());
    const std::size_t udh_octets = v["udh"].str().size() / 2;
    const unsigned fill = udh_octets == 0 ? 0 : smspdu::fill_bits_after_udh(udh_octets);
    const std::size_t udh_septets = (udh_octets * 8 + fill) / 7;
    const auto udl = static_cast<std::size_t>(v["udl"].integer());
    const std::size_t text_septets = udl - udh_septets;
    const test::octets packed(ud.begin() + static_cast<long>(udh_octets), ud.end());
    CHECK(decode_packed(packed, text_septets, fill) == v["text"].str());
    test::octets encoded;
    const auto size = encode_packed(v["text"].str(), encoded, fill);
    CHECK(size.septets == text_septets);
    CHECK(test::hex(encoded) == test::hex(packed));
    ++checked;
  }
  CHECK(checked >= 90);
}

TEST_CASE("GSM 7-bit text vectors from peers' published test suites", "[gsm7][golden]") {
  // tests/data/public-vectors.jsonl, kind "septets" with a text: python-gsmmodem,
  // node-pdu, smspdudecoder, libosmocore (SMS mode; USSD below).
  int checked = 0;
  for (const auto& v : test::read_jsonl("public-vectors.jsonl")) {
    if (v["kind"].str() != "septets" || v["hex"].is_null()) continue;
    const auto& expect = v["expect"];
    if (!expect.has("text") || expect["mode"].str() != "sms") continue;
    CAPTURE(v["id"].str());
    const std::string text = expect["text"].str();
    auto ud = test::bytes(v["hex"].str());
    // A vector may hold a whole TP-UD with its header (libosmocore's concatenated parts).
    const std::size_t udh_octets =
        expect.has("udh_octets") ? static_cast<std::size_t>(expect["udh_octets"].integer()) : 0;
    const test::octets packed(ud.begin() + static_cast<long>(udh_octets), ud.end());
    const auto fill = static_cast<unsigned>(expect["fill_bits"].integer());
    const std::size_t septets = expect.has("septets")
                                    ? static_cast<std::size_t>(expect["septets"].integer())
                                    : smspdu::gsm7_length_from_utf8(text).value();
    CHECK(decode_packed(packed, septets, fill) == text);
    test::octets encoded;
    encode_packed(text, encoded, fill);
    CHECK(test::hex(encoded) == test::hex(packed));
    ++checked;
  }
  CHECK(checked >= 30);
}

TEST_CASE("USSD text with CR padding from smspdudecoder's test suite", "[gsm7][ussd][golden]") {
  // "123456€\r" and friends: 23.038 §6.1.2.3.1 padding around escape sequences.
  for (const auto& v : test::read_jsonl("public-vectors.jsonl")) {
    if (v["kind"].str() != "septets" || v["hex"].is_null()) continue;
    const auto& expect = v["expect"];
    if (!expect.has("text") || expect["mode"].str() != "cbs_ussd") continue;
    CAPTURE(v["id"].str());
    const auto septets = encode_septets(expect["text"].str());
    test::octets packed(smspdu::octets_length_from_septets_ussd(septets));
    REQUIRE(smspdu::pack_septets_ussd(septets, packed).has_value());
    CHECK(test::hex(packed) == v["hex"].str());
    test::octets back(smspdu::septets_length_from_octets_ussd(packed.size()));
    back.resize(smspdu::unpack_septets_ussd(packed, back).value());
    CHECK(decode_septets(back) == expect["text"].str());
  }
}

TEST_CASE("decoding follows the TS 23.038 rules", "[gsm7]") {
  // 0x00 is '@' and never ends the text.
  CHECK(decode_septets({0x00, 0x41, 0x00}) == "@A@");
  // 0x09 is capital C cedilla; 0x5F is the section sign.
  CHECK(decode_septets({0x09, 0x5F}) == "\u00C7\u00A7");
  // ESC ESC is reserved and shown as one space (§6.2.1.1 note 1).
  CHECK(decode_septets({0x41, 0x1B, 0x1B, 0x42}) == "A B");
  // ESC + a code the extension table leaves empty shows the default character.
  CHECK(decode_septets({0x1B, 0x41}) == "A");
  CHECK(decode_septets({0x1B, 0x0D}) == "\r");  // CR2 is reserved: falls back to CR
  CHECK(decode_septets({0x1B, 0x00}) == "@");
  // Extension characters.
  CHECK(decode_septets({0x1B, 0x65, 0x1B, 0x0A, 0x1B, 0x14}) == "\u20AC\f^");
  // An ESC at the very end shows a space (documented policy; the spec is silent).
  CHECK(decode_septets({0x41, 0x1B}) == "A ");
  // Bit 7 of unpacked septets is ignored.
  CHECK(decode_septets({0xC1, 0x80}) == "A@");
  // Greek capitals are Greek code points, not Latin look-alikes.
  CHECK(decode_septets({0x10, 0x19}) == "\u0394\u0398");
  CHECK(decode_septets({}).empty());
}

TEST_CASE("encoding prefers one septet and escapes only extension characters", "[gsm7]") {
  CHECK(encode_septets("@A") == test::octets{0x00, 0x41});
  CHECK(encode_septets("{}") == test::octets{0x1B, 0x28, 0x1B, 0x29});
  CHECK(encode_septets("\f") == test::octets{0x1B, 0x0A});
  CHECK(encode_septets("\n\r") == test::octets{0x0A, 0x0D});
  CHECK(encode_septets("\u20AC") == test::octets{0x1B, 0x65});
  CHECK(smspdu::gsm7_length_from_utf8("a{b}c").value() == 7);
  CHECK(smspdu::gsm7_length_from_utf8("").value() == 0);
  // Every one of the 127 characters of the default table, and the ten of the
  // extension table, encodes to its position (reverse built from the forward table).
  const auto& table = smspdu::locking_shift_table(national_language::none);
  for (std::size_t septet = 0; septet < 128; ++septet) {
    if (septet == 0x1B) continue;
    const std::string text = test::utf8(std::u32string(1, table[septet]));
    CAPTURE(septet);
    CHECK(encode_septets(text) == test::octets{static_cast<std::uint8_t>(septet)});
  }
  const auto& extension = smspdu::single_shift_table(national_language::none);
  int escaped = 0;
  for (std::size_t septet = 0; septet < 128; ++septet) {
    if (extension[septet] == smspdu::no_character) continue;
    const std::string text = test::utf8(std::u32string(1, extension[septet]));
    CHECK(encode_septets(text) == test::octets{0x1B, static_cast<std::uint8_t>(septet)});
    ++escaped;
  }
  CHECK(escaped == 10);
}

TEST_CASE("characters outside the tables are errors at their code-unit offset and never '?'",
          "[gsm7][errors]") {
  test::octets out(32);
  // "a" U+00E9 (in the table) then U+00EA (not): byte 3 in UTF-8, unit 2 in UTF-16/32.
  CHECK(smspdu::utf8_to_gsm7("a\u00E9\u00EA", out) == error{errc::unencodable_character, 3});
  CHECK(smspdu::utf16_to_gsm7(u"a\u00E9\u00EA", out) == error{errc::unencodable_character, 2});
  CHECK(smspdu::utf32_to_gsm7(U"a\u00E9\u00EA", out) == error{errc::unencodable_character, 2});
  CHECK(smspdu::gsm7_length_from_utf8("ok \U0001F600") == error{errc::unencodable_character, 3});
  // python-gsmmodem test_encodeInvalid: CJK text is not GSM 7-bit.
  CHECK(smspdu::gsm7_length_from_utf8("世界您好！") == error{errc::unencodable_character, 0});
  // The Greek capitals that look Latin are not in the table: no transliteration.
  CHECK(smspdu::gsm7_length_from_utf8("\u0391") == error{errc::unencodable_character, 0});
  // Malformed input is reported as such, at the code unit where it starts.
  CHECK(smspdu::utf8_to_gsm7("ab\xC3", out) == error{errc::invalid_utf8, 2});
  CHECK(smspdu::utf16_to_gsm7(std::u16string{u'a', char16_t(0xD800)}, out) ==
        error{errc::unpaired_surrogate, 1});
  CHECK(smspdu::utf32_to_gsm7(std::u32string{U'a', char32_t(0x110000)}, out) ==
        error{errc::invalid_code_point, 1});
  test::octets packed(8);
  CHECK(smspdu::utf8_to_gsm7_packed("abc", packed, 7) == error{errc::invalid_argument, 0});
  // A bad character is reported even when the output is also too small.
  CHECK(smspdu::utf8_to_gsm7_packed("aaaaaaaaaaaa\u00EA", packed) ==
        error{errc::unencodable_character, 12});
}

TEST_CASE("UTF-8 and UTF-16 and UTF-32 input encode alike and UTF-16 output decodes alike",
          "[gsm7]") {
  const std::string text = "Grüße {Ärger} ΔΩ 10€ @home\n";
  const auto septets = encode_septets(text);
  test::octets from16(septets.size());
  test::octets from32(septets.size());
  REQUIRE(smspdu::utf16_to_gsm7(test::utf16(text), from16).value() == septets.size());
  REQUIRE(smspdu::utf32_to_gsm7(test::utf32(text), from32).value() == septets.size());
  CHECK(from16 == septets);
  CHECK(from32 == septets);
  CHECK(smspdu::gsm7_length_from_utf16(test::utf16(text)).value() == septets.size());
  CHECK(smspdu::gsm7_length_from_utf32(test::utf32(text)).value() == septets.size());

  std::u16string utf16(smspdu::utf16_length_from_gsm7(septets), u'\0');
  REQUIRE(smspdu::gsm7_to_utf16(septets, smspdu::span<char16_t>(utf16)).value() == utf16.size());
  CHECK(utf16 == test::utf16(text));

  test::octets packed;
  encode_packed(text, packed, 3);
  std::u16string packed16(
      smspdu::utf16_length_from_gsm7_packed(packed, septets.size(), 3).value(), u'\0');
  REQUIRE(smspdu::gsm7_packed_to_utf16(packed, septets.size(), smspdu::span<char16_t>(packed16), 3)
              .has_value());
  CHECK(packed16 == test::utf16(text));
  test::octets packed16_in(packed.size());
  REQUIRE(smspdu::utf16_to_gsm7_packed(test::utf16(text), packed16_in, 3).has_value());
  REQUIRE(smspdu::utf32_to_gsm7_packed(test::utf32(text), packed16_in, 3).has_value());
  CHECK(packed16_in == packed);
}

TEST_CASE("random GSM text round-trips through packing for every fill value",
          "[gsm7][property]") {
  // Every character of the default and extension tables, as UTF-8.
  std::vector<std::string> alphabet;
  for (char16_t c : smspdu::locking_shift_table(national_language::none))
    if (c != smspdu::no_character) alphabet.push_back(test::utf8(std::u32string(1, c)));
  for (char16_t c : smspdu::single_shift_table(national_language::none))
    if (c != smspdu::no_character) alphabet.push_back(test::utf8(std::u32string(1, c)));
  REQUIRE(alphabet.size() == 137);
  test::rng random(7);
  for (int round = 0; round < 700; ++round) {
    std::string text;
    const auto length = random.below(100);
    for (std::uint32_t i = 0; i < length; ++i)
      text += alphabet[random.below(static_cast<std::uint32_t>(alphabet.size()))];
    const auto fill = static_cast<unsigned>(round % 7);
    CAPTURE(text, fill);
    test::octets packed;
    const auto size = encode_packed(text, packed, fill);
    REQUIRE(decode_packed(packed, size.septets, fill) == text);
  }
}

TEST_CASE("text codecs never write outside the output and report the size they need",
          "[gsm7][errors]") {
  const std::string text = "Hi {x}!";  // 9 septets, 8 octets packed
  for (std::size_t capacity = 0; capacity <= 10; ++capacity) {
    CAPTURE(capacity);
    test::guarded_buffer<std::uint8_t> septets(capacity);
    const auto n = smspdu::utf8_to_gsm7(text, septets.span());
    if (capacity < 9) {
      CHECK(n == error{errc::output_too_small, 9});
    } else {
      CHECK(n.value() == 9);
    }
    CHECK(septets.intact());
    test::guarded_buffer<std::uint8_t> packed(capacity);
    const auto p = smspdu::utf8_to_gsm7_packed(text, packed.span(), 1);
    if (capacity < 8) {  // 1 fill bit + 9 septets = 64 bits
      CHECK(p == error{errc::output_too_small, 8});
    } else {
      CHECK(p.value() == smspdu::gsm7_packed_size{9, 8});
    }
    CHECK(packed.intact());
  }
  const test::octets septets{0x41, 0x1B, 0x65, 0x42};  // "A€B": 5 UTF-8 code units
  for (std::size_t capacity = 0; capacity <= 6; ++capacity) {
    test::guarded_buffer<char> out(capacity, '#');
    const auto n = smspdu::gsm7_to_utf8(septets, out.span());
    if (capacity < 5) {
      CHECK(n == error{errc::output_too_small, 5});
    } else {
      CHECK(n.value() == 5);
    }
    CHECK(out.intact());
  }
  test::octets packed(3);
  std::string out(8, '\0');
  CHECK(smspdu::gsm7_packed_to_utf8(packed, 4, smspdu::span<char>(out)) ==
        error{errc::truncated_input, 3});
  CHECK(smspdu::gsm7_packed_to_utf8(packed, 3, smspdu::span<char>(out), 9) ==
        error{errc::invalid_argument, 0});
  CHECK(smspdu::utf8_length_from_gsm7_packed(packed, 4) == error{errc::truncated_input, 3});
}

TEST_CASE("national language tables decode and encode through the table pair",
          "[gsm7][national]") {
  // ../shared/PEERS.md: Gammu and node-pdu decode Turkish ESC 0x67 wrongly; it is g-breve.
  const gsm7_tables turkish_single{national_language::none, national_language::turkish};
  CHECK(decode_septets({0x1B, 0x67}, turkish_single) == "\u011F");
  CHECK(encode_septets("\u011F", turkish_single) == test::octets{0x1B, 0x67});
  // The same septets with the default tables show the fallback 'g'.
  CHECK(decode_septets({0x1B, 0x67}) == "g");
  // Locking shift: the whole text uses the Turkish table (TS 23.038 Annex C.3).
  const gsm7_tables turkish_locking{national_language::turkish, national_language::none};
  const auto septets = encode_septets("\u011Fi\u015F", turkish_locking);
  CHECK(septets.size() == 3);
  CHECK(decode_septets(septets, turkish_locking) == "\u011Fi\u015F");
  // With a locking table, an empty single-shift position falls back to the locking table.
  CHECK(decode_septets({0x1B, 0x07}, turkish_locking) ==
        test::utf8(std::u32string(1, smspdu::locking_shift_table(national_language::turkish)[0x07])));
  // A national locking table's empty positions show a space.
  CHECK(decode_septets({0x11}, gsm7_tables{national_language::tamil, national_language::none}) == " ");
  // Characters in both tables of a pair take one septet (README rule 2).
  CHECK(smspdu::gsm7_length_from_utf8("\u00E7", gsm7_tables{national_language::portuguese,
                                                             national_language::portuguese})
            .value() == 1);
}

TEST_CASE("every position of every table encodes to and decodes from its septets",
          "[gsm7][national][golden]") {
  // Straight from the spec's tables in tests/data/gsm7 (languages.tsv names
  // them): each character encodes, under the pair (L, L), to its position
  // (one septet in the locking table, ESC + position in the single shift
  // table; the lowest position where a table repeats a character, README
  // rule 3; one septet when the locking table also has it, rule 2), and each
  // position decodes to its character.
  const auto read_table = [](const std::string& file) {
    std::array<char32_t, 128> table{};  // 0: nothing at this position
    for (const auto& row : test::read_lines("gsm7/" + file)) {
      const auto c = test::split_tabs(row);
      if (c.size() < 2 || c[0] == "septet" || c[1].empty()) continue;
      table[std::stoul(c[0], nullptr, 16)] = static_cast<char32_t>(std::stoul(c[1].substr(2), nullptr, 16));
    }
    return table;
  };
  const auto lowest = [](const std::array<char32_t, 128>& table, char32_t c) {
    for (std::size_t i = 0; i < table.size(); ++i)
      if (table[i] == c) return static_cast<int>(i);
    return -1;
  };
  std::size_t positions = 0;
  for (const auto& line : test::read_lines("gsm7/languages.tsv")) {
    const auto cols = test::split_tabs(line);
    if (cols.empty() || cols[0] == "nli") continue;
    const auto language = static_cast<national_language>(std::stoi(cols[0]));
    const bool has_locking = cols[3] != "none";
    const auto locking = read_table(has_locking ? cols[3] : std::string("gsm7-default.tsv"));
    const auto single = read_table(cols[5]);
    const gsm7_tables pair{has_locking ? language : national_language::none, language};
    CAPTURE(cols[2]);
    for (std::size_t septet = 0; septet < 128; ++septet) {
      CAPTURE(septet);
      if (const char32_t c = locking[septet]; c != 0) {
        const std::string text = test::utf8(std::u32string(1, c));
        CHECK(decode_septets({static_cast<std::uint8_t>(septet)}, pair) == text);
        CHECK(encode_septets(text, pair) == test::octets{static_cast<std::uint8_t>(lowest(locking, c))});
        ++positions;
      }
      if (const char32_t c = single[septet]; c != 0) {
        const std::string text = test::utf8(std::u32string(1, c));
        CHECK(decode_septets({0x1B, static_cast<std::uint8_t>(septet)}, pair) == text);
        const test::octets expected =
            lowest(locking, c) >= 0 ? test::octets{static_cast<std::uint8_t>(lowest(locking, c))}
                                    : test::octets{0x1B, static_cast<std::uint8_t>(lowest(single, c))};
        CHECK(encode_septets(text, pair) == expected);
        ++positions;
      }
    }
  }
  CHECK(positions == 2421);  // defined positions of the 13 (locking or default, single) pairs
}

TEST_CASE("the default pair's code table equals the reverse lookups of the spec tables for every code point",
          "[gsm7][fast_path]") {
  // detail::default_pair_codes answers the UTF-8 encoder's fast path for the
  // default alphabet (TS 23.038 §6.2.1) and its extension table (§6.2.1.1).
  // Every code point: the table's code is what gsm7_encoder, over the
  // reverse tables, gives (one septet, or the escape and a septet), and 0
  // exactly where it gives nothing. Outside the table's ranges the encoder
  // must give nothing too: the fast path reports ASCII bytes without a code
  // as unencodable without asking it.
  using codes_t = smspdu::detail::gsm7_pair_codes;
  const auto& codes = smspdu::detail::default_pair_codes;
  const smspdu::detail::gsm7_encoder encoder({});
  std::size_t one = 0, two = 0;
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    const auto expected = encoder.encode(c);
    const std::uint32_t code = codes.find(c);
    if (expected.septets == 0) {
      if (code != 0) FAIL_CHECK("code for U+" << std::hex << static_cast<std::uint32_t>(c));
      continue;
    }
    CAPTURE(static_cast<std::uint32_t>(c));
    const std::uint32_t wanted =
        expected.septets == 1 ? codes_t::one_septet(expected.value) : codes_t::escaped(expected.value);
    REQUIRE(code == wanted);
    REQUIRE(codes_t::septets(code) == expected.septets);
    REQUIRE((code & codes_t::present) != 0);
    REQUIRE((code & 0xFFu) == (expected.septets == 1 ? expected.value : 0x1Bu));
    if (expected.septets == 2) REQUIRE(((code >> 8) & 0xFFu) == expected.value);
    (expected.septets == 1 ? one : two) += 1;
    const bool covered = c < 0x100 || (c >= codes_t::greek_first && c < codes_t::greek_first + 0x80) ||
                         c == codes_t::euro_sign;
    REQUIRE(covered);
  }
  for (std::uint32_t c = 0; c < 0x100; ++c) CHECK(codes.latin(c) == codes.find(c));
  for (std::uint32_t c = 0; c < 0x800; ++c) CHECK(codes.two_byte(c) == codes.find(c));
  // The byte-pair table of the two-byte characters: every pair of a lead
  // byte C2..CF and any byte, the septet of the character when the pair is
  // its UTF-8 and it takes one septet, absent otherwise.
  for (std::uint32_t pair = codes_t::two_byte_first; pair < codes_t::two_byte_end; ++pair) {
    CAPTURE(pair);
    std::uint8_t expected = smspdu::gsm7_reverse_table::absent;
    if ((pair & 0xC0u) == 0x80u) {
      const std::uint32_t code = codes.find((pair >> 8 & 0x1Fu) << 6 | (pair & 0x3Fu));
      if (codes_t::septets(code) == 1) expected = static_cast<std::uint8_t>(code & 0xFFu);
    }
    REQUIRE(codes.two_byte_septet(pair) == expected);
  }
  CHECK(codes.euro() == codes_t::escaped(0x65));  // € is ESC 0x65 (§6.2.1.1)
  // The tables tests/data/gsm7/generate_table_header.py wrote out are the
  // ones gsm7_pair_codes::build makes of the reverse lookups, entry by entry.
  const auto built = codes_t::build(smspdu::locking_shift_reverse(smspdu::national_language::none),
                                    smspdu::single_shift_reverse(smspdu::national_language::none));
  const auto& generated = smspdu::detail::tables::default_pair_codes_data;
  for (std::size_t at = 0; at < built.codes.size(); ++at) REQUIRE(built.codes[at] == generated.codes[at]);
  for (std::size_t at = 0; at < built.two_byte_septets.size(); ++at)
    REQUIRE(built.two_byte_septets[at] == generated.two_byte_septets[at]);
  CHECK(built.euro == generated.euro);
  // §6.2.1: 128 positions less the escape, with LF, CR, SP once each; the
  // extension table's 10 characters (§6.2.1.1, CR2 and SS2 excluded).
  CHECK(one == 127);
  CHECK(two == 10);
}

namespace {
// The simple encoder: one code point at a time through the general decoder
// and the reverse tables; the first error at its byte offset.
struct encoded {
  test::octets septets;
  bool ok = true;
  error failure{};
};
encoded reference_septets(const std::string& text, gsm7_tables tables) {
  const smspdu::detail::gsm7_encoder encoder(tables);
  encoded out;
  for (std::size_t i = 0; i < text.size();) {
    const auto step = smspdu::detail::next_code_point(text.data(), text.size(), i);
    const auto code = encoder.encode(step.value);
    if (step.units == 0 || code.septets == 0) {
      out.ok = false;
      out.failure = error{step.units == 0 ? step.failure : errc::unencodable_character, i};
      return out;
    }
    if (code.septets == 2) out.septets.push_back(0x1B);
    out.septets.push_back(code.value);
    i += step.units;
  }
  return out;
}

// Mixed text: runs the default alphabet keeps as ASCII, the default pair's
// other characters (Latin-1, Greek, the euro sign, extension characters),
// and, when asked, now and then any ASCII character (controls included),
// national letters, characters no table has, or invalid UTF-8.
std::string random_mixed_text(std::mt19937& rng, std::size_t length, bool rare, bool invalid) {
  static const char* const gsm[] = {  // in the default pair
      "\xC3\xA9", "\xC3\x84", "\xC3\xBC", "\xC3\x9F", "\xC3\x91", "\xC3\xB8", "\xC3\x85", "\xC2\xA1", "\xC2\xBF",
      "\xC2\xA7", "\xC3\x87", "\xCE\x94", "\xCE\xA9", "\xCE\xA3", "\xE2\x82\xAC", "{", "}", "[", "]", "~", "|",
      "^", "\\", "@", "$", "_", "\n", "\r", "\x0C"};
  static const char* const others[] = {  // national letters, no table's characters, controls
      "\xC2\xA0", "\xC3\x97", "\xCE\xB1", "\xCE\x80", "\xCF\xBF", "\xE2\x82\xAB", "\xC5\x9F", "\xC4\x9F",
      "\xC3\xA7", "\xC4\xB1", "\xE0\xA4\x95", "\xE0\xA5\xA4", "\xD0\x96", "\xD8\xA8", "\xF0\x9F\x98\x80", "`",
      "\x1B", "\x7F", "\x01"};
  static const char* const broken[] = {"\xC3", "\xC3(", "\xE2\x82", "\xE2\x82\x41", "\xC0\x80", "\xC1\xBF",
                                       "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80", "\xBF", "\xFF", "\xF0\x9F\x98"};
  static const char identity[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,!?:;'\"()*+-/<=>#%&";
  std::uniform_int_distribution<int> percent(0, 99);
  std::uniform_int_distribution<std::size_t> pick_identity(0, sizeof identity - 2);
  std::uniform_int_distribution<std::size_t> pick_gsm(0, sizeof gsm / sizeof gsm[0] - 1);
  std::uniform_int_distribution<std::size_t> pick_other(0, sizeof others / sizeof others[0] - 1);
  std::uniform_int_distribution<std::size_t> pick_broken(0, sizeof broken / sizeof broken[0] - 1);
  std::uniform_int_distribution<int> any_ascii(0, 127);
  const int identity_percent = std::uniform_int_distribution<int>(0, 4)(rng) * 20;  // 0..80 %
  std::string text;
  while (text.size() < length) {
    const int p = percent(rng);
    if (invalid && p == 0) {
      text += broken[pick_broken(rng)];
    } else if (rare && p == 1) {
      text += others[pick_other(rng)];
    } else if (rare && p == 2) {
      text += static_cast<char>(any_ascii(rng));
    } else if (p < identity_percent) {
      text += identity[pick_identity(rng)];
    } else {
      text += gsm[pick_gsm(rng)];
    }
  }
  return text;
}
}  // namespace

TEST_CASE("random mixed UTF-8 text encodes as the simple encoder does, errors and output sizes included",
          "[gsm7][fast_path]") {
  // The UTF-8 encoder's run-time paths (the default pair's code table and
  // chunked buffer, the others' ASCII groups) against the simple encoder,
  // and against the UTF-16 encoder where the text is valid UTF-8: septet
  // counts, unpacked and packed septets for every fill, exact, roomy and
  // short outputs, and the first error with its offset. Every table pair
  // takes its turn; the default pair one round in two.
  std::mt19937 rng(2338);
  std::uniform_int_distribution<int> nli(0, 13);
  std::uniform_int_distribution<std::size_t> short_length(0, 200);
  std::uniform_int_distribution<std::size_t> long_length(200, 700);  // several chunks of septets
  std::size_t errors = 0, successes = 0;
  for (int round = 0; round < 8000; ++round) {
    const gsm7_tables tables =
        round % 2 == 0 ? gsm7_tables{}
                       : gsm7_tables{static_cast<national_language>(nli(rng)), static_cast<national_language>(nli(rng))};
    const std::size_t length = round % 10 == 0 ? long_length(rng) : short_length(rng);
    const bool invalid = round % 5 == 0;
    const std::string text = random_mixed_text(rng, length, round % 3 == 0, invalid);
    const unsigned fill = static_cast<unsigned>(round % 7);
    CAPTURE(test::hex(smspdu::octet_view(reinterpret_cast<const std::uint8_t*>(text.data()), text.size())), fill,
            smspdu::to_string(tables.locking_shift), smspdu::to_string(tables.single_shift));
    const auto expected = reference_septets(text, tables);
    const auto length8 = smspdu::gsm7_length_from_utf8(text, tables);
    if (!expected.ok) {
      ++errors;
      REQUIRE(!length8);
      CHECK(length8.error() == expected.failure);
      test::octets septets(text.size() * 2 + 8);
      const auto unpacked = smspdu::utf8_to_gsm7(text, septets, tables);
      REQUIRE(!unpacked);
      CHECK(unpacked.error() == expected.failure);
      test::octets packed(text.size() * 2 + 8);
      const auto packed8 = smspdu::utf8_to_gsm7_packed(text, packed, fill, tables);
      REQUIRE(!packed8);
      CHECK(packed8.error() == expected.failure);
      continue;
    }
    ++successes;
    const test::octets& septets = expected.septets;
    REQUIRE(length8.has_value());
    CHECK(*length8 == septets.size());
    if (!invalid) {  // valid UTF-8: the UTF-16 path agrees too
      CHECK(smspdu::gsm7_length_from_utf16(test::utf16(text), tables).value() == septets.size());
    }
    // Unpacked, into exact, roomy and short outputs.
    for (const std::size_t room : {septets.size(), septets.size() + 9, septets.size() > 0 ? septets.size() - 1 : 0}) {
      test::octets out(room, 0xEE);
      const auto n = smspdu::utf8_to_gsm7(text, out, tables);
      if (room < septets.size()) {
        CHECK(n.error() == error{errc::output_too_small, septets.size()});
        continue;
      }
      REQUIRE(n.value() == septets.size());
      CHECK(test::octets(out.begin(), out.begin() + static_cast<long>(septets.size())) == septets);
    }
    // Packed, into exact, roomy and short outputs.
    const std::size_t octets = smspdu::octets_length_from_septets(septets.size(), fill);
    test::octets reference(octets);
    REQUIRE(smspdu::pack_septets(septets, reference, fill).value() == octets);
    for (const std::size_t room : {octets, octets + 8, octets > 0 ? octets - 1 : 0}) {
      test::octets out(room, 0xEE);
      const auto packed8 = smspdu::utf8_to_gsm7_packed(text, out, fill, tables);
      if (room < octets) {
        CHECK(packed8.error() == error{errc::output_too_small, octets});
        continue;
      }
      REQUIRE(packed8.has_value());
      CHECK(packed8->septets == septets.size());
      CHECK(packed8->octets == octets);
      CHECK(test::octets(out.begin(), out.begin() + static_cast<long>(octets)) == reference);
    }
  }
  CHECK(errors > 1000);  // the cases both ways are many
  CHECK(successes > 1000);
}

TEST_CASE("each kind of character at every position encodes as the simple encoder does",
          "[gsm7][fast_path]") {
  // The default pair's UTF-8 encoder goes 64 bytes at a time, in place
  // while 96 are left, then through a copy of the last 96, and takes text
  // shorter than 96 sixteen and eight bytes at a time: every piece below
  // (characters of one to three bytes, one and two septets, others, invalid
  // UTF-8) at every offset of texts around those sizes, among ASCII that
  // stands for itself or not, against the simple encoder: septets, packed
  // octets, errors and offsets.
  static const char* const pieces[] = {
      "{", "@", "$", "\n", "\x0C", "`", "\x1B", "\x7F", "\xC3\xA9", "\xC2\xA1", "\xCE\x94", "\xCE\xA9",
      "\xC3\x80", "\xC2\xA0", "\xD0\x96", "\xCF\xBF", "\xE2\x82\xAC", "\xE2\x82\xAB", "\xE4\xBD\xA0",
      "\xF0\x9F\x98\x80", "\xC3", "\xC3(", "\xE2\x82", "\xC0\x80", "\xC1\xBF", "\x80", "\xBF", "\xC3\xA9\xA9",
      "\xE2\x82\xAC\xAC", "\xED\xA0\x80", "\xFF"};
  static const char* const fillers[] = {"abcdefgh", "a{b}c[d]", "\xC3\xA9\xC3\xA9" "ab", "\xCE\x94x\xE2\x82\xAC" "y"};
  std::size_t checked = 0;
  for (const char* filler : fillers) {
    for (const std::size_t size : {std::size_t{7}, std::size_t{16}, std::size_t{17}, std::size_t{40}, std::size_t{95},
                                   std::size_t{96}, std::size_t{97}, std::size_t{129}, std::size_t{160}}) {
      for (const char* piece : pieces) {
        for (std::size_t at = 0; at < size; ++at) {
          std::string text;
          while (text.size() < size) text += filler;
          text.resize(size);
          // Cut at a character boundary of the filler, so that the piece is
          // what makes the text what it is.
          while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
          if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0) text.pop_back();
          std::size_t cut = at < text.size() ? at : text.size();
          while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
          text.insert(cut, piece);
          const unsigned fill = static_cast<unsigned>(at % 7);
          CAPTURE(test::hex(smspdu::octet_view(reinterpret_cast<const std::uint8_t*>(text.data()), text.size())),
                  fill);
          const auto expected = reference_septets(text, {});
          test::octets packed(2 * text.size() + 8, 0xEE);
          const auto packed8 = smspdu::utf8_to_gsm7_packed(text, packed, fill);
          const auto length8 = smspdu::gsm7_length_from_utf8(text);
          if (!expected.ok) {
            REQUIRE(!packed8);
            CHECK(packed8.error() == expected.failure);
            CHECK(length8.error() == expected.failure);
            continue;
          }
          REQUIRE(packed8.has_value());
          CHECK(length8.value() == expected.septets.size());
          const std::size_t octets = smspdu::octets_length_from_septets(expected.septets.size(), fill);
          test::octets reference(octets);
          REQUIRE(smspdu::pack_septets(expected.septets, reference, fill).value() == octets);
          CHECK(packed8->septets == expected.septets.size());
          CHECK(test::octets(packed.begin(), packed.begin() + static_cast<long>(octets)) == reference);
          test::octets unpacked(expected.septets.size());
          REQUIRE(smspdu::utf8_to_gsm7(text, unpacked).value() == expected.septets.size());
          CHECK(unpacked == expected.septets);
          ++checked;
        }
      }
    }
  }
  CHECK(checked > 10000);
}

TEST_CASE("each septet and escape pair at every position of a message decodes as the unpacked decoder does",
          "[gsm7][fast_path]") {
  // The packed UTF-8 decoder of the default pair copies groups of eight
  // septets that stand for their ASCII characters, then goes through its
  // code table: every septet and every ESC pair (the escaped septet one of
  // those or not, ESC ESC, a final ESC) at every position of messages up to
  // 160 septets, among such septets or among others, against gsm7_to_utf8.
  static const std::uint8_t singles[] = {0x00, 0x02, 0x05, 0x0A, 0x0D, 0x10, 0x1A, 0x1C, 0x1F, 0x24, 0x40, 0x5B,
                                         0x60, 0x7B, 0x7F, 0x41, 0x20};
  static const std::uint8_t escaped[] = {0x28, 0x29, 0x3C, 0x3E, 0x3D, 0x40, 0x14, 0x2F, 0x65, 0x0A, 0x0D, 0x1B,
                                         0x41, 0x00, 0x7F};
  std::size_t checked = 0;
  for (const std::size_t count : {std::size_t{16}, std::size_t{40}, std::size_t{100}, std::size_t{160}}) {
    for (const bool plain : {true, false}) {
      test::octets base(count);
      for (std::size_t k = 0; k < count; ++k)
        base[k] = plain ? static_cast<std::uint8_t>('a' + k % 26) : singles[k % (sizeof singles)];
      const auto check = [&](const test::octets& septets) {
        const unsigned fill = static_cast<unsigned>(checked % 7);
        CAPTURE(test::hex(septets), fill);
        const std::size_t need = smspdu::utf8_length_from_gsm7(septets);
        std::string expected(need, '\0');
        REQUIRE(smspdu::gsm7_to_utf8(septets, smspdu::span<char>(expected)).value() == need);
        test::octets packed(smspdu::octets_length_from_septets(septets.size(), fill));
        REQUIRE(smspdu::pack_septets(septets, packed, fill).has_value());
        std::string out(need + 3, '\x7F');
        REQUIRE(smspdu::gsm7_packed_to_utf8(packed, septets.size(), smspdu::span<char>(out), fill).value() == need);
        CHECK(out.substr(0, need) == expected);
        CHECK(out.substr(need) == "\x7F\x7F\x7F");
        ++checked;
      };
      for (std::size_t at = 0; at < count; ++at) {
        for (const std::uint8_t single : singles) {
          test::octets septets = base;
          septets[at] = single;
          check(septets);
        }
        for (const std::uint8_t second : escaped) {
          test::octets septets = base;
          septets[at] = 0x1B;
          if (at + 1 < count) septets[at + 1] = second;
          check(septets);
        }
      }
    }
  }
  CHECK(checked == 2 * (16 + 40 + 100 + 160) * (sizeof singles + sizeof escaped));
}

TEST_CASE("packed GSM 7-bit decoding to UTF-8 equals the unpacked decoder for every septet and escape pair",
          "[gsm7][fast_path]") {
  // The packed UTF-8 decoder's default-pair code table (after runs of
  // ASCII-identical septets) against gsm7_to_utf8 on the same septets,
  // which decodes one septet at a time through the tables: every septet
  // and every ESC pair (ESC ESC and a final ESC included), at every
  // position of a message, for every fill, into exact and short outputs.
  std::mt19937 rng(2339);
  std::uniform_int_distribution<int> any_septet(0, 127);
  const gsm7_tables pairs[] = {{}, {national_language::none, national_language::spanish},
                               {national_language::turkish, national_language::turkish}};
  std::size_t checked = 0;
  for (int first = 0; first < 128; ++first) {
    for (int second = 0; second < 128; ++second) {
      test::octets septets(static_cast<std::size_t>(any_septet(rng) % 24));
      for (auto& s : septets) s = static_cast<std::uint8_t>(any_septet(rng));
      const std::size_t at = septets.size() / 2;
      septets.insert(septets.begin() + static_cast<long>(at), {static_cast<std::uint8_t>(first), static_cast<std::uint8_t>(second)});
      if (second % 16 == 0) septets.resize(at + 1);  // the septet (an escape too) last
      const unsigned fill = static_cast<unsigned>(second % 7);
      const gsm7_tables tables = pairs[static_cast<std::size_t>(first + second) % 3];
      CAPTURE(test::hex(septets), fill);
      const std::size_t need = smspdu::utf8_length_from_gsm7(septets, tables);
      std::string expected(need, '\0');
      REQUIRE(smspdu::gsm7_to_utf8(septets, smspdu::span<char>(expected), tables).value() == need);
      test::octets packed(smspdu::octets_length_from_septets(septets.size(), fill));
      REQUIRE(smspdu::pack_septets(septets, packed, fill).has_value());
      for (const std::size_t room : {need, need + 7, need > 0 ? need - 1 : 0}) {
        std::string out(room, '\x7F');
        const auto n = smspdu::gsm7_packed_to_utf8(packed, septets.size(), smspdu::span<char>(out), fill, tables);
        if (room < need) {
          CHECK(n.error() == error{errc::output_too_small, need});
          continue;
        }
        REQUIRE(n.value() == need);
        CHECK(out.substr(0, need) == expected);
        CHECK(out.substr(need) == std::string(room - need, '\x7F'));  // nothing written past the text
        ++checked;
      }
    }
  }
  CHECK(checked == 2 * 128 * 128);
}
