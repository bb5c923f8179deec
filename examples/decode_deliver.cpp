// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Decoding a received message as a modem prints it after +CMT or +CMGR.
#include <smspdu/smspdu.hpp>

#include <cstdio>
#include <string_view>

int main() {
  const auto pdu = smspdu::decode_pdu_hex(
      "07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37",
      smspdu::direction::sc_to_ms);
  if (!pdu) {
    std::printf("error %s at hex digit %zu\n", smspdu::to_string(pdu.error().code).data(),
                pdu.error().offset);
    return 1;
  }
  const auto& deliver = std::get<smspdu::sms_deliver>(pdu->message);
  const auto text = smspdu::text_of(deliver);
  const auto when = smspdu::to_iso8601(deliver.service_centre_time);
  std::printf("from %.*s at %.*s: %.*s\n", static_cast<int>(deliver.originator.text().size()),
              deliver.originator.text().data(), static_cast<int>(when.size()), when.data(),
              static_cast<int>(text->size()), text->data());
  return deliver.originator.text() == "27838890001" &&
                 std::string_view(when.data(), when.size()) == "1999-03-29T15:16:59+02:00" &&
                 std::string_view(text->data(), text->size()) == "hellohello"
             ? 0
             : 1;
}
