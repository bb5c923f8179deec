// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Unicode text <-> the UCS-2 alphabet of SMS user data (TS 23.038 §6.2.3):
// 16-bit code units, most significant octet first. Like every current phone,
// smspdu reads and writes it as UTF-16BE, so characters beyond the Basic
// Multilingual Plane (emoji) travel as surrogate pairs. A surrogate that is
// not part of a pair is an error in both directions, never passed on.
#ifndef SMSPDU_UCS2_HPP
#define SMSPDU_UCS2_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "buffer.hpp"
#include "config.hpp"
#include "detail/octet_io.hpp"
#include "detail/unicode.hpp"
#include "result.hpp"

SMSPDU_BEGIN_NAMESPACE

namespace detail {

// UTF-16BE octet output that writes while there is room and counts all.
// `written` octets at the front are already there (a fast path wrote them).
class ucs2_writer {
 public:
  constexpr explicit ucs2_writer(octet_span out, std::size_t written = 0) noexcept
      : out_(out), written_(written) {}
  constexpr void put(char32_t c) noexcept {
    for_each_utf16_unit(c, [this](char32_t u) { unit(u); });
  }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return written_; }

 private:
  constexpr void unit(char32_t value) noexcept {
    octet(static_cast<std::uint8_t>(value >> 8));
    octet(static_cast<std::uint8_t>(value & 0xFF));
  }
  constexpr void octet(std::uint8_t value) noexcept {
    if (written_ < out_.size()) out_.data()[written_] = value;
    ++written_;
  }
  octet_span out_;
  std::size_t written_ = 0;
};

/// How far a run-time fast path got: input code units read, output code
/// units written. The general (constexpr) loop goes on from there.
struct text_progress {
  std::size_t read;
  std::size_t written;
};

#if SMSPDU_LITTLE_ENDIAN
// Run-time fast paths (little-endian targets). They take valid input only,
// and stop at anything else (an invalid or truncated sequence, an unpaired
// surrogate, the end of the output's room), so the general loop that goes on
// from there reports every error with its offset exactly as before. They
// work on windows: one bounds check for the input and one for the output
// cover every code point in the window. `Simd` selects the SSE2 block tests
// (SMSPDU_HAS_SSE2) over the portable SWAR ones; the tests run both.

SMSPDU_ALWAYS_INLINE std::uint32_t load_le16(const std::uint8_t* p) noexcept {
  std::uint16_t v = 0;
  std::memcpy(&v, p, sizeof v);
  return v;
}
SMSPDU_ALWAYS_INLINE std::uint32_t load_le32(const std::uint8_t* p) noexcept {
  std::uint32_t v = 0;
  std::memcpy(&v, p, sizeof v);
  return v;
}
SMSPDU_ALWAYS_INLINE void store_le16(void* p, std::uint32_t value) noexcept {
  const auto v = static_cast<std::uint16_t>(value);
  std::memcpy(p, &v, sizeof v);
}
SMSPDU_ALWAYS_INLINE std::uint32_t swap_octets16(std::uint32_t unit) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  return __builtin_bswap16(static_cast<std::uint16_t>(unit));
#else
  return ((unit >> 8) | (unit << 8)) & 0xFFFFu;
#endif
}
/// One UTF-16 code unit, most significant octet first (TS 23.038 §6.2.3).
SMSPDU_ALWAYS_INLINE void store_be16(std::uint8_t* p, std::uint32_t unit) noexcept {
  store_le16(p, swap_octets16(unit));
}

/// 16 ASCII bytes -> 32 octets of UTF-16BE (0x00 before each byte); false,
/// writing nothing, when a byte is not ASCII.
template <bool Simd>
SMSPDU_ALWAYS_INLINE bool ascii16_to_ucs2(const std::uint8_t* text, std::uint8_t* out) noexcept {
#if SMSPDU_HAS_SSE2
  if constexpr (Simd) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text));
    if (_mm_movemask_epi8(bytes) != 0) return false;
    const __m128i zero = _mm_setzero_si128();
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_unpacklo_epi8(zero, bytes));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 16), _mm_unpackhi_epi8(zero, bytes));
    return true;
  }
#endif
  const std::uint64_t first = load_le64(text);
  const std::uint64_t second = load_le64(text + 8);
  if (((first | second) & 0x8080808080808080ull) != 0) return false;
  // Byte k of four moves to octet 2k + 1, the low octet of its unit.
  const auto widen = [](std::uint64_t four) {
    four = (four | four << 16) & 0x0000FFFF0000FFFFull;
    return ((four | four << 8) & 0x00FF00FF00FF00FFull) << 8;
  };
  const std::uint64_t words[4] = {widen(first & 0xFFFFFFFFu), widen(first >> 32),
                                  widen(second & 0xFFFFFFFFu), widen(second >> 32)};
  std::memcpy(out, words, sizeof words);
  return true;
}

