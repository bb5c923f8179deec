// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// A plain text SMS-SUBMIT in PDU mode, ready for AT+CMGS. The expected PDU is
// the classic one of the dreamfabric.com tutorial.
#include <smspdu/smspdu.hpp>

#include <array>
#include <cstdio>
#include <string_view>

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
  if (pdu->text() != "0011000B916407281553F80000AA0AE8329BFD4697D9EC37" || pdu->tpdu_octets != 23) return 1;

  // Or straight from the text into the TPDU (no sms_submit in between), as a
  // gateway that keeps nothing else would: the same 23 octets.
  std::array<std::uint8_t, smspdu::max_tpdu_octets> tpdu{};
  const auto to = smspdu::phone_number("+46708251358").value();
  const auto written = smspdu::encode_submit(to, "hellohello", tpdu, options);
  if (!written || *written != 23) return 1;
  const auto again = smspdu::octets_to_hex(smspdu::octet_view(tpdu.data(), *written));
  if (!again) return 1;
  std::printf("%.*s\n", static_cast<int>(again->size()), again->data());
  return std::string_view(again->data(), again->size()) == pdu->text().substr(2) ? 0 : 1;
}
