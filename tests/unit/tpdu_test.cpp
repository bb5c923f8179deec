// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// The six TPDUs: layouts written out octet by octet from TS 23.040 §9.2.2,
// the catalogue of malformed input with the exact error and offset, what the
// encoders refuse, and decode(encode(x)) == x over generated values.
#include <smspdu/smspdu.hpp>

#include <string>
#include <vector>

#include "../support/test_support.hpp"

using smspdu::direction;
using smspdu::errc;
using smspdu::error;
using smspdu::report_form;

namespace {

std::string encode_hex(const smspdu::tpdu& t) {
  const auto octets = smspdu::encode(t);
  REQUIRE(octets.has_value());
  return test::hex(*octets);
}

smspdu::result<smspdu::tpdu> decode(const std::string& hex, direction d,
                                    report_form form = report_form::ack) {
  const auto octets = test::bytes(hex);
  return smspdu::decode_tpdu(octets, d, {form});
}

smspdu::address number(const char* digits) { return smspdu::phone_number(digits).value(); }

}  // namespace

TEST_CASE("message types depend on the direction", "[tpdu]") {
  using smspdu::message_type;
  CHECK(smspdu::message_type_of(0x04, direction::sc_to_ms).value() == message_type::sms_deliver);
  CHECK(smspdu::message_type_of(0x00, direction::ms_to_sc).value() == message_type::sms_deliver_report);
  CHECK(smspdu::message_type_of(0x01, direction::ms_to_sc).value() == message_type::sms_submit);
  CHECK(smspdu::message_type_of(0x01, direction::sc_to_ms).value() == message_type::sms_submit_report);
  CHECK(smspdu::message_type_of(0x06, direction::sc_to_ms).value() == message_type::sms_status_report);
  CHECK(smspdu::message_type_of(0x02, direction::ms_to_sc).value() == message_type::sms_command);
  CHECK(smspdu::message_type_of(0x03, direction::sc_to_ms) == error{errc::reserved_message_type, 0});
  CHECK(smspdu::message_type_of(0xFF, direction::ms_to_sc) == error{errc::reserved_message_type, 0});
}

TEST_CASE("SMS-STATUS-REPORT with and without TP-PI", "[tpdu][status_report]") {
  // FO 06 (MTI 10, MMS set), MR 2A, RA 0B 91 ..., SCTS, DT, ST 00.
  const std::string base =
      "062A0B914126365254F0" "42110231000040" "42110231001040" "00";
  const auto r = decode(base, direction::sc_to_ms);
  REQUIRE(r.has_value());
  const auto& report = std::get<smspdu::sms_status_report>(*r);
  CHECK(report.message_reference == 0x2A);
  CHECK(std::string(report.recipient.text()) == "14626325450");
  CHECK(report.discharge_time.second == 1);
  CHECK(report.status.delivered());
  CHECK(report.status.category() == smspdu::status_category::completed);
  CHECK_FALSE(report.parameters.present());
  CHECK(encode_hex(*r) == base);
  // With TP-PI 07: PID 00, DCS 00, UDL 04 and "test" (28 bits, 4 octets).
  const std::string with_text = base + "07" "00" "00" "04" "F4F29C0E";
  const auto t = decode(with_text, direction::sc_to_ms);
  REQUIRE(t.has_value());
  const auto& rt = std::get<smspdu::sms_status_report>(*t);
  CHECK(rt.parameters.has_pid());
  CHECK(rt.parameters.has_user_data());
  CHECK(std::string(smspdu::text_of(rt.parameters.ud, rt.parameters.effective_dcs())->data(), 4) == "test");
  CHECK(encode_hex(*t) == with_text);
  // TP-PI 04 alone: TP-UD without TP-DCS is read with DCS 00.
  const auto u = decode(base + "04" "04" "F4F29C0E", direction::sc_to_ms);
  REQUIRE(u.has_value());
  CHECK(smspdu::text_of(std::get<smspdu::sms_status_report>(*u).parameters.ud, smspdu::data_coding_scheme{})->size() == 4);
  // An extension TP-PI octet (bit 7) is kept; its bits are reserved.
  const auto x = decode(base + "8100" "00", direction::sc_to_ms);
  REQUIRE(x.has_value());
  CHECK(std::get<smspdu::sms_status_report>(*x).parameters.octets.size() == 2);
  CHECK(encode_hex(*x) == base + "810000");
  // Reserved TP-ST values read as "service rejected" but keep their value.
  smspdu::delivery_status reserved{0x9A};
  CHECK(reserved.effective() == 0x63);
  CHECK(reserved.category() == smspdu::status_category::temporary_gave_up);
  CHECK(reserved.is_reserved());
  CHECK(smspdu::delivery_status{0x46}.description() == "SM validity period expired");
  CHECK(smspdu::delivery_status{0x21}.category() == smspdu::status_category::still_trying);
  CHECK(smspdu::delivery_status{0x41}.category() == smspdu::status_category::permanent_error);
}

