// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Built with -fno-exceptions -fno-rtti and run: the library needs neither,
// and real calls give the right answers without them: text codecs, a TPDU
// decoded and one encoded (the dreamfabric.com tutorial's pair, also in
// tests/data/public-vectors.jsonl), an error, and a long message counted,
// split and reassembled.
#include <smspdu/smspdu.hpp>

#include <array>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <variant>

namespace {
int failures = 0;
void check(bool condition, const char* what) {
  if (!condition) {
    std::printf("FAILED: %s\n", what);
    ++failures;
  }
}
}  // namespace

int main() {
  std::array<std::uint8_t, 32> octets{};
  const auto packed = smspdu::utf8_to_gsm7_packed("hellohello", octets);
  check(packed.has_value() && packed->octets == 9, "pack hellohello");
  std::array<char, 64> hex{};
  const auto digits = smspdu::octets_to_hex(smspdu::octet_view(octets.data(), 9), hex);
  check(digits.has_value() && std::memcmp(hex.data(), "E8329BFD4697D9EC37", 18) == 0,
        "hellohello packs to E8329BFD4697D9EC37");
  std::array<char, 64> text{};
  const auto n = smspdu::gsm7_packed_to_utf8(octets, 10, text);
  check(n.has_value() && *n == 10 && std::memcmp(text.data(), "hellohello", 10) == 0, "unpack");
  check(smspdu::hex_to_octets("0Z", octets) == smspdu::error{smspdu::errc::invalid_hex_digit, 1},
        "hex error with offset");
  const auto u = smspdu::utf8_to_ucs2("\xF0\x9F\x98\x80", octets);
  check(u.has_value() && *u == 4 && octets[0] == 0xD8 && octets[1] == 0x3D, "emoji as UCS-2");
  check(!smspdu::utf8_to_gsm7("\xE4\xB8\x96", octets).has_value(), "CJK is not GSM 7-bit");
  // TPDUs: decode the dreamfabric.com SMS-DELIVER (tests/data/public-vectors.jsonl),
  // encode an SMS-SUBMIT and compare with the same tutorial's PDU.
  const auto pdu = smspdu::decode_pdu_hex(
      "07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37",
      smspdu::direction::sc_to_ms);
  check(pdu.has_value(), "decode the classic SMS-DELIVER");
  if (pdu) {
    const auto* deliver = std::get_if<smspdu::sms_deliver>(&pdu->message);
    check(deliver != nullptr && deliver->originator.text() == "27838890001", "its originator");
    const auto body = deliver ? smspdu::text_of(*deliver) : smspdu::error{};
    check(body.has_value() && std::string_view(body->data(), body->size()) == "hellohello", "its text");
    check(deliver != nullptr && deliver->service_centre_time.utc_offset_minutes() == 120, "its time zone");
  }
  smspdu::submit_options options;
  options.validity = smspdu::validity_period::relative_code(0xAA);
  const auto submit = smspdu::make_submit("+46708251358", "hellohello", options);
  const auto hex_pdu = submit ? smspdu::encode_pdu_hex(smspdu::pdu{std::nullopt, *submit}) : smspdu::error{};
  check(hex_pdu.has_value() && hex_pdu->text() == "0011000B916407281553F80000AA0AE8329BFD4697D9EC37" &&
            hex_pdu->tpdu_octets == 23,
        "encode the classic SMS-SUBMIT");
  // A malformed PDU is an error value, not an exception.
  check(smspdu::decode_pdu_hex("0791", smspdu::direction::sc_to_ms).error().code == smspdu::errc::truncated_input,
        "truncated PDU");
  // Long messages: count, split, reassemble.
  static const char long_text[] =
      "This text is long enough to need two segments of GSM 7-bit text, because it has more than one "
      "hundred and sixty characters in it, which is what a single SMS can hold without a header.";
  const auto plan = smspdu::count_segments(long_text);
  check(plan.has_value() && plan->segment_count() == 2, "count two segments");
  static smspdu::reassembler<1, 4> joiner;
  std::array<smspdu::sms_submit, 4> parts{};
  const auto to = smspdu::phone_number("+41791234567").value();
  const auto written = smspdu::split_submit(to, long_text, {}, smspdu::span<smspdu::sms_submit>(parts.data(), 4));
  check(written.has_value() && *written == 2, "split into two SUBMITs");
  bool complete = false;
  for (std::size_t i = 2; i-- > 0;) {
    const auto event = joiner.add(to, parts[i].dcs, parts[i].ud, 0);
    complete = event.has_value() && event->status == smspdu::reassembly_status::complete;
  }
  check(complete && joiner.text() == long_text, "reassemble them");
  std::printf("%s\n", failures == 0 ? "no-exceptions build: all checks passed" : "failures");
  return failures == 0 ? 0 : 1;
}