/// The UTF-8 sequence at text + i, whose first four bytes are `x` (first in
/// the low byte; zeros past the end of the input), as UTF-16BE at out + w;
/// advances both. False when it is not valid: RFC 3629 / Unicode table 3-7
/// checked by value (continuation bytes 10xxxxxx, then the value in the
/// range of its length: no overlong form, no surrogate, nothing above
/// U+10FFFF). A first byte 80..C1 or F5..FF is caught by the same checks.
SMSPDU_ALWAYS_INLINE bool utf8_sequence_to_ucs2(std::uint32_t x, std::uint8_t* out, std::size_t& i,
                                                std::size_t& w) noexcept {
  const std::uint32_t b0 = x & 0xFFu;
  if (b0 < 0x80) {
    store_be16(out + w, b0);
    i += 1;
    w += 2;
    return true;
  }
  if (b0 < 0xE0) {
    if ((x & 0xC0E0C0E0u) == 0x80C080C0u) {
      // Two 2-byte sequences (Cyrillic, Greek, Arabic...) at once. Each
      // first byte must be C2..DF: 0x1E bits not all zero, or the form is
      // overlong.
      const std::uint32_t first_bits = x & 0x001E001Eu;
      if (((first_bits + 0x7FFF7FFFu) & 0x80008000u) != 0x80008000u) return false;
      // Per 16-bit lane: 110abcde 10fghijk -> 00000abc defghijk, whose
      // octets go out in that order (big-endian) as the lane's two bytes.
      const std::uint32_t lead = x & 0x001F001Fu;
      const std::uint32_t units = (lead >> 2 & 0x00070007u) | (lead & 0x00030003u) << 14 | (x & 0x3F003F00u);
      std::memcpy(out + w, &units, sizeof units);
      i += 4;
      w += 4;
      return true;
    }
    const std::uint32_t c = (x & 0x1Fu) << 6 | (x >> 8 & 0x3Fu);
    if ((x & 0xC0E0u) != 0x80C0u || c < 0x80) return false;
    store_be16(out + w, c);
    i += 2;
    w += 2;
    return true;
  }
  if (b0 < 0xF0) {
    const std::uint32_t c = (x & 0x0Fu) << 12 | (x >> 8 & 0x3Fu) << 6 | (x >> 16 & 0x3Fu);
    if ((x & 0xC0C000u) != 0x808000u || c < 0x800 || c - 0xD800u < 0x800u) return false;
    store_be16(out + w, c);
    i += 3;
    w += 2;
    return true;
  }
  const std::uint32_t c =
      (x & 0x07u) << 18 | (x >> 8 & 0x3Fu) << 12 | (x >> 16 & 0x3Fu) << 6 | (x >> 24 & 0x3Fu);
  if ((x & 0xC0C0C0F8u) != 0x808080F0u || c - 0x10000u >= 0x100000u) return false;
  // A surrogate pair, high first (TS 23.040 §9.2.3.24: UCS2 read as UTF-16).
  const std::uint32_t high = 0xD800 + ((c - 0x10000) >> 10);
  const std::uint32_t low = 0xDC00 + (c & 0x3FF);
  const std::uint32_t units = swap_octets16(high) | swap_octets16(low) << 16;
  std::memcpy(out + w, &units, sizeof units);
  i += 4;
  w += 4;
  return true;
}

#if SMSPDU_HAS_SSE2
// The SSE2 run steps. Each looks at the 16 input bytes at hand, finds how
// long the run of one kind of character that starts there is, and converts
// as many characters as a register holds branch-free. Then a branch for each
// bit of the run's length stores exactly its octets (nothing past the
// output's end is ever written, as with the general loop) and advances by
// constants: the next load's address does not wait for this one's data
// (load, compare, movemask, count: some 20 cycles a step when it did), it
// is predicted, as in the one-character-at-a-time loop.

/// The number of leading lanes, `Bits` mask bits each, set in a 16-bit
/// _mm_movemask_epi8 mask: how long the run of good lanes is.
template <unsigned Bits>
SMSPDU_ALWAYS_INLINE std::size_t leading_lanes(unsigned mask) noexcept {
  return static_cast<std::size_t>(__builtin_ctz(~mask | 0x10000u)) / Bits;
}

/// Stores the first `Octets` (1..16) octets of r at p: at most two stores,
/// overlapping, never past p + Octets.
template <std::size_t Octets>
SMSPDU_ALWAYS_INLINE void store_first(std::uint8_t* p, __m128i r) noexcept {
  static_assert(Octets >= 1 && Octets <= 16, "one register");
  const auto four = [](std::uint8_t* at, __m128i v) {
    const auto bits = static_cast<std::uint32_t>(_mm_cvtsi128_si32(v));
    std::memcpy(at, &bits, 4);
  };
  if constexpr (Octets == 16) {
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p), r);
  } else if constexpr (Octets >= 8) {
    _mm_storel_epi64(reinterpret_cast<__m128i*>(p), r);
    if constexpr (Octets > 8)
      _mm_storel_epi64(reinterpret_cast<__m128i*>(p + Octets - 8), _mm_srli_si128(r, Octets - 8));
  } else if constexpr (Octets >= 4) {
    four(p, r);
    if constexpr (Octets > 4) four(p + Octets - 4, _mm_srli_si128(r, Octets - 4));
  } else {
    const auto bits = static_cast<std::uint32_t>(_mm_cvtsi128_si32(r));
    if constexpr (Octets >= 2) store_le16(p, bits);
    if constexpr (Octets != 2) p[Octets - 1] = static_cast<std::uint8_t>(bits >> (8 * (Octets - 1)));
  }
}

