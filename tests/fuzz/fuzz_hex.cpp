// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Hex text -> octets -> hex: a decode either fails with an offset inside the
// input or round-trips to the same digits (upper case).
#include <smspdu/hex.hpp>

#include <array>
#include <cctype>
#include <string_view>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view hex(reinterpret_cast<const char*>(data), size);
  std::array<std::uint8_t, 512> octets{};
  const auto n = smspdu::hex_to_octets(hex, octets);
  if (!n) {
    const auto e = n.error();
    SMSPDU_FUZZ_CHECK(e.code == smspdu::errc::output_too_small ? e.offset == size / 2
                                                                 : e.offset < size);
    return 0;
  }
  SMSPDU_FUZZ_CHECK(*n * 2 == size);
  std::array<char, 1024> text{};
  const auto digits = smspdu::octets_to_hex(smspdu::octet_view(octets.data(), *n), text);
  SMSPDU_FUZZ_CHECK(digits.has_value() && *digits == size);
  for (std::size_t i = 0; i < size; ++i)
    SMSPDU_FUZZ_CHECK(text[i] == std::toupper(static_cast<unsigned char>(hex[i])));
  return 0;
}
