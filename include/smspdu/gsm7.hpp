// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Unicode text <-> GSM 7-bit septets (TS 23.038 §6.2.1), unpacked (one septet
// per octet) or packed straight into TP-UD octets (§6.1.2.1.1).
//
// Encoding takes UTF-8, UTF-16 or UTF-32 text and a pair of tables
// (gsm7_tables). A character in the active locking table takes one septet; a
// character only in the active single shift (extension) table takes two:
// escape 0x1B and its position. Anything else is errc::unencodable_character
// at the character's code-unit offset: nothing is replaced by '?' silently.
//
// Decoding never fails on septet values; it follows TS 23.038 exactly:
// - 0x00 is '@', never a terminator; the septet count is always explicit;
// - ESC ESC shows one space (§6.2.1.1 note 1: reserved for a further table);
// - ESC followed by a position the extension/single shift table leaves empty
//   (including the reserved CR2 at 0x0D) shows the character at that position
//   of the active locking table (§6.2.1.1), so ESC 0x0D is CR;
// - an ESC as the last septet shows one space (the spec is silent; a space is
//   what a receiver without extension support shows for ESC);
// - a position a national locking table leaves empty shows a space (by
//   analogy with 03.38 §6.1.1: unused codes "are displayed as a space");
// - bit 7 of an unpacked septet is ignored.
#ifndef SMSPDU_GSM7_HPP
#define SMSPDU_GSM7_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "buffer.hpp"
#include "config.hpp"
#include "detail/octet_io.hpp"
#include "detail/unicode.hpp"
#include "gsm7_tables.hpp"
#include "limits.hpp"
#include "result.hpp"
#include "septet.hpp"

SMSPDU_BEGIN_NAMESPACE

/// Sizes of text packed by the utf*_to_gsm7_packed functions.
struct gsm7_packed_size {
  std::size_t septets = 0;  ///< septets written, escapes included (the TP-UDL contribution)
  std::size_t octets = 0;   ///< octets written, fill bits included

  friend constexpr bool operator==(gsm7_packed_size a, gsm7_packed_size b) noexcept {
    return a.septets == b.septets && a.octets == b.octets;
  }
  friend constexpr bool operator!=(gsm7_packed_size a, gsm7_packed_size b) noexcept {
    return !(a == b);
  }
};

namespace detail {

/// How one character is encoded: `septets` is 0 (not in the tables), 1 (the
/// locking table position `value`) or 2 (escape, then `value`).
struct gsm7_code {
  std::uint8_t septets;
  std::uint8_t value;
};

class gsm7_encoder {
 public:
  constexpr explicit gsm7_encoder(gsm7_tables tables) noexcept
      : locking_(&locking_shift_reverse(tables.locking_shift)),
        single_(&single_shift_reverse(tables.single_shift)) {}

  // The locking table is always preferred: characters in both tables of a
  // pair (Turkish and Portuguese repeat some) cost one septet, not two.
  // Looks the eight ASCII bytes of `chars` up one by one; true with their
  // septets in `group` when each takes exactly one.
  [[nodiscard]] SMSPDU_ALWAYS_INLINE constexpr bool ascii_one_septet_each(std::uint64_t chars,
                                                                          std::uint64_t& group) const noexcept {
    if ((chars & 0x8080808080808080ull) != 0) return false;
    // Written out, not looped: constant shifts, eight independent lookups.
    const auto septet = [&](unsigned k) -> std::uint64_t {
      return locking_->find(static_cast<std::uint8_t>(chars >> (8 * k)));
    };
    const std::uint64_t s0 = septet(0), s1 = septet(1), s2 = septet(2), s3 = septet(3);
    const std::uint64_t s4 = septet(4), s5 = septet(5), s6 = septet(6), s7 = septet(7);
    group = s0 | s1 << 8 | s2 << 16 | s3 << 24 | s4 << 32 | s5 << 40 | s6 << 48 | s7 << 56;
    return (group & 0x8080808080808080ull) == 0;  // gsm7_reverse_table::absent is 0xFF
  }

  [[nodiscard]] constexpr gsm7_code encode(char32_t c) const noexcept {
    const std::uint8_t direct = locking_->find(c);
    if (direct != gsm7_reverse_table::absent) return {1, direct};
    const std::uint8_t shifted = single_->find(c);
    if (shifted != gsm7_reverse_table::absent) return {2, shifted};
    return {0, 0};
  }