TEST_CASE("SMS-COMMAND", "[tpdu][command]") {
  // FO 22 (MTI 10, SRR), MR 05, PID 00, CT 02 (delete), MN 2A, DA, CDL 00.
  const std::string pdu = "22" "05" "00" "02" "2A" "0B914126365254F0" "00";
  const auto c = decode(pdu, direction::ms_to_sc);
  REQUIRE(c.has_value());
  const auto& command = std::get<smspdu::sms_command>(*c);
  CHECK(command.status_report_request);
  CHECK(command.command.value == smspdu::command_type::delete_message);
  CHECK(command.message_number == 0x2A);
  CHECK(command.command_data.empty());
  CHECK(encode_hex(*c) == pdu);
  const std::string with_data = "02" "06" "00" "00" "2A" "0B914126365254F0" "03" "AABBCC";
  const auto d = decode(with_data, direction::ms_to_sc);
  REQUIRE(d.has_value());
  CHECK(test::hex(std::get<smspdu::sms_command>(*d).command_data) == "AABBCC");
  CHECK(encode_hex(*d) == with_data);
  // In the other direction MTI 10 is a STATUS-REPORT.
  CHECK_FALSE(decode(pdu, direction::sc_to_ms).has_value());
  CHECK(decode("02" "06" "00" "00" "2A" "0B914126365254F0" "05" "AABBCC", direction::ms_to_sc) ==
        error{errc::user_data_beyond_pdu, 13});
}

TEST_CASE("SMS-SUBMIT-REPORT and SMS-DELIVER-REPORT in both forms", "[tpdu][reports]") {
  // SUBMIT-REPORT, RP-ACK: FO 01, PI 00, SCTS.
  const std::string ack = "01" "00" "42110231000040";
  const auto a = decode(ack, direction::sc_to_ms, report_form::ack);
  REQUIRE(a.has_value());
  const auto& sa = std::get<smspdu::sms_submit_report>(*a);
  CHECK(sa.form == report_form::ack);
  CHECK(sa.service_centre_time.year == 2024);
  CHECK(encode_hex(*a) == ack);
  // RP-ERROR: FO 01, FCS C5 (duplicate), PI 00, SCTS.
  const std::string nack = "01" "C5" "00" "42110231000040";
  const auto n = decode(nack, direction::sc_to_ms, report_form::error);
  REQUIRE(n.has_value());
  const auto& sn = std::get<smspdu::sms_submit_report>(*n);
  CHECK(sn.cause.value == 0xC5);
  CHECK(sn.cause.description() == "SM rejected: duplicate SM");
  CHECK(encode_hex(*n) == nack);
  // The same octets read in the wrong form fail or differ: the form matters.
  CHECK_FALSE(decode(nack, direction::sc_to_ms, report_form::ack).has_value());
  // DELIVER-REPORT, RP-ERROR: FO 00, FCS D3 (memory exceeded), PI 00.
  const std::string dnack = "00" "D3" "00";
  const auto dn = decode(dnack, direction::ms_to_sc, report_form::error);
  REQUIRE(dn.has_value());
  CHECK(std::get<smspdu::sms_deliver_report>(*dn).cause.description() == "memory capacity exceeded");
  CHECK(encode_hex(*dn) == dnack);
  // DELIVER-REPORT, RP-ACK with PID and UCS-2 user data: FO 00, PI 07, PID 7F, DCS 08, UDL 02, 0041.
  const std::string dack = "00" "07" "7F" "08" "02" "0041";
  const auto da = decode(dack, direction::ms_to_sc, report_form::ack);
  REQUIRE(da.has_value());
  const auto& dr = std::get<smspdu::sms_deliver_report>(*da);
  CHECK(dr.parameters.pid.is_sim_data_download());
  CHECK(std::string(smspdu::text_of(dr.parameters.ud, dr.parameters.dcs)->data(), 1) == "A");
  CHECK(encode_hex(*da) == dack);
  // A report with TP-UDHI and a header in its user data.
  // (No TP-DCS: GSM 7-bit, so TP-UDL 7 septets: the 6-octet header and its fill bit.)
  const std::string udh = "40" "04" "07" "0500030A020100";
  const auto h = decode(udh, direction::ms_to_sc, report_form::ack);
  REQUIRE(h.has_value());
  CHECK(smspdu::header_of(std::get<smspdu::sms_deliver_report>(*h).parameters.ud).concatenation()->reference == 0x0A);
  CHECK(encode_hex(*h) == udh);
}

