// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// The reassembler fed arbitrary parts. Input: a sequence of parts, each
// [sender 0..3][DCS][clock step][UD length n][n octets of TP-UD with a
// header]; the header is whatever the octets say, so concatenation elements
// are valid, invalid, repeated or conflicting at random. Whatever comes,
// add() answers without crashing, memory stays within its bounds, and a
// complete message is well-formed UTF-8 text or data.
#include <smspdu/reassembly.hpp>

#include <string_view>

#include "fuzz_support.hpp"

namespace {
bool well_formed_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto step = smspdu::detail::next_code_point(text.data(), text.size(), i);
    if (step.units == 0) return false;
    i += step.units;
  }
  return true;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static smspdu::reassembler<3, 4> joiner;
  joiner = smspdu::reassembler<3, 4>{};
  const smspdu::address senders[4] = {smspdu::phone_number("+491711111111").value(),
                                      smspdu::phone_number("+491722222222").value(),
                                      smspdu::alphanumeric_address("Bank").value(), smspdu::address{}};
  fuzz::input in{data, size};
  std::uint64_t now = 0;
  while (in.size > 0) {
    const std::uint8_t who = in.take();
    const auto& sender = senders[who & 3u];
    const smspdu::data_coding_scheme dcs{in.take()};
    now += in.take();
    // TP-UDHI, TP-UDL and TP-UD as a DELIVER carries them; only what the
    // TPDU decoder accepts (detail::check_user_data) reaches a reassembler.
    smspdu::user_data ud;
    ud.has_header = (who & 4u) == 0;
    ud.length = in.take();
    const std::size_t octets =
        dcs.user_data_in_septets() ? smspdu::octets_length_from_septets(ud.length) : ud.length;
    for (std::size_t i = 0; i < octets && i < ud.octets.capacity() && in.size > 0; ++i) ud.octets.push_back(in.take());
    if (!smspdu::detail::check_user_data(ud, dcs, 0)) continue;
    const auto event = joiner.add(sender, dcs, ud, now);
    SMSPDU_FUZZ_CHECK(joiner.pending() <= 3);
    if (!event) {
      SMSPDU_FUZZ_CHECK(event.error().code == smspdu::errc::too_many_segments);
      continue;
    }
    SMSPDU_FUZZ_CHECK(event->received <= event->key.total || event->key.total == 1);
    if (event->status == smspdu::reassembly_status::complete) {
      if (event->is_text) SMSPDU_FUZZ_CHECK(well_formed_utf8(joiner.text()));
      else SMSPDU_FUZZ_CHECK(joiner.text().empty());
    }
    (void)joiner.expire(now, 100, [](const smspdu::expired_message& e) {
      SMSPDU_FUZZ_CHECK(e.present.size() == e.received);
    });
  }
  return 0;
}