 private:
  const gsm7_reverse_table* locking_;
  const gsm7_reverse_table* single_;
};

// A sink that only counts.
struct septet_counter {
  constexpr void put(std::uint8_t) noexcept {}
  constexpr void put_eight(std::uint64_t) noexcept {}
};

// Septets encoded from UTF-8 text with the default pair of tables, one per
// octet, a buffer at a time: encode_default_gsm7_chunk stops before the
// buffer could overflow, at `next` (a character boundary), or at the first
// error (`failure` set, at byte offset `next`).
// 320: a single message (160 septets) always fits one chunk, which takes a
// block of 64 bytes while 132 septets are left (see encode_default_gsm7_chunk).
inline constexpr std::size_t septet_chunk_capacity = 320;
// Room past the capacity: a block's copies write up to 26 octets past it,
// the short path's stores 16 past its septets.
inline constexpr std::size_t septet_chunk_slack = 32;
using septet_chunk_buffer = std::uint8_t[septet_chunk_capacity + septet_chunk_slack];
struct septet_chunk {
  std::size_t next;
  std::size_t septets;
  errc failure;
};

// The code of the character at byte `at` through the general decoder and the
// reverse tables, and its length; or its error. What the chunk encoder does
// with a character its table has no code for (another character, or invalid
// UTF-8).
struct gsm7_code_step {
  std::uint32_t code;
  std::size_t units;
  errc failure;
};
inline gsm7_code_step default_gsm7_code_slowly(const char* bytes, std::size_t size, std::size_t at) noexcept {
  const code_point_step step = next_code_point(bytes, size, at);
  if (step.units == 0) return {0, 0, step.failure};
  const gsm7_code general = gsm7_encoder({}).encode(step.value);
  if (general.septets == 0) return {0, 0, errc::unencodable_character};
  return {general.septets == 1 ? gsm7_pair_codes::one_septet(general.value) : gsm7_pair_codes::escaped(general.value),
          step.units, errc{}};
}

// Stores a code's septets at `o` and moves `o` past them: two octets always
// (the second is garbage for one septet), with no test of the count.
SMSPDU_ALWAYS_INLINE void store_gsm7_code(std::uint8_t*& o, std::uint32_t code) noexcept {
  const auto pair = static_cast<std::uint16_t>(code);
  std::memcpy(o, &pair, sizeof pair);
  o += gsm7_pair_codes::septets(code);
}

// One character at `at` that the default alphabet does not keep at its
// ASCII code, from default_pair_codes, with `avail` bytes of text from `at`
// on: its septets are stored at `o`, which moves past them, and its length
// in bytes is returned. 0 (nothing stored) when the table has no code for
// the bytes there: default_gsm7_code_slowly then decodes them in full.
// Stores two octets at `o` at least.
SMSPDU_ALWAYS_INLINE std::size_t encode_default_gsm7_marked(const char* at, std::size_t avail,
                                                            std::uint8_t*& o) noexcept {
  const gsm7_pair_codes& codes = default_pair_codes;
  const std::uint32_t b0 = static_cast<unsigned char>(at[0]);
  if (b0 < 0x80) {
    const std::uint32_t code = codes.latin(b0);
    if (code == 0) return 0;
    store_gsm7_code(o, code);
    return 1;
  }
  // U+0080..U+03FF (lead bytes C2..CF), the characters of two bytes that
  // the default pair can have, from a table of byte pairs that also checks
  // the second; then the euro sign.
  const std::uint32_t pair = b0 << 8 | (avail >= 2 ? static_cast<unsigned char>(at[1]) : 0u);
  if (pair - gsm7_pair_codes::two_byte_first < gsm7_pair_codes::two_byte_end - gsm7_pair_codes::two_byte_first) {
    const std::uint8_t septet = codes.two_byte_septet(pair);
    if (septet == gsm7_reverse_table::absent) return 0;
    *o++ = septet;
    return 2;
  }
  if (pair == 0xE282 && avail >= 3 && static_cast<unsigned char>(at[2]) == 0xAC) {
    store_gsm7_code(o, codes.euro());
    return 3;
  }
  return 0;
}

// encode_gsm7 at run time for UTF-8 text and the default pair of tables, the
// case of most messages, from byte `i` on.
//
// A block of 64 bytes at a time: one scan (utf8_marks64) marks the block's
// bytes that the default alphabet does not keep at their ASCII codes, the
// runs between marks are copied as they are (32 octets a store, whatever
// the run's length), and each marked character goes through
// encode_default_gsm7_marked. So a character costs nothing but the scan
// unless it is marked, and a marked one costs its lookup, with no test per
// byte in between. A character clears its own mark (the second byte of a
// two-byte sequence is not marked; the euro sign clears three), lowest
// first: from one character to the next the processor waits for one AND,
// not for the character's length. The next block is scanned before this
// one's characters are done (its marks do not depend on them), so the
// processor has it when it gets there; only the bytes of a character that
// ends in it are then cleared.
// Reads stay within 96 bytes of a block's start: in place while 96 bytes
// are left, then in a copy of the last 96 followed by zeros (so that nothing
// past the text is read, and a sequence cut by the end still fails: zero is
// no continuation byte). The copy is made first, so that its stores are done
// when it is read (a load that spans two stores in flight waits for them).
// A block starts with 132 septets of room (66 bytes, two septets each);
// its writes stay within 158 octets of its first septet (a copy of 32
// after 126 septets at most), 26 past the capacity.
//
// Text shorter than 96 bytes is read in place, sixteen bytes at a time
// (SSE2; eight elsewhere), stored as they are up to the first marked one,
// which is encoded alone; the last few bytes one by one. (A copy of a short
// text would be read right after it is written: see above.)
//
// A byte sequence the table has no code for goes through
// default_gsm7_code_slowly, which gives its error.
inline septet_chunk encode_default_gsm7_chunk(const char* bytes, std::size_t size, std::size_t i,
                                              septet_chunk_buffer& septets) noexcept {
  constexpr std::size_t block = 64;
  constexpr std::size_t block_septets = 2 * (block + 2);
  constexpr std::size_t reach = 96;  // bytes read from a block's start at most
  std::uint8_t* o = septets;
  const auto count = [&o, &septets] { return static_cast<std::size_t>(o - septets); };
  // The character at byte `offset` that the table has no code for: its code
  // through the general path, and its length; 0 with the error in `failure`.
  errc failure{};
  const auto slowly = [&](std::size_t offset) -> std::size_t {
    const gsm7_code_step step = default_gsm7_code_slowly(bytes, size, offset);
    failure = step.failure;
    if (step.code == 0) return 0;
    store_gsm7_code(o, step.code);
    return step.units;
  };
  if (size < reach) {
    while (i < size) {  // at most 95 bytes: 190 septets, and 16 octets stored past them
      const char* at = bytes + i;
      // The SSE2 and SWAR steps are alike on purpose: one step taking the
      // width made 40 bytes of ASCII 2 ns (9 %) slower.
#if SMSPDU_HAS_SSE2
      if (size - i >= 16) {
        const __m128i chars = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
        const std::uint32_t marks = default_alphabet_outsider_bits(chars);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(o), chars);
        if (marks == 0) {
          o += 16;
          i += 16;
          continue;
        }
        const std::size_t run = lowest_set_bit(marks);
        o += run;
        at += run;
        i += run;
      } else
#endif
      if (size - i >= 8) {
        // Exact up to the first byte it marks, all that is needed here.
        const std::uint64_t word = load_le64(reinterpret_cast<const std::uint8_t*>(at));
        const std::uint64_t marks = default_alphabet_outsiders(word);
        store_le64(o, word);
        if (marks == 0) {
          o += 8;
          i += 8;
          continue;
        }
        const std::size_t run = first_marked_byte(marks);
        o += run;
        at += run;
        i += run;
      }
      std::size_t units = encode_default_gsm7_marked(at, size - i, o);
      if (units == 0 && (units = slowly(i)) == 0) return {i, count(), failure};
      i += units;
    }
    return {i, count(), errc{}};
  }
  // Byte `at` of the text from `shift` on is tail[at - shift].
  const std::size_t shift = size - reach;
  char tail[2 * reach];
  std::memcpy(tail, bytes + shift, reach);
  // Two clears of 48, not one of 96: the one measured slower with g++ 12
  // (160 ASCII characters 46 -> 51 ns).
  std::memset(tail + reach, 0, reach / 2);
  std::memset(tail + reach + reach / 2, 0, reach / 2);
  const auto source = [&](std::size_t at) { return at <= shift ? bytes + at : tail + (at - shift); };
  const auto copy_run = [&o](const char* from, const char* to) {
    std::memcpy(o, from, 32);
    if (to - from > 32) std::memcpy(o + 32, from + 32, 32);
    o += to - from;
  };
  // Blocks start at i, i + 64, ...; `done` bytes of the current one are
  // taken by a character of the block before.
  std::size_t base = i;
  std::size_t done = 0;
  std::uint64_t next_marks = utf8_marks64(source(base));
  while (base < size) {
    if (count() > septet_chunk_capacity - block_septets) {
      i = base + done;
      break;
    }
    const char* const w = source(base);
    const std::size_t left = size - base;
    std::uint64_t marks = next_marks & ~std::uint64_t{0} << done;
    if (left > block) {
      next_marks = utf8_marks64(source(base + block));
    } else {
      marks &= ~std::uint64_t{0} >> (block - left);
    }
    const char* p = w + done;  // the block's bytes before p are done
    if (marks == 0 && left > block) {  // nothing marked: the rest of the block as it is
      std::memcpy(o, p, 32);
      std::memcpy(o + 32, p + 32, 32);
      o += block - done;
      base += block;
      done = 0;
      i = base;
      continue;
    }
    while (marks != 0) {
      const char* const at = w + lowest_set_bit(marks);
      copy_run(p, at);
      std::size_t units = encode_default_gsm7_marked(at, reach, o);
      if (units == 0) {
        const std::size_t offset = base + static_cast<std::size_t>(at - w);
        if ((units = slowly(offset)) == 0) return {offset, count(), failure};
        const std::size_t taken = static_cast<std::size_t>(at - w) + units;
        marks = taken < block ? marks & ~std::uint64_t{0} << taken : 0;
      } else {
        marks &= marks - 1;
        if (units == 3) marks &= marks - 1, marks &= marks - 1;
      }
      p = at + units;
    }
    const char* const end = w + (left < block ? left : block);
    if (p < end) {
      copy_run(p, end);
      p = end;
    }
    done = static_cast<std::size_t>(p - end);  // 0..2: bytes of the next block taken
    base += static_cast<std::size_t>(end - w);
    i = base + done;
  }
  return {i, count(), errc{}};
}

