// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// UCS-2 octets: decoding either fails at an offset inside the input, or the
// text re-encodes to exactly the same octets.
#include <smspdu/ucs2.hpp>

#include <string>
#include <vector>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::vector<std::uint8_t> ucs2(data, data + size);
  const auto length = smspdu::utf8_length_from_ucs2(ucs2);
  if (!length) {
    const auto e = length.error();
    SMSPDU_FUZZ_CHECK(e.code == smspdu::errc::odd_ucs2_length ||
                      e.code == smspdu::errc::unpaired_surrogate);
    SMSPDU_FUZZ_CHECK(e.offset < size);
    return 0;
  }
  std::string text(*length, '\0');
  SMSPDU_FUZZ_CHECK(smspdu::ucs2_to_utf8(ucs2, smspdu::span<char>(text)).value() == text.size());
  std::vector<std::uint8_t> again(size);
  SMSPDU_FUZZ_CHECK(smspdu::utf8_to_ucs2(text, again).value() == size);
  SMSPDU_FUZZ_CHECK(again == ucs2);
  std::u16string utf16(smspdu::utf16_length_from_ucs2(ucs2).value(), u'\0');
  SMSPDU_FUZZ_CHECK(smspdu::ucs2_to_utf16(ucs2, smspdu::span<char16_t>(utf16)).value() == size / 2);
  return 0;
}
