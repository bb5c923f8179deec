// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// A plain text SMS-SUBMIT in PDU mode, ready for AT+CMGS. The expected PDU is
// the classic one of the dreamfabric.com tutorial.
#include <smspdu/smspdu.hpp>

#include <cstdio>

int main() {
  smspdu::submit_options options;
  options.validity = smspdu::validity_period::relative_code(0xAA);  // 4 days
  const auto submit = smspdu::make_submit("+46708251358", "hellohello", options);
  if (!submit) return 1;

  // No SMSC address ("00"): the modem uses its own.
  const auto pdu = smspdu::encode_pdu_hex(smspdu::pdu{std::nullopt, *submit});
  if (!pdu) return 1;
  std::printf("AT+CMGS=%zu\n%.*s\n", pdu->tpdu_octets, static_cast<int>(pdu->text().size()),
              pdu->text().data());
  return pdu->text() == "0011000B916407281553F80000AA0AE8329BFD4697D9EC37" && pdu->tpdu_octets == 23 ? 0 : 1;
}