// Hands `count` septets of a chunk to a sink, eight at a time while it can.
template <class Sink>
SMSPDU_ALWAYS_INLINE void put_septets(const std::uint8_t* septets, std::size_t count, Sink& sink) noexcept {
  std::size_t k = 0;
  for (; k + 8 <= count; k += 8) sink.put_eight(load_le64(septets + k));
  for (; k < count; ++k) sink.put(septets[k]);
}

// The chunks from byte `i` on into `sink`, after `done` septets already there.
template <class Sink>
result<std::size_t> encode_default_gsm7_utf8(const char* bytes, std::size_t size, std::size_t i, std::size_t done,
                                             septet_chunk_buffer& septets, Sink& sink) noexcept {
  while (i < size) {
    const septet_chunk chunk = encode_default_gsm7_chunk(bytes, size, i, septets);
    if (chunk.failure != errc{}) return error{chunk.failure, chunk.next};
    put_septets(septets, chunk.septets, sink);
    done += chunk.septets;
    i = chunk.next;
  }
  return done;
}

// The whole text, in chunks, into `sink`. Not constexpr: the buffer is left
// uninitialised, which C++17 forbids in constexpr functions.
template <class Sink>
result<std::size_t> encode_default_gsm7_utf8(const char* bytes, std::size_t size, Sink& sink) noexcept {
  septet_chunk_buffer septets;
  return encode_default_gsm7_utf8(bytes, size, 0, 0, septets, sink);
}

