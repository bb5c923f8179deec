// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Arbitrary bytes as UTF-8 text: the GSM 7-bit and UCS-2 encoders either
// reject them with an offset inside the text, or encode them so that decoding
// gives the same text back.
#include <smspdu/gsm7.hpp>
#include <smspdu/ucs2.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::input in{data, size};
  const smspdu::gsm7_tables tables{static_cast<smspdu::national_language>(in.take() % 14),
                                   static_cast<smspdu::national_language>(in.take() % 14)};
  const std::string text(reinterpret_cast<const char*>(in.data), in.size);

  const auto ucs2_length = smspdu::ucs2_length_from_utf8(text);
  if (!ucs2_length) {
    SMSPDU_FUZZ_CHECK(ucs2_length.error().code == smspdu::errc::invalid_utf8);
    SMSPDU_FUZZ_CHECK(ucs2_length.error().offset < text.size());
  } else {
    std::vector<std::uint8_t> ucs2(*ucs2_length);
    SMSPDU_FUZZ_CHECK(smspdu::utf8_to_ucs2(text, ucs2).value() == ucs2.size());
    std::string back(text.size(), '\0');
    SMSPDU_FUZZ_CHECK(smspdu::ucs2_to_utf8(ucs2, smspdu::span<char>(back)).value() == text.size());
    SMSPDU_FUZZ_CHECK(back == text);
  }

  const auto septets = smspdu::gsm7_length_from_utf8(text, tables);
  if (!septets) {
    SMSPDU_FUZZ_CHECK(septets.error().offset < text.size());
    return 0;
  }
  SMSPDU_FUZZ_CHECK(ucs2_length.has_value());  // GSM-encodable text is valid UTF-8
  std::vector<std::uint8_t> unpacked(*septets);
  SMSPDU_FUZZ_CHECK(smspdu::utf8_to_gsm7(text, unpacked, tables).value() == *septets);
  std::string back(smspdu::utf8_length_from_gsm7(unpacked, tables), '\0');
  SMSPDU_FUZZ_CHECK(smspdu::gsm7_to_utf8(unpacked, smspdu::span<char>(back), tables).has_value());
  SMSPDU_FUZZ_CHECK(back == text);
  return 0;
}
