// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// The GSM 7-bit character tables of TS 23.038 and their selection: the
// default alphabet (§6.2.1) and its extension table (§6.2.1.1), and the
// national language locking shift (Annex A.3) and single shift (Annex A.2)
// tables, selected by the NLI carried in the user data header IEs 0x25 and
// 0x24 (TS 23.040 §9.2.3.24.15-16).
//
// The forward tables (septet -> character) are data generated from the
// project's checked TSV files. The reverse lookups (character -> septet) are
// derived from them at compile time, never typed a second time.
#ifndef SMSPDU_GSM7_TABLES_HPP
#define SMSPDU_GSM7_TABLES_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "config.hpp"
#include "detail/gsm7_table_data.hpp"

SMSPDU_BEGIN_NAMESPACE

/// National Language Identifier (TS 23.038 §6.2.1.2.4), the value of the
/// national language shift IEs. `none` (0) selects the default tables.
/// Values 14..255 are reserved: a decoder meeting them uses the default
/// tables, as TS 23.038 Annex C says a receiver ignores an IE it does not
/// support.
enum class national_language : std::uint8_t {
  none = 0,
  turkish = 1,
  spanish = 2,  ///< single shift table only (Annex A.3.2 is void)
  portuguese = 3,
  bengali = 4,
  gujarati = 5,
  hindi = 6,
  kannada = 7,
  malayalam = 8,
  oriya = 9,
  punjabi = 10,
  tamil = 11,
  telugu = 12,
  urdu = 13,
};

/// Number of NLI values with tables, plus `none`.
inline constexpr std::size_t national_language_count = 14;

/// The language's English name in lower case ("turkish"), "none", or
/// "reserved" for values 14..255.
[[nodiscard]] constexpr std::string_view to_string(national_language language) noexcept {
  constexpr std::string_view names[national_language_count] = {
      "none",     "turkish", "spanish", "portuguese", "bengali", "gujarati", "hindi",
      "kannada", "malayalam", "oriya", "punjabi",    "tamil",   "telugu",   "urdu"};
  const auto index = static_cast<std::size_t>(language);
  return index < national_language_count ? names[index] : std::string_view("reserved");
}

/// The pair of tables a GSM 7-bit text is encoded or decoded with. The
/// default-constructed value is the default alphabet with its extension
/// table (no national language IE).
struct gsm7_tables {
  /// IE 0x25: its locking shift table replaces the default alphabet.
  national_language locking_shift = national_language::none;
  /// IE 0x24: its single shift table replaces the default extension table,
  /// for the septet after each escape.
  national_language single_shift = national_language::none;

  friend constexpr bool operator==(gsm7_tables a, gsm7_tables b) noexcept {
    return a.locking_shift == b.locking_shift && a.single_shift == b.single_shift;
  }
  friend constexpr bool operator!=(gsm7_tables a, gsm7_tables b) noexcept { return !(a == b); }
};

/// The escape septet (TS 23.038 §6.2.1, position 0x1B): the next septet is
/// read from the extension or single shift table.
inline constexpr std::uint8_t gsm7_escape = 0x1B;

/// True when the language has a locking shift table (all but Spanish).
[[nodiscard]] constexpr bool has_locking_shift_table(national_language language) noexcept {
  const auto index = static_cast<std::size_t>(language);
  return index >= 1 && index < national_language_count && language != national_language::spanish;
}

/// True when the language has a single shift table (all 13 languages).
[[nodiscard]] constexpr bool has_single_shift_table(national_language language) noexcept {
  const auto index = static_cast<std::size_t>(language);
  return index >= 1 && index < national_language_count;
}

namespace detail {
inline constexpr const gsm7_table* locking_shift_tables[national_language_count] = {
    &tables::default_alphabet,  &tables::turkish_locking,   &tables::default_alphabet,
    &tables::portuguese_locking, &tables::bengali_locking,  &tables::gujarati_locking,
    &tables::hindi_locking,     &tables::kannada_locking,   &tables::malayalam_locking,
    &tables::oriya_locking,     &tables::punjabi_locking,   &tables::tamil_locking,
    &tables::telugu_locking,    &tables::urdu_locking};
inline constexpr const gsm7_table* single_shift_tables[national_language_count] = {
    &tables::default_extension, &tables::turkish_single,  &tables::spanish_single,
    &tables::portuguese_single, &tables::bengali_single,  &tables::gujarati_single,
    &tables::hindi_single,      &tables::kannada_single,  &tables::malayalam_single,
    &tables::oriya_single,      &tables::punjabi_single,  &tables::tamil_single,
    &tables::telugu_single,     &tables::urdu_single};
}  // namespace detail