TEST_CASE("malformed TPDUs are refused with the offending octet", "[tpdu][errors]") {
  // A valid SMS-DELIVER to mutate: FO 04, OA 0B91..., PID 00, DCS 00, SCTS, UDL 05, "hello".
  const std::string good = "04" "0B914126365254F0" "00" "00" "99309251619580" "05" "E8329BFD06";
  REQUIRE(decode(good, direction::sc_to_ms).has_value());
  CHECK(decode("", direction::sc_to_ms) == error{errc::truncated_input, 0});
  CHECK(decode("03" + good.substr(2), direction::sc_to_ms) == error{errc::reserved_message_type, 0});
  // More than 20 digits (length 0x15).
  CHECK(decode("04" "15914126365254F0" + good.substr(18), direction::sc_to_ms) ==
        error{errc::address_too_long, 1});
  // A 1111 semi-octet inside the number.
  CHECK(decode("04" "0B914126F65254F0" + good.substr(18), direction::sc_to_ms) ==
        error{errc::invalid_address_digit, 5});
  // Invalid BCD in the SCTS (month 1A).
  CHECK(decode("04" "0B914126365254F0" "00" "00" "99A09251619580" "05" "E8329BFD06", direction::sc_to_ms) ==
        error{errc::invalid_timestamp, 12});
  // TP-UDL larger than the data.
  CHECK(decode("04" "0B914126365254F0" "00" "00" "99309251619580" "09" "E8329BFD06", direction::sc_to_ms) ==
        error{errc::user_data_beyond_pdu, 18});
  // TP-UDL above 160 septets.
  CHECK(decode("04" "0B914126365254F0" "00" "00" "99309251619580" "A1" "E8", direction::sc_to_ms) ==
        error{errc::user_data_too_long, 18});
  // TP-UDL above 140 octets for UCS-2.
  CHECK(decode("04" "0B914126365254F0" "00" "08" "99309251619580" "8D" "00", direction::sc_to_ms) ==
        error{errc::user_data_too_long, 18});
  // Octets after the end.
  CHECK(decode(good + "00", direction::sc_to_ms) == error{errc::trailing_octets, 24});
  // UDHI with TP-UDHL beyond the user data (UDL 3 octets of 8-bit data, UDHL 5).
  CHECK(decode("44" "0B914126365254F0" "00" "04" "99309251619580" "03" "050003", direction::sc_to_ms) ==
        error{errc::udh_beyond_user_data, 19});
  // UDHI with TP-UDL 0: read as empty user data (go-sms, Gammu; ModemManager refuses it).
  const auto empty = decode("44" "0B914126365254F0" "00" "00" "99309251619580" "00", direction::sc_to_ms);
  REQUIRE(empty.has_value());
  CHECK(std::get<smspdu::sms_deliver>(*empty).ud.has_header);
  CHECK(smspdu::text_of(std::get<smspdu::sms_deliver>(*empty))->size() == 0);
  // UDHI with TP-UDL 1 (7-bit) and TP-UDHL 0: the 1-octet header takes 2 septets.
  CHECK(decode("44" "0B914126365254F0" "00" "00" "99309251619580" "01" "00", direction::sc_to_ms) ==
        error{errc::udh_beyond_user_data, 19});
  // GSM 7-bit: the header takes more septets than TP-UDL has (UDL 6, header 6 octets = 7 septets).
  CHECK(decode("44" "0B914126365254F0" "00" "00" "99309251619580" "06" "0500030A0201", direction::sc_to_ms) ==
        error{errc::udh_beyond_user_data, 19});
  // An information element running past the header (IE 00 with length 4 in a UDHL 4).
  CHECK(decode("44" "0B914126365254F0" "00" "04" "99309251619580" "06" "0400040A02" "01", direction::sc_to_ms) ==
        error{errc::information_element_beyond_udh, 20});
  // Odd-length UCS-2, and an unpaired surrogate.
  CHECK(decode("04" "0B914126365254F0" "00" "08" "99309251619580" "03" "004100", direction::sc_to_ms) ==
        error{errc::odd_ucs2_length, 21});
  CHECK(decode("04" "0B914126365254F0" "00" "08" "99309251619580" "04" "D83D0041", direction::sc_to_ms) ==
        error{errc::unpaired_surrogate, 19});
  // Asking for one type and getting another.
  CHECK(smspdu::decode_sms_submit(test::bytes(good)) == error{errc::unexpected_message_type, 0});
  CHECK(smspdu::decode_sms_deliver(test::bytes("01" "00" "0B914126365254F0" "0000" "00")) ==
        error{errc::unexpected_message_type, 0});
  // Too many TP-PI extension octets.
  CHECK(decode("01" "80808080" "00", direction::sc_to_ms) == error{errc::invalid_parameter_indicator, 5});
}

