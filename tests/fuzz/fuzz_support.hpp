// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Shared by the fuzz targets: a check that aborts (so libFuzzer records the
// input) and a cursor that takes parameters from the front of the input.
#ifndef SMSPDU_TESTS_FUZZ_FUZZ_SUPPORT_HPP
#define SMSPDU_TESTS_FUZZ_FUZZ_SUPPORT_HPP

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define SMSPDU_FUZZ_CHECK(condition)                                                   \
  do {                                                                                 \
    if (!(condition)) {                                                                \
      std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                    \
    }                                                                                  \
  } while (false)

namespace fuzz {
/// Takes octets from the front of the fuzz input, 0 once it is used up.
struct input {
  const std::uint8_t* data;
  std::size_t size;
  std::uint8_t take() {
    if (size == 0) return 0;
    --size;
    return *data++;
  }
};
}  // namespace fuzz

#endif  // SMSPDU_TESTS_FUZZ_FUZZ_SUPPORT_HPP
