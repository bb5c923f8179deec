// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// The single source of the library version. CMake reads these lines before
// project(), and the packaging files are checked against them by a test.
#ifndef SMSPDU_VERSION_HPP
#define SMSPDU_VERSION_HPP

#define SMSPDU_VERSION_MAJOR 0
#define SMSPDU_VERSION_MINOR 1
#define SMSPDU_VERSION_PATCH 0

/// MAJOR * 10000 + MINOR * 100 + PATCH, for preprocessor comparisons.
#define SMSPDU_VERSION \
  (SMSPDU_VERSION_MAJOR * 10000 + SMSPDU_VERSION_MINOR * 100 + SMSPDU_VERSION_PATCH)

#define SMSPDU_DETAIL_STRINGIFY_(x) #x
#define SMSPDU_DETAIL_STRINGIFY(x) SMSPDU_DETAIL_STRINGIFY_(x)
/// "MAJOR.MINOR.PATCH"
#define SMSPDU_VERSION_STRING                          \
  SMSPDU_DETAIL_STRINGIFY(SMSPDU_VERSION_MAJOR)        \
  "." SMSPDU_DETAIL_STRINGIFY(SMSPDU_VERSION_MINOR) "." \
      SMSPDU_DETAIL_STRINGIFY(SMSPDU_VERSION_PATCH)

#endif  // SMSPDU_VERSION_HPP
