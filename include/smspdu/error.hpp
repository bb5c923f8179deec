// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// What went wrong (errc) and where (error::offset). Every fallible function in
// smspdu returns result<T> carrying one of these; its documentation says what
// unit the offset counts (octets, septets, code units or hex digits).
#ifndef SMSPDU_ERROR_HPP
#define SMSPDU_ERROR_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "config.hpp"

SMSPDU_BEGIN_NAMESPACE

/// Error codes. The numeric values are stable: new codes are only appended.
enum class errc : std::uint8_t {
  /// The input ended before a complete item could be read. Offset: the
  /// position where more input was needed (usually the input size).
  truncated_input = 1,
  /// The caller's output buffer is too small. Offset: the output size, in
  /// the function's output unit, that the whole result needs. Nothing past
  /// the buffer is written, and the partial output must not be used.
  output_too_small = 2,
  /// A parameter is outside its documented range (for example more than
  /// 6 fill bits). Offset: 0.
  invalid_argument = 3,
  /// A character that is not one of 0-9, A-F, a-f. Offset: its index.
  invalid_hex_digit = 4,
  /// Hex text with an odd number of digits. Offset: index of the unpaired
  /// last digit.
  odd_hex_length = 5,
  /// Malformed UTF-8: a bad lead or continuation byte, a truncated, overlong
  /// or surrogate sequence, or a value above U+10FFFF. Offset: index of the
  /// first code unit of the sequence.
  invalid_utf8 = 6,
  /// A UTF-16 (or UCS-2) high surrogate without a following low surrogate, a
  /// low surrogate without a preceding high one, or a surrogate value in
  /// UTF-32. Offset: index of that code unit (octet index for UCS-2 octets).
  unpaired_surrogate = 7,
  /// A UTF-32 value above U+10FFFF. Offset: its index.
  invalid_code_point = 8,
  /// A character the selected GSM 7-bit tables cannot represent
  /// (TS 23.038 §6.2.1). Offset: code-unit index of the character.
  unencodable_character = 9,
  /// A septet value above 0x7F given to the septet packer. Offset: its index.
  invalid_septet = 10,
  /// UCS-2 data with an odd number of octets (TS 23.038 §6.2.3). Offset:
  /// index of the unpaired last octet.
  odd_ucs2_length = 11,
  /// TP-MTI 11, reserved in both directions (TS 23.040 §9.2.3.1). Offset: the
  /// first octet of the TPDU.
  reserved_message_type = 12,
  /// A TPDU of another type than the decoder expects (for example an
  /// SMS-DELIVER given to decode_sms_submit). Offset: the first octet.
  unexpected_message_type = 13,
  /// An address of more than 20 digits or 10 octets of value (TS 23.040
  /// §9.1.2.5), or an alphanumeric address of more than 11 characters.
  /// Decoding: offset of the address-length octet. Encoding: the character
  /// that does not fit.
  address_too_long = 14,
  /// A semi-octet that is not a digit, *, #, a, b or c (1111 inside the
  /// number), or a character that has no semi-octet. Offset: the octet, or
  /// the character when encoding.
  invalid_address_digit = 15,
  /// A time stamp field that is not two BCD digits or is out of range
  /// (month 13, 31 April, hour 24...), or a year outside 1990..2089 when
  /// encoding (TS 23.040 §9.2.3.11). Offset: the octet.
  invalid_timestamp = 16,
  /// An enhanced validity period with invalid BCD, or a relative period that
  /// cannot be represented (TS 23.040 §9.2.3.12). Offset: the octet.
  invalid_validity_period = 17,
  /// TP-UDL above 160 septets or 140 octets (TS 23.040 §9.2.3.16), or user
  /// data that does not fit one TPDU. Offset: the TP-UDL octet.
  user_data_too_long = 18,
  /// TP-UDL announces more user data than the PDU holds. Offset: the TP-UDL
  /// octet.
  user_data_beyond_pdu = 19,
  /// TP-UDHL announces more header than the user data holds (TS 23.040
  /// §9.2.3.24). Offset: the TP-UDHL octet.
  udh_beyond_user_data = 20,
  /// An information element whose length runs past the end of the user data
  /// header. Offset: the element's IEI octet.
  information_element_beyond_udh = 21,
  /// Octets after the end of the TPDU. Offset: the first of them.
  trailing_octets = 22,
  /// TP-UDL, the user data octets and the UDH indicator of a value to encode
  /// do not agree. Offset: where TP-UDL would be written.
  inconsistent_user_data = 23,
  /// Text that does not fit into the user data of one TPDU. Offset: the code
  /// unit of the first character that does not fit.
  text_too_long = 24,
  /// Text was asked of user data that holds 8-bit data or compressed text
  /// (TS 23.038 §4). Offset: 0.
  not_text = 25,
  /// More TP-PI octets than smspdu keeps (4), or extension octets whose
  /// chaining bits disagree (TS 23.040 §9.2.3.27). Offset: the octet.
  invalid_parameter_indicator = 26,
  /// An alphanumeric address length whose last value octet holds no part of
  /// a septet (TS 23.040 §9.1.2.5 counts the semi-octets the septets take).
  /// Offset: the address-length octet; when encoding an address whose
  /// alphanumeric_length does not fit its text, the text's length.
  invalid_address_length = 27,
  /// The text needs more segments than allowed (the caller's maximum, 255 at
  /// most: TS 23.040 §9.2.3.24.1), or a concatenated message has more parts
  /// than a reassembler holds. Offset: the code unit where the first segment
  /// past the maximum would start; for reassembly, 0.
  too_many_segments = 28,
};

