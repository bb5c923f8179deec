// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// constexpr UTF-8 / UTF-16 / UTF-32 decoding (one code point at a time, with
// the error and its code-unit offset) and UTF-8 / UTF-16 encoding. Internal:
// the public text codecs take std::string_view (UTF-8), std::u16string_view,
// std::u32string_view and, in C++20, std::u8string_view.
#ifndef SMSPDU_DETAIL_UNICODE_HPP
#define SMSPDU_DETAIL_UNICODE_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>

#include "../buffer.hpp"
#include "../config.hpp"
#include "../error.hpp"

SMSPDU_BEGIN_NAMESPACE
namespace detail {

/// One decoded code point: its value and the code units it took, or an error
/// (units == 0) whose offset is the index the decoder was called with.
struct code_point_step {
  char32_t value;
  std::size_t units;
  errc failure;
};

constexpr bool is_surrogate(char32_t c) noexcept { return c >= 0xD800 && c <= 0xDFFF; }
constexpr bool is_high_surrogate(char32_t c) noexcept { return c >= 0xD800 && c <= 0xDBFF; }
constexpr bool is_low_surrogate(char32_t c) noexcept { return c >= 0xDC00 && c <= 0xDFFF; }
constexpr bool is_continuation(unsigned byte) noexcept { return (byte & 0xC0u) == 0x80u; }

/// The value of one code unit, without sign extension: 0x00..0xFF for UTF-8
/// bytes (char may be signed), the unit itself for UTF-16 and UTF-32. Below
/// 0x80 it is an ASCII code point in every encoding.
template <class CharT>
constexpr std::uint32_t code_unit_value(CharT unit) noexcept {
  return static_cast<std::uint32_t>(static_cast<std::make_unsigned_t<CharT>>(unit));
}

/// Decodes the code point that starts at text[i] (i < size). The code unit
/// width selects UTF-8 (1), UTF-16 (2) or UTF-32 (4).
template <class CharT>
SMSPDU_ALWAYS_INLINE constexpr code_point_step next_code_point(const CharT* text, std::size_t size,
                                          std::size_t i) noexcept {
  if constexpr (sizeof(CharT) == 1) {
    // UTF-8 as constrained by RFC 3629 / Unicode §3.9 table 3-7: no overlong
    // forms, no surrogates, nothing above U+10FFFF.
    const auto unit = [&](std::size_t k) { return static_cast<unsigned>(code_unit_value(text[k])); };
    const unsigned b0 = unit(i);
    constexpr code_point_step bad{0, 0, errc::invalid_utf8};
    if (b0 < 0x80) return {b0, 1, errc{}};
    if (b0 < 0xC2) return bad;  // continuation byte, or C0/C1 (overlong)
    if (b0 < 0xE0) {
      if (i + 1 >= size || !is_continuation(unit(i + 1))) return bad;
      return {((b0 & 0x1Fu) << 6) | (unit(i + 1) & 0x3Fu), 2, errc{}};
    }
    if (b0 < 0xF0) {
      if (i + 2 >= size) return bad;
      const unsigned b1 = unit(i + 1);
      const unsigned low = b0 == 0xE0 ? 0xA0 : 0x80;  // E0 80..9F would be overlong
      const unsigned high = b0 == 0xED ? 0x9F : 0xBF;  // ED A0..BF would be a surrogate
      if (b1 < low || b1 > high || !is_continuation(unit(i + 2))) return bad;
      return {((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (unit(i + 2) & 0x3Fu), 3, errc{}};
    }
    if (b0 < 0xF5) {
      if (i + 3 >= size) return bad;
      const unsigned b1 = unit(i + 1);
      const unsigned low = b0 == 0xF0 ? 0x90 : 0x80;   // F0 80..8F would be overlong
      const unsigned high = b0 == 0xF4 ? 0x8F : 0xBF;  // F4 90.. would pass U+10FFFF
      if (b1 < low || b1 > high || !is_continuation(unit(i + 2)) ||
          !is_continuation(unit(i + 3)))
        return bad;
      return {((b0 & 0x07u) << 18) | ((b1 & 0x3Fu) << 12) | ((unit(i + 2) & 0x3Fu) << 6) |
                  (unit(i + 3) & 0x3Fu),
              4, errc{}};
    }
    return bad;
  } else if constexpr (sizeof(CharT) == 2) {
    const char32_t u = static_cast<char32_t>(text[i]);
    if (!is_surrogate(u)) return {u, 1, errc{}};
    if (is_high_surrogate(u) && i + 1 < size) {
      const char32_t next = static_cast<char32_t>(text[i + 1]);
      if (is_low_surrogate(next))
        return {0x10000 + ((u - 0xD800) << 10) + (next - 0xDC00), 2, errc{}};
    }
    return {0, 0, errc::unpaired_surrogate};
  } else {
    static_assert(sizeof(CharT) == 4, "code units are 8, 16 or 32 bits wide");
    const char32_t u = static_cast<char32_t>(text[i]);
    if (is_surrogate(u)) return {0, 0, errc::unpaired_surrogate};
    if (u > 0x10FFFF) return {0, 0, errc::invalid_code_point};
    return {u, 1, errc{}};
  }
}

/// UTF-8 code units of a (valid) code point.
constexpr std::size_t utf8_units(char32_t c) noexcept {
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}
/// UTF-16 code units of a (valid) code point.
constexpr std::size_t utf16_units(char32_t c) noexcept { return c < 0x10000 ? 1 : 2; }

/// Calls `unit(u)` for each UTF-16 code unit of a valid code point: one, or a
/// surrogate pair, high first.
template <class Unit>
constexpr void for_each_utf16_unit(char32_t c, Unit&& unit) noexcept {
  if (c < 0x10000) {
    unit(c);
  } else {
    unit(0xD800 + ((c - 0x10000) >> 10));
    unit(0xDC00 + ((c - 0x10000) & 0x3FF));
  }
}

/// Writes a valid code point as UTF-8 (CharT char or char8_t) or UTF-16
/// (CharT char16_t) into a sink that counts what it could not write, so that
/// callers validate all input before reporting errc::output_too_small.
template <class CharT>
class utf_writer {
 public:
  /// `written` code units at the front are already there (a fast path
  /// wrote them).
  constexpr explicit utf_writer(span<CharT> out, std::size_t written = 0) noexcept
      : out_(out), written_(written) {}

  constexpr void put(char32_t c) noexcept {
    if constexpr (sizeof(CharT) == 1) {
      if (c < 0x80) {
        unit(c);
      } else if (c < 0x800) {
        unit(0xC0 | (c >> 6));
        unit(0x80 | (c & 0x3F));
      } else if (c < 0x10000) {
        unit(0xE0 | (c >> 12));
        unit(0x80 | ((c >> 6) & 0x3F));
        unit(0x80 | (c & 0x3F));
      } else {
        unit(0xF0 | (c >> 18));
        unit(0x80 | ((c >> 12) & 0x3F));
        unit(0x80 | ((c >> 6) & 0x3F));
        unit(0x80 | (c & 0x3F));
      }
    } else {
      static_assert(sizeof(CharT) == 2, "output is UTF-8 or UTF-16");
      for_each_utf16_unit(c, [this](char32_t u) { unit(u); });
    }
  }
  /// Eight ASCII characters at once (UTF-8 output), the first in the low
  /// byte of `chars`.
  constexpr void put_eight_ascii(std::uint64_t chars) noexcept {
    static_assert(sizeof(CharT) == 1, "UTF-8 output only");
    if (written_ + 8 <= out_.size()) {
      std::memcpy(out_.data() + written_, &chars, sizeof chars);  // little-endian targets only
      written_ += 8;
      return;
    }
    for (unsigned k = 0; k < 8; ++k) unit(static_cast<std::uint8_t>(chars >> (8 * k)));
  }
  /// `count` code units at once.
  constexpr void put_units(const CharT* units, std::size_t count) noexcept {
    if (written_ <= out_.size() && count <= out_.size() - written_) {
      std::memcpy(out_.data() + written_, units, count * sizeof(CharT));
      written_ += count;
      return;
    }
    for (std::size_t k = 0; k < count; ++k) unit(static_cast<std::make_unsigned_t<CharT>>(units[k]));
  }
  /// Code units the whole output needs (written or not).
  [[nodiscard]] constexpr std::size_t size() const noexcept { return written_; }
  [[nodiscard]] constexpr bool overflowed() const noexcept { return written_ > out_.size(); }

 private:
  constexpr void unit(char32_t value) noexcept {
    if (written_ < out_.size()) out_.data()[written_] = static_cast<CharT>(value);
    ++written_;
  }
  span<CharT> out_;
  std::size_t written_ = 0;
};

}  // namespace detail
SMSPDU_END_NAMESPACE

#endif  // SMSPDU_DETAIL_UNICODE_HPP
