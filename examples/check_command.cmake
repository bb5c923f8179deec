# SPDX-License-Identifier: MIT
# Runs a command for ctest and checks its exit code and output.
#   -DCOMMAND=<;-list> -DEXPECT_EXIT=<n> [-DEXPECT_REGEX=<regex>] [-DSTDIN_FILE=<file>]
if(DEFINED STDIN_FILE)
  execute_process(COMMAND ${COMMAND} INPUT_FILE "${STDIN_FILE}"
                  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
else()
  execute_process(COMMAND ${COMMAND} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
endif()
message("${out}${err}")
if(NOT code EQUAL EXPECT_EXIT)
  message(FATAL_ERROR "exit code ${code}, expected ${EXPECT_EXIT}")
endif()
if(DEFINED EXPECT_REGEX AND NOT "${out}${err}" MATCHES "${EXPECT_REGEX}")
  message(FATAL_ERROR "output does not match: ${EXPECT_REGEX}")
endif()