/// The table that decodes septets outside an escape: the language's locking
/// shift table, or the default alphabet for `none`, Spanish and reserved NLIs.
[[nodiscard]] constexpr const gsm7_table& locking_shift_table(national_language language) noexcept {
  const auto index = static_cast<std::size_t>(language);
  return *detail::locking_shift_tables[index < national_language_count ? index : 0];
}

/// The table that decodes the septet after an escape: the language's single
/// shift table, or the default extension table for `none` and reserved NLIs.
[[nodiscard]] constexpr const gsm7_table& single_shift_table(national_language language) noexcept {
  const auto index = static_cast<std::size_t>(language);
  return *detail::single_shift_tables[index < national_language_count ? index : 0];
}

/// A reverse lookup, character -> septet, derived from one forward table.
/// Code points below U+0100 are indexed directly; the others (Greek, the euro
/// sign, Indic and Arabic letters) are kept sorted for a binary search.
class gsm7_reverse_table {
 public:
  static constexpr std::uint8_t absent = 0xFF;

  /// Builds the reverse of `forward`. Positions without a character are
  /// skipped. When a character stands at two positions (`*` and `¡` in the
  /// Indic and Urdu single shift tables) the lower septet wins, so encoding is
  /// deterministic; a decoder accepts both.
  constexpr explicit gsm7_reverse_table(const gsm7_table& forward) noexcept {
    for (auto& septet : latin_) septet = absent;
    for (std::size_t septet = 0; septet < forward.size(); ++septet) {
      const std::uint32_t c = forward[septet];
      if (c == no_character || find(c) != absent) continue;
      if (c < 0x100) {
        latin_[c] = static_cast<std::uint8_t>(septet);
      } else {
        // Insertion into the sorted tail; at most 128 entries.
        std::size_t at = other_count_;
        while (at > 0 && (others_[at - 1] >> 8) > c) {
          others_[at] = others_[at - 1];
          --at;
        }
        others_[at] = (c << 8) | static_cast<std::uint32_t>(septet);
        ++other_count_;
      }
    }
  }

  /// The reverse written out by tests/data/gsm7/generate_table_header.py for
  /// the spec's tables: the same contents as the constructor above builds,
  /// without evaluating it in every translation unit.
  constexpr explicit gsm7_reverse_table(const detail::tables::gsm7_reverse_data& data) noexcept
      : latin_(data.latin), others_(data.others), other_count_(data.other_count) {}

