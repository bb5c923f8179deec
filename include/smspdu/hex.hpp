// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Hex text <-> octets, the form in which AT-command PDU mode (TS 27.005 §3.1,
// <pdu>) and most tools show PDUs. Input digits may be upper or lower case;
// output is always upper case, as modems print it.
#ifndef SMSPDU_HEX_HPP
#define SMSPDU_HEX_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "buffer.hpp"
#include "config.hpp"
#include "limits.hpp"
#include "result.hpp"

SMSPDU_BEGIN_NAMESPACE

namespace detail {
constexpr int hex_digit_value_by_range(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}
// The same as a table built from it at compile time: PDUs mix digits and
// letters, so the range tests' branches mispredict; a load does not.
struct hex_digit_table {
  signed char value[256];
};
constexpr hex_digit_table make_hex_digit_table() noexcept {
  hex_digit_table table{};
  for (int c = 0; c < 256; ++c)
    table.value[c] = static_cast<signed char>(hex_digit_value_by_range(static_cast<char>(c)));
  return table;
}
inline constexpr hex_digit_table hex_digits = make_hex_digit_table();
constexpr int hex_digit_value(char c) noexcept { return hex_digits.value[static_cast<unsigned char>(c)]; }
inline constexpr char upper_hex_digits[] = "0123456789ABCDEF";

#if SMSPDU_LITTLE_ENDIAN
// Run-time hex output a block of 16 octets at a time (a PDU is up to 176):
// each octet's two nibbles side by side, then '0' + n, plus 7 for A..F.
// `Simd` selects SSE2 (SMSPDU_HAS_SSE2) over the portable word-at-a-time
// code; the tests run both.
template <bool Simd>
SMSPDU_ALWAYS_INLINE void octets16_to_hex(const std::uint8_t* octets, char* out) noexcept {
#if SMSPDU_HAS_SSE2
  if constexpr (Simd) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(octets));
    const __m128i low_nibbles = _mm_set1_epi8(0x0F);
    const auto digits = [](__m128i n) {
      const __m128i letters = _mm_and_si128(_mm_cmpgt_epi8(n, _mm_set1_epi8(9)), _mm_set1_epi8(7));
      return _mm_add_epi8(_mm_add_epi8(n, _mm_set1_epi8('0')), letters);
    };
    const __m128i high = digits(_mm_and_si128(_mm_srli_epi16(x, 4), low_nibbles));
    const __m128i low = digits(_mm_and_si128(x, low_nibbles));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_unpacklo_epi8(high, low));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 16), _mm_unpackhi_epi8(high, low));
    return;
  }
#endif
  for (unsigned k = 0; k < 16; k += 4) {
    std::uint32_t four = 0;
    std::memcpy(&four, octets + k, sizeof four);
    // Octet j to byte 2j, its high nibble there and its low one in byte
    // 2j + 1: the digits in text order once stored little-endian.
    std::uint64_t x = four;
    x = (x | x << 16) & 0x0000FFFF0000FFFFull;
    x = (x | x << 8) & 0x00FF00FF00FF00FFull;
    const std::uint64_t n = (x >> 4 & 0x000F000F000F000Full) | (x & 0x000F000F000F000Full) << 8;
    const std::uint64_t letters = ((n + 0x0606060606060606ull) >> 4 & 0x0101010101010101ull) * 7;  // n >= 10
    const std::uint64_t text = n + 0x3030303030303030ull + letters;
    std::memcpy(out + 2 * k, &text, sizeof text);
  }
}

// The digits of as many whole blocks as `size` holds, and of the last 16
// octets (again over octets already written, with the same values); returns
// the octets done: `size`, or 0 when it is below 16.
template <bool Simd>
inline std::size_t octets_to_hex_fast(const std::uint8_t* octets, std::size_t size, char* out) noexcept {
  if (size < 16) return 0;
  std::size_t i = 0;
  for (; i + 16 <= size; i += 16) octets16_to_hex<Simd>(octets + i, out + 2 * i);
  if (i < size) octets16_to_hex<Simd>(octets + size - 16, out + 2 * (size - 16));
  return size;
}
#endif  // SMSPDU_LITTLE_ENDIAN
}  // namespace detail

