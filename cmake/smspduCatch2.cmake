# SPDX-License-Identifier: MIT
# Finds Catch2 for the tests: v3 when installed, else v2 (Debian's catch2
# 2.13.10). Only with SMSPDU_FETCH_DEPS=ON may a missing Catch2 be downloaded.
# Defines SMSPDU_CATCH2_MAJOR. Tests link Catch2::Catch2 and bring their own
# runner (tests/support/main.cpp), which works with every variant.
find_package(Catch2 3 QUIET CONFIG)
if(Catch2_FOUND)
  set(SMSPDU_CATCH2_MAJOR 3)
else()
  find_package(Catch2 2 QUIET CONFIG)
  if(Catch2_FOUND)
    set(SMSPDU_CATCH2_MAJOR 2)
  elseif(SMSPDU_FETCH_DEPS)
    include(FetchContent)
    FetchContent_Declare(Catch2
      GIT_REPOSITORY https://github.com/catchorg/Catch2.git
      GIT_TAG v3.7.1
      GIT_SHALLOW TRUE)
    FetchContent_MakeAvailable(Catch2)
    list(APPEND CMAKE_MODULE_PATH "${catch2_SOURCE_DIR}/extras")
    set(SMSPDU_CATCH2_MAJOR 3)
  else()
    message(FATAL_ERROR
      "smspdu tests need Catch2 (v3, or v2 as in Debian/Ubuntu: apt-get install catch2). "
      "Install it, pass -DSMSPDU_FETCH_DEPS=ON to download it, or -DSMSPDU_BUILD_TESTS=OFF.")
  endif()
endif()
include(Catch)
message(STATUS "smspdu: testing with Catch2 v${SMSPDU_CATCH2_MAJOR}")
