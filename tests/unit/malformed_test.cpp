// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// The catalogue of malformed input: one row per class of malformation, with
// the exact error code and offset smspdu reports, across TPDU types and with
// the SMSC prefix of PDU mode; then the classes smspdu accepts on purpose,
// each with the way a caller learns about it. README.md ("Bad input")
// mirrors this file.
#include <smspdu/smspdu.hpp>

#include <string>

#include "../support/test_support.hpp"

using smspdu::direction;
using smspdu::errc;
using smspdu::error;

namespace {

struct malformed {
  const char* what;
  const char* hex;
  direction way;
  bool smsc_prefix;
  errc code;
  // In octets of the input: the octet at fault (a length octet, the start
  // of a field), or for truncation the first octet that is missing.
  std::size_t offset;
};

smspdu::result<smspdu::pdu> decode(const std::string& hex, direction way, bool smsc_prefix) {
  const auto octets = test::bytes(hex);
  if (smsc_prefix) return smspdu::decode_pdu(octets, way);
  const auto t = smspdu::decode_tpdu(octets, way);
  if (!t) return t.error();
  return smspdu::pdu{std::nullopt, *t};
}

// Building blocks, each a valid field. In a DELIVER built from them: first
// octet 0, TP-OA 1..8, TP-PID 9, TP-DCS 10, TP-SCTS 11..17, TP-UDL 18, TP-UD 19.. (TS 23.040 §9.2.2.1 SMS-DELIVER,
// §9.2.2.2 SMS-SUBMIT, §9.2.2.3 SMS-STATUS-REPORT).
#define OA "0B914126365254F0"      // +14626325450 (11 digits, fill 1111)
#define SCTS "99309251619580"      // 1999-03-29 15:16:59 +08:00
#define HELLO "05E8329BFD06"       // TP-UDL 5, "hello"
#define SMSC "07917283010010F5"    // +27381000015

}  // namespace

