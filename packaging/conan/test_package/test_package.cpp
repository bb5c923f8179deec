// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Conan test package: packs "hellohello" into GSM 7-bit septets.
#include <smspdu/smspdu.hpp>

#include <array>
#include <cstdio>

int main() {
  std::array<std::uint8_t, 16> packed{};
  const auto size = smspdu::utf8_to_gsm7_packed("hellohello", packed);
  if (!size || size->octets != 9 || packed[0] != 0xE8) return 1;
  std::printf("smspdu %s packs hellohello into %zu octets\n", SMSPDU_VERSION_STRING, size->octets);
  return 0;
}
