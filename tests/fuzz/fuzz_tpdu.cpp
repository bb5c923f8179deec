// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Every TPDU decoder: the first octet picks the direction, the report form,
// the SMSC prefix and the storage view; the rest is the PDU. Whatever decodes
// must encode again, and decode to the same value (decode -> encode -> decode
// is stable); whatever fails must fail at an offset inside the input.
#include <smspdu/smspdu.hpp>

#include <vector>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::input in{data, size};
  const std::uint8_t mode = in.take();
  const auto d = (mode & 1) != 0 ? smspdu::direction::ms_to_sc : smspdu::direction::sc_to_ms;
  smspdu::decode_options options;
  options.reports = (mode & 2) != 0 ? smspdu::report_form::error : smspdu::report_form::ack;
  options.reserved_type_as_deliver = (mode & 16) != 0;
  const bool with_smsc = (mode & 4) != 0;
  const bool stored = (mode & 8) != 0;
  const std::vector<std::uint8_t> octets(in.data, in.data + in.size);  // exact size

  smspdu::result<smspdu::pdu> decoded = smspdu::error{};
  if (with_smsc) {
    decoded = stored ? smspdu::decode_stored_pdu(octets) : smspdu::decode_pdu(octets, d, options);
  } else {
    const auto t = stored ? smspdu::decode_stored_tpdu(octets) : smspdu::decode_tpdu(octets, d, options);
    decoded = t ? smspdu::result<smspdu::pdu>(smspdu::pdu{std::nullopt, *t}) : t.error();
  }
  if (!decoded) {
    SMSPDU_FUZZ_CHECK(decoded.error().offset <= octets.size());
    return 0;
  }
  // Everything a decoded message says can be read.
  const auto& message = decoded->message;
  if (const auto* deliver = std::get_if<smspdu::sms_deliver>(&message)) {
    (void)smspdu::text_of(*deliver);
    (void)smspdu::header_of(deliver->ud).concatenation();
  } else if (const auto* submit = std::get_if<smspdu::sms_submit>(&message)) {
    (void)smspdu::text_of(*submit);
    (void)smspdu::header_of(submit->ud).application_ports();
  }
  // Encode again: the same length, and the same value when decoded.
  std::vector<std::uint8_t> again(smspdu::max_pdu_octets);
  std::size_t length = 0;
  if (with_smsc) {
    const auto n = smspdu::encode_pdu(*decoded, again);
    SMSPDU_FUZZ_CHECK(n.has_value());
    length = n->octets;
  } else {
    const auto n = smspdu::encode(message, again);
    SMSPDU_FUZZ_CHECK(n.has_value());
    length = *n;
  }
  SMSPDU_FUZZ_CHECK(length == octets.size());
  again.resize(length);
  const auto type = smspdu::type_of(message);
  const bool mobile_originated = type == smspdu::message_type::sms_submit ||
                                 type == smspdu::message_type::sms_command ||
                                 type == smspdu::message_type::sms_deliver_report;
  const auto way = mobile_originated ? smspdu::direction::ms_to_sc : smspdu::direction::sc_to_ms;
  if (with_smsc) {
    const auto twice = smspdu::decode_pdu(again, way, options);
    SMSPDU_FUZZ_CHECK(twice.has_value() && *twice == *decoded);
  } else {
    const auto twice = smspdu::decode_tpdu(again, way, options);
    SMSPDU_FUZZ_CHECK(twice.has_value() && *twice == message);
  }
  return 0;
}
