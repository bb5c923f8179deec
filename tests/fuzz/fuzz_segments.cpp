// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Counting and splitting arbitrary text. Input: one octet of options (bit 0
// UCS-2 forced, bit 1 GSM 7-bit forced, bit 2 every national table allowed,
// bit 3 16-bit reference, bit 4 ports, bits 5-7 max segments 1..8 or 255),
// then the text, which may be malformed UTF-8. Either an error inside the
// text, or a plan whose spans tile the text, whose segments fit their room,
// and whose split decodes back to the text, segment by segment and through
// the reassembler (last segment first); and the one-pass planner's plan or
// error is the general planner's.
#include <smspdu/reassembly.hpp>
#include <smspdu/segment.hpp>

#include <string>
#include <string_view>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::input in{data, size};
  const std::uint8_t flags = in.take();
  smspdu::message_options o;
  if ((flags & 1u) != 0) o.encoding = smspdu::text_encoding::ucs2;
  if ((flags & 2u) != 0) o.encoding = smspdu::text_encoding::gsm7;
  if ((flags & 4u) != 0) o.languages = smspdu::national_languages::all();
  o.sixteen_bit_reference = (flags & 8u) != 0;
  if ((flags & 16u) != 0) o.ports = smspdu::port_info{2948, 9200, true};
  const unsigned most = flags >> 5;
  o.max_segments = most == 0 ? 255 : most;
  const std::string_view text(reinterpret_cast<const char*>(in.data), in.size);

  const auto plan = smspdu::count_segments(text, o);
  // The one-pass planner (where it serves the options) against the general
  // way alone: the very same plan, or the same error at the same offset.
  const auto general = smspdu::detail::plan_text(text, o, false);
  SMSPDU_FUZZ_CHECK(plan.has_value() == general.has_value());
  if (!plan) {
    SMSPDU_FUZZ_CHECK(plan.error() == general.error());
  } else {
    SMSPDU_FUZZ_CHECK(plan->encoding == general->encoding && plan->tables == general->tables &&
                      plan->header_octets == general->header_octets && plan->capacity == general->capacity &&
                      plan->units == general->units && plan->segment_count() == general->segment_count() &&
                      plan->forced_ucs2_count == general->forced_ucs2_count &&
                      plan->forced_ucs2.size() == general->forced_ucs2.size());
    for (std::size_t i = 0; i < plan->segment_count(); ++i)
      SMSPDU_FUZZ_CHECK(plan->segments[i].begin == general->segments[i].begin &&
                        plan->segments[i].end == general->segments[i].end &&
                        plan->segments[i].units == general->segments[i].units);
    for (std::size_t i = 0; i < plan->forced_ucs2.size(); ++i)
      SMSPDU_FUZZ_CHECK(plan->forced_ucs2[i].code_point == general->forced_ucs2[i].code_point &&
                        plan->forced_ucs2[i].offset == general->forced_ucs2[i].offset);
  }
  if (!plan) {
    SMSPDU_FUZZ_CHECK(plan.error().offset <= text.size());
    return 0;
  }
  SMSPDU_FUZZ_CHECK(plan->segment_count() >= 1 && plan->segment_count() <= o.max_segments);
  std::size_t at = 0;
  std::size_t units = 0;
  for (const auto& span : plan->segments) {
    SMSPDU_FUZZ_CHECK(span.begin == at && span.end >= span.begin);
    SMSPDU_FUZZ_CHECK(span.units <= plan->capacity);
    at = span.end;
    units += span.units;
  }
  SMSPDU_FUZZ_CHECK(at == text.size());
  SMSPDU_FUZZ_CHECK(units == plan->units);

  // The segments, reassembled last to first, give the text back too.
  static smspdu::reassembler<1, 255> joiner;
  std::string reassembled;
  std::string joined;
  std::size_t handed = 0;
  static smspdu::text_segment segments[255];
  const auto split = smspdu::split_text(text, o, [&](const smspdu::text_segment& s) {
    segments[handed] = s;
    ++handed;
    SMSPDU_FUZZ_CHECK(s.sequence == handed && s.total == plan->segment_count());
    SMSPDU_FUZZ_CHECK(smspdu::payload_units(s.ud, s.dcs) == plan->segments[s.sequence - 1].units);
    const auto part = smspdu::text_of(s.ud, s.dcs);
    SMSPDU_FUZZ_CHECK(part.has_value());
    joined.append(part->data(), part->size());
  });
  SMSPDU_FUZZ_CHECK(split.has_value() && handed == plan->segment_count());
  SMSPDU_FUZZ_CHECK(joined == text);
  for (std::size_t i = handed; i-- > 0;) {
    const auto event = joiner.add(smspdu::address{}, segments[i].dcs, segments[i].ud, 0);
    SMSPDU_FUZZ_CHECK(event.has_value());
    SMSPDU_FUZZ_CHECK((event->status == smspdu::reassembly_status::complete) == (i == 0));
    if (i == 0) reassembled = std::string(joiner.text());
  }
  SMSPDU_FUZZ_CHECK(reassembled == text);
  SMSPDU_FUZZ_CHECK(joiner.pending() == 0);
  return 0;
}
