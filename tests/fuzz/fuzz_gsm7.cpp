// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// GSM 7-bit decoding with any table pair and fill-bit value. Whatever the
// septets, decoding succeeds and yields valid UTF-8 of the announced length;
// re-encoding that text (when every character is encodable, which the
// fallback rules do not guarantee) decodes to the same text again.
#include <smspdu/gsm7.hpp>

#include <string>
#include <vector>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::input in{data, size};
  const smspdu::gsm7_tables tables{static_cast<smspdu::national_language>(in.take() % 16),
                                   static_cast<smspdu::national_language>(in.take() % 16)};
  const unsigned fill = in.take() % 7;
  const std::vector<std::uint8_t> packed(in.data, in.data + in.size);
  const std::size_t count = smspdu::septets_length_from_octets(packed.size(), fill);
  if (smspdu::octets_length_from_septets(count, fill) > packed.size()) {
    // Only an empty input with fill bits: even the fill bits need an octet.
    SMSPDU_FUZZ_CHECK(packed.empty() && fill > 0);
    SMSPDU_FUZZ_CHECK(smspdu::utf8_length_from_gsm7_packed(packed, 0, fill, tables).error().code ==
                      smspdu::errc::truncated_input);
    return 0;
  }

  const auto length = smspdu::utf8_length_from_gsm7_packed(packed, count, fill, tables);
  SMSPDU_FUZZ_CHECK(length.has_value());
  std::string text(*length, '\0');
  const auto n = smspdu::gsm7_packed_to_utf8(packed, count, smspdu::span<char>(text), fill, tables);
  SMSPDU_FUZZ_CHECK(n.has_value() && *n == text.size());

  // The decoded text is valid UTF-8: the GSM 7-bit encoder accepts or
  // rejects it only as unencodable, never as malformed.
  const auto septets = smspdu::gsm7_length_from_utf8(text, tables);
  if (!septets) {
    SMSPDU_FUZZ_CHECK(septets.error().code == smspdu::errc::unencodable_character);
    return 0;
  }
  std::vector<std::uint8_t> repacked(smspdu::octets_length_from_septets(*septets, fill));
  const auto size2 = smspdu::utf8_to_gsm7_packed(text, repacked, fill, tables);
  SMSPDU_FUZZ_CHECK(size2.has_value() && size2->octets == repacked.size());
  std::string again(text.size() + 8, '\0');
  const auto m = smspdu::gsm7_packed_to_utf8(repacked, *septets, smspdu::span<char>(again), fill, tables);
  SMSPDU_FUZZ_CHECK(m.has_value());
  again.resize(*m);
  SMSPDU_FUZZ_CHECK(again == text);
  return 0;
}
