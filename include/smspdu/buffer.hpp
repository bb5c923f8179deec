// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Storage without a heap: span<T>, a non-owning view of contiguous elements
// (a C++17 stand-in for the part of std::span smspdu needs, convertible from
// std::span in C++20), and static_vector<T, N>, a fixed-capacity vector that
// is a literal type, so both work in constant expressions.
#ifndef SMSPDU_BUFFER_HPP
#define SMSPDU_BUFFER_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <utility>

#include "config.hpp"

#if SMSPDU_HAS_STD_SPAN
#  include <span>
#endif

SMSPDU_BEGIN_NAMESPACE

namespace detail {
// Copies `count` trivially copyable elements: one memcpy at run time, an
// element loop in constant expressions (memcpy is not constexpr). The TPDU
// codecs move whole user data fields through here instead of octet by octet.
template <class T>
constexpr void copy_elements(const T* from, std::size_t count, T* to) noexcept {
  static_assert(std::is_trivially_copyable_v<T>, "copy_elements copies trivially copyable elements");
  if (!SMSPDU_IS_CONSTANT_EVALUATED()) {
    if (count != 0) std::memcpy(to, from, count * sizeof(T));
    return;
  }
  for (std::size_t i = 0; i < count; ++i) to[i] = from[i];
}

// A container whose data() points at elements a span<T> may view: the element
// type must match up to adding const (the same rule as std::span).
template <class Container, class T, class = void>
struct is_span_compatible : std::false_type {};
template <class Container, class T>
struct is_span_compatible<Container, T,
                          std::void_t<decltype(std::declval<Container&>().data()),
                                      decltype(std::declval<Container&>().size())>>
    : std::bool_constant<std::is_convertible_v<
          std::remove_pointer_t<decltype(std::declval<Container&>().data())> (*)[], T (*)[]>> {};
}  // namespace detail

/// A view of `size()` contiguous elements of type T that it does not own.
/// Inputs are passed as span<const T>, outputs as span<T>; an output's size()
/// is its capacity.
template <class T>
class span {
 public:
  using element_type = T;
  using value_type = std::remove_cv_t<T>;
  using size_type = std::size_t;
  using pointer = T*;
  using reference = T&;
  using iterator = T*;

  constexpr span() noexcept = default;
  constexpr span(T* data, std::size_t size) noexcept : data_(data), size_(size) {}
  template <std::size_t N>
  constexpr span(T (&array)[N]) noexcept : data_(array), size_(N) {}
  /// Any contiguous container with data() and size(): std::array, std::vector,
  /// std::string, std::string_view, static_vector, ...
  template <class Container,
            std::enable_if_t<!std::is_same_v<std::remove_cv_t<Container>, span> &&
                                 detail::is_span_compatible<Container, T>::value,
                             int> = 0>
  constexpr span(Container& container) noexcept
      : data_(container.data()), size_(static_cast<std::size_t>(container.size())) {}
  template <class Container,
            std::enable_if_t<!std::is_same_v<std::remove_cv_t<Container>, span> &&
                                 detail::is_span_compatible<const Container, T>::value,
                             int> = 0>
  constexpr span(const Container& container) noexcept
      : data_(container.data()), size_(static_cast<std::size_t>(container.size())) {}
  /// span<const T> from span<T>.
  template <class U, std::enable_if_t<!std::is_same_v<U, T> &&
                                          std::is_convertible_v<U (*)[], T (*)[]>,
                                      int> = 0>
  constexpr span(span<U> other) noexcept : data_(other.data()), size_(other.size()) {}
#if SMSPDU_HAS_STD_SPAN
  template <class U, std::size_t Extent,
            std::enable_if_t<std::is_convertible_v<U (*)[], T (*)[]>, int> = 0>
  constexpr span(std::span<U, Extent> other) noexcept
      : data_(other.data()), size_(other.size()) {}
  constexpr operator std::span<T>() const noexcept { return {data_, size_}; }
#endif

  [[nodiscard]] constexpr T* data() const noexcept { return data_; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] constexpr T* begin() const noexcept { return data_; }
  [[nodiscard]] constexpr T* end() const noexcept { return data_ + size_; }
  /// Element `i`; precondition: i < size().
  [[nodiscard]] constexpr T& operator[](std::size_t i) const noexcept {
    SMSPDU_ASSERT(i < size_);
    return data_[i];
  }
  /// The elements from `offset` on, at most `count` of them; precondition:
  /// offset <= size().
  [[nodiscard]] constexpr span subspan(std::size_t offset,
                                       std::size_t count = static_cast<std::size_t>(-1)) const
      noexcept {
    SMSPDU_ASSERT(offset <= size_);
    const std::size_t rest = size_ - offset;
    return span(data_ + offset, count < rest ? count : rest);
  }
  /// The first `count` elements; precondition: count <= size().
  [[nodiscard]] constexpr span first(std::size_t count) const noexcept {
    SMSPDU_ASSERT(count <= size_);
    return span(data_, count);
  }