// to_gsm7_packed at run time for UTF-8 text and the default pair: text that
// fits one chunk (every single SMS does) is encoded whole, then packed in one
// go; longer text goes on chunk by chunk.
inline result<gsm7_packed_size> pack_default_gsm7_utf8(const char* bytes, std::size_t size, octet_span out,
                                                       unsigned fill_bits) noexcept {
  septet_chunk_buffer septets;
  const septet_chunk chunk = encode_default_gsm7_chunk(bytes, size, 0, septets);
  if (chunk.failure != errc{}) return error{chunk.failure, chunk.next};
  if (chunk.next == size) {
    const std::size_t octets = octets_length_from_septets(chunk.septets, fill_bits);
    if (octets > out.size()) return error{errc::output_too_small, octets};
    (void)pack_septets(septet_view(septets, chunk.septets), out, fill_bits);
    return gsm7_packed_size{chunk.septets, octets};
  }
  septet_packer packer(out, fill_bits);
  put_septets(septets, chunk.septets, packer);
  const result<std::size_t> total = encode_default_gsm7_utf8(bytes, size, chunk.next, chunk.septets, septets, packer);
  if (!total) return total.error();
  const std::size_t octets = packer.finish();
  if (octets > out.size()) return error{errc::output_too_small, octets};
  return gsm7_packed_size{*total, octets};
}

