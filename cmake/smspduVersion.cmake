# SPDX-License-Identifier: MIT
# smspdu_read_version(<header> <out-var>): sets <out-var> to "MAJOR.MINOR.PATCH"
# from the SMSPDU_VERSION_* macros of include/smspdu/version.hpp, the one home
# of the version. Used before project() by CMakeLists.txt and, in script mode,
# by tests/packaging/check_versions.cmake.
function(smspdu_read_version header out_var)
  file(STRINGS "${header}" lines REGEX "^#define SMSPDU_VERSION_(MAJOR|MINOR|PATCH) [0-9]+$")
  set(parts "")
  foreach(part IN ITEMS MAJOR MINOR PATCH)
    if(NOT lines MATCHES "SMSPDU_VERSION_${part} ([0-9]+)")
      message(FATAL_ERROR "smspdu: SMSPDU_VERSION_${part} not found in ${header}")
    endif()
    list(APPEND parts "${CMAKE_MATCH_1}")
  endforeach()
  list(JOIN parts "." version)
  set(${out_var} "${version}" PARENT_SCOPE)
endfunction()
