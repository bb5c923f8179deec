// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// User data headers: parse the element list, then read every typed element.
// A parse either fails at an element inside the input or gives a header
// whose elements, walked, cover the input exactly.
#include <smspdu/udh.hpp>

#include <vector>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::vector<std::uint8_t> elements(data, data + size);
  const auto header = smspdu::user_data_header::parse(elements, 0);
  if (!header) {
    SMSPDU_FUZZ_CHECK(header.error().offset <= size);
    return 0;
  }
  std::size_t covered = 0;
  for (const auto element : *header) covered += 2 + element.data.size();
  SMSPDU_FUZZ_CHECK(covered == size);
  if (const auto c = header->concatenation()) SMSPDU_FUZZ_CHECK(c->sequence >= 1 && c->sequence <= c->total);
  (void)header->application_ports();
  (void)header->tables();
  // Rebuilding element by element gives the same header.
  smspdu::user_data_header rebuilt;
  for (const auto element : *header) SMSPDU_FUZZ_CHECK(rebuilt.add(element.id, element.data).has_value());
  SMSPDU_FUZZ_CHECK(rebuilt == *header);
  return 0;
}
