# SPDX-License-Identifier: MIT
# Helpers for the cmake -P scripts in this folder.

# smspdu_skip_or_fail(<message>): a tool the test needs is missing. Outside CI
# the test is skipped (the token below is the test's SKIP_REGULAR_EXPRESSION,
# tests/CMakeLists.txt); in CI, where .ci/run installs every tool and the
# environment variable CI is set (as GitHub Actions, GitLab CI and most other
# services set it), it fails.
function(smspdu_skip_or_fail text)
  if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" MATCHES "^(0|false|FALSE)$")
    message(FATAL_ERROR "${text} (CI is set, so this fails instead of skipping)")
  endif()
  message("SMSPDU_TEST_SKIPPED: ${text}")
endfunction()

# smspdu_run(<out-var> <command>...): runs a command that must succeed; sets
# <out-var> to its standard output, without the trailing newline.
function(smspdu_run out_var)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT code EQUAL 0)
    list(JOIN ARGN " " command)
    message(FATAL_ERROR "`${command}` failed (${code}):\n${out}${err}")
  endif()
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()

# smspdu_inspect_conan_recipe(<out-var> [EXPORT_TO <dir>]): what
# packaging/conan/conanfile.py sets, as JSON (inspect_conan_recipe.py); with
# EXPORT_TO, also the sources its export_sources() copies, into <dir>.
# Needs SOURCE_DIR and PYTHON.
function(smspdu_inspect_conan_recipe out_var)
  cmake_parse_arguments(arg "" "EXPORT_TO" "" ${ARGN})
  if(NOT PYTHON)
    message(FATAL_ERROR "python3 is needed to read the Conan recipe")
  endif()
  set(recipe "${SOURCE_DIR}/packaging/conan")
  set(export_args "")
  if(arg_EXPORT_TO)
    set(export_args --export-to "${arg_EXPORT_TO}")
  endif()
  smspdu_run(json "${PYTHON}" "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/inspect_conan_recipe.py" ${export_args}
             "${recipe}/conanfile.py" "${recipe}/test_package/conanfile.py")
  set(${out_var} "${json}" PARENT_SCOPE)
endfunction()