  /// The septet that encodes `c`, or `absent`.
  [[nodiscard]] constexpr std::uint8_t find(char32_t c) const noexcept {
    if (c < 0x100) return latin_[c];
    // Past the largest code point of the table (U+20AC in the default pair):
    // CJK, emoji and most scripts leave here without a search.
    if (other_count_ == 0 || c > (others_[other_count_ - 1] >> 8)) return absent;
    std::size_t low = 0;
    std::size_t high = other_count_;
    while (low < high) {
      const std::size_t middle = (low + high) / 2;
      const std::uint32_t key = others_[middle] >> 8;
      if (key == c) return static_cast<std::uint8_t>(others_[middle] & 0xFFu);
      if (key < c) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return absent;
  }

 private:
  std::array<std::uint8_t, 256> latin_{};
  std::array<std::uint32_t, 128> others_{};  // (code point << 8) | septet
  std::size_t other_count_ = 0;
};

namespace detail {
template <const tables::gsm7_reverse_data& Data>
inline constexpr gsm7_reverse_table reverse_of{Data};

inline constexpr const gsm7_reverse_table* locking_shift_reverses[national_language_count] = {
    &reverse_of<tables::default_alphabet_reverse>,  &reverse_of<tables::turkish_locking_reverse>,
    &reverse_of<tables::default_alphabet_reverse>,  &reverse_of<tables::portuguese_locking_reverse>,
    &reverse_of<tables::bengali_locking_reverse>,   &reverse_of<tables::gujarati_locking_reverse>,
    &reverse_of<tables::hindi_locking_reverse>,     &reverse_of<tables::kannada_locking_reverse>,
    &reverse_of<tables::malayalam_locking_reverse>, &reverse_of<tables::oriya_locking_reverse>,
    &reverse_of<tables::punjabi_locking_reverse>,   &reverse_of<tables::tamil_locking_reverse>,
    &reverse_of<tables::telugu_locking_reverse>,    &reverse_of<tables::urdu_locking_reverse>};
inline constexpr const gsm7_reverse_table* single_shift_reverses[national_language_count] = {
    &reverse_of<tables::default_extension_reverse>, &reverse_of<tables::turkish_single_reverse>,
    &reverse_of<tables::spanish_single_reverse>,    &reverse_of<tables::portuguese_single_reverse>,
    &reverse_of<tables::bengali_single_reverse>,    &reverse_of<tables::gujarati_single_reverse>,
    &reverse_of<tables::hindi_single_reverse>,      &reverse_of<tables::kannada_single_reverse>,
    &reverse_of<tables::malayalam_single_reverse>,  &reverse_of<tables::oriya_single_reverse>,
    &reverse_of<tables::punjabi_single_reverse>,    &reverse_of<tables::tamil_single_reverse>,
    &reverse_of<tables::telugu_single_reverse>,     &reverse_of<tables::urdu_single_reverse>};

// A pair of tables folded into one lookup for the code points where the
// default pair (§6.2.1 and its extension table §6.2.1.1) has characters:
// U+0000..U+00FF, U+0380..U+03FF (the Greek capitals) and U+20AC (the euro
// sign). Each code is what the encoder writes for the character, ready to be
// stored: the septet in bits 0-7, or the escape there and the septet in bits
// 8-15 (the locking table first, as gsm7_encoder::encode); bit 16 set (the
// AND of codes tells whether all are present) and the septet count in bits
// 24-31. 0 when neither table has the character. The generator writes the
// tables out; a test compares them with the reverse tables for every code
// point.
class gsm7_pair_codes {
 public:
  static constexpr char32_t greek_first = 0x380;
  static constexpr char32_t euro_sign = 0x20AC;
  static constexpr std::uint32_t present = 1u << 16;

  static constexpr std::uint32_t one_septet(std::uint8_t septet) noexcept { return 1u << 24 | present | septet; }
  static constexpr std::uint32_t escaped(std::uint8_t septet) noexcept {
    return 2u << 24 | present | std::uint32_t{septet} << 8 | 0x1Bu;  // 0x1B: the escape, §6.2.1
  }
  static constexpr std::uint32_t septets(std::uint32_t code) noexcept { return code >> 24; }

  // The tables of a (locking, single) pair of reverse lookups, as the
  // encoder asks them. Only tests evaluate it: default_pair_codes below views
  // the same tables written out by the generator, which a test holds equal.
  static constexpr tables::gsm7_pair_code_data build(const gsm7_reverse_table& locking,
                                                     const gsm7_reverse_table& single) noexcept {
    tables::gsm7_pair_code_data data{};
    const auto code_of = [&](char32_t c) -> std::uint32_t {
      const std::uint8_t direct = locking.find(c);
      if (direct != gsm7_reverse_table::absent) return one_septet(direct);
      const std::uint8_t shifted = single.find(c);
      if (shifted != gsm7_reverse_table::absent) return escaped(shifted);
      return 0;
    };
    for (char32_t c = 0; c < latin_count; ++c) data.codes[c] = code_of(c);
    for (char32_t k = 0; k < greek_count; ++k) data.codes[latin_count + k] = code_of(greek_first + k);
    data.euro = code_of(euro_sign);
    // Byte pairs lead, continuation: U+0080..U+03FF. Other pairs stay absent.
    for (auto& septet : data.two_byte_septets) septet = gsm7_reverse_table::absent;
    for (std::uint32_t c = 0x80; c < 0x400; ++c) {
      const std::uint32_t code = data.codes[two_byte_index(c)];
      const std::uint32_t pair = (0xC0u | c >> 6) << 8 | (0x80u | (c & 0x3Fu));
      if (septets(code) == 1) data.two_byte_septets[pair - two_byte_first] = static_cast<std::uint8_t>(code & 0x7Fu);
    }
    return data;
  }
  // A view of `data`, which must outlive it: the generated tables are the
  // ones the encoder reads, with no second copy of their 4 KB.
  constexpr explicit gsm7_pair_codes(const tables::gsm7_pair_code_data& data) noexcept : data_(&data) {}