/// The part of a run's take for bit `Bit` of its length n (see take_run).
template <std::size_t Bit, std::size_t In, std::size_t Out>
SMSPDU_ALWAYS_INLINE void take_part(std::size_t n, __m128i& lanes, std::uint8_t*& to, std::size_t& i,
                                    std::size_t& w) noexcept {
  if constexpr (Bit * Out <= 16) {
    if ((n & Bit) != 0) {
      store_first<Bit * Out>(to, lanes);
      if constexpr (Bit * Out < 16) lanes = _mm_srli_si128(lanes, Bit * Out);
      to += Bit * Out;
      i += Bit * In;
      w += Bit * Out;
    }
  }
}

/// Takes a run of n characters (n < 2 * Top) whose output is the first
/// Out * n octets of `lanes`, In input units each: stores exactly those
/// octets, and advances i and w by constants in a branch for each bit of n.
template <std::size_t Top, std::size_t In, std::size_t Out>
SMSPDU_ALWAYS_INLINE void take_run(std::size_t n, __m128i lanes, std::uint8_t* to, std::size_t& i,
                                   std::size_t& w) noexcept {
  take_part<Top, In, Out>(n, lanes, to, i, w);
  if constexpr (Top > 1) take_part<Top / 2, In, Out>(n, lanes, to, i, w);
  if constexpr (Top > 2) take_part<Top / 4, In, Out>(n, lanes, to, i, w);
  if constexpr (Top > 4) take_part<Top / 8, In, Out>(n, lanes, to, i, w);
}

/// How many two-byte sequences (U+0080..U+07FF: Cyrillic, Greek, Arabic,
/// Hebrew...) start `bytes`, checked as utf8_sequence_to_ucs2 does: 0..8.
SMSPDU_ALWAYS_INLINE std::size_t two_byte_run(__m128i bytes) noexcept {
  // Read as little-endian 16-bit lanes, a sequence 110abcde 10fghijk is
  // 10fghijk 110abcde: valid when it has that shape and abcd is not 0000
  // (overlong).
  const __m128i shaped = _mm_cmpeq_epi16(_mm_and_si128(bytes, _mm_set1_epi16(static_cast<short>(0xC0E0))),
                                         _mm_set1_epi16(static_cast<short>(0x80C0)));
  const __m128i overlong = _mm_cmpeq_epi16(_mm_and_si128(bytes, _mm_set1_epi16(0x001E)), _mm_setzero_si128());
  return leading_lanes<2>(static_cast<unsigned>(_mm_movemask_epi8(_mm_andnot_si128(overlong, shaped))));
}
/// The units of those sequences, 00000abc defghijk, high octet first.
SMSPDU_ALWAYS_INLINE __m128i two_byte_units(__m128i bytes) noexcept {
  return _mm_or_si128(
      _mm_or_si128(_mm_srli_epi16(_mm_and_si128(bytes, _mm_set1_epi16(0x001C)), 2), _mm_slli_epi16(bytes, 14)),
      _mm_and_si128(bytes, _mm_set1_epi16(0x3F00)));
}

/// Four three-byte sequences (bytes 3k..3k+2 of `bytes`, k = 0..3) as the
/// code points in 32-bit lanes, and how many of them from the first are
/// valid (U+0800..U+FFFF but surrogates: CJK, Hangul, Thai...) as
/// utf8_sequence_to_ucs2 checks them: 0..4.
struct three_byte_lanes {
  __m128i units;  ///< the code points as UTF-16BE, side by side
  std::size_t valid;
};
SMSPDU_ALWAYS_INLINE three_byte_lanes three_byte_run(__m128i bytes) noexcept {
  // Sequence k into 32-bit lane k: 1110abcd 10efghij 10klmnop.
  const __m128i pairs01 = _mm_unpacklo_epi32(bytes, _mm_srli_si128(bytes, 3));
  const __m128i pairs23 = _mm_unpacklo_epi32(_mm_srli_si128(bytes, 6), _mm_srli_si128(bytes, 9));
  const __m128i x = _mm_unpacklo_epi64(pairs01, pairs23);
  const __m128i shaped = _mm_cmpeq_epi32(_mm_and_si128(x, _mm_set1_epi32(0x00C0C0F0)), _mm_set1_epi32(0x008080E0));
  // abcdefgh ijklmnop: below 0x10000, so it compares as signed.
  const __m128i c = _mm_or_si128(
      _mm_or_si128(_mm_slli_epi32(_mm_and_si128(x, _mm_set1_epi32(0x0F)), 12),
                   _mm_srli_epi32(_mm_and_si128(x, _mm_set1_epi32(0x3F00)), 2)),
      _mm_srli_epi32(_mm_and_si128(x, _mm_set1_epi32(0x3F0000)), 16));
  // Valid from U+0800 (shorter is overlong), and not a surrogate D800..DFFF.
  const __m128i surrogate = _mm_cmpeq_epi32(_mm_and_si128(c, _mm_set1_epi32(0xF800)), _mm_set1_epi32(0xD800));
  const __m128i big_enough = _mm_cmpgt_epi32(c, _mm_set1_epi32(0x7FF));
  const __m128i valid = _mm_andnot_si128(surrogate, _mm_and_si128(shaped, big_enough));
  // High octet first in each unit, then the four units side by side:
  // sign-extended from 16 bits, packs_epi32 keeps them as they are.
  const __m128i swapped = _mm_or_si128(_mm_srli_epi32(c, 8), _mm_and_si128(_mm_slli_epi32(c, 8), _mm_set1_epi32(0xFF00)));
  return {_mm_packs_epi32(_mm_srai_epi32(_mm_slli_epi32(swapped, 16), 16), _mm_setzero_si128()),
          leading_lanes<4>(static_cast<unsigned>(_mm_movemask_epi8(valid)))};
}

