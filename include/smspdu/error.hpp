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

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_ERROR_HPP