// Encodes text into `sink`; returns the septets produced, or the first error
// with its code-unit offset.
template <class CharT, class Sink>
SMSPDU_ALWAYS_INLINE constexpr result<std::size_t> encode_gsm7(std::basic_string_view<CharT> text,
                                                               gsm7_tables tables, Sink& sink) noexcept {
  const gsm7_encoder encoder(tables);
  // Spanish has no locking shift table: the default alphabet is used.
  const bool default_locking = &locking_shift_table(tables.locking_shift) == &locking_shift_table({});
#if SMSPDU_LITTLE_ENDIAN
  if constexpr (sizeof(CharT) == 1) {
    if (!SMSPDU_IS_CONSTANT_EVALUATED() && is_default_pair(tables))
      return encode_default_gsm7_utf8(reinterpret_cast<const char*>(text.data()), text.size(), sink);
  }
#endif
  std::size_t septets = 0;
  std::size_t i = 0;
  // Bytes the general path takes after the fast path found nothing: 8, and
  // doubling up to 64 while it keeps finding nothing, so text that is mostly
  // not ASCII stops paying for attempts; back to 8 once one succeeds.
  std::size_t general_stretch = 8;
  while (i < text.size()) {
    std::size_t general_until = i + 1;  // at least one character by the general path
#if SMSPDU_LITTLE_ENDIAN
    if constexpr (sizeof(CharT) == 1) {
      // Fast path at run time: eight ASCII characters that each take one
      // septet go on as one word. A group holding any other character goes
      // through the general path, all eight bytes of it, so mixed text pays
      // one failed check per eight bytes at most.
      if (!SMSPDU_IS_CONSTANT_EVALUATED()) {
        const char* bytes = reinterpret_cast<const char*>(text.data());
        const std::size_t fast_from = i;
        while (i + 8 <= text.size()) {
          if (default_locking) {
            // A run of characters the default alphabet keeps at their ASCII
            // codes is found first (SSE2: 16 bytes a step), then packed as
            // it is, a word at a time, with no test per word.
            const std::size_t run = identity_groups(bytes + i, text.size() - i);
            for (const std::size_t end = i + run; i < end; i += 8) {
              std::uint64_t chars = 0;
              std::memcpy(&chars, bytes + i, sizeof chars);
              sink.put_eight(chars);
            }
            septets += run;
            if (i + 8 > text.size()) break;
          }
          std::uint64_t chars = 0;
          std::memcpy(&chars, bytes + i, sizeof chars);
          std::uint64_t group = chars;
          if (!encoder.ascii_one_septet_each(chars, group)) break;
          sink.put_eight(group);
          septets += 8;
          i += 8;
        }
        if (i >= text.size()) break;
        general_stretch = i != fast_from ? 8 : general_stretch < 64 ? 2 * general_stretch : 64;
        general_until = i + general_stretch;
      }
    }
#endif
    while (i < general_until && i < text.size()) {
      char32_t c = code_unit_value(text[i]);
      std::size_t units = 1;
      if (c >= 0x80) {  // ASCII is one code unit in every UTF; the rest is decoded
        const code_point_step step = next_code_point(text.data(), text.size(), i);
        if (step.units == 0) return error{step.failure, i};
        c = step.value;
        units = step.units;
      }
      const gsm7_code code = encoder.encode(c);
      if (code.septets == 0) return error{errc::unencodable_character, i};
      if (code.septets == 2) sink.put(gsm7_escape);
      sink.put(code.value);
      septets += code.septets;
      i += units;
    }
  }
  return septets;
}

template <class CharT>
constexpr result<std::size_t> gsm7_length(std::basic_string_view<CharT> text,
                                          gsm7_tables tables) noexcept {
  septet_counter counter;
  return encode_gsm7(text, tables, counter);
}

template <class CharT>
constexpr result<std::size_t> to_gsm7(std::basic_string_view<CharT> text, septet_span out,
                                      gsm7_tables tables) noexcept {
  octet_writer writer(out);  // unpacked septets are written like octets
  const result<std::size_t> septets = encode_gsm7(text, tables, writer);
  if (septets && *septets > out.size()) return error{errc::output_too_small, *septets};
  return septets;
}

template <class CharT>
constexpr result<gsm7_packed_size> to_gsm7_packed(std::basic_string_view<CharT> text,
                                                  octet_span out, unsigned fill_bits,
                                                  gsm7_tables tables) noexcept {
  if (fill_bits > max_fill_bits) return error{errc::invalid_argument, 0};
#if SMSPDU_LITTLE_ENDIAN
  if constexpr (sizeof(CharT) == 1) {
    if (!SMSPDU_IS_CONSTANT_EVALUATED() && is_default_pair(tables))  // the usual case, at run time
      return pack_default_gsm7_utf8(reinterpret_cast<const char*>(text.data()), text.size(), out, fill_bits);
  }
#endif
  septet_packer packer(out, fill_bits);
  const result<std::size_t> septets = encode_gsm7(text, tables, packer);
  if (!septets) return septets.error();
  const std::size_t octets = packer.finish();
  if (octets > out.size()) return error{errc::output_too_small, octets};
  return gsm7_packed_size{*septets, octets};
}

// Decodes `count` septets, read in order through `next_septet()`, into `out`.
template <class NextSeptet, class Out>
constexpr void decode_gsm7(NextSeptet next_septet, std::size_t count, gsm7_tables tables,
                           Out& out) noexcept {
  const gsm7_table& locking = locking_shift_table(tables.locking_shift);
  const gsm7_table& single = single_shift_table(tables.single_shift);
  const auto shown = [](char16_t c) { return c == no_character ? U' ' : char32_t{c}; };
  for (std::size_t i = 0; i < count; ++i) {
    const auto septet = static_cast<std::uint8_t>(next_septet() & 0x7Fu);
    if (septet != gsm7_escape) {
      out.put(shown(locking[septet]));
      continue;
    }
    if (i + 1 == count) {  // a final escape with nothing after it
      out.put(U' ');
      break;
    }
    ++i;
    const auto next = static_cast<std::uint8_t>(next_septet() & 0x7Fu);
    if (next == gsm7_escape) {  // ESC ESC: reserved, displayed as a space
      out.put(U' ');
      continue;
    }
    const char16_t extended = single[next];
    out.put(extended != no_character ? char32_t{extended} : shown(locking[next]));
  }
}