/// UTF-8 -> UTF-16BE by runs while 16 input bytes and 32 octets of room
/// remain; `stopped` when it stopped at an invalid sequence.
SMSPDU_ALWAYS_INLINE text_progress utf8_runs_to_ucs2_sse2(const std::uint8_t* text, std::size_t size, std::uint8_t* out,
                                            std::size_t capacity, bool& stopped) noexcept {
  std::size_t i = 0;
  std::size_t w = 0;
  if (size < 16 || capacity < 32) return {i, w};
  const std::size_t last_i = size - 16;
  const std::size_t last_w = capacity - 32;
  const __m128i zero = _mm_setzero_si128();
  while (i <= last_i && w <= last_w) {
    const std::uint8_t lead = text[i];
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + i));
    if (lead < 0x80) {
      // A run of ASCII: 0x00 before each byte.
      const std::size_t n = leading_lanes<1>(~static_cast<unsigned>(_mm_movemask_epi8(bytes)) & 0xFFFFu);
      __m128i units = _mm_unpacklo_epi8(zero, bytes);
      std::uint8_t* to = out + w;
      if (n == 16) {
        _mm_storeu_si128(reinterpret_cast<__m128i*>(to), units);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(to + 16), _mm_unpackhi_epi8(zero, bytes));
        i += 16;
        w += 32;
        continue;
      }
      if ((n & 8) != 0) {
        _mm_storeu_si128(reinterpret_cast<__m128i*>(to), units);
        units = _mm_unpackhi_epi8(zero, bytes);
        to += 16;
        i += 8;
        w += 16;
      }
      take_run<4, 1, 2>(n, units, to, i, w);
      continue;
    }
    std::size_t n = 1;
    if (lead < 0xE0) {
      n = two_byte_run(bytes);
      take_run<8, 2, 2>(n, two_byte_units(bytes), out + w, i, w);
      if (n == 8) continue;  // the run may go on past the 16 bytes at hand
    } else if (lead < 0xF0) {
      const three_byte_lanes run = three_byte_run(bytes);
      n = run.valid;
      take_run<4, 3, 2>(n, run.units, out + w, i, w);
    } else if (!utf8_sequence_to_ucs2(load_le32(text + i), out, i, w)) {
      n = 0;
    }
    if (n == 0) {
      stopped = true;
      break;
    }
    // At most 16 bytes read and 16 octets written: up to two ASCII
    // characters after the run (a space, ", ", ". ") go out at once.
    for (int extra = 0; extra < 2 && i <= last_i + 15 && text[i] < 0x80; ++extra) {
      store_be16(out + w, text[i]);
      i += 1;
      w += 2;
    }
  }
  return {i, w};
}
#endif  // SMSPDU_HAS_SSE2

/// UTF-8 -> UTF-16BE at run time, as far as it goes (see above).
template <bool Simd>
inline text_progress utf8_to_ucs2_fast(const std::uint8_t* text, std::size_t size,
                                       std::uint8_t* out, std::size_t capacity) noexcept {
  std::size_t i = 0;
  std::size_t w = 0;
#if SMSPDU_HAS_SSE2
  if constexpr (Simd) {
    bool stopped = false;
    const text_progress done = utf8_runs_to_ucs2_sse2(text, size, out, capacity, stopped);
    if (stopped) return done;
    i = done.read;
    w = done.written;
  } else
#endif
  {
    // Windows of 16 bytes: 16 ASCII ones at once, or the code points that
    // start in the first 12, which end in the window and write at most 30
    // octets (never more than two per byte).
    while (size - i >= 16 && capacity - w >= 32) {
      if (ascii16_to_ucs2<Simd>(text + i, out + w)) {
        i += 16;
        w += 32;
        continue;
      }
      const std::size_t end = i + 12;
      do {
        if (!utf8_sequence_to_ucs2(load_le32(text + i), out, i, w)) return {i, w};
      } while (i < end);
    }
  }
  // Text that ends in 16 ASCII bytes or more: the last 16 as a block,
  // ending where the input ends. Those before i are already out, two octets
  // each, at the same places, and are written again with the same values.
  if (size >= 16 && size - i < 16 && capacity - w >= 2 * (size - i)) {
    const std::size_t from = size - 16;
    if (ascii16_to_ucs2<Simd>(text + from, out + w - 2 * (i - from))) {
      w += 2 * (size - i);
      i = size;
    }
  }
  // The last bytes: a check each; past the end of the input x holds zeros,
  // which no sequence accepts as a continuation byte.
  while (i < size && capacity - w >= 4) {
    std::uint32_t x = 0;
    if (size - i >= 4) {
      x = load_le32(text + i);
    } else {
      for (std::size_t k = size - i; k-- > 0;) x = x << 8 | text[i + k];
    }
    if (!utf8_sequence_to_ucs2(x, out, i, w)) break;
  }
  return {i, w};
}