/// The name of an error code as written in this header ("truncated_input").
[[nodiscard]] constexpr std::string_view to_string(errc code) noexcept {
  switch (code) {
    case errc::truncated_input: return "truncated_input";
    case errc::output_too_small: return "output_too_small";
    case errc::invalid_argument: return "invalid_argument";
    case errc::invalid_hex_digit: return "invalid_hex_digit";
    case errc::odd_hex_length: return "odd_hex_length";
    case errc::invalid_utf8: return "invalid_utf8";
    case errc::unpaired_surrogate: return "unpaired_surrogate";
    case errc::invalid_code_point: return "invalid_code_point";
    case errc::unencodable_character: return "unencodable_character";
    case errc::invalid_septet: return "invalid_septet";
    case errc::odd_ucs2_length: return "odd_ucs2_length";
    case errc::reserved_message_type: return "reserved_message_type";
    case errc::unexpected_message_type: return "unexpected_message_type";
    case errc::address_too_long: return "address_too_long";
    case errc::invalid_address_digit: return "invalid_address_digit";
    case errc::invalid_timestamp: return "invalid_timestamp";
    case errc::invalid_validity_period: return "invalid_validity_period";
    case errc::user_data_too_long: return "user_data_too_long";
    case errc::user_data_beyond_pdu: return "user_data_beyond_pdu";
    case errc::udh_beyond_user_data: return "udh_beyond_user_data";
    case errc::information_element_beyond_udh: return "information_element_beyond_udh";
    case errc::trailing_octets: return "trailing_octets";
    case errc::inconsistent_user_data: return "inconsistent_user_data";
    case errc::text_too_long: return "text_too_long";
    case errc::not_text: return "not_text";
    case errc::invalid_parameter_indicator: return "invalid_parameter_indicator";
    case errc::invalid_address_length: return "invalid_address_length";
    case errc::too_many_segments: return "too_many_segments";
  }
  return "unknown_error";
}

/// A one-sentence English description of an error code, for messages to people.
[[nodiscard]] constexpr std::string_view describe(errc code) noexcept {
  switch (code) {
    case errc::truncated_input: return "the input ends too early";
    case errc::output_too_small: return "the output buffer is too small";
    case errc::invalid_argument: return "an argument is out of range";
    case errc::invalid_hex_digit: return "not a hexadecimal digit";
    case errc::odd_hex_length: return "hex text has an odd number of digits";
    case errc::invalid_utf8: return "malformed UTF-8";
    case errc::unpaired_surrogate: return "unpaired UTF-16 surrogate";
    case errc::invalid_code_point: return "code point above U+10FFFF";
    case errc::unencodable_character: return "character not in the GSM 7-bit tables in use";
    case errc::invalid_septet: return "septet value above 0x7F";
    case errc::odd_ucs2_length: return "UCS-2 data has an odd number of octets";
    case errc::reserved_message_type: return "reserved message type (TP-MTI 11)";
    case errc::unexpected_message_type: return "not the expected message type";
    case errc::address_too_long: return "address too long";
    case errc::invalid_address_digit: return "invalid address digit";
    case errc::invalid_timestamp: return "invalid time stamp";
    case errc::invalid_validity_period: return "invalid validity period";
    case errc::user_data_too_long: return "user data too long";
    case errc::user_data_beyond_pdu: return "TP-UDL announces more user data than the PDU holds";
    case errc::udh_beyond_user_data: return "user data header longer than the user data";
    case errc::information_element_beyond_udh: return "information element runs past the user data header";
    case errc::trailing_octets: return "octets after the end of the TPDU";
    case errc::inconsistent_user_data: return "TP-UDL, user data and header indicator disagree";
    case errc::text_too_long: return "text does not fit into one message";
    case errc::not_text: return "the user data is not text";
    case errc::invalid_parameter_indicator: return "invalid parameter indicator";
    case errc::invalid_address_length: return "address length does not fit its septets";
    case errc::too_many_segments: return "more segments than allowed";
  }
  return "unknown error";
}

/// An error: what went wrong and where.
struct error {
  errc code{};            ///< what went wrong
  std::size_t offset = 0; ///< where; the unit is documented by each function

  friend constexpr bool operator==(const error& a, const error& b) noexcept {
    return a.code == b.code && a.offset == b.offset;
  }
  friend constexpr bool operator!=(const error& a, const error& b) noexcept { return !(a == b); }
};

namespace detail {
// The functions that fill a value in place return error{} (errc 0) for success.
constexpr bool failed(const error& e) noexcept { return e.code != errc{}; }
}  // namespace detail

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_ERROR_HPP
