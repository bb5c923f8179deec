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

TEST_CASE("TPDU decoding, encoding and building allocate nothing", "[no_alloc]") {
  constexpr std::string_view classic =
      "07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37";
  constexpr std::string_view report = "062A0B914126365254F0421102310000404211023100104000";
  std::array<std::uint8_t, 200> octets{};
  std::array<char, 500> text{};

  const std::size_t before = test::allocation_count();
  bool ok = true;
  const auto pdu = smspdu::decode_pdu_hex(classic, smspdu::direction::sc_to_ms);
  ok &= pdu.has_value();
  const auto& deliver = std::get<smspdu::sms_deliver>(pdu->message);
  ok &= smspdu::text_of(deliver.ud, deliver.dcs, text).has_value();
  ok &= smspdu::text_of(deliver).has_value();
  ok &= smspdu::encode_pdu(*pdu, octets).has_value();
  ok &= smspdu::encode_pdu_hex(*pdu).has_value();
  ok &= smspdu::decode_stored_pdu_hex(classic).has_value();
  const auto status = smspdu::hex_to_octets(report);
  ok &= smspdu::decode_tpdu(*status, smspdu::direction::sc_to_ms).has_value();
  smspdu::submit_options options;
  options.message_class = smspdu::message_class::class_0;
  options.pid = smspdu::protocol_identifier::replace_short_message(2);
  const auto submit = smspdu::make_submit("+41791234567", "Hello {world} 😀", options);
  ok &= submit.has_value();
  ok &= smspdu::encode(*submit, octets).has_value();
  ok &= smspdu::encoded_length(*submit).has_value();
  ok &= smspdu::encode_submit(submit->destination, "Hello {world} 😀", octets, options).has_value();
  smspdu::user_data_header header;
  ok &= header.add_concatenation(0x1234, 2, 1, true).has_value();
  ok &= smspdu::text_user_data("part one", smspdu::data_coding_scheme{}, header).has_value();
  ok &= !smspdu::decode_pdu_hex("0791", smspdu::direction::sc_to_ms).has_value();
  const std::size_t after = test::allocation_count();

  CHECK(ok);
  CHECK(after == before);
}

TEST_CASE("counting, splitting and reassembling allocate nothing", "[no_alloc][segment]") {
  // Inputs and storage prepared before counting starts; the reassembler is
  // static because it is large, not because it allocates.
  constexpr std::string_view text =
      "Gr\xC3\xBC\xC3\x9F" "e {\xC3\x84rger} \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9 flags \xF0\x9F\x87\xA9\xF0"
      "\x9F\x87\xAA, e\xCC\x81 and \xC5\x9F. The quick brown fox jumps over the lazy dog, "
      "again and again and again, until the text needs three segments of sixty-seven units "
      "each, which takes a while longer than one would think at first.";
  static smspdu::reassembler<2, 8> joiner;
  static std::array<smspdu::sms_submit, 8> submits{};
  static std::array<smspdu::sms_deliver, 8> delivers{};
  const auto to = smspdu::phone_number("+41791234567").value();
  smspdu::message_options options;
  options.reference = 77;
  options.languages = smspdu::national_languages::all();
  const std::array<std::uint8_t, 300> data{};

  const std::size_t before = test::allocation_count();
  bool ok = true;
  const auto plan = smspdu::count_segments(text, options);
  ok &= plan.has_value() && plan->segment_count() > 1;
  ok &= smspdu::count_segments(std::u16string_view(u"\u0416\U0001F600")).has_value();
  ok &= smspdu::grapheme_count(text) > 0;
  ok &= smspdu::split_submit(to, text, options, smspdu::span<smspdu::sms_submit>(submits.data(), submits.size()))
            .has_value();
  std::size_t n = 0;
  ok &= smspdu::split_deliver(to, text, smspdu::timestamp{}, options,
                              [&](const smspdu::sms_deliver& d) { delivers[n++] = d; })
            .has_value();
  ok &= smspdu::split_submit_hex(std::nullopt, to, text, options, [&](const smspdu::pdu_hex& h) {
          ok &= !h.text().empty();
        }).has_value();
  ok &= smspdu::split_data(smspdu::octet_view(data.data(), data.size()), options,
                           [&](const smspdu::text_segment& s) { ok &= s.total == 3; })
            .has_value();
  bool complete = false;
  for (std::size_t i = n; i-- > 0;) {
    const auto event = joiner.add(delivers[i], i);
    complete = event && event->status == smspdu::reassembly_status::complete;
  }
  ok &= complete && joiner.text() == text;
  ok &= joiner.expire(100, 10, [](const smspdu::expired_message&) {}) == 0;
  options.max_segments = 1;
  ok &= !smspdu::count_segments(text, options).has_value();  // the error path too
  const std::size_t after = test::allocation_count();

  CHECK(ok);
  CHECK(after == before);
}