TEST_CASE("PDU mode: the SMSC prefix, error offsets and the AT+CMGS length", "[pdu_mode]") {
  // The classic dreamfabric.com example (tests/data/public-vectors.jsonl).
  const std::string classic = "07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37";
  const auto p = smspdu::decode_pdu_hex(classic, direction::sc_to_ms);
  REQUIRE(p.has_value());
  CHECK(std::string(p->smsc->text()) == "27381000015");
  const auto again = smspdu::encode_pdu_hex(*p);
  REQUIRE(again.has_value());
  CHECK(std::string(again->text()) == classic);
  CHECK(again->tpdu_octets == classic.size() / 2 - 8);
  // "00": no SMSC address.
  const auto none = smspdu::decode_pdu_hex("00" + classic.substr(16), direction::sc_to_ms);
  REQUIRE(none.has_value());
  CHECK_FALSE(none->smsc.has_value());
  CHECK(std::string(smspdu::encode_pdu_hex(*none)->text()) == "00" + classic.substr(16));
  // Offsets count octets of the whole PDU; with hex they count digits.
  const std::string bad_scts = "07917283010010F5040BC87238880900F10000" "9A3092516195800AE8329BFD4697D9EC37";
  CHECK(smspdu::decode_pdu(smspdu::hex_to_octets(bad_scts).value(), direction::sc_to_ms) ==
        error{errc::invalid_timestamp, 19});
  CHECK(smspdu::decode_pdu_hex(bad_scts, direction::sc_to_ms) == error{errc::invalid_timestamp, 38});
  CHECK(smspdu::decode_pdu_hex(classic + "0", direction::sc_to_ms) == error{errc::odd_hex_length, classic.size()});
  CHECK(smspdu::decode_pdu_hex("0G", direction::sc_to_ms) == error{errc::invalid_hex_digit, 1});
  CHECK(smspdu::decode_pdu_hex("0D91", direction::sc_to_ms) == error{errc::address_too_long, 0});
  CHECK(smspdu::decode_pdu_hex(classic + std::string(400, '0'), direction::sc_to_ms) ==
        error{errc::trailing_octets, classic.size()});
  // An SMSC number with a fill semi-octet in its middle is refused.
  CHECK(smspdu::decode_pdu_hex("03917F21" + classic.substr(16), direction::sc_to_ms) ==
        error{errc::invalid_address_digit, 4});
  // The storage view: MTI 01 is a SUBMIT, as +CMGL lists sent messages.
  const auto stored = smspdu::decode_stored_pdu_hex("0011000B916407281553F80000AA0AE8329BFD4697D9EC37");
  REQUIRE(stored.has_value());
  CHECK(std::holds_alternative<smspdu::sms_submit>(stored->message));
  const auto length = smspdu::encoded_pdu_length(*stored);
  REQUIRE(length.has_value());
  CHECK(length->octets == 24);
  CHECK(length->tpdu_octets == 23);
}

