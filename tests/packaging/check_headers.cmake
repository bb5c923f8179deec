# SPDX-License-Identifier: MIT
# Every header under INCLUDE_DIR/smspdu (detail/ too) compiles as the only
# include of a translation unit (included twice, so a missing include guard
# shows), with each compiler in COMPILERS and each standard in STANDARDS,
# under FLAGS (the project's warnings plus -Werror). The headers are listed
# when the test runs, so a new one is checked without reconfiguring.
#
#   cmake -DINCLUDE_DIR=<dir> -DWORK_DIR=<scratch> "-DCOMPILERS=g++;clang++"
#         "-DSTANDARDS=17;20" "-DFLAGS=-Wall;...;-Werror" -P check_headers.cmake
#
# A compiler that is not installed is skipped outside CI (common.cmake).
include("${CMAKE_CURRENT_LIST_DIR}/common.cmake")

file(GLOB_RECURSE headers RELATIVE "${INCLUDE_DIR}" "${INCLUDE_DIR}/smspdu/*.hpp")
if(NOT headers)
  message(FATAL_ERROR "no headers found in ${INCLUDE_DIR}/smspdu")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
set(units "")
foreach(header IN LISTS headers)
  string(MAKE_C_IDENTIFIER "${header}" unit)
  file(WRITE "${WORK_DIR}/${unit}.cpp" "#include <${header}>\n#include <${header}>\n")
  list(APPEND units "${unit}")
endforeach()

set(failures "")
set(missing "")
set(checked 0)
foreach(compiler IN LISTS COMPILERS)
  unset(compiler_path)
  find_program(compiler_path NAMES ${compiler} NO_CACHE)
  if(NOT compiler_path)
    list(APPEND missing "${compiler}")
    continue()
  endif()
  foreach(standard IN LISTS STANDARDS)
    foreach(unit IN LISTS units)
      execute_process(
        COMMAND "${compiler_path}" -std=c++${standard} ${FLAGS} "-I${INCLUDE_DIR}" -fsyntax-only
                "${WORK_DIR}/${unit}.cpp"
        RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
      math(EXPR checked "${checked} + 1")
      if(NOT code EQUAL 0)
        list(APPEND failures "${compiler} -std=c++${standard}: ${unit}")
        message("${compiler} -std=c++${standard} ${WORK_DIR}/${unit}.cpp:\n${out}")
      endif()
    endforeach()
  endforeach()
endforeach()

list(LENGTH headers header_count)
message("${checked} compilations of ${header_count} headers")
if(failures)
  list(JOIN failures "\n  " failures)
  message(FATAL_ERROR "headers that do not compile on their own:\n  ${failures}")
endif()
if(missing)
  smspdu_skip_or_fail("not installed: ${missing}")
endif()
