// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// A consumer of smspdu: includes the umbrella header, checks a value at
// compile time and encodes at run time.
#include <smspdu/smspdu.hpp>

#include <array>

static_assert(smspdu::gsm7_length_from_utf8("hellohello").value() == 10,
              "smspdu is usable in constant expressions");

int main() {
  std::array<std::uint8_t, 16> packed{};
  const auto size = smspdu::utf8_to_gsm7_packed("hellohello", packed);
  return size && size->octets == 9 && packed[0] == 0xE8 ? 0 : 1;
}
