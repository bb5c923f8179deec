# SPDX-License-Identifier: MIT
# Installs the build tree BUILD_DIR into PREFIX, emptied first so that files
# from an earlier install cannot stand in for ones this install lacks.
#   cmake -DBUILD_DIR=<dir> -DPREFIX=<dir> -P stage_install.cmake
include("${CMAKE_CURRENT_LIST_DIR}/common.cmake")
file(REMOVE_RECURSE "${PREFIX}")
smspdu_run(out "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}")
message("${out}")