  // The code of a character below U+0100 (an ASCII byte, or a decoded
  // two-byte UTF-8 sequence).
  [[nodiscard]] SMSPDU_ALWAYS_INLINE constexpr std::uint32_t latin(std::uint32_t c) const noexcept {
    return data_->codes[c];
  }
  // The code of a character U+0000..U+07FF (up to two UTF-8 bytes). One
  // array holds Latin-1, then the Greek block, then a 0 for everything
  // else: the index is chosen without a branch.
  [[nodiscard]] SMSPDU_ALWAYS_INLINE constexpr std::uint32_t two_byte(std::uint32_t c) const noexcept {
    return data_->codes[two_byte_index(c)];
  }
  // The septet of the two bytes `pair` (the first in bits 8-15, as they are
  // read big-endian) when they are the UTF-8 sequence of a character
  // U+0080..U+03FF that takes one septet; otherwise (also when the second
  // byte is no continuation byte) gsm7_reverse_table::absent. `pair` is
  // 0xC200..0xCFFF: lead bytes C2..CF, one row of 256 each. None of the
  // default pair's characters of two bytes takes an escape; a pair whose
  // did would get its code from two_byte.
  static constexpr std::uint32_t two_byte_first = 0xC200;
  static constexpr std::uint32_t two_byte_end = 0xD000;
  [[nodiscard]] SMSPDU_ALWAYS_INLINE constexpr std::uint8_t two_byte_septet(std::uint32_t pair) const noexcept {
    return data_->two_byte_septets[pair - two_byte_first];
  }
  [[nodiscard]] constexpr std::uint32_t euro() const noexcept { return data_->euro; }
  // The code of any code point: 0 outside the ranges above.
  [[nodiscard]] constexpr std::uint32_t find(char32_t c) const noexcept {
    if (c == euro_sign) return data_->euro;
    return c < 0x800 ? two_byte(c) : 0;
  }

 private:
  static constexpr std::uint32_t latin_count = 0x100;
  static constexpr std::uint32_t greek_count = 0x80;
  static constexpr std::uint32_t nowhere = latin_count + greek_count;  // the 0 at the end
  static SMSPDU_ALWAYS_INLINE constexpr std::uint32_t two_byte_index(std::uint32_t c) noexcept {
    const std::uint32_t greek = c - static_cast<std::uint32_t>(greek_first);
    std::uint32_t at = c < latin_count ? c : nowhere;
    if (greek < greek_count) at = latin_count + greek;
    return at;
  }
  // codes: U+0000..U+00FF, U+0380..U+03FF, 0; two_byte_septets: the pairs
  // two_byte_first..two_byte_end; euro.
  const tables::gsm7_pair_code_data* data_;
  static_assert(std::tuple_size<decltype(tables::gsm7_pair_code_data::codes)>::value == nowhere + 1);
  static_assert(std::tuple_size<decltype(tables::gsm7_pair_code_data::two_byte_septets)>::value == two_byte_end - two_byte_first);
};

// Whether `tables` select the default alphabet and its extension table
// (no NLI, Spanish locking shift, or reserved NLIs).
constexpr bool is_default_pair(gsm7_tables pair) noexcept {
  return &locking_shift_table(pair.locking_shift) == &tables::default_alphabet &&
         &single_shift_table(pair.single_shift) == &tables::default_extension;
}

inline constexpr gsm7_pair_codes default_pair_codes{tables::default_pair_codes_data};

// The UTF-8 of what each septet shows with the default pair (TS 23.038
// §6.2.1 and §6.2.1.1), ready to be stored: up to three bytes (the euro
// sign's), the first in the low octet, and their count in bits 24-31.
// `direct[s]` is septet s outside an escape (a space where the table has
// nothing); `escaped[s]` is ESC then s: the extension table's character, or
// where it has none the default alphabet's (§6.2.1.1), and a space for ESC
// ESC. Built from the tables at compile time, the same rules as decode_gsm7;
// a test compares the two for every septet and escape pair.
struct gsm7_utf8_codes {
  std::array<std::uint32_t, 128> direct{};
  std::array<std::uint32_t, 128> escaped{};