TEST_CASE("encoders refuse what cannot be encoded and never write a partial PDU",
          "[tpdu][errors][encode]") {
  smspdu::sms_submit s = smspdu::make_submit("+41791234567", "hello").value();
  // 21 digits.
  s.destination.value.clear();
  for (int i = 0; i < 21; ++i) s.destination.value.push_back('1');
  CHECK(smspdu::encode(s) == error{errc::address_too_long, 20});
  s.destination = number("+41791234567");
  s.destination.value.push_back('x');
  CHECK(smspdu::encode(s) == error{errc::invalid_address_digit, 11});
  s.destination = number("+41791234567");
  // TP-UDL that disagrees with the octets.
  s.ud.length = 6;
  CHECK(smspdu::encode(s).error().code == errc::inconsistent_user_data);
  s.ud.length = 5;
  // A header indicator with no header in the octets.
  s.ud.has_header = true;
  CHECK(smspdu::encode(s).error().code == errc::udh_beyond_user_data);
  s.ud.has_header = false;
  // Absolute validity in 2095 cannot survive the two-digit year.
  smspdu::timestamp t;
  t.year = 2095;
  s.validity = smspdu::validity_period::until(t);
  CHECK(smspdu::encode(s) == error{errc::invalid_timestamp, 12});  // TP-VP starts at octet 12
  // An enhanced validity with invalid BCD in HH:MM:SS.
  smspdu::enhanced_validity e;
  e.octets = {{0x03, 0x0A, 0, 0, 0, 0, 0}};
  s.validity = smspdu::validity_period::enhanced_format(e);
  CHECK(smspdu::encode(s) == error{errc::invalid_validity_period, 13});
  s.validity = {};
  // Text over the single-PDU limit: the offset is the first character that does not fit.
  CHECK(smspdu::make_submit("+1", std::string(161, 'a')) == error{errc::text_too_long, 160});
  CHECK(smspdu::make_submit("+1", std::string(159, 'a') + "{") == error{errc::text_too_long, 159});
  CHECK(smspdu::make_submit("+1", std::string(71, 'a'), [] {
          smspdu::submit_options o;
          o.encoding = smspdu::text_encoding::ucs2;
          return o;
        }()) == error{errc::text_too_long, 70});
  CHECK(smspdu::make_submit("+1", std::string(69, 'a') + "\xF0\x9F\x98\x80", [] {
          smspdu::submit_options o;
          o.encoding = smspdu::text_encoding::ucs2;
          return o;
        }()) == error{errc::text_too_long, 69});
  CHECK(smspdu::make_submit("+1", "\xF0\x9F\x98\x80", [] {
          smspdu::submit_options o;
          o.encoding = smspdu::text_encoding::gsm7;
          return o;
        }()) == error{errc::unencodable_character, 0});
  CHECK(smspdu::make_submit("12a4x", "hi") == error{errc::invalid_address_digit, 4});
  // A header that leaves no room for the text.
  smspdu::user_data_header big;
  REQUIRE(big.add(0x80, test::octets(130)).has_value());
  // 133 header octets take 152 septets, leaving 8.
  CHECK(smspdu::text_user_data("0123456789", smspdu::data_coding_scheme{}, big) ==
        error{errc::text_too_long, 8});
  CHECK(smspdu::data_user_data(test::octets(141)) == error{errc::user_data_too_long, 141});
  // Reports need TP-PI; TP-UDHI must agree with the user data.
  smspdu::sms_deliver_report r;
  r.parameters.octets.clear();
  CHECK(smspdu::encode(r) == error{errc::invalid_parameter_indicator, 1});
  r = smspdu::sms_deliver_report{};
  r.user_data_header = true;  // TP-UDHI without user data is kept as it is
  CHECK(smspdu::encode(r).has_value());
  r.parameters.set_user_data(smspdu::text_user_data("hi", smspdu::data_coding_scheme{}).value());
  CHECK(smspdu::encode(r).error().code == errc::inconsistent_user_data);  // data without a header
  r = smspdu::sms_deliver_report{};
  r.parameters.octets[0] = 0x80;  // claims an extension octet that is not there
  CHECK(smspdu::encode(r) == error{errc::invalid_parameter_indicator, 1});

  // Every output size below the need is refused, and nothing is written past it.
  s = smspdu::make_submit("+41791234567", "Hello {world}").value();
  const std::size_t need = smspdu::encoded_length(s).value();
  for (std::size_t capacity = 0; capacity <= need; ++capacity) {
    CAPTURE(capacity);
    test::guarded_buffer<std::uint8_t> out(capacity);
    const auto n = smspdu::encode(s, out.span());
    if (capacity < need) {
      CHECK(n == error{errc::output_too_small, need});
    } else {
      CHECK(n.value() == need);
    }
    CHECK(out.intact());
  }
  const smspdu::pdu p{number("+123"), s};
  const auto pdu_need = smspdu::encoded_pdu_length(p).value();
  CHECK(pdu_need.octets == need + 4);
  CHECK(pdu_need.tpdu_octets == need);
  for (std::size_t capacity = 0; capacity < pdu_need.octets; ++capacity) {
    test::guarded_buffer<std::uint8_t> out(capacity);
    CHECK(smspdu::encode_pdu(p, out.span()) == error{errc::output_too_small, pdu_need.octets});
    CHECK(out.intact());
  }
}

