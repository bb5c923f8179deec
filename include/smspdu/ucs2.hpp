// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Unicode text <-> the UCS-2 alphabet of SMS user data (TS 23.038 §6.2.3):
// 16-bit code units, most significant octet first. Like every current phone,
// smspdu reads and writes it as UTF-16BE, so characters beyond the Basic
// Multilingual Plane (emoji) travel as surrogate pairs. A surrogate that is
// not part of a pair is an error in both directions, never passed on.
#ifndef SMSPDU_UCS2_HPP
#define SMSPDU_UCS2_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "buffer.hpp"
#include "config.hpp"
#include "detail/unicode.hpp"
#include "result.hpp"

SMSPDU_BEGIN_NAMESPACE

namespace detail {

// UTF-16BE octet output that writes while there is room and counts all.
class ucs2_writer {
 public:
  constexpr explicit ucs2_writer(octet_span out) noexcept : out_(out) {}
  constexpr void put(char32_t c) noexcept {
    for_each_utf16_unit(c, [this](char32_t u) { unit(u); });
  }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return written_; }

 private:
  constexpr void unit(char32_t value) noexcept {
    octet(static_cast<std::uint8_t>(value >> 8));
    octet(static_cast<std::uint8_t>(value & 0xFF));
  }
  constexpr void octet(std::uint8_t value) noexcept {
    if (written_ < out_.size()) out_.data()[written_] = value;
    ++written_;
  }
  octet_span out_;
  std::size_t written_ = 0;
};

template <class CharT>
constexpr result<std::size_t> to_ucs2(std::basic_string_view<CharT> text, octet_span out) noexcept {
  ucs2_writer writer(out);
  for (std::size_t i = 0; i < text.size();) {
    const code_point_step step = next_code_point(text.data(), text.size(), i);
    if (step.units == 0) return error{step.failure, i};
    writer.put(step.value);
    i += step.units;
  }
  if (writer.size() > out.size()) return error{errc::output_too_small, writer.size()};
  return writer.size();
}

template <class CharT>
constexpr result<std::size_t> from_ucs2(octet_view ucs2, span<CharT> out) noexcept {
  utf_writer<CharT> writer(out);
  const std::uint8_t* octets = ucs2.data();
  const std::size_t units = ucs2.size() / 2;
  const auto unit_at = [octets](std::size_t k) {
    return static_cast<char32_t>((static_cast<unsigned>(octets[2 * k]) << 8) | octets[2 * k + 1]);
  };
  for (std::size_t k = 0; k < units; ++k) {
    const char32_t u = unit_at(k);
    if (!is_surrogate(u)) {
      writer.put(u);
      continue;
    }
    if (!is_high_surrogate(u) || k + 1 == units || !is_low_surrogate(unit_at(k + 1)))
      return error{errc::unpaired_surrogate, 2 * k};
    writer.put(0x10000 + ((u - 0xD800) << 10) + (unit_at(k + 1) - 0xDC00));
    ++k;
  }
  if (ucs2.size() % 2 != 0) return error{errc::odd_ucs2_length, ucs2.size() - 1};
  if (writer.overflowed()) return error{errc::output_too_small, writer.size()};
  return writer.size();
}

}  // namespace detail

// ---------------------------------------------------------------------------
// Encoding. Text error offsets (invalid_utf8, unpaired_surrogate,
// invalid_code_point) count code units of the input.

/// Octets that `text` takes as UCS-2 (2 per BMP character, 4 per pair).
[[nodiscard]] constexpr result<std::size_t> ucs2_length_from_utf8(std::string_view text) noexcept {
  return detail::needed_size(detail::to_ucs2(text, octet_span()));
}
/// The same for UTF-16 text; error offsets count UTF-16 code units.
[[nodiscard]] constexpr result<std::size_t> ucs2_length_from_utf16(
    std::u16string_view text) noexcept {
  return detail::needed_size(detail::to_ucs2(text, octet_span()));
}
/// The same for UTF-32 text; error offsets count code points.
[[nodiscard]] constexpr result<std::size_t> ucs2_length_from_utf32(
    std::u32string_view text) noexcept {
  return detail::needed_size(detail::to_ucs2(text, octet_span()));
}

/// Encodes `text` as UCS-2 (UTF-16BE) into `out`; returns the octets written.
/// Errors: the text errors above; output_too_small with offset = octets needed.
[[nodiscard]] constexpr result<std::size_t> utf8_to_ucs2(std::string_view text,
                                                         octet_span out) noexcept {
  return detail::to_ucs2(text, out);
}
/// The same for UTF-16 text; error offsets count UTF-16 code units.
[[nodiscard]] constexpr result<std::size_t> utf16_to_ucs2(std::u16string_view text,
                                                          octet_span out) noexcept {
  return detail::to_ucs2(text, out);
}
/// The same for UTF-32 text; error offsets count code points.
[[nodiscard]] constexpr result<std::size_t> utf32_to_ucs2(std::u32string_view text,
                                                          octet_span out) noexcept {
  return detail::to_ucs2(text, out);
}
#if SMSPDU_HAS_CHAR8_T
/// The same for C++20 char8_t UTF-8 text; error offsets count bytes.
[[nodiscard]] constexpr result<std::size_t> ucs2_length_from_utf8(
    std::u8string_view text) noexcept {
  return detail::needed_size(detail::to_ucs2(text, octet_span()));
}
/// The same for C++20 char8_t UTF-8 text; error offsets count bytes.
[[nodiscard]] constexpr result<std::size_t> utf8_to_ucs2(std::u8string_view text,
                                                         octet_span out) noexcept {
  return detail::to_ucs2(text, out);
}
#endif

// ---------------------------------------------------------------------------
// Decoding. Input error offsets count octets of the UCS-2 data:
// - unpaired_surrogate: the first octet of the offending code unit;
// - odd_ucs2_length: the last, unpaired octet.

/// UTF-8 code units that ucs2_to_utf8 writes for `ucs2`; its input errors.
[[nodiscard]] constexpr result<std::size_t> utf8_length_from_ucs2(octet_view ucs2) noexcept {
  return detail::needed_size(detail::from_ucs2(ucs2, span<char>()));
}
/// UTF-16 code units that ucs2_to_utf16 writes for `ucs2`; its input errors.
[[nodiscard]] constexpr result<std::size_t> utf16_length_from_ucs2(octet_view ucs2) noexcept {
  return detail::needed_size(detail::from_ucs2(ucs2, span<char16_t>()));
}

/// Decodes UCS-2 (UTF-16BE) octets to UTF-8; returns the code units written.
/// Errors: the input errors above; output_too_small with offset = code units
/// needed.
[[nodiscard]] constexpr result<std::size_t> ucs2_to_utf8(octet_view ucs2,
                                                         span<char> out) noexcept {
  return detail::from_ucs2(ucs2, out);
}
/// Decodes UCS-2 (UTF-16BE) octets to UTF-16; as ucs2_to_utf8.
[[nodiscard]] constexpr result<std::size_t> ucs2_to_utf16(octet_view ucs2,
                                                          span<char16_t> out) noexcept {
  return detail::from_ucs2(ucs2, out);
}

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_UCS2_HPP
