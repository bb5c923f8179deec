// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Arbitrary bytes as UTF-8 text: the GSM 7-bit and UCS-2 encoders either
// reject them with an offset inside the text, or encode them so that decoding
// gives the same text back; encode_submit writes what make_submit + encode do.
#include <smspdu/compose.hpp>
#include <smspdu/gsm7.hpp>
#include <smspdu/ucs2.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::input in{data, size};
  const smspdu::gsm7_tables tables{static_cast<smspdu::national_language>(in.take() % 14),
                                   static_cast<smspdu::national_language>(in.take() % 14)};
  const std::uint8_t choice = in.take();
  const std::string text(reinterpret_cast<const char*>(in.data), in.size);

  // The direct SMS-SUBMIT encoder against the two-step one, errors included.
  smspdu::submit_options options;
  options.encoding = static_cast<smspdu::text_encoding>(choice % 3);
  if ((choice & 0x04u) != 0) options.languages = smspdu::national_languages::all();
  if ((choice & 0x08u) != 0) options.tables = tables;
  const smspdu::address to = smspdu::phone_number("+41791234567").value();
  std::vector<std::uint8_t> direct(smspdu::max_tpdu_octets), two_step(smspdu::max_tpdu_octets);
  const std::size_t room = (choice & 0x10u) != 0 ? smspdu::max_tpdu_octets : choice % 64u + 100u;
  const auto written = smspdu::encode_submit(to, text, smspdu::octet_span(direct.data(), room), options);
  const auto submit = smspdu::make_submit(to, text, options);
  if (!submit) {
    SMSPDU_FUZZ_CHECK(!written && written.error() == submit.error());
  } else {
    const auto expected = smspdu::encode(*submit, smspdu::octet_span(two_step.data(), room));
    SMSPDU_FUZZ_CHECK(written.has_value() == expected.has_value());
    if (expected) {
      SMSPDU_FUZZ_CHECK(*written == *expected);
      SMSPDU_FUZZ_CHECK(std::equal(direct.begin(), direct.begin() + static_cast<std::ptrdiff_t>(*written), two_step.begin()));
    } else {
      SMSPDU_FUZZ_CHECK(written.error() == expected.error());
    }
  }

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