namespace {

std::size_t address_octets(const smspdu::address& a) {
  smspdu::detail::octet_writer w{smspdu::octet_span()};
  return smspdu::detail::encode_address(a, w).value();
}

// Generators of valid field values for the round-trip property.
struct generator {
  test::rng random;

  std::uint8_t octet() { return static_cast<std::uint8_t>(random.below(256)); }
  bool coin() { return random.below(2) == 1; }

  smspdu::address address() {
    smspdu::address a;
    if (random.below(6) == 0) {
      static const char* const names[] = {"Google", "Bank", "Te@_", "ΔΣ{}", "ABCDEFGHIJK", ""};
      const auto made = smspdu::alphanumeric_address(names[random.below(6)]);
      return made.value();
    }
    a.ton = static_cast<smspdu::type_of_number>(random.below(8) == 5 ? 1 : random.below(8));
    if (a.ton == smspdu::type_of_number::alphanumeric) a.ton = smspdu::type_of_number::unknown;
    a.npi = static_cast<smspdu::numbering_plan>(random.below(16));
    const auto digits = random.below(21);
    for (std::uint32_t i = 0; i < digits; ++i) a.value.push_back("0123456789*#abc"[random.below(15)]);
    return a;
  }

  smspdu::timestamp timestamp() {
    smspdu::timestamp t;
    t.year = static_cast<std::uint16_t>(1990 + random.below(100));
    t.month = static_cast<std::uint8_t>(1 + random.below(12));
    t.day = static_cast<std::uint8_t>(1 + random.below(smspdu::days_in_month(t.year, t.month)));
    t.hour = static_cast<std::uint8_t>(random.below(24));
    t.minute = static_cast<std::uint8_t>(random.below(60));
    t.second = static_cast<std::uint8_t>(random.below(60));
    t.utc_offset_quarters = static_cast<std::int8_t>(static_cast<int>(random.below(159)) - 79);
    return t;
  }

  smspdu::validity_period validity() {
    switch (random.below(6)) {
      case 0: return {};
      case 1: return smspdu::validity_period::relative_code(octet());
      case 2: return smspdu::validity_period::until(timestamp());
      case 3: return smspdu::validity_period::enhanced_format(smspdu::enhanced_validity::relative(octet(), coin()));
      case 4: return smspdu::validity_period::enhanced_format(smspdu::enhanced_validity::relative_seconds(octet(), coin()));
      default:
        return smspdu::validity_period::enhanced_format(smspdu::enhanced_validity::relative_hhmmss(
            random.below(100), random.below(60), random.below(60), coin()));
    }
  }