/// 8 UTF-16BE code units below U+0080 -> 8 ASCII bytes; false, writing
/// nothing, when one is not.
template <bool Simd>
SMSPDU_ALWAYS_INLINE bool ascii_units8_to_utf8(const std::uint8_t* ucs2, char* out) noexcept {
  // Read as little-endian 16-bit lanes, an ASCII unit is 0x00 in the low
  // byte and 0x00..0x7F in the high one: lane & 0x80FF == 0.
#if SMSPDU_HAS_SSE2
  if constexpr (Simd) {
    const __m128i octets = _mm_loadu_si128(reinterpret_cast<const __m128i*>(ucs2));
    const __m128i outside = _mm_and_si128(octets, _mm_set1_epi16(static_cast<short>(0x80FF)));
    if (_mm_movemask_epi8(_mm_cmpeq_epi16(outside, _mm_setzero_si128())) != 0xFFFF) return false;
    const __m128i chars = _mm_srli_epi16(octets, 8);
    _mm_storel_epi64(reinterpret_cast<__m128i*>(out), _mm_packus_epi16(chars, chars));
    return true;
  }
#endif
  const std::uint64_t first = load_le64(ucs2);
  const std::uint64_t second = load_le64(ucs2 + 8);
  if (((first | second) & 0x80FF80FF80FF80FFull) != 0) return false;
  const auto narrow = [](std::uint64_t four) {  // the high byte of each lane
    four = (four >> 8) & 0x00FF00FF00FF00FFull;
    four = (four | four >> 8) & 0x0000FFFF0000FFFFull;
    return (four | four >> 16) & 0xFFFFFFFFull;
  };
  const std::uint64_t chars = narrow(first) | narrow(second) << 32;
  std::memcpy(out, &chars, sizeof chars);
  return true;
}

/// The UTF-16BE code unit at ucs2[2k] (and the next, when it completes a
/// pair or is in the same range: U+0080..U+07FF, or U+0800..U+FFFF inside a
/// window) as UTF-8 at out + w; advances both. False for an unpaired
/// surrogate, or a high one whose pair is cut by the end of the input.
/// `Windowed`: a unit after this one is known to exist, and 6 bytes of room.
template <bool Windowed>
SMSPDU_ALWAYS_INLINE bool ucs2_unit_to_utf8(const std::uint8_t* ucs2, std::size_t units, char* out,
                                            std::size_t& k, std::size_t& w) noexcept {
  const std::uint32_t u = swap_octets16(load_le16(ucs2 + 2 * k));
  if (u < 0x80) {
    out[w] = static_cast<char>(u);
    k += 1;
    w += 1;
    return true;
  }
  const bool has_next = Windowed || units - k >= 2;
  if (u < 0x800) {
    if (has_next) {
      // Two units U+0080..U+07FF at once (Cyrillic, Greek, Arabic...); this
      // one is, so only the next is checked.
      const std::uint32_t x = load_le32(ucs2 + 2 * k);
      if (swap_octets16(x >> 16) - 0x80u < 0x780u) {
        // Read as little-endian 16-bit lanes, a unit 00000abc defghijk is
        // defghijk 00000abc; it becomes 110abcde 10fghijk.
        const std::uint32_t bytes =
            0x80C080C0u | (x & 0x00070007u) << 2 | (x >> 14 & 0x00030003u) | (x & 0x3F003F00u);
        std::memcpy(out + w, &bytes, sizeof bytes);
        k += 2;
        w += 4;
        return true;
      }
    }
    store_le16(out + w, (0xC0 | u >> 6) | (0x80 | (u & 0x3F)) << 8);
    k += 1;
    w += 2;
    return true;
  }
  if (u - 0xD800u >= 0x800u) {
    if (Windowed) {
      // Two units U+0800..U+FFFF (not surrogates) at once: CJK, Hangul...
      const std::uint32_t v = swap_octets16(load_le16(ucs2 + 2 * k + 2));
      if (v >= 0x800 && v - 0xD800u >= 0x800u) {
        const auto three = [](std::uint32_t c) {
          return (0xE0 | c >> 12) | (0x80 | (c >> 6 & 0x3F)) << 8 | (0x80 | (c & 0x3F)) << 16;
        };
        const std::uint64_t six = three(u) | static_cast<std::uint64_t>(three(v)) << 24;
        std::memcpy(out + w, &six, 6);
        k += 2;
        w += 6;
        return true;
      }
    }
    store_le16(out + w, (0xE0 | u >> 12) | (0x80 | (u >> 6 & 0x3F)) << 8);
    out[w + 2] = static_cast<char>(0x80 | (u & 0x3F));
    k += 1;
    w += 3;
    return true;
  }
  if (u >= 0xDC00 || !has_next) return false;
  const std::uint32_t low = swap_octets16(load_le16(ucs2 + 2 * k + 2));
  if (low - 0xDC00u >= 0x400u) return false;
  const std::uint32_t c = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
  const std::uint32_t four = (0xF0 | c >> 18) | (0x80 | (c >> 12 & 0x3F)) << 8 |
                             (0x80 | (c >> 6 & 0x3F)) << 16 | (0x80 | (c & 0x3F)) << 24;
  std::memcpy(out + w, &four, sizeof four);
  k += 2;
  w += 4;
  return true;
}

