// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// A consumer of smspdu, built by every consumption test (tests/CMakeLists.txt:
// add_subdirectory, FetchContent, find_package, pkg-config): it includes the
// umbrella header, checks values at compile time, and decodes and encodes a
// PDU at run time. Exit code 0 means the encoded PDU is the expected one.
#include <smspdu/smspdu.hpp>

#include <cstdio>
#include <string_view>

static_assert(smspdu::gsm7_length_from_utf8("hellohello").value() == 10,
              "smspdu is usable in constant expressions");
static_assert(smspdu::hex_to_octets("0791").value()[1] == 0x91, "hex decoding is constexpr");

int main() {
  // The SMS-DELIVER of the dreamfabric.com PDU tutorial: "hellohello" from
  // 27838890001 through the SMSC +27381000015.
  const std::string_view expected =
      "07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37";
  const auto message = smspdu::decode_pdu_hex(expected, smspdu::direction::sc_to_ms);
  if (!message) return 1;
  const auto pdu = smspdu::encode_pdu_hex(*message);
  if (!pdu) return 1;
  std::printf("smspdu %s: %.*s\n", SMSPDU_VERSION_STRING, static_cast<int>(pdu->text().size()),
              pdu->text().data());
  return pdu->text() == expected ? 0 : 1;
}