TEST_CASE("every class of malformed input has its error and offset", "[errors][catalogue]") {
  const malformed rows[] = {
      // Truncation: at each field of the header.
      {"empty input", "", direction::sc_to_ms, false, errc::truncated_input, 0},
      {"DELIVER cut after the first octet", "04", direction::sc_to_ms, false, errc::truncated_input, 1},
      {"DELIVER cut inside the originator", "040B9141", direction::sc_to_ms, false, errc::truncated_input, 4},
      {"DELIVER cut before TP-PID", "04" OA, direction::sc_to_ms, false, errc::truncated_input, 9},
      {"DELIVER cut inside TP-SCTS", "04" OA "0000993092", direction::sc_to_ms, false, errc::truncated_input, 14},
      {"DELIVER cut before TP-UDL", "04" OA "0000" SCTS, direction::sc_to_ms, false, errc::truncated_input, 18},
      {"SUBMIT cut before TP-VP (relative)", "11000B914126365254F00000", direction::ms_to_sc, false,
       errc::truncated_input, 12},
      {"SUBMIT cut inside TP-VP (absolute)", "19000B914126365254F00000993092", direction::ms_to_sc, false,
       errc::truncated_input, 15},
      {"STATUS-REPORT cut before TP-ST", "0642" "0B914126365254F0" SCTS SCTS, direction::sc_to_ms, false,
       errc::truncated_input, 24},
      {"SMSC prefix longer than the input", "07917283", direction::sc_to_ms, true, errc::truncated_input, 4},
      {"SMSC prefix, TPDU missing", SMSC, direction::sc_to_ms, true, errc::truncated_input, 8},
      // Addresses (TS 23.040 §9.1.2.5).
      {"address of 21 digits", "04" "15914126365254F0", direction::sc_to_ms, false, errc::address_too_long, 1},
      {"SMSC address of 12 octets", "0C91" "7283010010F5", direction::sc_to_ms, true, errc::address_too_long, 0},
      {"1111 inside the digits", "04" "0B914126F65254F0" "0000" SCTS HELLO, direction::sc_to_ms, false,
       errc::invalid_address_digit, 5},
      {"alphanumeric address longer than 10 octets", "04" "16D0", direction::sc_to_ms, false,
       errc::address_too_long, 1},
      {"alphanumeric length with an empty last octet", "04" "03D04100" "0000" SCTS HELLO, direction::sc_to_ms,
       false, errc::invalid_address_length, 1},
      // Time stamps (TS 23.040 §9.2.3.11).
      {"invalid BCD in the month", "04" OA "0000" "99A09251619580" HELLO, direction::sc_to_ms, false,
       errc::invalid_timestamp, 12},
      {"month 13", "04" OA "0000" "99319251619580" HELLO, direction::sc_to_ms, false, errc::invalid_timestamp, 12},
      {"invalid BCD in the time zone", "04" OA "0000" "993092516195A0" HELLO, direction::sc_to_ms, false,
       errc::invalid_timestamp, 17},
      // The message type (TS 23.040 §9.2.3.1).
      {"reserved TP-MTI 11 received", "03" OA "0000" SCTS HELLO, direction::sc_to_ms, false,
       errc::reserved_message_type, 0},
      {"reserved TP-MTI 11 sent", "03", direction::ms_to_sc, false, errc::reserved_message_type, 0},
      {"reserved TP-MTI behind the SMSC prefix", SMSC "03", direction::sc_to_ms, true,
       errc::reserved_message_type, 8},
      // User data (TS 23.040 §9.2.3.16, .24).
      {"TP-UDL beyond the data", "04" OA "0000" SCTS "09E8329BFD06", direction::sc_to_ms, false,
       errc::user_data_beyond_pdu, 18},
      {"TP-UDL above 160 septets", "04" OA "0000" SCTS "A1E8", direction::sc_to_ms, false,
       errc::user_data_too_long, 18},
      {"TP-UDL above 140 octets (8-bit)", "04" OA "0004" SCTS "8D00", direction::sc_to_ms, false,
       errc::user_data_too_long, 18},
      {"TP-UDHL beyond TP-UDL", "44" OA "0004" SCTS "03050003", direction::sc_to_ms, false,
       errc::udh_beyond_user_data, 19},
      {"TP-UDHL beyond TP-UDL in septets", "44" OA "0000" SCTS "060500030A0201", direction::sc_to_ms, false,
       errc::udh_beyond_user_data, 19},
      {"element length beyond TP-UDHL", "44" OA "0004" SCTS "060400040A0201", direction::sc_to_ms, false,
       errc::information_element_beyond_udh, 20},
      {"odd-length UCS-2", "04" OA "0008" SCTS "03004100", direction::sc_to_ms, false, errc::odd_ucs2_length,
       21},
      {"unpaired high surrogate", "04" OA "0008" SCTS "04D83D0041", direction::sc_to_ms, false,
       errc::unpaired_surrogate, 19},
      // After the end.
      {"an octet after the TPDU", "04" OA "0000" SCTS HELLO "00", direction::sc_to_ms, false,
       errc::trailing_octets, 24},
      {"an octet after the TPDU, SMSC prefix", SMSC "04" OA "0000" SCTS HELLO "FF", direction::sc_to_ms, true,
       errc::trailing_octets, 32},
      // Parameter indicators (TS 23.040 §9.2.3.27).
      {"too many TP-PI extension octets", "01" "80808080" "00", direction::sc_to_ms, false,
       errc::invalid_parameter_indicator, 5},
  };
  for (const auto& row : rows) {
    CAPTURE(row.what, row.hex);
    CHECK(decode(row.hex, row.way, row.smsc_prefix) == error{row.code, row.offset});
  }
}

TEST_CASE("a lone low surrogate in UCS-2 is an error at its octet", "[errors][catalogue]") {
  CHECK(decode("04" OA "0008" SCTS "04DE000041", direction::sc_to_ms, false) == error{errc::unpaired_surrogate, 19});
}

