// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Septet unpacking with every fill-bit value: unpack -> pack -> unpack gives
// the same septets, and the USSD decoder never reads past its input.
#include <smspdu/septet.hpp>

#include <vector>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::input in{data, size};
  const unsigned fill = in.take() % 8;  // 7 must be refused
  const std::size_t count = in.take();
  // An exact-size copy, so the sanitizers see any read past the end.
  const std::vector<std::uint8_t> packed(in.data, in.data + in.size);
  std::vector<std::uint8_t> septets(count);
  const auto n = smspdu::unpack_septets(packed, count, septets, fill);
  if (fill > 6) {
    SMSPDU_FUZZ_CHECK(!n && n.error().code == smspdu::errc::invalid_argument);
    return 0;
  }
  if (!n) {
    SMSPDU_FUZZ_CHECK(n.error().code == smspdu::errc::truncated_input);
    SMSPDU_FUZZ_CHECK(packed.size() < smspdu::octets_length_from_septets(count, fill));
    return 0;
  }
  for (auto s : septets) SMSPDU_FUZZ_CHECK(s <= 0x7F);
  std::vector<std::uint8_t> repacked(smspdu::octets_length_from_septets(count, fill));
  SMSPDU_FUZZ_CHECK(smspdu::pack_septets(septets, repacked, fill).value() == repacked.size());
  std::vector<std::uint8_t> again(count);
  SMSPDU_FUZZ_CHECK(smspdu::unpack_septets(repacked, count, again, fill).has_value());
  SMSPDU_FUZZ_CHECK(again == septets);

  std::vector<std::uint8_t> ussd(smspdu::septets_length_from_octets_ussd(packed.size()));
  const auto u = smspdu::unpack_septets_ussd(packed, ussd);
  SMSPDU_FUZZ_CHECK(u.has_value() && *u <= ussd.size());
  return 0;
}