template <class CharT>
constexpr result<std::size_t> from_gsm7(septet_view septets, span<CharT> out,
                                        gsm7_tables tables) noexcept {
  utf_writer<CharT> writer(out);
  const std::uint8_t* next = septets.data();
  decode_gsm7([&next] { return *next++; }, septets.size(), tables, writer);
  if (writer.overflowed()) return error{errc::output_too_small, writer.size()};
  return writer.size();
}

// Decodes `count` septets with the default pair through default_utf8_codes:
// a load and a four-byte store a character, into a local buffer (no
// aliasing with the writer's state), then handed over in one go. A function
// of its own, so that the ASCII path does not carry the buffer.
template <class Writer>
void decode_default_gsm7(const std::uint8_t* septets, std::size_t count, Writer& writer) noexcept {
  const gsm7_utf8_codes& codes = default_utf8_codes;
  char text[3 * max_user_data_septets + 4];  // three bytes a character at most, and a store's spare
  std::size_t length = 0;
  for (std::size_t k = 0; k < count; ++k) {
    std::uint32_t code = codes.direct[septets[k]];
    if (septets[k] == gsm7_escape) code = k + 1 == count ? gsm7_utf8_codes::space : codes.escaped[septets[++k]];
    std::memcpy(text + length, &code, sizeof code);
    length += code >> 24;
  }
  writer.put_units(text, length);
}

// The run-time path of from_gsm7_packed for one message's text with the
// default locking table: unpacked whole first (a word of eight septets at a
// time), then runs of septets that equal their ASCII characters are found by
// the encoder's scan (SSE2: sixteen a step) and copied; the rest goes through
// the tables. Not constexpr: its work buffer is left uninitialised, which
// C++17 forbids in constexpr functions.
template <class Writer, class ThroughTable>
SMSPDU_ALWAYS_INLINE result<std::size_t> from_default_gsm7_message(octet_view packed, std::size_t septet_count,
                                                     unsigned fill_bits, gsm7_tables tables, Writer& writer,
                                                     const ThroughTable& through_table) noexcept {
  std::uint8_t unpacked[max_user_data_septets];
  (void)unpack_septets(packed, septet_count, septet_span(unpacked, septet_count), fill_bits);
  const char* septets = reinterpret_cast<const char*>(unpacked);
  const auto word_at = [&unpacked](std::size_t at) { return load_le64(unpacked + at); };
  std::size_t done = 0;
  while (done + 8 <= septet_count) {
    const std::size_t run = identity_groups(septets + done, septet_count - done);
    for (const std::size_t end = done + run; done < end; done += 8) writer.put_eight_ascii(word_at(done));
    if (done + 8 > septet_count || !through_table(word_at(done))) break;
    done += 8;
  }
  if (septet_count - done >= 16 && is_default_pair(tables)) {  // a few septets left go as they come
    decode_default_gsm7(unpacked + done, septet_count - done, writer);
  } else {
    const std::uint8_t* next = unpacked + done;
    decode_gsm7([&next] { return *next++; }, septet_count - done, tables, writer);
  }
  if (writer.overflowed()) return error{errc::output_too_small, writer.size()};
  return writer.size();
}

