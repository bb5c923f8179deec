// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Delivery reports for a long message. Each segment is an SMS-SUBMIT of its
// own with TP-SRR set (TS 23.040 §9.2.3.5) and its own TP-MR (§9.2.3.6); the
// service centre answers each with an SMS-STATUS-REPORT (§9.2.2.3) that
// carries the same TP-MR and the recipient (TP-RA), and TP-ST says whether
// that segment was delivered (§9.2.3.15). Matching a report needs both: a
// TP-MR is only 8 bits and counts across all messages the phone sends.
//
// Two reports are oFono's (unit/test-sms.c, test_sr_assembly: MR 4 and MR 5
// to +4915259911630, both delivered); the others are built here as an SMSC
// would send them and read back from PDU-mode hex, as a modem shows them
// after +CDS (TS 27.005 §3.4.1).
//
// Many modems replace TP-MR with their own counter and report the one they
// used in "+CMGS: <mr>" (TS 27.005 §3.5.1); record that one when they do.
#include <smspdu/smspdu.hpp>

#include <cstdio>
#include <string>
#include <vector>

namespace {

struct sent_segment {
  std::uint8_t message_reference = 0;
  smspdu::address recipient;
  std::string state = "no report yet";
  bool delivered = false;
};

// Applies one report to the segment it is about; false when it belongs to
// none of them (another message, or another recipient).
bool apply(const smspdu::sms_status_report& report, std::vector<sent_segment>& segments) {
  for (auto& s : segments) {
    // SMSCs write TP-RA in the form they routed it in: compare the digits.
    if (s.message_reference != report.message_reference || s.recipient.text() != report.recipient.text())
      continue;
    s.delivered = report.status.delivered();
    char status[8];
    std::snprintf(status, sizeof status, "0x%02X", unsigned{report.status.value});
    s.state = std::string(s.delivered ? "delivered" : "pending") + " (TP-ST " + status + ": " +
              std::string(report.status.description()) + ")";
    return true;
  }
  return false;
}

// An SMS-STATUS-REPORT as an SMSC sends it, as PDU-mode hex with its address.
std::string report_pdu(std::uint8_t message_reference, const char* recipient, std::uint8_t status) {
  smspdu::sms_status_report r;
  r.message_reference = message_reference;
  r.recipient = smspdu::phone_number(recipient).value();
  r.service_centre_time = smspdu::timestamp{2026, 3, 2, 9, 30, 0, 4};
  r.discharge_time = smspdu::timestamp{2026, 3, 2, 9, 30, 5, 4};
  r.status.value = status;
  const auto hex = smspdu::encode_pdu_hex(smspdu::pdu{smspdu::phone_number("+491722270333").value(), r});
  return hex ? std::string(hex->text()) : std::string();
}

}  // namespace

int main() {
  // 364 characters of GSM 7-bit text: 3 segments, 153 + 153 + 58 septets.
  std::string text;
  for (int i = 0; i < 7; ++i) text += "Line " + std::to_string(i) + ": the quick brown fox jumps over the lazy dog.";
  const auto to = smspdu::phone_number("+4915259911630").value();

  smspdu::submit_options options;
  options.status_report = true;   // TP-SRR in every segment
  options.message_reference = 4;  // segment i gets TP-MR 4 + i
  options.reference = 0x2A;
  std::vector<sent_segment> segments;
  const auto plan = smspdu::split_submit(to, text, options, [&](const smspdu::sms_submit& part) {
    const auto hex = smspdu::encode_pdu_hex(smspdu::pdu{std::nullopt, part});
    if (!hex) return;
    std::printf("AT+CMGS=%zu  TP-MR %u  %.20s...\n", hex->tpdu_octets, unsigned{part.message_reference},
                hex->text().data());
    segments.push_back(sent_segment{part.message_reference, part.destination, "no report yet", false});
  });
  if (!plan || segments.size() != 3) return 1;

  // The reports, in the order they arrive: oFono's are bare TPDUs, the
  // SMSC-built ones start with the SC address, as after +CDS.
  struct arrival {
    std::string hex;
    bool has_smsc;
  };
  const std::vector<arrival> received = {
      {"06040D91945152991136F00160124130340A0160124130940A00", false},  // oFono: MR 4, delivered
      {report_pdu(6, "+41791234567", 0x00), true},                     // MR 6 of another message
      {"06050D91945152991136F00160124130640A0160124130450A00", false},  // oFono: MR 5, delivered
      // MR 6: no response from the SME, still trying. TP-ST 0x20..0x3F is
      // not final: another report follows.
      {report_pdu(6, "+4915259911630", 0x22), true},
  };
  std::size_t unmatched = 0;
  for (const auto& r : received) {
    smspdu::result<smspdu::tpdu> message = smspdu::error{};
    if (r.has_smsc) {
      const auto pdu = smspdu::decode_pdu_hex(r.hex, smspdu::direction::sc_to_ms);
      if (pdu) message = pdu->message;
    } else if (const auto octets = smspdu::hex_to_octets(r.hex)) {
      message = smspdu::decode_tpdu(*octets, smspdu::direction::sc_to_ms);
    }
    const auto* report = message ? std::get_if<smspdu::sms_status_report>(&*message) : nullptr;
    if (report == nullptr) return 1;
    if (!apply(*report, segments)) {
      ++unmatched;
      std::printf("report for TP-MR %u to %s: not one of ours\n", unsigned{report->message_reference},
                  std::string(report->recipient.text()).c_str());
    }
  }
  for (std::size_t i = 0; i < segments.size(); ++i)
    std::printf("segment %zu (TP-MR %u): %s\n", i + 1, unsigned{segments[i].message_reference},
                segments[i].state.c_str());

  return segments[0].message_reference == 4 && segments[2].message_reference == 6 && segments[0].delivered &&
                 segments[1].delivered && !segments[2].delivered &&
                 segments[2].state.rfind("pending", 0) == 0 && unmatched == 1
             ? 0
             : 1;
}
