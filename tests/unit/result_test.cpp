// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
#include <smspdu/buffer.hpp>
#include <smspdu/error.hpp>
#include <smspdu/result.hpp>

#include <array>
#include <set>
#include <string>
#include <vector>

#include "../support/test_support.hpp"

using smspdu::errc;
using smspdu::error;
using smspdu::result;

namespace {
constexpr result<int> half(int n) {
  if (n % 2 != 0) return error{errc::invalid_argument, static_cast<std::size_t>(n)};
  return n / 2;
}
}  // namespace

TEST_CASE("result holds a value or an error with its offset", "[result]") {
  const auto ok = half(8);
  REQUIRE(ok.has_value());
  REQUIRE(static_cast<bool>(ok));
  CHECK(*ok == 4);
  CHECK(ok.value() == 4);
  CHECK(ok.value_or(-1) == 4);

  const auto failed = half(7);
  REQUIRE_FALSE(failed.has_value());
  CHECK(failed.error().code == errc::invalid_argument);
  CHECK(failed.error().offset == 7);
  CHECK(failed.value_or(-1) == -1);
  CHECK(failed == error{errc::invalid_argument, 7});
  CHECK(failed != error{errc::invalid_argument, 6});
  CHECK(ok != failed);
  CHECK(half(8) == ok);
}

TEST_CASE("result works in constant expressions", "[result][constexpr]") {
  STATIC_REQUIRE(half(10).value() == 5);
  STATIC_REQUIRE(half(3).error() == error{errc::invalid_argument, 3});
  STATIC_REQUIRE(!half(3).has_value());
  STATIC_REQUIRE(half(3).value_or(0) == 0);
}

TEST_CASE("every error code has a distinct name and a description", "[error]") {
  std::set<std::string> names;
  // Codes are numbered from 1 without gaps; the first unknown value ends the list.
  int count = 0;
  for (int raw = 1; raw < 256; ++raw) {
    const auto code = static_cast<errc>(raw);
    const auto name = smspdu::to_string(code);
    if (name == "unknown_error") break;
    ++count;
    CHECK(names.insert(std::string(name)).second);
    CHECK(smspdu::describe(code) != "unknown error");
    CHECK(name.find(' ') == std::string_view::npos);
  }
  CHECK(count >= 11);
  CHECK(smspdu::to_string(static_cast<errc>(0)) == "unknown_error");
  CHECK(smspdu::to_string(errc::truncated_input) == "truncated_input");
  CHECK(smspdu::to_string(errc::odd_ucs2_length) == "odd_ucs2_length");
}

TEST_CASE("span views arrays and containers and sub-ranges", "[buffer]") {
  std::array<std::uint8_t, 4> a{{1, 2, 3, 4}};
  smspdu::octet_span writable(a);
  smspdu::octet_view view = writable;
  CHECK(view.size() == 4);
  CHECK(view[3] == 4);
  CHECK(view.subspan(1).size() == 3);
  CHECK(view.subspan(1, 2)[1] == 3);
  CHECK(view.subspan(4).empty());
  CHECK(view.subspan(2, 99).size() == 2);
  CHECK(view.first(2).size() == 2);
  std::vector<std::uint8_t> v{9, 8};
  smspdu::octet_view from_vector(v);
  CHECK(from_vector.data() == v.data());
  const std::string text = "abc";
  smspdu::span<const char> chars(text);
  CHECK(chars.size() == 3);
  writable[0] = 7;
  CHECK(a[0] == 7);
}

TEST_CASE("static_vector is a fixed-capacity literal vector", "[buffer][constexpr]") {
  constexpr auto make = [] {
    smspdu::static_vector<std::uint8_t, 4> v;
    v.push_back(1);
    v.push_back(2);
    return v;
  };
  STATIC_REQUIRE(make().size() == 2);
  STATIC_REQUIRE(make()[1] == 2);
  STATIC_REQUIRE(make().capacity() == 4);

  smspdu::static_vector<std::uint8_t, 3> v;
  CHECK(v.empty());
  v.push_back(5);
  v.push_back(6);
  v.push_back(7);
  CHECK(v.full());
  CHECK(v.back() == 7);
  v.resize(1);
  CHECK(v.size() == 1);
  v.resize(3);
  CHECK(v[2] == 0);  // resize value-initialises new elements
  auto storage = v.storage();
  storage[0] = 42;
  v.set_size(2);  // set_size keeps what was written through storage()
  CHECK(v[0] == 42);
  CHECK(v.size() == 2);
  smspdu::static_vector<std::uint8_t, 3> w;
  w.push_back(42);
  w.push_back(0);
  CHECK(v == w);
  w.clear();
  CHECK(v != w);
}