  static constexpr std::uint32_t utf8_of(char32_t c) noexcept {  // below U+10000 (the tables' characters)
    if (c < 0x80) return 1u << 24 | c;
    if (c < 0x800) return 2u << 24 | (0x80u | (c & 0x3Fu)) << 8 | (0xC0u | c >> 6);
    return 3u << 24 | (0x80u | (c & 0x3Fu)) << 16 | (0x80u | ((c >> 6) & 0x3Fu)) << 8 | (0xE0u | c >> 12);
  }
  static constexpr std::uint32_t space = 1u << 24 | 0x20u;

  constexpr gsm7_utf8_codes(const gsm7_table& locking, const gsm7_table& single) noexcept {
    for (std::size_t septet = 0; septet < direct.size(); ++septet) {
      direct[septet] = locking[septet] == no_character ? space : utf8_of(locking[septet]);
      escaped[septet] = septet == 0x1B                    ? space  // ESC ESC (§6.2.1.1 note 1)
                        : single[septet] != no_character ? utf8_of(single[septet])
                                                         : direct[septet];
    }
  }
};

inline constexpr gsm7_utf8_codes default_utf8_codes{tables::default_alphabet, tables::default_extension};

// The ASCII character of each septet of a locking shift table, or 0 where the
// septet is the escape or stands for a character beyond ASCII: what the
// decoders' eight-at-a-time fast path looks up. The generator writes the
// views out (tables::*_ascii); ascii_view is their definition, which a test
// holds them to.
using tables::gsm7_ascii_table;

constexpr gsm7_ascii_table ascii_view(const gsm7_table& forward) noexcept {
  gsm7_ascii_table ascii{};
  for (std::size_t septet = 0; septet < forward.size(); ++septet)
    if (septet != 0x1B && forward[septet] < 0x80) ascii[septet] = static_cast<std::uint8_t>(forward[septet]);
  return ascii;
}

inline constexpr const gsm7_ascii_table* locking_shift_ascii[national_language_count] = {
    &tables::default_alphabet_ascii,  &tables::turkish_locking_ascii,   &tables::default_alphabet_ascii,
    &tables::portuguese_locking_ascii, &tables::bengali_locking_ascii,   &tables::gujarati_locking_ascii,
    &tables::hindi_locking_ascii,     &tables::kannada_locking_ascii,   &tables::malayalam_locking_ascii,
    &tables::oriya_locking_ascii,     &tables::punjabi_locking_ascii,   &tables::tamil_locking_ascii,
    &tables::telugu_locking_ascii,    &tables::urdu_locking_ascii};

// Non-zero when a byte of `word` is not a character that the default
// alphabet (TS 23.038 §6.2.1) puts at its own ASCII position: the space to
// 'z' except $ @ [ \ ] ^ _ ` (LF and CR are too, but are left to the table
// lookups: a false "no" only costs speed). Where every byte passes,
// characters and septets are the same bytes, in both directions.
// Branch-free SWAR: b + (0x80 - v) has its high bit set exactly when
// b >= v, for bytes below 0x80 (a byte above makes the result non-zero
// whatever its carry does to the bytes above it).
SMSPDU_ALWAYS_INLINE constexpr std::uint64_t default_alphabet_outsiders(std::uint64_t word) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull;
  constexpr std::uint64_t highs = 0x8080808080808080ull;
  const auto at_least = [word](unsigned v) { return word + (0x80u - v) * ones; };
  const std::uint64_t inside = at_least(0x20) & ~at_least(0x7B);
  const std::uint64_t dollar = at_least(0x24) & ~at_least(0x25);
  const std::uint64_t at_sign = at_least(0x40) & ~at_least(0x41);
  const std::uint64_t brackets = at_least(0x5B) & ~at_least(0x61);
  return (word | ~(inside & ~(dollar | at_sign | brackets))) & highs;
}

// Whether every byte of `word` passes.
SMSPDU_ALWAYS_INLINE constexpr bool default_alphabet_identity(std::uint64_t word) noexcept {
  return default_alphabet_outsiders(word) == 0;
}

// The bytes from `text` on, in whole groups of eight, that are characters
// the default alphabet keeps at their ASCII codes (as above), at most
// `size`: the run the encoder packs as it is, eight septets a word, with no
// per-group test. Sixteen bytes a step with SSE2, which every x86-64 has,
// eight with SWAR elsewhere; a test compares both with the byte-by-byte
// definition.
// With `copy_to`, the bytes looked at are also copied there (it has room
// for `size` bytes), so that the run is in place when the search ends.
SMSPDU_ALWAYS_INLINE std::size_t identity_groups_swar(const char* text, std::size_t size,
                                                      std::uint8_t* copy_to = nullptr) noexcept {
  std::size_t n = 0;
  for (; n + 8 <= size; n += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, text + n, sizeof word);
    if (copy_to != nullptr) std::memcpy(copy_to + n, &word, sizeof word);
    if (default_alphabet_outsiders(word) != 0) break;
  }
  return n;
}