TEST_CASE("what smspdu accepts on purpose, and how a caller sees it", "[errors][catalogue]") {
  // Reserved type of number and numbering plan: kept as received (the value
  // names them "reserved"), so the address re-encodes exactly.
  const auto reserved_type = decode("04" "0BF74126365254F0" "0000" SCTS HELLO, direction::sc_to_ms, false);
  REQUIRE(reserved_type);
  const auto& oa = std::get<smspdu::sms_deliver>(reserved_type->message).originator;
  CHECK(oa.ton == smspdu::type_of_number::reserved);
  CHECK(smspdu::to_string(oa.npi) == "reserved");
  CHECK(static_cast<unsigned>(oa.npi) == 7);
  // Spare bits of the first octet (bit 4 of a DELIVER, TS 23.040 §9.2.2.1):
  // kept in spare_bits so the TPDU re-encodes exactly, ignored otherwise.
  const auto spare = decode("14" OA "0000" SCTS HELLO, direction::sc_to_ms, false);
  REQUIRE(spare);
  CHECK(std::get<smspdu::sms_deliver>(spare->message).spare_bits != 0);
  // Reserved TP-DCS values (here group 1000): read as the GSM 7-bit default
  // alphabet (TS 23.038 clause 4), and dcs.is_reserved() says so.
  const auto reserved_dcs = decode("04" OA "0080" SCTS HELLO, direction::sc_to_ms, false);
  REQUIRE(reserved_dcs);
  const auto& d = std::get<smspdu::sms_deliver>(reserved_dcs->message);
  CHECK(d.dcs.is_reserved());
  CHECK(std::string(smspdu::text_of(d)->data(), smspdu::text_of(d)->size()) == "hello");
  // TP-UDHI with TP-UDL 0: empty user data; ud.has_header is still set.
  const auto udhi_empty = decode("44" OA "0000" SCTS "00", direction::sc_to_ms, false);
  REQUIRE(udhi_empty);
  CHECK(std::get<smspdu::sms_deliver>(udhi_empty->message).ud.has_header);
  CHECK(std::get<smspdu::sms_deliver>(udhi_empty->message).ud.octets.empty());
  // A fill semi-octet other than 1111 and a Type-of-Address without bit 7:
  // kept in fill_semi_octet and type_bit_7.
  const auto odd_fill = decode("04" "0B114126365254A0" "0000" SCTS HELLO, direction::sc_to_ms, false);
  REQUIRE(odd_fill);
  CHECK(std::get<smspdu::sms_deliver>(odd_fill->message).originator.fill_semi_octet == 0x0A);
  CHECK_FALSE(std::get<smspdu::sms_deliver>(odd_fill->message).originator.type_bit_7);
  // An alphanumeric length one semi-octet long, and bits after the last septet.
  const auto alnum = decode("04" "08D0D4F29CFE" "0000" SCTS HELLO, direction::sc_to_ms, false);
  REQUIRE(alnum);
  CHECK(std::get<smspdu::sms_deliver>(alnum->message).originator.alphanumeric_length == 8);
  CHECK(std::get<smspdu::sms_deliver>(alnum->message).originator.alphanumeric_padding == 0x0F);
  // Time zone "-00:00": read as UTC, and re-encoded as +00:00.
  const auto negative_zero = decode("04" OA "0000" "99309251619508" HELLO, direction::sc_to_ms, false);
  REQUIRE(negative_zero);
  CHECK(std::get<smspdu::sms_deliver>(negative_zero->message).service_centre_time.utc_offset_minutes() == 0);
  // An invalid concatenation element (sequence 0): ignored as TS 23.040
  // §9.2.3.24.1 says, so the message reads as a single part.
  const auto bad_concat = decode("44" OA "0004" SCTS "0705000307020041", direction::sc_to_ms, false);
  REQUIRE(bad_concat);
  const auto& with_bad_concat = std::get<smspdu::sms_deliver>(bad_concat->message);
  CHECK(smspdu::header_of(with_bad_concat.ud).size_in_octets() == 6);  // the element is kept
  CHECK_FALSE(smspdu::header_of(with_bad_concat.ud).concatenation());
}
