// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// A flash message: message class 0 (TS 23.038 clause 4), shown at once and
// not necessarily stored. (python3-gammu run here decodes the expected PDU
// below to class 0 and the same text.)
#include <smspdu/smspdu.hpp>

#include <cstdio>

int main() {
  smspdu::submit_options flash;
  flash.message_class = smspdu::message_class::class_0;
  const auto submit = smspdu::make_submit("+41791234567", "Alert: door open", flash);
  if (!submit) return 1;

  const auto pdu = smspdu::encode_pdu_hex(smspdu::pdu{std::nullopt, *submit});
  if (!pdu) return 1;
  std::printf("%.*s\n", static_cast<int>(pdu->text().size()), pdu->text().data());
  // DCS 0x10: GSM 7-bit with class 0.
  return submit->dcs.value == 0x10 && submit->dcs.is_flash() &&
                 pdu->text() == "0001000B911497214365F70010104176594ED781C8EFB71CF48697DD"
             ? 0
             : 1;
}