/// Octets that `hex_digits` digits of hex text decode to (validity aside).
[[nodiscard]] constexpr std::size_t octets_length_from_hex(std::size_t hex_digits) noexcept {
  return hex_digits / 2;
}

/// Hex digits that `octets` octets encode to.
[[nodiscard]] constexpr std::size_t hex_length_from_octets(std::size_t octets) noexcept {
  return octets * 2;
}

/// Decodes hex text into `out`; returns the number of octets written.
///
/// Errors, offsets counted in hex digits (characters of `hex`), checked in
/// this order:
/// - invalid_hex_digit: the first character that is not 0-9, A-F or a-f;
/// - odd_hex_length: an odd number of digits; offset of the last digit;
/// - output_too_small: `out` holds fewer than hex.size() / 2 octets; the
///   offset is that number of octets. Nothing past `out` is written.
[[nodiscard]] constexpr result<std::size_t> hex_to_octets(std::string_view hex,
                                                          octet_span out) noexcept {
  const std::size_t pairs = hex.size() / 2;
  const std::size_t writable = pairs < out.size() ? pairs : out.size();
  // One pass that validates every digit, but writes only while there is room,
  // so that an input error is reported before a capacity error.
  for (std::size_t i = 0; i < pairs; ++i) {
    const int high = detail::hex_digit_value(hex[2 * i]);
    const int low = detail::hex_digit_value(hex[2 * i + 1]);
    if ((high | low) < 0) return error{errc::invalid_hex_digit, high < 0 ? 2 * i : 2 * i + 1};
    if (i < writable) out.data()[i] = static_cast<std::uint8_t>((high << 4) | low);
  }
  if (hex.size() % 2 != 0) {
    const std::size_t last = hex.size() - 1;
    if (detail::hex_digit_value(hex[last]) < 0) return error{errc::invalid_hex_digit, last};
    return error{errc::odd_hex_length, last};
  }
  if (writable < pairs) return error{errc::output_too_small, pairs};
  return pairs;
}

/// Decodes hex text into a fixed-capacity vector of at most N octets (by
/// default the longest PDU-mode PDU). Errors as hex_to_octets(hex, out).
template <std::size_t N = max_pdu_octets>
[[nodiscard]] constexpr result<static_vector<std::uint8_t, N>> hex_to_octets(
    std::string_view hex) noexcept {
  static_vector<std::uint8_t, N> octets;
  const auto written = hex_to_octets(hex, octets.storage());
  if (!written) return written.error();
  octets.set_size(*written);
  return octets;
}

/// Writes `octets` as upper-case hex into `out`; returns the digits written.
///
/// Errors: output_too_small when `out` holds fewer than 2 * octets.size()
/// characters; the offset is that number. Nothing is written in that case.
[[nodiscard]] constexpr result<std::size_t> octets_to_hex(octet_view octets,
                                                          span<char> out) noexcept {
  const std::size_t digits = hex_length_from_octets(octets.size());
  if (out.size() < digits) return error{errc::output_too_small, digits};
  std::size_t i = 0;
#if SMSPDU_LITTLE_ENDIAN
  if (!SMSPDU_IS_CONSTANT_EVALUATED())
    i = detail::octets_to_hex_fast<SMSPDU_HAS_SSE2 != 0>(octets.data(), octets.size(), out.data());
#endif
  for (; i < octets.size(); ++i) {
    out.data()[2 * i] = detail::upper_hex_digits[octets.data()[i] >> 4];
    out.data()[2 * i + 1] = detail::upper_hex_digits[octets.data()[i] & 0x0F];
  }
  return digits;
}

/// Writes `octets` as upper-case hex into a fixed-capacity vector of at most N
/// characters (by default enough for the longest PDU-mode PDU).
template <std::size_t N = hex_length_from_octets(max_pdu_octets)>
[[nodiscard]] constexpr result<static_vector<char, N>> octets_to_hex(octet_view octets) noexcept {
  static_vector<char, N> text;
  const auto written = octets_to_hex(octets, text.storage());
  if (!written) return written.error();
  text.set_size(*written);
  return text;
}

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_HEX_HPP
