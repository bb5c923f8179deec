# SPDX-License-Identifier: MIT
# Warnings for smspdu's own tests, examples and benchmarks (never exported, never
# imposed on consumers). SMSPDU_DEVELOPER_MODE turns them into errors.
add_library(smspdu_dev_flags INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(smspdu_dev_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow)
  if(SMSPDU_DEVELOPER_MODE)
    target_compile_options(smspdu_dev_flags INTERFACE -Werror)
  endif()
elseif(MSVC)
  target_compile_options(smspdu_dev_flags INTERFACE /W4 /permissive-)
  if(SMSPDU_DEVELOPER_MODE)
    target_compile_options(smspdu_dev_flags INTERFACE /WX)
  endif()
endif()
