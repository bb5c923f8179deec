// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Language and library feature detection, the versioned namespace, and the
// one configuration hook (SMSPDU_ASSERT). Every other header includes this one.
#ifndef SMSPDU_CONFIG_HPP
#define SMSPDU_CONFIG_HPP

#include <cstdlib>  // std::abort, the default reaction to a broken precondition

#if defined(_MSVC_LANG)
#  define SMSPDU_CPLUSPLUS _MSVC_LANG
#else
#  define SMSPDU_CPLUSPLUS __cplusplus
#endif

#if SMSPDU_CPLUSPLUS < 201703L
#  error "smspdu needs C++17 or later"
#endif

#if defined(__has_include)
#  if __has_include(<version>)
#    include <version>
#  endif
#endif

/// 1 when compiled as C++20 or later. C++20 only adds API (span and char8_t
/// overloads); the behaviour of everything else is identical in both modes.
#if SMSPDU_CPLUSPLUS >= 202002L
#  define SMSPDU_CPP20 1
#else
#  define SMSPDU_CPP20 0
#endif

/// 1 when std::span is available, so the C++20 span overloads are declared.
#if SMSPDU_CPP20 && defined(__cpp_lib_span) && __cpp_lib_span >= 202002L
#  define SMSPDU_HAS_STD_SPAN 1
#else
#  define SMSPDU_HAS_STD_SPAN 0
#endif

/// 1 when char8_t exists, so std::u8string_view inputs are accepted.
#if defined(__cpp_char8_t) && __cpp_char8_t >= 201811L
#  define SMSPDU_HAS_CHAR8_T 1
#else
#  define SMSPDU_HAS_CHAR8_T 0
#endif

/// SMSPDU_IS_CONSTANT_EVALUATED() is true during constant evaluation. The
/// codecs use it to take memcpy-based word loads and stores at run time and
/// plain shifts in constant expressions. Where the compiler cannot tell, it
/// is always true: the portable path, still correct, only slower.
#if SMSPDU_CPP20 && defined(__cpp_lib_is_constant_evaluated)
#  include <type_traits>
#  define SMSPDU_IS_CONSTANT_EVALUATED() std::is_constant_evaluated()
#elif defined(__has_builtin)
#  if __has_builtin(__builtin_is_constant_evaluated)
#    define SMSPDU_IS_CONSTANT_EVALUATED() __builtin_is_constant_evaluated()
#  endif
#elif defined(_MSC_VER) && _MSC_VER >= 1925
#  define SMSPDU_IS_CONSTANT_EVALUATED() __builtin_is_constant_evaluated()
#endif
#ifndef SMSPDU_IS_CONSTANT_EVALUATED
#  define SMSPDU_IS_CONSTANT_EVALUATED() true
#endif

/// 1 on little-endian targets, where a 64-bit word load of octets p[0..7]
/// equals their little-endian value (GCC and Clang say so; MSVC targets are
/// all little-endian). 0 elsewhere: the shift-based paths are used.
#if defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__)
#  define SMSPDU_LITTLE_ENDIAN (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)
#elif defined(_MSC_VER)
#  define SMSPDU_LITTLE_ENDIAN 1
#else
#  define SMSPDU_LITTLE_ENDIAN 0
#endif

/// 1 where SSE2 intrinsics may be used: x86-64, whose baseline includes SSE2,
/// so no flag is needed. Define SMSPDU_NO_SIMD for the portable code only
/// (the tests compare both).
#if !defined(SMSPDU_NO_SIMD) && defined(__SSE2__) && (defined(__x86_64__) || defined(_M_X64))
#  define SMSPDU_HAS_SSE2 1
#  include <emmintrin.h>
#else
#  define SMSPDU_HAS_SSE2 0
#endif

/// 1 where GCC and Clang vector extensions (__attribute__((vector_size(16))))
/// map onto 128-bit registers every target processor has: SSE2 on x86, NEON
/// on Arm, little-endian only. No intrinsics, no flag; septet packing and
/// unpacking then go two words at a time. Define SMSPDU_NO_SIMD for the
/// portable scalar code only (the tests compare the two).
#if !defined(SMSPDU_NO_SIMD) && (defined(__GNUC__) || defined(__clang__)) && SMSPDU_LITTLE_ENDIAN && \
    (defined(__SSE2__) || defined(__ARM_NEON))
#  define SMSPDU_HAS_VECTOR_EXTENSIONS 1
#else
#  define SMSPDU_HAS_VECTOR_EXTENSIONS 0
#endif

/// 1 when the compiler targets BMI2 (-mbmi2, -march=haswell or later,
/// -march=native on such a machine): septet packing then uses PEXT/PDEP, one
/// instruction for each group of eight septets. Compile-time only, so there
/// is no dispatch cost. AMD processors before Zen 3 execute PEXT/PDEP in
/// microcode, slower than the portable code: build for them without BMI2 or
/// define SMSPDU_NO_BMI2. Tests compare both paths.
#if !defined(SMSPDU_NO_BMI2) && defined(__BMI2__) && (defined(__x86_64__) || defined(_M_X64))
#  define SMSPDU_HAS_BMI2 1
#  include <immintrin.h>
#else
#  define SMSPDU_HAS_BMI2 0
#endif

/// Forces inlining of the small helpers of the hot loops, so that their
/// state stays in registers (an out-of-line helper that takes the state by
/// reference makes every octet written reload it).
#if defined(__GNUC__) || defined(__clang__)
#  define SMSPDU_ALWAYS_INLINE __attribute__((always_inline)) inline
#elif defined(_MSC_VER)
#  define SMSPDU_ALWAYS_INLINE __forceinline
#else
#  define SMSPDU_ALWAYS_INLINE inline
#endif

/// Reaction to a violated precondition: a programming error such as reading
/// the value of a result that holds an error. Malformed *input* never reaches
/// this; it is always reported through result<T>. Define SMSPDU_ASSERT before
/// including smspdu to route it to your own handler. During constant
/// evaluation a violated precondition calls std::abort, which is not
/// constexpr, so the misuse becomes a compile error.
#ifndef SMSPDU_ASSERT
#  define SMSPDU_ASSERT(condition) ((condition) ? static_cast<void>(0) : std::abort())
#endif

// The versioned inline namespace keeps two majors of smspdu linked into one
// program from silently violating the one-definition rule.
#define SMSPDU_BEGIN_NAMESPACE \
  namespace smspdu {           \
  inline namespace v0 {
#define SMSPDU_END_NAMESPACE \
  }                          \
  }

#endif  // SMSPDU_CONFIG_HPP
