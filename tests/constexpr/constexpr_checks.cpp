// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Compiling this file is the test: every check is a static_assert, so each
// codec is proven usable in constant expressions. CMake builds it as C++17
// and as C++20 (smspdu_constexpr_cxx17 / smspdu_constexpr_cxx20).
#include <smspdu/smspdu.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace {
using namespace smspdu;

template <std::size_t N>
struct bytes {
  std::array<std::uint8_t, N> data{};
  std::size_t size = 0;
};

template <class A>
constexpr bool same(const A& a, std::string_view hex) {
  const auto expected = hex_to_octets(hex);
  if (!expected || expected->size() != a.size) return false;
  for (std::size_t i = 0; i < a.size; ++i)
    if (a.data[i] != (*expected)[i]) return false;
  return true;
}

template <class Chars>
constexpr bool same_text(const Chars& chars, std::size_t size, std::string_view text) {
  if (size != text.size()) return false;
  for (std::size_t i = 0; i < size; ++i)
    if (chars[i] != text[i]) return false;
  return true;
}

// --- hex -------------------------------------------------------------------
static_assert(hex_to_octets("0791").value().size() == 2);
static_assert(hex_to_octets("0791").value()[1] == 0x91);
static_assert(hex_to_octets("0g") == error{errc::invalid_hex_digit, 1});
static_assert(hex_to_octets("079") == error{errc::odd_hex_length, 2});
static_assert([] {
  const auto octets = hex_to_octets("00FFa5");
  const auto text = octets_to_hex(*octets);
  return same_text(*text, text->size(), "00FFA5");
}());

// --- septets ---------------------------------------------------------------
// "hellohello" packs to E8329BFD4697D9EC37 (the classic SMS-DELIVER example,
// dreamfabric.com/sms, and python-gsmmodem's test suite).
constexpr bytes<16> hellohello_packed() {
  bytes<16> out;
  out.size = utf8_to_gsm7_packed("hellohello", span<std::uint8_t>(out.data.data(), out.data.size()))
                 .value()
                 .octets;
  return out;
}
static_assert(same(hellohello_packed(), "E8329BFD4697D9EC37"));

// ...and unpacks back to the same text.
constexpr bool hellohello_unpacks() {
  const auto packed = hex_to_octets("E8329BFD4697D9EC37");
  std::array<char, 16> text{};
  const auto n = gsm7_packed_to_utf8(*packed, 10, text);
  return n.has_value() && same_text(text, *n, "hellohello");
}
static_assert(hellohello_unpacks());

// Pack/unpack round trip for every fill-bit value.
constexpr bool septets_round_trip(unsigned fill) {
  std::array<std::uint8_t, 20> septets{};
  for (std::size_t i = 0; i < septets.size(); ++i) septets[i] = static_cast<std::uint8_t>((i * 37 + fill) & 0x7F);
  std::array<std::uint8_t, 20> packed{};
  const auto octets = pack_septets(septets, packed, fill);
  if (!octets || *octets != octets_length_from_septets(20, fill)) return false;
  std::array<std::uint8_t, 20> back{};
  if (!unpack_septets(packed, 20, back, fill)) return false;
  for (std::size_t i = 0; i < septets.size(); ++i)
    if (back[i] != septets[i]) return false;
  return true;
}
static_assert(septets_round_trip(0) && septets_round_trip(1) && septets_round_trip(2) &&
              septets_round_trip(3) && septets_round_trip(4) && septets_round_trip(5) &&
              septets_round_trip(6));
static_assert(fill_bits_after_udh(6) == 1);
static_assert(octets_length_from_septets(160) == 140);

// USSD <CR> padding: libosmocore's ussd_test "0123456" -> B0986C46ABD91A.
constexpr bytes<8> ussd_packed() {
  std::array<std::uint8_t, 7> septets{};
  (void)utf8_to_gsm7("0123456", septets);
  bytes<8> out;
  out.size = pack_septets_ussd(septets, span<std::uint8_t>(out.data.data(), out.data.size())).value();
  return out;
}
static_assert(same(ussd_packed(), "B0986C46ABD91A"));

