# SPDX-License-Identifier: MIT
# smspdu.pc in a staged install, used as pkg-config users use it:
#   pkg-config --modversion smspdu   is VERSION
#   pkg-config --cflags smspdu       is one -I, of the staged include directory
#   pkg-config --libs smspdu         is empty (header-only)
#   c++ $(pkg-config --cflags smspdu) -std=c++17 SOURCE   builds a program that runs
#
#   cmake -DPREFIX=<staged install> -DPKGCONFIGDIR=<rel> -DINCLUDEDIR=<rel> -DVERSION=<x.y.z>
#         -DCXX=<compiler> -DSOURCE=<consumer .cpp> -DWORK_DIR=<scratch> -P check_pkg_config.cmake
include("${CMAKE_CURRENT_LIST_DIR}/common.cmake")

find_program(pkg_config NAMES pkg-config pkgconf)
if(NOT pkg_config)
  smspdu_skip_or_fail("pkg-config is not installed")
  return()
endif()
# Only the staged prefix: PKG_CONFIG_LIBDIR replaces the default search path,
# so an smspdu.pc installed elsewhere on the machine cannot answer instead.
set(ENV{PKG_CONFIG_LIBDIR} "${PREFIX}/${PKGCONFIGDIR}")
set(ENV{PKG_CONFIG_PATH} "${PREFIX}/${PKGCONFIGDIR}")

smspdu_run(modversion "${pkg_config}" --modversion smspdu)
if(NOT modversion STREQUAL VERSION)
  message(FATAL_ERROR "pkg-config --modversion smspdu: '${modversion}', expected '${VERSION}'")
endif()

smspdu_run(cflags "${pkg_config}" --cflags smspdu)
string(STRIP "${cflags}" cflags)
file(REAL_PATH "${PREFIX}/${INCLUDEDIR}" expected_dir)
if(NOT cflags MATCHES "^-I([^ ]+)$")
  message(FATAL_ERROR "pkg-config --cflags smspdu: '${cflags}', expected one -I<dir>")
endif()
file(REAL_PATH "${CMAKE_MATCH_1}" include_dir)
if(NOT include_dir STREQUAL expected_dir)
  message(FATAL_ERROR "pkg-config --cflags smspdu: -I${include_dir}, expected -I${expected_dir}")
endif()

smspdu_run(libs "${pkg_config}" --libs smspdu)
string(STRIP "${libs}" libs)
if(NOT libs STREQUAL "")
  message(FATAL_ERROR "pkg-config --libs smspdu: '${libs}', expected nothing (header-only)")
endif()

file(MAKE_DIRECTORY "${WORK_DIR}")
separate_arguments(cflags_list UNIX_COMMAND "${cflags}")
smspdu_run(out "${CXX}" ${cflags_list} -std=c++17 "${SOURCE}" -o "${WORK_DIR}/pkg_config_consumer")
smspdu_run(out "${WORK_DIR}/pkg_config_consumer")
message("pkg-config --cflags smspdu: ${cflags}\n${out}")
