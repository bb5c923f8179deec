// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// The one header test files include: Catch2 v3 when installed, else v2
// (Debian's catch2 2.13.10). Tests use only what both versions provide.
#ifndef SMSPDU_TESTS_SUPPORT_CATCH_HPP
#define SMSPDU_TESTS_SUPPORT_CATCH_HPP

#if defined(__has_include) && __has_include(<catch2/catch_test_macros.hpp>)
#  include <catch2/catch_test_macros.hpp>
#  include <catch2/generators/catch_generators.hpp>
#  include <catch2/generators/catch_generators_range.hpp>
#  include <catch2/catch_tostring.hpp>
#else
#  include <catch2/catch.hpp>
#endif

#endif  // SMSPDU_TESTS_SUPPORT_CATCH_HPP