// --- GSM 7-bit text ----------------------------------------------------------
static_assert(gsm7_length_from_utf8("{[€]}").value() == 10);
static_assert(gsm7_length_from_utf8("a\U0001F600") == error{errc::unencodable_character, 1});
static_assert(gsm7_length_from_utf8("\xC3") == error{errc::invalid_utf8, 0});
static_assert(gsm7_length_from_utf16(u"ΔΦΓ").value() == 3);
constexpr bool decodes_escape_rules() {
  constexpr std::uint8_t septets[] = {0x00, 0x1B, 0x1B, 0x1B, 0x41, 0x1B, 0x65, 0x1B};
  std::array<char, 16> text{};
  const auto n = gsm7_to_utf8(septets, text);
  return n.has_value() && same_text(text, *n, "@ A\xE2\x82\xAC ");
}
static_assert(decodes_escape_rules());
// Turkish single shift: ESC 0x67 is g with breve (TS 23.038 Annex A.2.1).
static_assert(single_shift_table(national_language::turkish)[0x67] == u'\u011F');
static_assert(locking_shift_reverse(national_language::none).find(U'@') == 0x00);
static_assert(single_shift_reverse(national_language::none).find(U'€') == 0x65);

// --- UCS-2 -----------------------------------------------------------------
constexpr bytes<8> emoji_ucs2() {
  bytes<8> out;
  out.size = utf8_to_ucs2("a\U0001F600", span<std::uint8_t>(out.data.data(), out.data.size())).value();
  return out;
}
static_assert(same(emoji_ucs2(), "0061D83DDE00"));
static_assert(utf8_length_from_ucs2(hex_to_octets("0061D83DDE00").value()).value() == 5);
static_assert(ucs2_to_utf16(hex_to_octets("D83D").value(), span<char16_t>()) ==
              error{errc::unpaired_surrogate, 0});
static_assert(utf8_length_from_ucs2(hex_to_octets("004100").value()) ==
              error{errc::odd_ucs2_length, 2});

// --- TPDUs --------------------------------------------------------------------
// The classic SMS-DELIVER of the dreamfabric.com tutorial (also in
// tests/data/public-vectors.jsonl): decoded, its fields and text, re-encoded.
constexpr std::string_view classic_deliver_hex =
    "07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37";
constexpr auto classic_deliver = decode_pdu_hex(classic_deliver_hex, direction::sc_to_ms);
static_assert(classic_deliver.has_value());
constexpr const sms_deliver& deliver = std::get<sms_deliver>(classic_deliver->message);
static_assert(classic_deliver->smsc->text() == "27381000015");
static_assert(deliver.originator.text() == "27838890001");
static_assert(deliver.originator.ton == type_of_number::subscriber &&
              deliver.originator.npi == numbering_plan::national);
static_assert(deliver.service_centre_time == timestamp{1999, 3, 29, 15, 16, 59, 8});
static_assert(deliver.service_centre_time.utc_offset_minutes() == 120);
static_assert([] {
  const auto text = text_of(deliver);
  return std::string_view(text->data(), text->size()) == "hellohello";
}());
static_assert(encode_pdu_hex(*classic_deliver)->text() == classic_deliver_hex);

// Its SMS-SUBMIT twin, built from fields: to +46708251358, relative validity
// 0xAA (4 days), "hellohello".
constexpr auto classic_submit = [] {
  submit_options options;
  options.validity = validity_period::relative_code(0xAA);
  return make_submit("+46708251358", "hellohello", options);
}();
static_assert(classic_submit.has_value());
static_assert(encode_pdu_hex(pdu{std::nullopt, tpdu(*classic_submit)})->text() ==
              "0011000B916407281553F80000AA0AE8329BFD4697D9EC37");
static_assert(decode_sms_submit(encode(*classic_submit).value()).value() == *classic_submit);
// Read back as any TPDU and as a stored PDU: in constant evaluation decode_tpdu
// assigns the variant instead of emplacing (C++17 has no constexpr emplace).
static_assert(std::get<sms_submit>(decode_tpdu(encode(*classic_submit).value(), direction::ms_to_sc).value()) ==
              *classic_submit);
static_assert(std::get<sms_submit>(decode_stored_pdu_hex("0011000B916407281553F80000AA0AE8329BFD4697D9EC37")->message) ==
              *classic_submit);
// A status report (TS 23.040 §9.2.2.3; python-gsmmodem's test vector
// gsmmodem-dec-05, tests/data/public-vectors.jsonl), through the same path.
static_assert(std::get<sms_status_report>(
                  decode_pdu_hex("0006D60B911326880736F4111011719551401110117195714000", direction::sc_to_ms)
                      ->message)
                  .message_reference == 214);