// The top bits of the eight bytes of `high_bits` (only top bits set), one
// bit a byte: bit k for byte k (SWAR: they land in bits 56..63 of a product
// without carries, one per byte).
SMSPDU_ALWAYS_INLINE constexpr std::uint64_t gather_high_bits(std::uint64_t high_bits) noexcept {
  return ((high_bits >> 7) * 0x0102040810204080ull) >> 56;
}

// The bytes of `word` not kept at their ASCII codes, one bit a byte: bit k
// for byte k.
// default_alphabet_outsiders is exact byte by byte only for bytes below 0x80
// (the carry of a byte above may spill into the next): those are tested
// with their top bits clear, and marked by them.
SMSPDU_ALWAYS_INLINE constexpr std::uint32_t default_alphabet_outsider_bits(std::uint64_t word) noexcept {
  constexpr std::uint64_t highs = 0x8080808080808080ull;
  const std::uint64_t marks = default_alphabet_outsiders(word & ~highs) | (word & highs);
  return static_cast<std::uint32_t>(gather_high_bits(marks));
}

#if SMSPDU_HAS_SSE2
// The same test on sixteen bytes: bit k of the result for byte k.
SMSPDU_ALWAYS_INLINE std::uint32_t default_alphabet_outsider_bits(__m128i b) noexcept {
  const auto byte = [](int v) { return _mm_set1_epi8(static_cast<char>(v)); };
  // An unsigned range lo..hi is where b - lo, saturated down by hi - lo, is
  // zero: 0x20..0x7A (0x80..0xFF are outside), and [ \ ] ^ _ ` (0x5B..0x60).
  // Equality compares only: GCC turns a "greater than a constant" into a
  // compare and an inversion.
  const auto within = [&](int lo, int hi) {
    return _mm_cmpeq_epi8(_mm_subs_epu8(_mm_sub_epi8(b, byte(lo)), byte(hi - lo)), _mm_setzero_si128());
  };
  const __m128i singles = _mm_or_si128(_mm_cmpeq_epi8(b, byte(0x24)), _mm_cmpeq_epi8(b, byte(0x40)));
  const __m128i kept = _mm_andnot_si128(_mm_or_si128(within(0x5B, 0x60), singles), within(0x20, 0x7A));
  return static_cast<std::uint32_t>(_mm_movemask_epi8(kept)) ^ 0xFFFFu;
}
#endif

