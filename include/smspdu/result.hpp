// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// result<T>: a value or an error, usable in constant expressions in C++17.
// It is our own small type rather than std::expected (C++23 only) so that the
// API is the same in every language mode.
#ifndef SMSPDU_RESULT_HPP
#define SMSPDU_RESULT_HPP

#include <cstddef>
#include <type_traits>
#include <utility>

#include "config.hpp"
#include "error.hpp"

SMSPDU_BEGIN_NAMESPACE

namespace detail {
// Deliberately not constexpr: when a constant expression reaches it, the
// compiler rejects the expression, so misuse is caught at compile time.
[[noreturn]] inline void bad_result_access() noexcept {
  SMSPDU_ASSERT(false && "smspdu::result accessed in the wrong state");
  std::abort();
}

// Tag of the result<T> constructor that starts with a value-initialised T to
// be filled in place: the TPDU decoders and builders fill a few hundred bytes
// of fields where they will be returned, instead of copying them there.
struct value_initialised_t {
  explicit value_initialised_t() = default;
};
inline constexpr value_initialised_t value_initialised{};
}  // namespace detail

/// Either a T or an error. T must be trivially copyable and destructible (all
/// smspdu value types are), which is what makes result a literal type in C++17.
///
/// Accessing value() of an error, or error() of a value, is a precondition
/// violation: SMSPDU_ASSERT at run time, a compile error in constant evaluation.
template <class T>
class [[nodiscard]] result {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                "result<T> needs a trivially copyable and destructible T");

 public:
  using value_type = T;
  using error_type = ::smspdu::error;

  /// A successful result.
  constexpr result(const T& value) noexcept : value_(value), has_value_(true) {}
  /// A successful result holding T{}, for the library to fill in place.
  constexpr explicit result(detail::value_initialised_t) noexcept : value_(), has_value_(true) {}
  /// A failed result.
  constexpr result(error_type failure) noexcept : error_(failure), has_value_(false) {}
  /// A failed result with this code and offset.
  constexpr result(errc code, std::size_t offset) noexcept
      : error_{code, offset}, has_value_(false) {}

  [[nodiscard]] constexpr bool has_value() const noexcept { return has_value_; }
  constexpr explicit operator bool() const noexcept { return has_value_; }

  [[nodiscard]] constexpr const T& value() const& noexcept {
    if (!has_value_) detail::bad_result_access();
    return value_;
  }
  [[nodiscard]] constexpr T& value() & noexcept {
    if (!has_value_) detail::bad_result_access();
    return value_;
  }
  [[nodiscard]] constexpr T&& value() && noexcept {
    if (!has_value_) detail::bad_result_access();
    return static_cast<T&&>(value_);
  }
  [[nodiscard]] constexpr const T& operator*() const& noexcept { return value(); }
  [[nodiscard]] constexpr T& operator*() & noexcept { return value(); }
  [[nodiscard]] constexpr const T* operator->() const noexcept { return &value(); }
  [[nodiscard]] constexpr T* operator->() noexcept { return &value(); }

  /// The value, or `fallback` converted to T when this holds an error.
  template <class U>
  [[nodiscard]] constexpr T value_or(U&& fallback) const noexcept {
    return has_value_ ? value_ : static_cast<T>(std::forward<U>(fallback));
  }

  /// The error; only valid when has_value() is false.
  [[nodiscard]] constexpr error_type error() const noexcept {
    if (has_value_) detail::bad_result_access();
    return error_;
  }

  friend constexpr bool operator==(const result& a, const result& b) noexcept {
    if (a.has_value_ != b.has_value_) return false;
    return a.has_value_ ? a.value_ == b.value_ : a.error_ == b.error_;
  }
  friend constexpr bool operator!=(const result& a, const result& b) noexcept {
    return !(a == b);
  }
  friend constexpr bool operator==(const result& r, const error_type& e) noexcept {
    return !r.has_value_ && r.error_ == e;
  }
  friend constexpr bool operator!=(const result& r, const error_type& e) noexcept {
    return !(r == e);
  }

 private:
  union {
    T value_;
    error_type error_;
  };
  bool has_value_;
};

namespace detail {
// A codec called with no output space reports errc::output_too_small with the
// size it needs; sizing functions turn that into their value.
constexpr result<std::size_t> needed_size(const result<std::size_t>& attempt) noexcept {
  if (!attempt && attempt.error().code == errc::output_too_small) return attempt.error().offset;
  return attempt;
}
}  // namespace detail

namespace detail {
// A result<T> built where the caller receives it: `fill(T&)` fills a
// value-initialised T and returns error{} or the failure. A single named
// return lets the compiler build the result in the caller's storage; the
// TPDU types are a few hundred bytes, which a copy at each return would cost.
template <class T, class Fill>
constexpr result<T> build_in_place(Fill&& fill) noexcept {
  result<T> built(value_initialised);
  const error failure = fill(*built);
  if (failed(failure)) built = result<T>(failure);
  return built;
}
}  // namespace detail

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_RESULT_HPP
