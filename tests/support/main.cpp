// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// The test runner, in its own translation unit. Our own main works with
// Catch2 v3, with Debian's v2 and with a v2 built without its main library.
#if defined(__has_include) && __has_include(<catch2/catch_session.hpp>)
#  include <catch2/catch_session.hpp>
int main(int argc, char* argv[]) { return Catch::Session().run(argc, argv); }
#else
#  define CATCH_CONFIG_MAIN
#  include <catch2/catch.hpp>
#endif
