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

#include "../buffer.hpp"
#include "../config.hpp"
#include "../error.hpp"

SMSPDU_BEGIN_NAMESPACE
namespace detail {

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
    for (std::uint8_t octet : octets) put(octet);
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