#if SMSPDU_HAS_SSE2
/// UTF-16BE -> UTF-8 by runs (as utf8_runs_to_ucs2_sse2) while 8 input
/// units and 17 bytes of room remain: ASCII and U+0080..U+07FF runs in
/// SSE2, anything else a step of ucs2_unit_to_utf8; `stopped` when it
/// stopped at an unpaired surrogate.
SMSPDU_ALWAYS_INLINE text_progress ucs2_runs_to_utf8_sse2(const std::uint8_t* ucs2, std::size_t units, char* out,
                                            std::size_t capacity, bool& stopped) noexcept {
  std::size_t k = 0;
  std::size_t w = 0;
  // A step writes at most 16 bytes (8 two-byte characters), then one ASCII.
  if (units < 8 || capacity < 17) return {k, w};
  const std::size_t last_k = units - 8;
  const std::size_t last_w = capacity - 17;
  while (k <= last_k && w <= last_w) {
    const std::uint32_t first = swap_octets16(load_le16(ucs2 + 2 * k));
    // Read as little-endian 16-bit lanes, a unit hhhhhhhh llllllll is
    // llllllll hhhhhhhh: below U+0080 when lane & 0x80FF is 0, below
    // U+0800 when lane & 0x00F8 is.
    const __m128i lanes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(ucs2 + 2 * k));
    const __m128i ascii = _mm_cmpeq_epi16(_mm_and_si128(lanes, _mm_set1_epi16(static_cast<short>(0x80FF))),
                                          _mm_setzero_si128());
    auto* to = reinterpret_cast<std::uint8_t*>(out + w);
    if (first < 0x80) {
      const __m128i chars = _mm_srli_epi16(lanes, 8);
      const __m128i bytes = _mm_packus_epi16(chars, chars);
      take_run<8, 1, 1>(leading_lanes<2>(static_cast<unsigned>(_mm_movemask_epi8(ascii))), bytes, to, k, w);
      continue;
    }
    if (first < 0x800) {
      const __m128i two_byte =
          _mm_andnot_si128(ascii, _mm_cmpeq_epi16(_mm_and_si128(lanes, _mm_set1_epi16(0x00F8)), _mm_setzero_si128()));
      // 00000abc defghijk -> 110abcde 10fghijk, first byte in the low half.
      const __m128i pairs = _mm_or_si128(
          _mm_or_si128(_mm_and_si128(_mm_slli_epi16(lanes, 2), _mm_set1_epi16(0x001C)), _mm_srli_epi16(lanes, 14)),
          _mm_or_si128(_mm_and_si128(lanes, _mm_set1_epi16(0x3F00)), _mm_set1_epi16(static_cast<short>(0x80C0))));
      const std::size_t n = leading_lanes<2>(static_cast<unsigned>(_mm_movemask_epi8(two_byte)));
      take_run<8, 1, 2>(n, pairs, to, k, w);
      if (n == 8) continue;  // the run may go on past the 8 units at hand
    } else if (first - 0xD800u >= 0x800u) {
      // Up to 4 units U+0800..U+FFFF but surrogates (CJK, Hangul, Thai...):
      // 3 bytes each, 1110abcd 10efghij 10klmnop from abcdefgh ijklmnop.
      const __m128i high_octets = _mm_and_si128(lanes, _mm_set1_epi16(0x00F8));
      const __m128i shorter = _mm_cmpeq_epi16(high_octets, _mm_setzero_si128());
      const __m128i surrogate = _mm_cmpeq_epi16(high_octets, _mm_set1_epi16(0x00D8));
      const auto other = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(shorter, surrogate)));
      const __m128i c = _mm_unpacklo_epi16(_mm_or_si128(_mm_srli_epi16(lanes, 8), _mm_slli_epi16(lanes, 8)),
                                           _mm_setzero_si128());
      const __m128i three = _mm_or_si128(
          _mm_or_si128(_mm_srli_epi32(c, 12), _mm_and_si128(_mm_slli_epi32(c, 2), _mm_set1_epi32(0x3F00))),
          _mm_or_si128(_mm_and_si128(_mm_slli_epi32(c, 16), _mm_set1_epi32(0x3F0000)), _mm_set1_epi32(0x8080E0)));
      // The 3 bytes of each 32-bit lane side by side: 6 in each half, then
      // the upper half's after the lower's.
      const __m128i halves = _mm_or_si128(_mm_and_si128(three, _mm_set1_epi64x(0xFFFFFF)),
                                          _mm_and_si128(_mm_srli_epi64(three, 8), _mm_set1_epi64x(0xFFFFFF000000)));
      const __m128i bytes = _mm_or_si128(_mm_move_epi64(halves), _mm_slli_si128(_mm_srli_si128(halves, 8), 6));
      take_run<4, 1, 3>(leading_lanes<2>(~other & 0xFFu), bytes, to, k, w);
    } else if (!ucs2_unit_to_utf8<true>(ucs2, units, out, k, w)) {
      stopped = true;
      break;
    }
    // At most 4 of the 8 units at hand read, or a shorter run: an ASCII
    // unit after it, a space or punctuation mark, goes out at once.
    const std::uint32_t next = swap_octets16(load_le16(ucs2 + 2 * k));
    if (next < 0x80) {
      out[w] = static_cast<char>(next);
      k += 1;
      w += 1;
    }
  }
  return {k, w};
}
#endif  // SMSPDU_HAS_SSE2

