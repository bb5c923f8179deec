// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Counts calls of the global allocation functions, which alloc_counter.cpp
// replaces for the whole test program.
#ifndef SMSPDU_TESTS_SUPPORT_ALLOC_COUNTER_HPP
#define SMSPDU_TESTS_SUPPORT_ALLOC_COUNTER_HPP

#include <cstddef>

namespace test {
/// Calls of any form of global operator new (or new[]) so far.
std::size_t allocation_count() noexcept;
}  // namespace test

#endif  // SMSPDU_TESTS_SUPPORT_ALLOC_COUNTER_HPP
