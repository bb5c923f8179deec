// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Sending in PDU mode: what a program writes to the modem (TS 27.005).
//
//   AT+CMGF=0<CR>          PDU mode (§3.2.3)
//   AT+CMGS=<length><CR>   then wait for the "> " prompt (§3.5.1, §4.3)
//   <pdu><Ctrl-Z>          the PDU in hex; Ctrl-Z sends it, ESC cancels
//
// The modem answers "+CMGS: <mr>" and "OK". <pdu> starts with the SMSC
// address: "00" lets the modem use the one it has (AT+CSCA), or the address
// itself (TS 24.011 §8.2.5.2). <length> counts the TPDU octets only, never the
// SMSC part (§3.1, <length>), so it is the same either way.
//
// The expected PDUs are libGammu 1.42's for the same fields
// (tests/data/pdus/gammu-pdus.jsonl): gammu-gen-1, and the two parts of
// gammu-gen-166/167, a 161-character text with concatenation reference 0.
#include <smspdu/smspdu.hpp>

#include <cstdio>
#include <string>
#include <vector>

namespace {

// The two writes of one AT+CMGS, exactly as sent (TS 27.005 §4.3).
std::vector<std::string> cmgs(const smspdu::pdu_hex& pdu) {
  return {"AT+CMGS=" + std::to_string(pdu.tpdu_octets) + "\r", std::string(pdu.text()) + "\x1A"};
}

void print(const std::string& bytes) {
  std::string shown;
  for (const char c : bytes) {
    if (c == '\r') shown += "<CR>";
    else if (c == '\x1A') shown += "<Ctrl-Z>";
    else shown += c;
  }
  std::printf("%s\n", shown.c_str());
}

}  // namespace

int main() {
  const auto to = smspdu::phone_number("+491701234567").value();
  const auto smsc = smspdu::phone_number("+491710760000").value();
  smspdu::submit_options options;
  options.validity = smspdu::validity_period::relative_code(0xFF);  // as Gammu writes by default

  std::vector<std::string> session = {"AT+CMGF=0\r"};

  // One message, once with the SMSC address and once with "00".
  const auto submit = smspdu::make_submit(to, "Hello", options);
  if (!submit) return 1;
  const auto with_smsc = smspdu::encode_pdu_hex(smspdu::pdu{smsc, *submit});
  const auto without = smspdu::encode_pdu_hex(smspdu::pdu{std::nullopt, *submit});
  if (!with_smsc || !without) return 1;
  for (const auto& line : cmgs(*with_smsc)) session.push_back(line);
  for (const auto& line : cmgs(*without)) session.push_back(line);

  // A long message: one AT+CMGS per segment, each with its own length.
  // TP-MR counts up per segment (TS 23.040 §9.2.3.6); most modems put in
  // their own anyway.
  std::string text;
  for (int i = 0; i < 16; ++i) text += "0123456789";
  text += "X";
  options.message_reference = 0x1E;
  options.reference = 0;
  std::vector<smspdu::pdu_hex> parts;
  const auto plan = smspdu::split_submit_hex(smsc, to, text, options,
                                             [&](const smspdu::pdu_hex& part) { parts.push_back(part); });
  if (!plan || parts.size() != 2) return 1;
  for (const auto& part : parts)
    for (const auto& line : cmgs(part)) session.push_back(line);

  for (const auto& line : session) print(line);

  const std::string gammu_1 = "079194710167000011000C919471103254760000FF05C8329BFD06";
  const std::string gammu_166 =
      "0791947101670000511E0C919471103254760000FFA00500030002016031D98C56B3DD7039584C36A3D56C375C0E1693CD6835DB0D"
      "9783C564335ACD76C3E56031D98C56B3DD7039584C36A3D56C375C0E1693CD6835DB0D9783C564335ACD76C3E56031D98C56B3DD"
      "7039584C36A3D56C375C0E1693CD6835DB0D9783C564335ACD76C3E56031D98C56B3DD7039584C36A3D56C375C0E1693CD6835DB"
      "0D9783C564";
  const std::string gammu_167 = "0791947101670000511E0C919471103254760000FF0F05000300020266B49AED86CB6101";
  // Gammu gives both parts TP-MR 0x1E; from the SMSC address (16 digits),
  // the first octet (2) and TP-MR (2) on, part 2 is the same.
  const std::string part_2 = std::string(parts[1].text());
  const bool ok = session.size() == 9 && session[1] == "AT+CMGS=19\r" && session[2] == gammu_1 + "\x1A" &&
                  session[3] == "AT+CMGS=19\r" && session[4] == "00" + gammu_1.substr(16) + "\x1A" &&
                  session[5] == "AT+CMGS=154\r" && session[6] == gammu_166 + "\x1A" &&
                  session[7] == "AT+CMGS=28\r" && part_2.substr(0, 18) == gammu_167.substr(0, 18) &&
                  part_2.substr(18, 2) == "1F" && part_2.substr(20) == gammu_167.substr(20);
  return ok ? 0 : 1;
}
