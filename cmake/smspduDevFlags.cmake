# SPDX-License-Identifier: MIT
# Warnings for smspdu's own tests, examples and benchmarks (never exported, never
# imposed on consumers). SMSPDU_DEVELOPER_MODE turns them into errors.
# SMSPDU_GCC_CLANG_WARNINGS is also what the headers_self_contained test
# (tests/CMakeLists.txt) compiles every header with, plus -Werror.
set(SMSPDU_GCC_CLANG_WARNINGS -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow)
add_library(smspdu_dev_flags INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(smspdu_dev_flags INTERFACE ${SMSPDU_GCC_CLANG_WARNINGS})
  if(SMSPDU_DEVELOPER_MODE)
    target_compile_options(smspdu_dev_flags INTERFACE -Werror)
  endif()
elseif(MSVC)
  target_compile_options(smspdu_dev_flags INTERFACE /W4 /permissive-)
  if(SMSPDU_DEVELOPER_MODE)
    target_compile_options(smspdu_dev_flags INTERFACE /WX)
  endif()
endif()