// The bytes of the 64 at `text` that the UTF-8 encoder of the default pair
// looks at one by one: bit k set when text[k] is not kept at its ASCII code
// (default_alphabet_outsiders), except a continuation byte (80..BF) right
// after a lead byte of two (C0..DF) in the 64, which the lead's character
// takes with it. SSE2: sixteen bytes a step; SWAR elsewhere. A test compares
// both with this definition byte by byte.
SMSPDU_ALWAYS_INLINE std::uint64_t utf8_marks_swar64(const char* text) noexcept {
  constexpr std::uint64_t highs = 0x8080808080808080ull;
  std::uint64_t outsiders = 0, continuations = 0, leads = 0;
  for (unsigned k = 0; k < 64; k += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, text + k, sizeof word);
    outsiders |= std::uint64_t{default_alphabet_outsider_bits(word)} << k;
    // Bit 7 of each byte: set, with bit 6 clear (80..BF); set, with bit 6
    // set and bit 5 clear (C0..DF). Shifts move bits within a byte here.
    continuations |= gather_high_bits(word & ~(word << 1) & highs) << k;
    leads |= gather_high_bits(word & (word << 1) & ~(word << 2) & highs) << k;
  }
  return outsiders & ~(continuations & leads << 1);
}
SMSPDU_ALWAYS_INLINE std::uint64_t utf8_marks64(const char* text) noexcept {
#if SMSPDU_HAS_SSE2
  const auto byte = [](int v) { return _mm_set1_epi8(static_cast<char>(v)); };
  const auto load = [text](int at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + at)); };
  const auto bits = [](__m128i mask) { return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(mask))); };
  // Continuation bytes 80..BF of `b` (signed: not above -65) right after
  // lead bytes C0..DF, those of `before` (b's bytes one place earlier).
  const auto taken = [&](__m128i before, __m128i b) {
    const __m128i leads = _mm_cmpeq_epi8(_mm_and_si128(before, byte(0xE0)), byte(0xC0));
    return bits(_mm_andnot_si128(_mm_cmpgt_epi8(b, byte(-65)), leads));
  };
  const __m128i b0 = load(0), b1 = load(16), b2 = load(32), b3 = load(48);
  const std::uint64_t marks = std::uint64_t{default_alphabet_outsider_bits(b0)} |
                              std::uint64_t{default_alphabet_outsider_bits(b1)} << 16 |
                              std::uint64_t{default_alphabet_outsider_bits(b2)} << 32 |
                              std::uint64_t{default_alphabet_outsider_bits(b3)} << 48;
  if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(b0, b1), _mm_or_si128(b2, b3))) == 0) return marks;  // ASCII only
  // Nothing before byte 0; the predecessors of the other sixteens are the
  // sixteen bytes one place earlier.
  return marks & ~(taken(_mm_slli_si128(b0, 1), b0) | taken(load(15), b1) << 16 | taken(load(31), b2) << 32 |
                   taken(load(47), b3) << 48);
#else
  return utf8_marks_swar64(text);
#endif
}

#if SMSPDU_HAS_SSE2
SMSPDU_ALWAYS_INLINE std::size_t identity_groups(const char* text, std::size_t size,
                                                 std::uint8_t* copy_to = nullptr) noexcept {
  std::size_t n = 0;
  for (; n + 16 <= size; n += 16) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + n));
    if (copy_to != nullptr) _mm_storeu_si128(reinterpret_cast<__m128i*>(copy_to + n), b);
    const std::uint32_t mask = default_alphabet_outsider_bits(b);
    if (mask != 0) return n + ((mask & 0xFFu) == 0 ? 8 : 0);  // the first group may be whole
  }
  return n + identity_groups_swar(text + n, size - n, copy_to == nullptr ? nullptr : copy_to + n);
}
#else
SMSPDU_ALWAYS_INLINE std::size_t identity_groups(const char* text, std::size_t size,
                                                 std::uint8_t* copy_to = nullptr) noexcept {
  return identity_groups_swar(text, size, copy_to);
}
#endif

constexpr const gsm7_ascii_table& locking_shift_ascii_view(national_language language) noexcept {
  const auto index = static_cast<std::size_t>(language);
  return *locking_shift_ascii[index < national_language_count ? index : 0];
}
}  // namespace detail

/// Reverse lookup of locking_shift_table(language).
[[nodiscard]] constexpr const gsm7_reverse_table& locking_shift_reverse(
    national_language language) noexcept {
  const auto index = static_cast<std::size_t>(language);
  return *detail::locking_shift_reverses[index < national_language_count ? index : 0];
}

/// Reverse lookup of single_shift_table(language).
[[nodiscard]] constexpr const gsm7_reverse_table& single_shift_reverse(
    national_language language) noexcept {
  const auto index = static_cast<std::size_t>(language);
  return *detail::single_shift_reverses[index < national_language_count ? index : 0];
}

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_GSM7_TABLES_HPP