/// UTF-16BE -> UTF-8 at run time, as far as it goes (see above).
template <bool Simd>
inline text_progress ucs2_to_utf8_fast(const std::uint8_t* ucs2, std::size_t units, char* out,
                                       std::size_t capacity) noexcept {
  std::size_t k = 0;
  std::size_t w = 0;
#if SMSPDU_HAS_SSE2
  if constexpr (Simd) {
    bool stopped = false;
    const text_progress done = ucs2_runs_to_utf8_sse2(ucs2, units, out, capacity, stopped);
    if (stopped) return done;
    k = done.read;
    w = done.written;
  } else
#endif
  {
    // Windows of 8 units: 8 ASCII ones at once, or the code points that
    // start in them, with a 9th unit for a step of two that starts at the
    // 8th: at most 3 bytes for each of the 9.
    while (units - k >= 9 && capacity - w >= 27) {
      if (ascii_units8_to_utf8<Simd>(ucs2 + 2 * k, out + w)) {
        k += 8;
        w += 8;
        continue;
      }
      const std::size_t end = k + 8;
      do {
        if (!ucs2_unit_to_utf8<true>(ucs2, units, out, k, w)) return {k, w};
      } while (k < end);
    }
  }
  // Text that ends in 8 ASCII units or more: the last 8 as a block, ending
  // where the input ends. Those before k are already out, one byte each, at
  // the same places, and are written again with the same values.
  if (units >= 8 && units - k <= 8 && capacity - w >= units - k) {
    const std::size_t from = units - 8;
    if (ascii_units8_to_utf8<Simd>(ucs2 + 2 * from, out + w - (k - from))) {
      w += units - k;
      k = units;
    }
  }
  while (k < units && capacity - w >= 4) {
    if (!ucs2_unit_to_utf8<false>(ucs2, units, out, k, w)) break;
  }
  return {k, w};
}
#endif  // SMSPDU_LITTLE_ENDIAN

template <class CharT>
constexpr result<std::size_t> to_ucs2(std::basic_string_view<CharT> text, octet_span out) noexcept {
  std::size_t i = 0;
  std::size_t written = 0;
#if SMSPDU_LITTLE_ENDIAN
  if constexpr (sizeof(CharT) == 1) {
    if (!SMSPDU_IS_CONSTANT_EVALUATED()) {
      const text_progress done = utf8_to_ucs2_fast<SMSPDU_HAS_SSE2 != 0>(
          reinterpret_cast<const std::uint8_t*>(text.data()), text.size(), out.data(), out.size());
      i = done.read;
      written = done.written;
    }
  }
#endif
  ucs2_writer writer(out, written);
  while (i < text.size()) {
    const code_point_step step = next_code_point(text.data(), text.size(), i);
    if (step.units == 0) return error{step.failure, i};
    writer.put(step.value);
    i += step.units;
  }
  if (writer.size() > out.size()) return error{errc::output_too_small, writer.size()};
  return writer.size();
}