template <class CharT>
constexpr result<std::size_t> from_gsm7_packed(octet_view packed, std::size_t septet_count,
                                               span<CharT> out, unsigned fill_bits,
                                               gsm7_tables tables) noexcept {
  if (fill_bits > max_fill_bits) return error{errc::invalid_argument, 0};
  if (packed.size() < octets_length_from_septets(septet_count, fill_bits))
    return error{errc::truncated_input, packed.size()};
  utf_writer<CharT> writer(out);
  std::size_t done = 0;  // septets decoded by the fast path, a multiple of 8
#if SMSPDU_LITTLE_ENDIAN
  if constexpr (sizeof(CharT) == 1) {
    // Fast path at run time: eight septets unpacked at once that all stand
    // for ASCII characters (no escape among them) are written as one word.
    // The first group that does not is where the general path takes over.
    if (!SMSPDU_IS_CONSTANT_EVALUATED()) {
      const gsm7_ascii_table& ascii = locking_shift_ascii_view(tables.locking_shift);
      const bool default_locking = &locking_shift_table(tables.locking_shift) == &locking_shift_table({});
      // Eight septets standing for ASCII characters, through the locking
      // shift table's ASCII view; false when one of them is not.
      const auto through_table = [&ascii, &writer](std::uint64_t septets) {
        const auto at = [&](unsigned k) -> std::uint64_t { return ascii[(septets >> (8 * k)) & 0x7Fu]; };
        const std::uint64_t chars = at(0) | at(1) << 8 | at(2) << 16 | at(3) << 24 | at(4) << 32 |
                                    at(5) << 40 | at(6) << 48 | at(7) << 56;
        constexpr std::uint64_t ones = 0x0101010101010101ull;
        if (((chars - ones) & ~chars & (ones << 7)) != 0) return false;  // a zero byte: not ASCII
        writer.put_eight_ascii(chars);
        return true;
      };
      if (default_locking && septet_count <= max_user_data_septets)
        return from_default_gsm7_message(packed, septet_count, fill_bits, tables, writer, through_table);
      while (done + 8 <= septet_count && done / 8 * 7 + 8 <= packed.size()) {
        const std::uint64_t septets = spread_septets(load_le64(packed.data() + done / 8 * 7) >> fill_bits);
        if (default_locking && default_alphabet_identity(septets)) {
          writer.put_eight_ascii(septets);
        } else if (!through_table(septets)) {
          break;
        }
        done += 8;
      }
    }
  }
#endif
  septet_reader reader(packed.data() + done / 8 * 7, packed.size() - done / 8 * 7, fill_bits);
  decode_gsm7([&reader] { return reader.next(); }, septet_count - done, tables, writer);
  if (writer.overflowed()) return error{errc::output_too_small, writer.size()};
  return writer.size();
}

}  // namespace detail

// ---------------------------------------------------------------------------
// Encoding. Offsets of text errors (invalid_utf8, unpaired_surrogate,
// invalid_code_point, unencodable_character) count code units of the input.

/// Septets that `text` encodes to with `tables`, escapes counted as 2.
[[nodiscard]] constexpr result<std::size_t> gsm7_length_from_utf8(std::string_view text,
                                                                  gsm7_tables tables = {}) noexcept {
  return detail::gsm7_length(text, tables);
}
/// The same for UTF-16 text; error offsets count UTF-16 code units.
[[nodiscard]] constexpr result<std::size_t> gsm7_length_from_utf16(
    std::u16string_view text, gsm7_tables tables = {}) noexcept {
  return detail::gsm7_length(text, tables);
}
/// The same for UTF-32 text; error offsets count code points.
[[nodiscard]] constexpr result<std::size_t> gsm7_length_from_utf32(
    std::u32string_view text, gsm7_tables tables = {}) noexcept {
  return detail::gsm7_length(text, tables);
}

/// Encodes `text` as unpacked septets (one per octet) into `out`; returns
/// the septets written. Errors: the text errors above; output_too_small with
/// offset = septets needed.
[[nodiscard]] constexpr result<std::size_t> utf8_to_gsm7(std::string_view text, septet_span out,
                                                         gsm7_tables tables = {}) noexcept {
  return detail::to_gsm7(text, out, tables);
}
/// The same for UTF-16 text; error offsets count UTF-16 code units.
[[nodiscard]] constexpr result<std::size_t> utf16_to_gsm7(std::u16string_view text,
                                                          septet_span out,
                                                          gsm7_tables tables = {}) noexcept {
  return detail::to_gsm7(text, out, tables);
}
/// The same for UTF-32 text; error offsets count code points.
[[nodiscard]] constexpr result<std::size_t> utf32_to_gsm7(std::u32string_view text,
                                                          septet_span out,
                                                          gsm7_tables tables = {}) noexcept {
  return detail::to_gsm7(text, out, tables);
}

/// Encodes `text` and packs it into `out`, starting `fill_bits` (0..6) bits
/// into the first octet (TS 23.040 §9.2.3.24: the fill bits after a UDH).
/// Returns the septets and octets written.
///
/// Errors: invalid_argument (offset 0) when fill_bits > 6; the text errors
/// above; output_too_small with offset = octets needed.
[[nodiscard]] constexpr result<gsm7_packed_size> utf8_to_gsm7_packed(
    std::string_view text, octet_span out, unsigned fill_bits = 0,
    gsm7_tables tables = {}) noexcept {
  return detail::to_gsm7_packed(text, out, fill_bits, tables);
}
/// The same for UTF-16 text; error offsets count UTF-16 code units.
[[nodiscard]] constexpr result<gsm7_packed_size> utf16_to_gsm7_packed(
    std::u16string_view text, octet_span out, unsigned fill_bits = 0,
    gsm7_tables tables = {}) noexcept {
  return detail::to_gsm7_packed(text, out, fill_bits, tables);
}
/// The same for UTF-32 text; error offsets count code points.
[[nodiscard]] constexpr result<gsm7_packed_size> utf32_to_gsm7_packed(
    std::u32string_view text, octet_span out, unsigned fill_bits = 0,
    gsm7_tables tables = {}) noexcept {
  return detail::to_gsm7_packed(text, out, fill_bits, tables);
}