// The same PDU written straight from the text by encode_submit.
static_assert([] {
  submit_options options;
  options.validity = validity_period::relative_code(0xAA);
  std::array<std::uint8_t, max_tpdu_octets> out{};
  const auto n = encode_submit(phone_number("+46708251358").value(), "hellohello", out, options);
  const auto expected = encode(*classic_submit).value();
  if (!n || *n != expected.size()) return false;
  for (std::size_t i = 0; i < *n; ++i)
    if (out[i] != expected[i]) return false;
  return true;
}());
// A flash message and a replace-type message.
static_assert([] {
  submit_options options;
  options.message_class = message_class::class_0;
  options.pid = protocol_identifier::replace_short_message(3);
  const auto s = make_submit("+41791234567", "Alert", options);
  return s->dcs.value == 0x10 && s->pid.value == 0x43 && s->dcs.is_flash();
}());

// --- long messages -------------------------------------------------------------
// Grapheme clusters (UAX #29): e + combining acute is one; a flag is one.
static_assert(grapheme_count(std::string_view("e\xCC\x81" "\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA")) == 2);
// 161 septets: two segments of 153 and 8 septets, GSM 7-bit.
constexpr std::string_view long_text =
    "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789"
    "012345678901234567890123456789012345678901234567890123456789X";
static_assert(long_text.size() == 161);
static_assert(count_segments(long_text)->segment_count() == 2);
static_assert(count_segments(long_text)->capacity == 153);
static_assert(count_segments(long_text)->segments[1].units == 8);
static_assert(count_segments(std::string_view("\xD0\x96"))->encoding == alphabet::ucs2);
static_assert(count_data_segments(141)->segment_count() == 2);
// Split into SMS-SUBMITs and joined again by a reassembler (as DELIVERs), and
// split into hex PDUs.
static_assert([] {
  const auto to = phone_number("+41791234567").value();
  message_options o;
  o.reference = 0x42;
  std::array<sms_submit, 2> parts{};
  if (split_submit(to, long_text, o, span<sms_submit>(parts.data(), parts.size())).value() != 2) return false;
  reassembler<1, 2> joiner;
  bool complete = false;
  for (std::size_t i = parts.size(); i-- > 0;) {
    const auto event = joiner.add(to, parts[i].dcs, parts[i].ud, 0);
    complete = event && event->status == reassembly_status::complete;
  }
  // Split to hex PDUs: each the encoding of its SMS-SUBMIT.
  std::size_t n = 0;
  bool same = true;
  const auto plan = split_submit_hex(std::nullopt, to, long_text, o, [&](const pdu_hex& hex) {
    const auto expected = encode_pdu_hex(pdu{std::nullopt, parts[n++]});
    same = same && expected && expected->digits == hex.digits && expected->tpdu_octets == hex.tpdu_octets;
  });
  return complete && joiner.text() == long_text && plan && n == 2 && same;
}());
// 71 Cyrillic letters: two UCS-2 segments (67 + 4 units after the header).
static_assert([] {
  std::array<char, 142> text{};
  for (std::size_t i = 0; i < text.size(); i += 2) text[i] = '\xD0', text[i + 1] = '\x96';
  const std::string_view whole(text.data(), text.size());
  std::size_t n = 0;
  bool same = true;
  const auto plan = split_text(whole, {}, [&](const text_segment& s) {
    const auto part = text_of(s.ud, s.dcs);
    const std::size_t units = n == 0 ? 67 : 4;
    same = same && part && part->size() == 2 * units && payload_units(s.ud, s.dcs) == units;
    ++n;
  });
  return plan && plan->encoding == alphabet::ucs2 && n == 2 && same;
}());

// The planner's eight-bytes-at-a-time marks of printable, escaped and
// unencodable bytes agree with the default tables (TS 23.038 §6.2.1,
// §6.2.1.1) for every byte in every place of a word. Checked here rather
// than in segment.hpp, where every translation unit paid for it.
static_assert(detail::printable_marks_match_the_tables());

// --- version -------------------------------------------------------------------
static_assert(SMSPDU_VERSION == SMSPDU_VERSION_MAJOR * 10000 + SMSPDU_VERSION_MINOR * 100 +
                                    SMSPDU_VERSION_PATCH);
}  // namespace
