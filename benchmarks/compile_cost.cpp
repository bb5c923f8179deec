// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// The translation unit whose compile time benchmarks/compile_cost.sh reports:
// the umbrella header and one SMS-SUBMIT encoded, as a typical user file.
#include <smspdu/smspdu.hpp>

#include <cstdio>

int main() {
  const auto pdu = smspdu::encode(*smspdu::make_submit("+41791234567", "Hello from smspdu"));
  if (!pdu) return 1;
  for (std::uint8_t octet : *pdu) std::printf("%02X", octet);
  std::printf("\n");
  return 0;
}