#if SMSPDU_HAS_CHAR8_T
/// The same for C++20 char8_t UTF-8 text; error offsets count bytes.
[[nodiscard]] constexpr result<std::size_t> gsm7_length_from_utf8(std::u8string_view text,
                                                                  gsm7_tables tables = {}) noexcept {
  return detail::gsm7_length(text, tables);
}
/// The same for C++20 char8_t UTF-8 text; error offsets count bytes.
[[nodiscard]] constexpr result<std::size_t> utf8_to_gsm7(std::u8string_view text, septet_span out,
                                                         gsm7_tables tables = {}) noexcept {
  return detail::to_gsm7(text, out, tables);
}
/// The same for C++20 char8_t UTF-8 text; error offsets count bytes.
[[nodiscard]] constexpr result<gsm7_packed_size> utf8_to_gsm7_packed(
    std::u8string_view text, octet_span out, unsigned fill_bits = 0,
    gsm7_tables tables = {}) noexcept {
  return detail::to_gsm7_packed(text, out, fill_bits, tables);
}
#endif

// ---------------------------------------------------------------------------
// Decoding. Output sizes count code units (octets of UTF-8, char16_t units).

/// UTF-8 code units that gsm7_to_utf8 writes for `septets`.
[[nodiscard]] constexpr std::size_t utf8_length_from_gsm7(septet_view septets,
                                                          gsm7_tables tables = {}) noexcept {
  // The only error of an unpacked decode is the output size it needs.
  return detail::needed_size(detail::from_gsm7(septets, span<char>(), tables)).value();
}
/// UTF-16 code units that gsm7_to_utf16 writes for `septets`.
[[nodiscard]] constexpr std::size_t utf16_length_from_gsm7(septet_view septets,
                                                           gsm7_tables tables = {}) noexcept {
  // The only error of an unpacked decode is the output size it needs.
  return detail::needed_size(detail::from_gsm7(septets, span<char16_t>(), tables)).value();
}

/// Decodes unpacked septets to UTF-8; returns the code units written.
/// Errors: output_too_small with offset = code units needed.
[[nodiscard]] constexpr result<std::size_t> gsm7_to_utf8(septet_view septets, span<char> out,
                                                         gsm7_tables tables = {}) noexcept {
  return detail::from_gsm7(septets, out, tables);
}
/// Decodes unpacked septets to UTF-16; returns the code units written.
/// Errors: output_too_small with offset = code units needed.
[[nodiscard]] constexpr result<std::size_t> gsm7_to_utf16(septet_view septets,
                                                          span<char16_t> out,
                                                          gsm7_tables tables = {}) noexcept {
  return detail::from_gsm7(septets, out, tables);
}

/// Decodes `septet_count` packed septets (from TP-UDL) that start `fill_bits`
/// (0..6) bits into `packed`, to UTF-8; returns the code units written.
///
/// Errors: invalid_argument (offset 0) when fill_bits > 6; truncated_input,
/// offset packed.size(), when `packed` is shorter than
/// octets_length_from_septets(septet_count, fill_bits); output_too_small with
/// offset = code units needed.
[[nodiscard]] constexpr result<std::size_t> gsm7_packed_to_utf8(octet_view packed,
                                                                std::size_t septet_count,
                                                                span<char> out,
                                                                unsigned fill_bits = 0,
                                                                gsm7_tables tables = {}) noexcept {
  return detail::from_gsm7_packed(packed, septet_count, out, fill_bits, tables);
}
/// As gsm7_packed_to_utf8, to UTF-16.
[[nodiscard]] constexpr result<std::size_t> gsm7_packed_to_utf16(octet_view packed,
                                                                 std::size_t septet_count,
                                                                 span<char16_t> out,
                                                                 unsigned fill_bits = 0,
                                                                 gsm7_tables tables = {}) noexcept {
  return detail::from_gsm7_packed(packed, septet_count, out, fill_bits, tables);
}

/// UTF-8 code units that gsm7_packed_to_utf8 writes; its input errors.
[[nodiscard]] constexpr result<std::size_t> utf8_length_from_gsm7_packed(
    octet_view packed, std::size_t septet_count, unsigned fill_bits = 0,
    gsm7_tables tables = {}) noexcept {
  return detail::needed_size(
      detail::from_gsm7_packed(packed, septet_count, span<char>(), fill_bits, tables));
}
/// UTF-16 code units that gsm7_packed_to_utf16 writes; its input errors.
[[nodiscard]] constexpr result<std::size_t> utf16_length_from_gsm7_packed(
    octet_view packed, std::size_t septet_count, unsigned fill_bits = 0,
    gsm7_tables tables = {}) noexcept {
  return detail::needed_size(
      detail::from_gsm7_packed(packed, septet_count, span<char16_t>(), fill_bits, tables));
}

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_GSM7_HPP
