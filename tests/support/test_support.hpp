// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Helpers shared by the unit tests: reading test data, hex and UTF
// conversions written independently of the library (so a library bug cannot
// hide in the oracle), and printers for smspdu types in Catch2 messages.
#ifndef SMSPDU_TESTS_SUPPORT_TEST_SUPPORT_HPP
#define SMSPDU_TESTS_SUPPORT_TEST_SUPPORT_HPP

#include <smspdu/smspdu.hpp>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"
#include "json.hpp"

#ifndef SMSPDU_TEST_DATA_DIR
#  error "SMSPDU_TEST_DATA_DIR must name tests/data"
#endif

namespace test {

using octets = std::vector<std::uint8_t>;

/// The path of a file under tests/data.
inline std::string data_path(std::string_view name) {
  return std::string(SMSPDU_TEST_DATA_DIR) + "/" + std::string(name);
}

/// The lines of a file under tests/data (without line ends).
inline std::vector<std::string> read_lines(std::string_view name) {
  std::ifstream file(data_path(name), std::ios::binary);
  if (!file) throw std::runtime_error("cannot open test data " + std::string(name));
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(file, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

/// One JSON object per non-empty line of a .jsonl file under tests/data.
inline std::vector<json> read_jsonl(std::string_view name) {
  std::vector<json> records;
  for (const auto& line : read_lines(name))
    if (!line.empty()) records.push_back(json::parse(line));
  return records;
}

/// Splits a line at tabs.
inline std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, '\t')) fields.push_back(field);
  if (!line.empty() && line.back() == '\t') fields.emplace_back();
  return fields;
}

/// Octets from hex text; an independent oracle for the library's hex codec.
inline octets bytes(std::string_view hex) {
  if (hex.size() % 2 != 0) throw std::runtime_error("odd hex in test data");
  octets out;
  for (std::size_t i = 0; i < hex.size(); i += 2)
    out.push_back(static_cast<std::uint8_t>(std::stoul(std::string(hex.substr(i, 2)), nullptr, 16)));
  return out;
}

/// Upper-case hex of octets.
inline std::string hex(smspdu::octet_view data) {
  static const char digits[] = "0123456789ABCDEF";
  std::string out;
  for (std::uint8_t b : data) {
    out += digits[b >> 4];
    out += digits[b & 15];
  }
  return out;
}

/// Code points of valid UTF-8 (test oracle; no validation).
inline std::u32string utf32(std::string_view utf8) {
  std::u32string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto b = static_cast<unsigned char>(utf8[i]);
    const int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t c = n == 1 ? b : n == 2 ? (b & 0x1Fu) : n == 3 ? (b & 0x0Fu) : (b & 0x07u);
    for (int k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(utf8[i + static_cast<std::size_t>(k)]) & 0x3Fu);
    out += c;
    i += static_cast<std::size_t>(n);
  }
  return out;
}

/// UTF-16 of valid UTF-8 (test oracle).
inline std::u16string utf16(std::string_view utf8) {
  std::u16string out;
  for (char32_t c : utf32(utf8)) {
    if (c < 0x10000) {
      out += static_cast<char16_t>(c);
    } else {
      out += static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10));
      out += static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF));
    }
  }
  return out;
}

/// UTF-8 of code points (test oracle).
inline std::string utf8(std::u32string_view text) {
  std::string out;
  for (char32_t c : text) append_utf8(out, static_cast<std::uint32_t>(c));
  return out;
}

/// A deterministic pseudo-random generator for property tests (fixed seeds,
/// so every run checks the same cases and a failure is reproducible).
class rng {
 public:
  explicit rng(std::uint64_t seed) : state_(seed * 6364136223846793005ull + 1442695040888963407ull) {}
  std::uint32_t next() {
    state_ = state_ * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::uint32_t>(state_ >> 33);
  }
  std::uint32_t below(std::uint32_t bound) { return next() % bound; }

 private:
  std::uint64_t state_;
};

/// An output buffer surrounded by guard octets: `capacity` usable octets with
/// `guard` octets of 0xA5 on each side. intact() says whether a codec wrote
/// outside what it was given.
template <class T>
class guarded_buffer {
 public:
  static constexpr std::size_t guard = 16;
  explicit guarded_buffer(std::size_t capacity, T fill = static_cast<T>(0xA5))
      : storage_(capacity + 2 * guard, fill), capacity_(capacity), fill_(fill) {}
  smspdu::span<T> span() { return smspdu::span<T>(storage_.data() + guard, capacity_); }
  const T* data() const { return storage_.data() + guard; }
  bool intact() const {
    for (std::size_t i = 0; i < guard; ++i)
      if (storage_[i] != fill_ || storage_[guard + capacity_ + i] != fill_) return false;
    return true;
  }
  /// True when no octet at or after `from` (inside the capacity) changed.
  bool untouched_from(std::size_t from) const {
    for (std::size_t i = guard + from; i < guard + capacity_; ++i)
      if (storage_[i] != fill_) return false;
    return true;
  }

 private:
  std::vector<T> storage_;
  std::size_t capacity_;
  T fill_;
};

}  // namespace test

namespace Catch {
template <>
struct StringMaker<smspdu::error> {
  static std::string convert(const smspdu::error& e) {
    return std::string(smspdu::to_string(e.code)) + "@" + std::to_string(e.offset);
  }
};
template <>
struct StringMaker<smspdu::errc> {
  static std::string convert(smspdu::errc e) { return std::string(smspdu::to_string(e)); }
};
template <class T>
struct StringMaker<smspdu::result<T>> {
  static std::string convert(const smspdu::result<T>& r) {
    if (r) return "value " + StringMaker<T>::convert(*r);
    return "error " + StringMaker<smspdu::error>::convert(r.error());
  }
};
}  // namespace Catch

#endif  // SMSPDU_TESTS_SUPPORT_TEST_SUPPORT_HPP
