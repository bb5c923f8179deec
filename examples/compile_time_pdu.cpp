// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// A whole SMS-SUBMIT built, encoded and decoded at compile time: every check
// below is a static_assert, so a wrong PDU does not compile. (main() checks
// once more at run time and prints the PDU.)
//
// The expected PDU is what libGammu 1.42 wrote for the same fields
// (tests/data/pdus/gammu-pdus.jsonl, gammu-gen-139): SMSC +491710760000,
// TP-RP and TP-SRR set, TP-MR 0x3F, to +491701234567, relative validity 0xFF
// (63 weeks), "flags RP+SRR".
#include <smspdu/smspdu.hpp>

#include <cstdio>
#include <string_view>

namespace {

constexpr std::string_view gammu_pdu = "0791947101670000B13F0C919471103254760000FF0C6676F83C0749A1ABA9540A";

constexpr auto submit = [] {
  smspdu::submit_options options;
  options.reply_path = true;       // TP-RP (TS 23.040 §9.2.3.17)
  options.status_report = true;    // TP-SRR (§9.2.3.5)
  options.message_reference = 0x3F;
  options.validity = smspdu::validity_period::relative_code(0xFF);  // TP-VP (§9.2.3.12.1)
  return smspdu::make_submit("+491701234567", "flags RP+SRR", options);
}();
static_assert(submit.has_value());

// The TPDU's own octets: TP-MTI 01 with TP-VPF 10, TP-SRR and TP-RP (0xB1), then TP-MR.
constexpr auto octets = smspdu::encode(*submit);
static_assert(octets.has_value() && octets->size() == 25);
static_assert((*octets)[0] == 0xB1 && (*octets)[1] == 0x3F);

// In PDU mode, with the SMSC address in front, as hex for AT+CMGS.
constexpr auto hex = smspdu::encode_pdu_hex(
    smspdu::pdu{smspdu::phone_number("+491710760000").value(), smspdu::tpdu(*submit)});
static_assert(hex.has_value());
static_assert(hex->text() == gammu_pdu);
static_assert(hex->tpdu_octets == 25);  // AT+CMGS=25: the SMSC address is not counted

// Gammu's PDU decodes to the same SUBMIT, also at compile time.
constexpr auto decoded = smspdu::decode_pdu_hex(gammu_pdu, smspdu::direction::ms_to_sc);
static_assert(decoded.has_value() && decoded->smsc->text() == "491710760000");
static_assert(std::get<smspdu::sms_submit>(decoded->message) == *submit);
static_assert([] {
  const auto text = smspdu::text_of(std::get<smspdu::sms_submit>(decoded->message));
  return text.has_value() && std::string_view(text->data(), text->size()) == "flags RP+SRR";
}());

}  // namespace

int main() {
  std::printf("AT+CMGS=%zu\n%.*s\n", hex->tpdu_octets, static_cast<int>(hex->text().size()), hex->text().data());
  return hex->text() == gammu_pdu ? 0 : 1;
}