  // User data consistent with `dcs`: any septets for GSM 7-bit, valid UTF-16
  // for UCS-2, any octets otherwise; with or without a header; at most
  // `room` octets (140 in DELIVER and SUBMIT, what 164 leaves in reports).
  smspdu::user_data user_data(smspdu::data_coding_scheme dcs, std::size_t room = 140) {
    smspdu::user_data ud;
    std::size_t header = 0;
    if (coin()) {
      ud.has_header = true;
      smspdu::user_data_header h;
      const auto elements = random.below(4);
      for (std::uint32_t i = 0; i < elements; ++i) {
        test::octets data(random.below(8));
        for (auto& o : data) o = octet();
        REQUIRE(h.add(octet(), data).has_value());
      }
      ud.octets.push_back(static_cast<std::uint8_t>(h.octets().size()));
      for (auto o : h.octets()) ud.octets.push_back(o);
      header = h.size_in_octets();
    }
    if (header > room) {  // no room for this header: no header at all
      ud.has_header = false;
      ud.octets.clear();
      header = 0;
    }
    if (dcs.user_data_in_septets()) {
      const std::size_t header_septets = (header * 8 + 6) / 7;
      const std::size_t max_septets = room * 8 / 7;
      const std::size_t length = header_septets + random.below(static_cast<std::uint32_t>(max_septets + 1 - header_septets));
      ud.length = static_cast<std::uint8_t>(length);
      while (ud.octets.size() < (length * 7 + 7) / 8) ud.octets.push_back(octet());
    } else if (dcs.character_set() == smspdu::alphabet::ucs2 && !dcs.compressed()) {
      const std::size_t units = random.below(static_cast<std::uint32_t>((room - header) / 2 + 1));
      for (std::size_t i = 0; i < units; ++i) {
        std::uint32_t u = random.below(0x10000);
        if (u >= 0xD800 && u <= 0xDFFF) {
          if (i + 1 < units) {  // a pair
            ud.octets.push_back(0xD8);
            ud.octets.push_back(octet());
            ud.octets.push_back(0xDC);
            ud.octets.push_back(octet());
            ++i;
            continue;
          }
          u = 0x20;
        }
        ud.octets.push_back(static_cast<std::uint8_t>(u >> 8));
        ud.octets.push_back(static_cast<std::uint8_t>(u & 0xFF));
      }
      ud.length = static_cast<std::uint8_t>(ud.octets.size());
    } else {
      const std::size_t length = header + random.below(static_cast<std::uint32_t>(room + 1 - header));
      while (ud.octets.size() < length) ud.octets.push_back(octet());
      ud.length = static_cast<std::uint8_t>(length);
    }
    return ud;
  }

  // TP-PI and its fields after `fixed` octets of a report.
  smspdu::parameter_indicator parameters(bool& udhi, std::size_t fixed) {
    smspdu::parameter_indicator p;
    p.octets.push_back(static_cast<std::uint8_t>(random.below(8) | (random.below(16) << 3)));
    if (coin()) {
      p.octets[0] = static_cast<std::uint8_t>(p.octets[0] | 0x80);
      p.octets.push_back(static_cast<std::uint8_t>(random.below(128)));
    }
    p.pid.value = octet();
    p.dcs.value = octet();
    const std::size_t used = fixed + p.octets.size() + (p.has_pid() ? 1 : 0) + (p.has_dcs() ? 1 : 0) + 1;
    if (p.has_user_data()) p.ud = user_data(p.effective_dcs(), smspdu::max_tpdu_octets - used);
    udhi = p.has_user_data() && p.ud.has_header;
    return p;
  }

  smspdu::tpdu message() {
    switch (random.below(6)) {
      case 0: {
        smspdu::sms_deliver d;
        d.more_messages_to_send = coin();
        d.loop_prevention = coin();
        d.status_report_indication = coin();
        d.reply_path = coin();
        d.originator = address();
        d.pid.value = octet();
        d.dcs.value = octet();
        d.service_centre_time = timestamp();
        d.ud = user_data(d.dcs);
        return d;
      }
      case 1: {
        smspdu::sms_submit s;
        s.reject_duplicates = coin();
        s.reply_path = coin();
        s.status_report_request = coin();
        s.message_reference = octet();
        s.destination = address();
        s.pid.value = octet();
        s.dcs.value = octet();
        s.validity = validity();
        s.ud = user_data(s.dcs);
        return s;
      }
      case 2: {
        smspdu::sms_status_report r;
        r.more_messages_to_send = coin();
        r.loop_prevention = coin();
        r.qualifier = coin() ? smspdu::report_qualifier::command : smspdu::report_qualifier::submit;
        r.message_reference = octet();
        r.recipient = address();
        r.service_centre_time = timestamp();
        r.discharge_time = timestamp();
        r.status.value = octet();
        // FO, MR, TP-RA, SCTS, DT, ST come before TP-PI.
        if (coin()) r.parameters = parameters(r.user_data_header, 17 + address_octets(r.recipient));
        return r;
      }
      case 3: {
        smspdu::sms_command c;
        c.status_report_request = coin();
        c.user_data_header = coin();
        c.message_reference = octet();
        c.pid.value = octet();
        c.command.value = octet();
        c.message_number = octet();
        c.destination = address();
        const auto n = random.below(40);
        for (std::uint32_t i = 0; i < n; ++i) c.command_data.push_back(octet());
        return c;
      }
      case 4: {
        smspdu::sms_deliver_report r;
        r.form = coin() ? report_form::error : report_form::ack;
        r.cause.value = octet();
        r.parameters = parameters(r.user_data_header, r.form == report_form::error ? 2 : 1);
        return r;
      }
      default: {
        smspdu::sms_submit_report r;
        r.form = coin() ? report_form::error : report_form::ack;
        r.cause.value = octet();
        r.parameters = parameters(r.user_data_header, r.form == report_form::error ? 9 : 8);
        r.service_centre_time = timestamp();
        return r;
      }
    }
  }
};

direction direction_of(const smspdu::tpdu& t) {
  switch (smspdu::type_of(t)) {
    case smspdu::message_type::sms_submit:
    case smspdu::message_type::sms_command:
    case smspdu::message_type::sms_deliver_report: return direction::ms_to_sc;
    default: return direction::sc_to_ms;
  }
}

report_form form_of(const smspdu::tpdu& t) {
  if (const auto* r = std::get_if<smspdu::sms_deliver_report>(&t)) return r->form;
  if (const auto* r = std::get_if<smspdu::sms_submit_report>(&t)) return r->form;
  return report_form::ack;
}

}  // namespace

