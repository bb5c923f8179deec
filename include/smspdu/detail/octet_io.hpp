// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Bounded octet cursors for the TPDU codecs. The reader knows its absolute
// offset in the caller's input, so every decoder reports errors at the same
// kind of position; the writer writes only while there is room and counts
// every octet, so an encoder can report the size it needs.
#ifndef SMSPDU_DETAIL_OCTET_IO_HPP
#define SMSPDU_DETAIL_OCTET_IO_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "../buffer.hpp"
#include "../config.hpp"
#include "../error.hpp"

SMSPDU_BEGIN_NAMESPACE
namespace detail {

// Little-endian load of 8 octets: one word load at run time on
// little-endian targets, shifts in constant expressions and elsewhere.
constexpr std::uint64_t load_le64(const std::uint8_t* p) noexcept {
#if SMSPDU_LITTLE_ENDIAN
  if (!SMSPDU_IS_CONSTANT_EVALUATED()) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, sizeof word);
    return word;
  }
#endif
  return static_cast<std::uint64_t>(p[0]) | static_cast<std::uint64_t>(p[1]) << 8 |
         static_cast<std::uint64_t>(p[2]) << 16 | static_cast<std::uint64_t>(p[3]) << 24 |
         static_cast<std::uint64_t>(p[4]) << 32 | static_cast<std::uint64_t>(p[5]) << 40 |
         static_cast<std::uint64_t>(p[6]) << 48 | static_cast<std::uint64_t>(p[7]) << 56;
}

// Little-endian load of the `n` (at most 8) octets at p into the low bytes
// of a word, the same way; reads nothing past p[n - 1].
constexpr std::uint64_t load_le(const std::uint8_t* p, std::size_t n) noexcept {
  std::uint64_t word = 0;
#if SMSPDU_LITTLE_ENDIAN
  if (!SMSPDU_IS_CONSTANT_EVALUATED()) {
    std::memcpy(&word, p, n);
    return word;
  }
#endif
  for (std::size_t i = 0; i < n; ++i) word |= static_cast<std::uint64_t>(p[i]) << (8 * i);
  return word;
}

// The index of the lowest set bit of `bits` (non-zero): the next marked
// byte of a scan that gives one bit a byte (SSE2 movemask, 64-byte blocks).
SMSPDU_ALWAYS_INLINE unsigned lowest_set_bit(std::uint64_t bits) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  return static_cast<unsigned>(__builtin_ctzll(bits));
#else
  unsigned k = 0;
  for (; (bits & 1u) == 0; bits >>= 1) ++k;
  return k;
#endif
}

// The index of the first byte, in a word loaded little-endian, whose top bit
// is set in `marks` (non-zero): where a word-at-a-time (SWAR) scan stopped.
SMSPDU_ALWAYS_INLINE std::size_t first_marked_byte(std::uint64_t marks) noexcept { return lowest_set_bit(marks) / 8; }

// Little-endian store of 8 octets, the same way.
constexpr void store_le64(std::uint8_t* p, std::uint64_t value) noexcept {
#if SMSPDU_LITTLE_ENDIAN
  if (!SMSPDU_IS_CONSTANT_EVALUATED()) {
    std::memcpy(p, &value, sizeof value);
    return;
  }
#endif
  for (unsigned i = 0; i < 8; ++i) p[i] = static_cast<std::uint8_t>(value >> (8 * i));
}

class octet_reader {
 public:
  /// Reads `data`, whose first octet is at `base` in the caller's input.
  constexpr explicit octet_reader(octet_view data, std::size_t base = 0) noexcept
      : data_(data), base_(base) {}

  /// Offset of the next octet in the caller's input.
  [[nodiscard]] constexpr std::size_t position() const noexcept { return base_ + at_; }
  [[nodiscard]] constexpr std::size_t remaining() const noexcept { return data_.size() - at_; }
  [[nodiscard]] constexpr bool has(std::size_t n) const noexcept { return remaining() >= n; }
  /// The error for input that ends too early: at the end of the input.
  [[nodiscard]] constexpr error truncated() const noexcept {
    return error{errc::truncated_input, base_ + data_.size()};
  }
  /// Next octet; precondition: has(1).
  constexpr std::uint8_t take() noexcept { return data_.data()[at_++]; }
  [[nodiscard]] constexpr std::uint8_t peek() const noexcept { return data_.data()[at_]; }
  /// The next `n` octets; precondition: has(n).
  constexpr octet_view take(std::size_t n) noexcept {
    const octet_view view(data_.data() + at_, n);
    at_ += n;
    return view;
  }

 private:
  octet_view data_;
  std::size_t base_;
  std::size_t at_ = 0;
};

class octet_writer {
 public:
  constexpr explicit octet_writer(octet_span out) noexcept : out_(out) {}

  constexpr void put(std::uint8_t octet) noexcept {
    if (written_ < out_.size()) out_.data()[written_] = octet;
    ++written_;
  }
  constexpr void put(octet_view octets) noexcept {
    if (written_ <= out_.size() && octets.size() <= out_.size() - written_) {
      copy_elements(octets.data(), octets.size(), out_.data() + written_);
      written_ += octets.size();
      return;
    }
    for (std::uint8_t octet : octets) put(octet);
  }
  /// Eight octets at once, the first in the low byte of `octets`.
  constexpr void put_eight(std::uint64_t octets) noexcept {
    if (written_ + 8 <= out_.size()) {
      store_le64(out_.data() + written_, octets);
      written_ += 8;
      return;
    }
    for (unsigned k = 0; k < 8; ++k) put(static_cast<std::uint8_t>(octets >> (8 * k)));
  }
  /// Octets written so far, or that would have been written.
  [[nodiscard]] constexpr std::size_t size() const noexcept { return written_; }
  [[nodiscard]] constexpr bool overflowed() const noexcept { return written_ > out_.size(); }

 private:
  octet_span out_;
  std::size_t written_ = 0;
};

}  // namespace detail
SMSPDU_END_NAMESPACE

#endif  // SMSPDU_DETAIL_OCTET_IO_HPP
