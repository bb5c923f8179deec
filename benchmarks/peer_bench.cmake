# SPDX-License-Identifier: MIT
# smspdu_bench_peers: smspdu, libGammu and libosmocore timed on the same
# operations and fixtures in one binary, then a table of the ratios (see the
# comment at the top of peer_bench.cpp). Built when libgammu-dev and
# libosmocore-dev are found with pkg-config, like tests/peers;
# SMSPDU_PEER_TESTS=ON makes them required, OFF leaves the program out.
if(SMSPDU_PEER_TESTS STREQUAL "OFF")
  return()
endif()
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(SMSPDU_BENCH_GAMMU QUIET IMPORTED_TARGET gammu)
  pkg_check_modules(SMSPDU_BENCH_OSMOCORE QUIET IMPORTED_TARGET libosmogsm libosmocore)
endif()
if(NOT (SMSPDU_BENCH_GAMMU_FOUND AND SMSPDU_BENCH_OSMOCORE_FOUND))
  if(SMSPDU_PEER_TESTS STREQUAL "ON")
    message(FATAL_ERROR "SMSPDU_PEER_TESTS=ON needs libgammu-dev and libosmocore-dev (pkg-config gammu, libosmogsm, libosmocore) "
                        "for smspdu_bench_peers")
  endif()
  message(STATUS "smspdu: libGammu or libosmocore not found; smspdu_bench_peers is not built")
  return()
endif()

# Its own main(): checks the peers' outputs, runs the benchmarks, prints the table.
add_executable(smspdu_bench_peers peer_bench.cpp)
target_link_libraries(smspdu_bench_peers PRIVATE
  smspdu::smspdu smspdu_dev_flags benchmark::benchmark
  PkgConfig::SMSPDU_BENCH_GAMMU PkgConfig::SMSPDU_BENCH_OSMOCORE)
# The peers' headers are theirs: SYSTEM, so that their warnings do not meet
# -Werror (as in tests/peers/CMakeLists.txt).
target_include_directories(smspdu_bench_peers SYSTEM PRIVATE
  ${SMSPDU_BENCH_GAMMU_INCLUDE_DIRS} ${SMSPDU_BENCH_OSMOCORE_INCLUDE_DIRS})
if(BUILD_TESTING)
  add_test(NAME smspdu_bench_peers_smoke COMMAND smspdu_bench_peers --benchmark_min_time=0.001)
  set_tests_properties(smspdu_bench_peers_smoke PROPERTIES LABELS "benchmark")
endif()
