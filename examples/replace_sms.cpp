// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// A replace-type message (TP-PID 0x41..0x47, TS 23.040 §9.2.3.9): a phone
// replaces the earlier message from the same sender with the same PID, for
// example a running score or a delivery status. (python3-gammu run here
// decodes both PDUs to replace type 1 and their texts.)
#include <smspdu/smspdu.hpp>

#include <cstdio>

int main() {
  smspdu::submit_options replace;
  replace.pid = smspdu::protocol_identifier::replace_short_message(1);  // 0x41
  const auto first = smspdu::make_submit("+41791234567", "Score 1:0", replace);
  const auto second = smspdu::make_submit("+41791234567", "Score 2:0", replace);
  if (!first || !second) return 1;

  for (const auto& submit : {*first, *second}) {
    const auto pdu = smspdu::encode_pdu_hex(smspdu::pdu{std::nullopt, submit});
    if (!pdu) return 1;
    std::printf("%.*s\n", static_cast<int>(pdu->text().size()), pdu->text().data());
  }
  const auto decoded = smspdu::decode_sms_submit(smspdu::encode(*second).value());
  return decoded && decoded->pid.is_replace() && decoded->pid.replace_type() == 1 ? 0 : 1;
}