 private:
  T* data_ = nullptr;
  std::size_t size_ = 0;
};

template <class T, std::size_t N>
span(T (&)[N]) -> span<T>;

/// Octets of a PDU or of user data, read-only (input).
using octet_view = span<const std::uint8_t>;
/// Writable octets (output); size() is the capacity.
using octet_span = span<std::uint8_t>;
/// Unpacked GSM 7-bit septets, one per octet, values 0x00..0x7F (input).
using septet_view = span<const std::uint8_t>;
/// Writable unpacked septets (output).
using septet_span = span<std::uint8_t>;

/// A vector of at most N elements stored inline. It never allocates, is
/// trivially copyable when T is, and works in constant expressions. Pushing
/// beyond capacity is a precondition violation: smspdu checks capacity first
/// and reports errc::output_too_small instead.
template <class T, std::size_t N>
class static_vector {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                "static_vector holds trivially copyable, trivially destructible elements");

 public:
  using value_type = T;
  using size_type = std::size_t;
  using iterator = T*;
  using const_iterator = const T*;

  constexpr static_vector() noexcept = default;
  /// The first `count` elements of `values`; precondition: count <= N.
  constexpr static_vector(const T* values, std::size_t count) noexcept {
    SMSPDU_ASSERT(count <= N);
    detail::copy_elements(values, count, data_);
    size_ = count;
  }

  [[nodiscard]] static constexpr std::size_t capacity() noexcept { return N; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] constexpr bool full() const noexcept { return size_ == N; }
  [[nodiscard]] constexpr T* data() noexcept { return data_; }
  [[nodiscard]] constexpr const T* data() const noexcept { return data_; }
  [[nodiscard]] constexpr T* begin() noexcept { return data_; }
  [[nodiscard]] constexpr T* end() noexcept { return data_ + size_; }
  [[nodiscard]] constexpr const T* begin() const noexcept { return data_; }
  [[nodiscard]] constexpr const T* end() const noexcept { return data_ + size_; }
  [[nodiscard]] constexpr T& operator[](std::size_t i) noexcept {
    SMSPDU_ASSERT(i < size_);
    return data_[i];
  }
  [[nodiscard]] constexpr const T& operator[](std::size_t i) const noexcept {
    SMSPDU_ASSERT(i < size_);
    return data_[i];
  }
  [[nodiscard]] constexpr T& back() noexcept { return (*this)[size_ - 1]; }
  [[nodiscard]] constexpr const T& back() const noexcept { return (*this)[size_ - 1]; }

  /// Appends one element; precondition: !full().
  constexpr void push_back(const T& value) noexcept {
    SMSPDU_ASSERT(size_ < N);
    data_[size_++] = value;
  }
  /// Appends `count` elements of `values`; precondition: size() + count <= N.
  constexpr void append(const T* values, std::size_t count) noexcept {
    SMSPDU_ASSERT(count <= N - size_);
    detail::copy_elements(values, count, data_ + size_);
    size_ += count;
  }
  /// Sets the size; new elements are value-initialised. Precondition: n <= N.
  constexpr void resize(std::size_t n) noexcept {
    SMSPDU_ASSERT(n <= N);
    for (std::size_t i = size_; i < n; ++i) data_[i] = T{};
    size_ = n;
  }
  constexpr void clear() noexcept { size_ = 0; }

  /// The whole capacity as writable storage, for functions that fill it;
  /// follow with set_size(written).
  [[nodiscard]] constexpr span<T> storage() noexcept { return span<T>(data_, N); }
  /// Sets the size after the first `n` elements were written through
  /// storage(); unlike resize(), it keeps their values. Precondition: n <= N.
  constexpr void set_size(std::size_t n) noexcept {
    SMSPDU_ASSERT(n <= N);
    size_ = n;
  }

  friend constexpr bool operator==(const static_vector& a, const static_vector& b) noexcept {
    if (a.size_ != b.size_) return false;
    for (std::size_t i = 0; i < a.size_; ++i)
      if (!(a.data_[i] == b.data_[i])) return false;
    return true;
  }
  friend constexpr bool operator!=(const static_vector& a, const static_vector& b) noexcept {
    return !(a == b);
  }

 private:
  // Value-initialised: C++17 constant evaluation requires every member to be
  // initialised. Zeroing at most a few hundred octets is the price.
  T data_[N == 0 ? 1 : N]{};
  std::size_t size_ = 0;
};

namespace detail {
// Element-wise equality of two contiguous sequences; constexpr in C++17
// (std::equal only became constexpr in C++20).
template <class A, class B>
constexpr bool equal(const A& a, const B& b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!(a.data()[i] == b.data()[i])) return false;
  return true;
}
}  // namespace detail

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_BUFFER_HPP
