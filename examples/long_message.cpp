// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// A long message: counted, split into concatenated SMS-SUBMITs (TS 23.040
// §9.2.3.24.1), and, as the recipient would get them, reassembled from
// SMS-DELIVERs arriving out of order. The expected PDU of part 1 is what
// Gammu's ConcatenatedTextLong encoder wrote for the same text and reference
// (tests/data/pdus/gammu-pdus.jsonl, gammu-gen-176/177).
#include <smspdu/smspdu.hpp>

#include <cstdio>
#include <string>
#include <vector>

int main() {
  // 152 'a', then '{' (an escape pair: two septets), then 10 'b'.
  const std::string text = std::string(152, 'a') + "{" + std::string(10, 'b');

  // How it will go: GSM 7-bit, 2 segments of 153 septets at most; the escape
  // pair moves whole to segment 2.
  const auto plan = smspdu::count_segments(text);
  if (!plan) return 1;
  std::printf("%zu segments, %u + %u septets, %zu left\n", plan->segment_count(),
              unsigned{plan->segments[0].units}, unsigned{plan->segments[1].units}, plan->units_remaining());

  // The SMS-SUBMITs, one PDU each for AT+CMGS.
  smspdu::submit_options options;
  options.reference = 128;  // a new one for every message
  std::vector<std::string> pdus;
  const auto to = smspdu::phone_number("+491701234567").value();
  const auto sent = smspdu::split_submit(to, text, options, [&](const smspdu::sms_submit& part) {
    const auto hex = smspdu::encode_pdu_hex(smspdu::pdu{std::nullopt, part});
    if (hex) pdus.emplace_back(hex->text());  // one AT+CMGS each
  });
  if (!sent || pdus.size() != 2) return 1;
  for (const auto& pdu : pdus) std::printf("%s\n", pdu.c_str());

  // The recipient's side: DELIVERs in any order, joined in fixed memory (at
  // most 8 messages of 4 parts pending; static: the object is large).
  static smspdu::reassembler<8, 4> inbox;
  const auto from = smspdu::phone_number("+41791234567").value();
  std::vector<smspdu::sms_deliver> received;
  (void)smspdu::split_deliver(from, text, smspdu::timestamp{2026, 11, 24, 12, 0, 0, 4}, options,
                              [&](const smspdu::sms_deliver& part) { received.push_back(part); });
  std::string joined;
  for (auto part = received.rbegin(); part != received.rend(); ++part) {
    const auto event = inbox.add(*part, /* now, in seconds */ 0);
    if (event && event->status == smspdu::reassembly_status::complete) joined = std::string(inbox.text());
  }
  std::printf("reassembled: %s\n", joined == text ? "the same text" : "DIFFERENT");

  // TP-UDL 159 (7 septets of header, 152 of text), the header, the first septets.
  const std::string gammu_part1_user_data = "9F050003800201C2E170381C0E87C3E170381C";
  return plan->segment_count() == 2 && plan->segments[0].units == 152 && joined == text &&
                 pdus[0].find(gammu_part1_user_data) != std::string::npos
             ? 0
             : 1;
}