template <class CharT>
constexpr result<std::size_t> from_ucs2(octet_view ucs2, span<CharT> out) noexcept {
  const std::uint8_t* octets = ucs2.data();
  const std::size_t units = ucs2.size() / 2;
  std::size_t k = 0;
  std::size_t written = 0;
#if SMSPDU_LITTLE_ENDIAN
  if constexpr (sizeof(CharT) == 1) {
    if (!SMSPDU_IS_CONSTANT_EVALUATED()) {
      const text_progress done = ucs2_to_utf8_fast<SMSPDU_HAS_SSE2 != 0>(
          octets, units, reinterpret_cast<char*>(out.data()), out.size());
      k = done.read;
      written = done.written;
    }
  }
#endif
  utf_writer<CharT> writer(out, written);
  const auto unit_at = [octets](std::size_t at) {
    return static_cast<char32_t>((static_cast<unsigned>(octets[2 * at]) << 8) | octets[2 * at + 1]);
  };
  for (; k < units; ++k) {
    const char32_t u = unit_at(k);
    if (!is_surrogate(u)) {
      writer.put(u);
      continue;
    }
    if (!is_high_surrogate(u) || k + 1 == units || !is_low_surrogate(unit_at(k + 1)))
      return error{errc::unpaired_surrogate, 2 * k};
    writer.put(0x10000 + ((u - 0xD800) << 10) + (unit_at(k + 1) - 0xDC00));
    ++k;
  }
  if (ucs2.size() % 2 != 0) return error{errc::odd_ucs2_length, ucs2.size() - 1};
  if (writer.overflowed()) return error{errc::output_too_small, writer.size()};
  return writer.size();
}

}  // namespace detail

// ---------------------------------------------------------------------------
// Encoding. Text error offsets (invalid_utf8, unpaired_surrogate,
// invalid_code_point) count code units of the input.

/// Octets that `text` takes as UCS-2 (2 per BMP character, 4 per pair).
[[nodiscard]] constexpr result<std::size_t> ucs2_length_from_utf8(std::string_view text) noexcept {
  return detail::needed_size(detail::to_ucs2(text, octet_span()));
}
/// The same for UTF-16 text; error offsets count UTF-16 code units.
[[nodiscard]] constexpr result<std::size_t> ucs2_length_from_utf16(
    std::u16string_view text) noexcept {
  return detail::needed_size(detail::to_ucs2(text, octet_span()));
}
/// The same for UTF-32 text; error offsets count code points.
[[nodiscard]] constexpr result<std::size_t> ucs2_length_from_utf32(
    std::u32string_view text) noexcept {
  return detail::needed_size(detail::to_ucs2(text, octet_span()));
}

/// Encodes `text` as UCS-2 (UTF-16BE) into `out`; returns the octets written.
/// Errors: the text errors above; output_too_small with offset = octets needed.
[[nodiscard]] constexpr result<std::size_t> utf8_to_ucs2(std::string_view text,
                                                         octet_span out) noexcept {
  return detail::to_ucs2(text, out);
}
/// The same for UTF-16 text; error offsets count UTF-16 code units.
[[nodiscard]] constexpr result<std::size_t> utf16_to_ucs2(std::u16string_view text,
                                                          octet_span out) noexcept {
  return detail::to_ucs2(text, out);
}
/// The same for UTF-32 text; error offsets count code points.
[[nodiscard]] constexpr result<std::size_t> utf32_to_ucs2(std::u32string_view text,
                                                          octet_span out) noexcept {
  return detail::to_ucs2(text, out);
}
#if SMSPDU_HAS_CHAR8_T
/// The same for C++20 char8_t UTF-8 text; error offsets count bytes.
[[nodiscard]] constexpr result<std::size_t> ucs2_length_from_utf8(
    std::u8string_view text) noexcept {
  return detail::needed_size(detail::to_ucs2(text, octet_span()));
}
/// The same for C++20 char8_t UTF-8 text; error offsets count bytes.
[[nodiscard]] constexpr result<std::size_t> utf8_to_ucs2(std::u8string_view text,
                                                         octet_span out) noexcept {
  return detail::to_ucs2(text, out);
}
#endif

// ---------------------------------------------------------------------------
// Decoding. Input error offsets count octets of the UCS-2 data:
// - unpaired_surrogate: the first octet of the offending code unit;
// - odd_ucs2_length: the last, unpaired octet.

/// UTF-8 code units that ucs2_to_utf8 writes for `ucs2`; its input errors.
[[nodiscard]] constexpr result<std::size_t> utf8_length_from_ucs2(octet_view ucs2) noexcept {
  return detail::needed_size(detail::from_ucs2(ucs2, span<char>()));
}
/// UTF-16 code units that ucs2_to_utf16 writes for `ucs2`; its input errors.
[[nodiscard]] constexpr result<std::size_t> utf16_length_from_ucs2(octet_view ucs2) noexcept {
  return detail::needed_size(detail::from_ucs2(ucs2, span<char16_t>()));
}

/// Decodes UCS-2 (UTF-16BE) octets to UTF-8; returns the code units written.
/// Errors: the input errors above; output_too_small with offset = code units
/// needed.
[[nodiscard]] constexpr result<std::size_t> ucs2_to_utf8(octet_view ucs2,
                                                         span<char> out) noexcept {
  return detail::from_ucs2(ucs2, out);
}
/// Decodes UCS-2 (UTF-16BE) octets to UTF-16; as ucs2_to_utf8.
[[nodiscard]] constexpr result<std::size_t> ucs2_to_utf16(octet_view ucs2,
                                                          span<char16_t> out) noexcept {
  return detail::from_ucs2(ucs2, out);
}

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_UCS2_HPP