TEST_CASE("decode(encode(x)) == x over generated TPDUs of every type", "[tpdu][property]") {
  generator g{test::rng(2026)};
  std::size_t by_type[6] = {};
  for (int round = 0; round < 6000; ++round) {
    const smspdu::tpdu x = g.message();
    CAPTURE(round, x.index());
    const auto octets = smspdu::encode(x);
    INFO((octets ? std::string("ok") : std::string(smspdu::to_string(octets.error().code)) + "@" + std::to_string(octets.error().offset)));
    REQUIRE(octets.has_value());
    const auto decoded = smspdu::decode_tpdu(*octets, direction_of(x), {form_of(x)});
    REQUIRE(decoded.has_value());
    REQUIRE(*decoded == x);
    // And the PDU-mode form with an SMSC address.
    const smspdu::pdu p{number("+4412345"), x};
    const auto hex = smspdu::encode_pdu_hex(p);
    REQUIRE(hex.has_value());
    REQUIRE(smspdu::decode_pdu_hex(hex->text(), direction_of(x), {form_of(x)}).value() == p);
    ++by_type[x.index()];
  }
  for (std::size_t count : by_type) CHECK(count > 800);
}

TEST_CASE("reports carry user data within the 164 octets of a TPDU", "[tpdu][reports]") {
  // SMS-STATUS-REPORT with a 2-octet TP-RA and TP-PI 04 (no TP-DCS, so GSM
  // 7-bit): 164 - 21 = 143 octets of user data, 163 septets.
  const std::string head = "06" "00" "0081" "42110231000040" "42110231000040" "00" "04";
  const std::string full = head + "A3" + std::string(2 * 143, '0');
  const auto r = decode(full, direction::sc_to_ms);
  REQUIRE(r.has_value());
  CHECK(std::get<smspdu::sms_status_report>(*r).parameters.ud.length == 163);
  CHECK(encode_hex(*r) == full);
  CHECK(decode(head + "A4" + std::string(2 * 144, '0'), direction::sc_to_ms) ==
        error{errc::user_data_too_long, 20});  // TP-UDL is octet 20
  // SMS-DELIVER-REPORT (RP-ACK) with TP-PI 06 and 8-bit data: 164 - 4 = 160 octets.
  const std::string report = "00" "06" "04" "A0" + std::string(2 * 160, '1');
  const auto d = decode(report, direction::ms_to_sc);
  REQUIRE(d.has_value());
  CHECK(encode_hex(*d) == report);
  CHECK(decode("00" "06" "04" "A1" + std::string(2 * 161, '1'), direction::ms_to_sc) ==
        error{errc::user_data_too_long, 3});
  // SMS-COMMAND: TP-CD fills what is left of 164 octets.
  smspdu::sms_command c;
  c.destination = number("");
  for (int i = 0; i < 156; ++i) c.command_data.push_back(0x55);
  const auto octets = smspdu::encode(c);
  REQUIRE(octets.has_value());
  CHECK(octets->size() == 164);
  c.destination = number("12");
  CHECK(smspdu::encode(c) == error{errc::user_data_too_long, 8});
}
