// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Decoding a received message as a modem prints it: after an unsolicited
// "+CMT: [<alpha>],<length>" (TS 27.005 §3.4.1) or in the answer to AT+CMGR,
// "+CMGR: <stat>,[<alpha>],<length>" (§3.4.3, §4.2), the PDU comes on the next
// line. <length> counts the TPDU octets, without the SMSC address in front
// (§3.1), so it checks that the line came through whole.
//
// The +CMT PDU is the classic one of the dreamfabric.com tutorial; the +CMGR
// answer is a modem's, from Gammu's test suite (tests/at-sms/03.dump, in
// tests/data/pdus/harvested.jsonl as gammu-03).
#include <smspdu/smspdu.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

struct received {
  std::string from;
  std::string when;
  std::string text;
};

// The PDU line after the `response` line ("+CMT:" or "+CMGR:") in `output`,
// checked against the <length> its last field gives; empty on a mismatch.
std::string pdu_after(std::string_view output, std::string_view response) {
  const std::size_t at = output.find(response);
  if (at == std::string_view::npos) return {};
  const std::size_t end = output.find('\n', at);
  if (end == std::string_view::npos) return {};
  const std::string header(output.substr(at, end - at));
  const unsigned long length = std::strtoul(header.c_str() + header.rfind(',') + 1, nullptr, 10);
  std::string pdu(output.substr(end + 1, output.find('\n', end + 1) - end - 1));
  if (!pdu.empty() && pdu.back() == '\r') pdu.pop_back();
  // The SMSC address is its length octet (the first two digits) and that many octets.
  const std::size_t smsc_octets = 1 + std::strtoul(pdu.substr(0, 2).c_str(), nullptr, 16);
  if (pdu.size() % 2 != 0 || pdu.size() / 2 != smsc_octets + length) return {};
  return pdu;
}

received decode(const std::string& hex) {
  const auto pdu = smspdu::decode_pdu_hex(hex, smspdu::direction::sc_to_ms);
  if (!pdu) {
    std::printf("error %s at hex digit %zu\n", smspdu::to_string(pdu.error().code).data(), pdu.error().offset);
    return {};
  }
  const auto& deliver = std::get<smspdu::sms_deliver>(pdu->message);
  const auto text = smspdu::text_of(deliver);
  const auto when = smspdu::to_iso8601(deliver.service_centre_time);
  received r{std::string(deliver.originator.text()), std::string(when.data(), when.size()),
             text ? std::string(text->data(), text->size()) : std::string()};
  std::printf("from %s at %s: %s\n", r.from.c_str(), r.when.c_str(), r.text.c_str());
  return r;
}

}  // namespace

int main() {
  // The PDU alone.
  const auto pdu = smspdu::decode_pdu_hex(
      "07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37",
      smspdu::direction::sc_to_ms);
  if (!pdu) return 1;
  const auto& deliver = std::get<smspdu::sms_deliver>(pdu->message);
  const auto text = smspdu::text_of(deliver);                         // "hellohello"
  const auto when = smspdu::to_iso8601(deliver.service_centre_time);  // "1999-03-29T15:16:59+02:00"
  if (!text || deliver.originator.text() != "27838890001" ||
      std::string_view(when.data(), when.size()) != "1999-03-29T15:16:59+02:00" ||
      std::string_view(text->data(), text->size()) != "hellohello")
    return 1;

  // The same message as a new-message indication (AT+CNMI=2,2): 28 TPDU octets.
  const std::string unsolicited =
      "\r\n+CMT: ,28\r\n07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37\r\n";
  const received cmt = decode(pdu_after(unsolicited, "+CMT:"));

  // A modem's answer to AT+CMGR=1: stat 1 (received, read), no <alpha>, 25 octets.
  const std::string read_answer =
      "AT+CMGR=1\n+CMGR: 1,,25\n0791198948004544040C9119894882006200007050307040042206CF35689E9603\nOK\n";
  const received cmgr = decode(pdu_after(read_answer, "+CMGR:"));

  // A line cut short fails the length check instead of decoding to nonsense.
  const bool cut_refused = pdu_after("+CMGR: 1,,25\n0791198948004544040C91198948820062\n", "+CMGR:").empty();

  return cmt.from == "27838890001" && cmt.text == "hellohello" && cmgr.from == "919884280026" &&
                 cmgr.when == "2007-05-03T07:04:40+05:30" && cmgr.text == "Ok sir" && cut_refused
             ? 0
             : 1;
}
