// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Packing of GSM 7-bit septets into octets (TS 23.038 §6.1.2.1.1): septet i
// occupies bits [fill + 7i, fill + 7i + 7) of the octet stream, least
// significant bit first. The fill bits come first: after a user data header
// they align the first character to a septet boundary (TS 23.040 §9.2.3.24).
//
// In SMS the number of septets always comes from TP-UDL, never from the
// octet count, so a final '@' (septet 0x00) is kept and nothing is padded.
// The <CR> padding rule of USSD and cell broadcast is a separate pair of
// functions (pack_septets_ussd / unpack_septets_ussd) and never applies to SMS.
#ifndef SMSPDU_SEPTET_HPP
#define SMSPDU_SEPTET_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>

#include "buffer.hpp"
#include "config.hpp"
#include "detail/octet_io.hpp"
#include "limits.hpp"
#include "result.hpp"

SMSPDU_BEGIN_NAMESPACE

/// Octets that `septets` septets occupy when packing starts `fill_bits` bits
/// into the first octet: ceil((7 * septets + fill_bits) / 8).
[[nodiscard]] constexpr std::size_t octets_length_from_septets(std::size_t septets,
                                                               unsigned fill_bits = 0) noexcept {
  return (septets * 7 + fill_bits + 7) / 8;
}

/// The most septets that fit into `octets` octets after `fill_bits` fill bits
/// (0 also when not even the fill bits fit: with fill bits, a packed stream
/// takes at least one octet, as TP-UD does after a UDH without text).
[[nodiscard]] constexpr std::size_t septets_length_from_octets(std::size_t octets,
                                                               unsigned fill_bits = 0) noexcept {
  return octets * 8 < fill_bits ? 0 : (octets * 8 - fill_bits) / 7;
}

/// Fill bits between a user data header of `udh_octets` octets (UDHL and the
/// information elements) and the first septet of text: the header is padded
/// to a whole number of septets (TS 23.040 §9.2.3.24). 0..6.
[[nodiscard]] constexpr unsigned fill_bits_after_udh(std::size_t udh_octets) noexcept {
  return static_cast<unsigned>((7 - (udh_octets * 8) % 7) % 7);
}

namespace detail {
// The fields of `x` under the mask `fields` moved up `Bits` bits, into bits
// that must be zero (so nothing carries into a neighbour): x plus
// (2^Bits - 1) times the fields. A template so that the same code works on a
// 64-bit word and on each 64-bit lane of a vector
// (SMSPDU_HAS_VECTOR_EXTENSIONS). Words: x + 3 * fields is one LEA and an
// add; otherwise the fields are cleared and added back shifted (x ^ moving
// clears them), which vectors do without a multiply, in five instructions.
template <unsigned Bits, class Word>
SMSPDU_ALWAYS_INLINE constexpr Word move_fields_up(Word x, std::uint64_t fields) noexcept {
  const Word moving = x & fields;
  if constexpr (std::is_integral_v<Word> && Bits == 2) return x + moving * 3u;
  return (x ^ moving) + (moving << Bits);
}

// Eight septets, one per octet of `septets` (little-endian, the first in the
// low byte, none above 0x7F), joined in three rounds: septets 0, 2, 4 and 6
// up 1 bit (four pairs of 14 bits), pairs 0 and 2 up 2 (two quads of 28
// bits), quad 0 up 4. The 56 bits end in bits 7..62, bits 0..6 zero, so one
// shift by 7 - fill_bits puts them where the packed stream wants them.
template <class Word>
SMSPDU_ALWAYS_INLINE constexpr Word squeeze_septets_high(Word septets) noexcept {
  const Word pairs = septets + (septets & 0x007F007F007F007Full);
  const Word quads = move_fields_up<2>(pairs, 0x00007FFE00007FFEull);
  return move_fields_up<4>(quads, 0x000000007FFFFFF8ull);
}

// The 56 bits of eight septets in the low bits (SWAR: no instruction set
// extension). Precondition: no octet of `septets` above 0x7F; the result is
// otherwise meaningless (pack_septets checks afterwards and reports it).
SMSPDU_ALWAYS_INLINE constexpr std::uint64_t squeeze_septets_swar(std::uint64_t septets) noexcept {
  const std::uint64_t pairs = septets + (septets & 0x007F007F007F007Full);
  const std::uint64_t quads = move_fields_up<2>(pairs, 0x00007FFE00007FFEull);
  return (static_cast<std::uint32_t>(quads) >> 3) | ((quads >> 35) << 28);
}

// The inverse: the low 56 bits of `packed` (the bits above are ignored)
// spread into eight septets, one per octet. The same rounds backwards: quad 1
// up 4 (masked, which drops the bits above 56), pairs 1 and 3 up 2, septets
// 1, 3, 5 and 7 up 1.
template <class Word>
SMSPDU_ALWAYS_INLINE constexpr Word spread_septets_swar(Word packed) noexcept {
  const Word quads = (packed & 0x000000000FFFFFFFull) | ((packed << 4) & 0x0FFFFFFF00000000ull);
  const Word pairs = move_fields_up<2>(quads, 0x0FFFC0000FFFC000ull);
  return pairs + (pairs & 0x3F803F803F803F80ull);
}

// With BMI2 (SMSPDU_HAS_BMI2), each is one instruction: PEXT gathers the low
// seven bits of every octet, PDEP scatters them back.
SMSPDU_ALWAYS_INLINE constexpr std::uint64_t squeeze_septets(std::uint64_t septets) noexcept {
#if SMSPDU_HAS_BMI2
  if (!SMSPDU_IS_CONSTANT_EVALUATED()) return _pext_u64(septets, 0x7F7F7F7F7F7F7F7Full);
#endif
  return squeeze_septets_swar(septets);
}
SMSPDU_ALWAYS_INLINE constexpr std::uint64_t spread_septets(std::uint64_t packed) noexcept {
#if SMSPDU_HAS_BMI2
  if (!SMSPDU_IS_CONSTANT_EVALUATED()) return _pdep_u64(packed, 0x7F7F7F7F7F7F7F7Full);
#endif
  return spread_septets_swar(packed);
}

// Eight septets squeezed into bits fill_bits..fill_bits + 55 (fill_bits 0..6).
SMSPDU_ALWAYS_INLINE constexpr std::uint64_t squeeze_septets_at(std::uint64_t septets,
                                                                unsigned fill_bits) noexcept {
#if SMSPDU_HAS_BMI2
  if (!SMSPDU_IS_CONSTANT_EVALUATED()) return _pext_u64(septets, 0x7F7F7F7F7F7F7F7Full) << fill_bits;
#endif
  return squeeze_septets_high(septets) >> (7 - fill_bits);
}

#if SMSPDU_HAS_VECTOR_EXTENSIONS
// Two 64-bit words in one 128-bit register (SSE2, NEON), for GCC and Clang
// vector extensions: the SWAR rounds above work on both lanes at once.
typedef std::uint64_t septet_word_pair __attribute__((vector_size(16)));

SMSPDU_ALWAYS_INLINE septet_word_pair load_word_pair(const std::uint8_t* p) noexcept {
  septet_word_pair words;
  std::memcpy(&words, p, sizeof words);
  return words;
}

// pack_septets for groups [0, groups) of eight septets, groups >= 2, two at a
// time; an odd last group is packed with the one before it, whose octets are
// written twice over. Each group is stored as one 8-octet word at 7 * group
// (its 8th octet is rewritten by what follows). A group's first fill_bits
// bits are the top bits of the septet before it, taken lane by lane from the
// input, so nothing carries from lane to lane. Returns the septets' high
// bits, ORed together.
SMSPDU_ALWAYS_INLINE std::uint64_t pack_septet_pairs(const std::uint8_t* in, std::uint8_t* out,
                                                     std::size_t groups, unsigned fill_bits) noexcept {
  septet_word_pair high = {0, 0};
  const unsigned down = 7 - fill_bits;
  const auto pack_two = [&](std::size_t g, septet_word_pair before) {
    const septet_word_pair eight = load_word_pair(in + 8 * g);
    high |= eight;
    septet_word_pair words = squeeze_septets_high(eight) >> down;
    if (fill_bits != 0) words |= before >> (56 + down);
    store_le64(out + 7 * g, words[0]);
    store_le64(out + 7 * g + 7, words[1]);
  };
  const std::size_t last = groups - 2;
  if (fill_bits == 0) {
    const septet_word_pair none = {0, 0};
    for (std::size_t g = 0; g < last; g += 2) pack_two(g, none);
    pack_two(last, none);
  } else {
    pack_two(0, septet_word_pair{0, load_le64(in)});
    for (std::size_t g = 2; g < last; g += 2) pack_two(g, load_word_pair(in + 8 * g - 8));
    if (last != 0) pack_two(last, load_word_pair(in + 8 * last - 8));
  }
  return high[0] | high[1];
}

// unpack_septets for groups [0, groups), groups >= 2, each read from one
// 8-octet load at 7 * group (which must stay within the input), two at a
// time; an odd last group is unpacked with the one before it.
SMSPDU_ALWAYS_INLINE void unpack_septet_pairs(const std::uint8_t* in, std::uint8_t* out, std::size_t groups,
                                              unsigned fill_bits) noexcept {
  const auto unpack_two = [&](std::size_t g) {
    const septet_word_pair packed = {load_le64(in + 7 * g), load_le64(in + 7 * g + 7)};
    const septet_word_pair eight = spread_septets_swar(packed >> fill_bits);
    std::memcpy(out + 8 * g, &eight, sizeof eight);
  };
  const std::size_t last = groups - 2;
  for (std::size_t g = 0; g < last; g += 2) unpack_two(g);
  unpack_two(last);
}
#endif

// Accumulates septets LSB-first in a 64-bit word and emits octets into `out`
// seven at a time, writing only while there is room; `written` counts every
// octet, written or not, so a caller can validate all input first and report
// the size it needed. Eight septets are 56 bits: one flush per eight septets.
class septet_packer {
 public:
  constexpr septet_packer(octet_span out, unsigned fill_bits) noexcept
      : out_(out), bits_(fill_bits) {}

  SMSPDU_ALWAYS_INLINE constexpr void put(std::uint8_t septet) noexcept {
    accumulator_ |= static_cast<std::uint64_t>(septet) << bits_;
    bits_ += 7;
    if (bits_ >= 56) flush_seven();
  }
  // Eight septets at once, one per octet of `septets` (the first in the low
  // byte): their 56 bits complete the seven octets in hand, and what stays
  // over is exactly the bits held before.
  SMSPDU_ALWAYS_INLINE constexpr void put_eight(std::uint64_t septets) noexcept {
    const std::uint64_t bits = squeeze_septets(septets);
    const unsigned held = bits_;
    accumulator_ |= bits << held;
    bits_ = 56;
    flush_seven();
    accumulator_ = held == 0 ? 0 : bits >> (56 - held);
    bits_ = held;
  }
  // Flushes the last partial octets; unused high bits of the last are zero.
  constexpr std::size_t finish() noexcept {
    while (bits_ > 0) {
      emit(static_cast<std::uint8_t>(accumulator_ & 0xFFu));
      accumulator_ >>= 8;
      bits_ = bits_ > 8 ? bits_ - 8 : 0;
    }
    return written_;
  }

 private:
  SMSPDU_ALWAYS_INLINE constexpr void flush_seven() noexcept {
    if (written_ + 8 <= out_.size()) {  // one word store; its 8th octet is rewritten later
      store_le64(out_.data() + written_, accumulator_);
      written_ += 7;
    } else if (written_ + 7 <= out_.size()) {
      std::uint8_t* o = out_.data() + written_;
      for (unsigned i = 0; i < 7; ++i) o[i] = static_cast<std::uint8_t>(accumulator_ >> (8 * i));
      written_ += 7;
    } else {
      for (unsigned i = 0; i < 7; ++i) emit(static_cast<std::uint8_t>(accumulator_ >> (8 * i)));
    }
    accumulator_ >>= 56;
    bits_ -= 56;
  }
  constexpr void emit(std::uint8_t octet) noexcept {
    if (written_ < out_.size()) out_.data()[written_] = octet;
    ++written_;
  }
  octet_span out_;
  std::uint64_t accumulator_ = 0;
  unsigned bits_;
  std::size_t written_ = 0;
};

// Reads septets one after another from a packed stream that starts
// `fill_bits` into its first octet. Precondition: the stream holds every
// octet of the septets that will be read (callers check the length first).
class septet_reader {
 public:
  constexpr septet_reader(const std::uint8_t* packed, std::size_t size, unsigned fill_bits) noexcept
      : next_(packed), end_(packed + size) {
    refill();
    accumulator_ >>= fill_bits;
    bits_ -= bits_ < fill_bits ? bits_ : fill_bits;
  }
  constexpr std::uint8_t next() noexcept {
    if (bits_ < 7) refill();
    const auto septet = static_cast<std::uint8_t>(accumulator_ & 0x7Fu);
    accumulator_ >>= 7;
    bits_ = bits_ > 7 ? bits_ - 7 : 0;
    return septet;
  }

 private:
  // Tops the accumulator up to at least 57 valid bits. With 8 octets left it
  // ORs in a whole 64-bit load: the bits beyond the octets it counts are the
  // next octets' true values, which the next refill ORs in at the same place.
  constexpr void refill() noexcept {
    if (end_ - next_ >= 8) {
      accumulator_ |= load_le64(next_) << bits_;
      const unsigned whole = (63 - bits_) / 8;
      next_ += whole;
      bits_ += 8 * whole;
      return;
    }
    while (bits_ <= 56 && next_ != end_) {
      accumulator_ |= static_cast<std::uint64_t>(*next_++) << bits_;
      bits_ += 8;
    }
  }
  const std::uint8_t* next_;
  const std::uint8_t* end_;
  std::uint64_t accumulator_ = 0;
  unsigned bits_ = 0;
};

constexpr std::uint8_t carriage_return_septet = 0x0D;  // <CR>, TS 23.038 §6.2.1
}  // namespace detail

namespace detail {
// Index of the first septet above 0x7F, or `count`: where pack_septets
// reports invalid_septet (never on its fast path, hence not inlined).
constexpr std::size_t first_invalid_septet(const std::uint8_t* septets, std::size_t count) noexcept {
  for (std::size_t i = 0; i < count; ++i)
    if (septets[i] > 0x7F) return i;
  return count;
}

// pack_septets, with the two-words-at-a-time loop of pack_septet_pairs when
// `Vectors` (tests run both).
template <bool Vectors>
SMSPDU_ALWAYS_INLINE constexpr result<std::size_t> pack_septets_with(septet_view septets, octet_span out,
                                                                     unsigned fill_bits) noexcept {
  if (fill_bits > max_fill_bits) return error{errc::invalid_argument, 0};
  const std::uint8_t* in = septets.data();
  const std::size_t count = septets.size();
  const std::size_t octets = octets_length_from_septets(count, fill_bits);
  if (out.size() < octets) {
    if (const std::size_t bad = first_invalid_septet(in, count); bad < count) return error{errc::invalid_septet, bad};
    return error{errc::output_too_small, octets};
  }

  // Eight septets are 56 bits, seven octets: pack them in a 64-bit word and
  // store it whole. The fill bits shift the whole stream; the top fill_bits
  // of each word carry into the next group. Validation rides along: the high
  // bits of every septet are ORed together and looked at once, at the end.
  std::uint8_t* o = out.data();
  // Groups whose 8-octet store stays within the packed octets (its 8th
  // octet is rewritten by what follows): 7g + 8 <= octets. That is every
  // whole group but, without fill bits, a last one that ends the octets.
  const std::size_t wide = octets >= 8 ? (octets - 8) / 7 + 1 : 0;
  const std::size_t groups = count / 8 < wide ? count / 8 : wide;
  std::uint64_t high_bits = 0;
  std::uint64_t carry = 0;  // the top fill_bits of the last group packed
#if SMSPDU_HAS_VECTOR_EXTENSIONS
  if (Vectors && !SMSPDU_IS_CONSTANT_EVALUATED() && groups >= 2) {
    high_bits = pack_septet_pairs(in, o, groups, fill_bits);
    carry = (in[8 * groups - 1] & 0x7Fu) >> (7 - fill_bits);
  } else
#endif
  {
    // Two groups a step: twice the independent work for the processor to
    // overlap, half the loop overhead.
    std::size_t g = 0;
    const auto two_at_a_time = [&g, groups](auto&& pack_group) {
      for (; g + 2 <= groups; g += 2) {
        pack_group(g);
        pack_group(g + 1);
      }
      if (g < groups) pack_group(g);
    };
    if (fill_bits == 0) {
      two_at_a_time([&](std::size_t at) {
        const std::uint64_t eight = load_le64(in + 8 * at);
        high_bits |= eight;
        store_le64(o + 7 * at, squeeze_septets(eight));
      });
    } else {
      two_at_a_time([&](std::size_t at) {
        const std::uint64_t eight = load_le64(in + 8 * at);
        high_bits |= eight;
        const std::uint64_t word = squeeze_septets_at(eight, fill_bits);
        store_le64(o + 7 * at, word | carry);
        carry = word >> 56;
      });
    }
  }

  // What is left: 0..8 septets (8 only for a last group without fill bits
  // that ends the octets), in `last` octets, 0..7.
  const std::size_t rest = count - 8 * groups;
  const std::size_t last = octets - 7 * groups;
  if (last != 0) {
    std::uint64_t eight = 0;
    if (rest != 0) {
      if (count >= 8) {  // the last eight septets, the rest of them in the low octets
        eight = load_le64(in + count - 8) >> (8 * (8 - rest));
      } else {
        for (std::size_t i = 0; i < rest; ++i) eight |= static_cast<std::uint64_t>(in[i]) << (8 * i);
      }
      high_bits |= eight;
    }
    const std::uint64_t tail = squeeze_septets_at(eight, fill_bits) | carry;
    if (groups != 0) {
      // One word store that ends with the last octet. Its first 8 - last
      // octets are what the last group's store put there, read back from
      // that same store (which the processor forwards).
      const std::uint64_t before = load_le64(o + 7 * groups - 7) & 0x00FFFFFFFFFFFFFFull;
      store_le64(o + octets - 8, before >> (8 * (last - 1)) | tail << (8 * (8 - last)));
    } else {
      for (std::size_t i = 0; i < last; ++i) o[i] = static_cast<std::uint8_t>(tail >> (8 * i));
    }
  }
  if ((high_bits & 0x8080808080808080ull) != 0) return error{errc::invalid_septet, first_invalid_septet(in, count)};
  return octets;
}

// Unpacks septets [from, septet_count) one by one: the end of a short input.
constexpr void unpack_septets_one_by_one(const std::uint8_t* packed, std::size_t size, std::size_t from,
                                         std::size_t septet_count, std::uint8_t* out,
                                         unsigned fill_bits) noexcept {
  septet_reader reader(packed + from / 8 * 7, size - from / 8 * 7, fill_bits);
  for (std::size_t i = from; i < septet_count; ++i) out[i] = reader.next();
}

// unpack_septets, with the two-words-at-a-time loop of unpack_septet_pairs
// when `Vectors` (tests run both).
template <bool Vectors>
SMSPDU_ALWAYS_INLINE constexpr result<std::size_t> unpack_septets_with(octet_view packed, std::size_t septet_count,
                                                                       septet_span out,
                                                                       unsigned fill_bits) noexcept {
  if (fill_bits > max_fill_bits) return error{errc::invalid_argument, 0};
  if (packed.size() < octets_length_from_septets(septet_count, fill_bits))
    return error{errc::truncated_input, packed.size()};
  if (out.size() < septet_count) return error{errc::output_too_small, septet_count};
  // Whole groups of eight septets from one 64-bit load (56 + fill bits),
  // while eight octets remain; then the last eight septets from the eight
  // octets that hold them, a word store that ends with the last septet.
  const std::uint8_t* in = packed.data();
  const std::size_t size = packed.size();
  std::uint8_t* o = out.data();
  // Groups whose 8-octet load stays within the input: 7g + 8 <= size.
  const std::size_t loadable = size >= 8 ? (size - 8) / 7 + 1 : 0;
  const std::size_t groups = septet_count / 8 < loadable ? septet_count / 8 : loadable;
#if SMSPDU_HAS_VECTOR_EXTENSIONS
  if (Vectors && !SMSPDU_IS_CONSTANT_EVALUATED() && groups >= 2) {
    unpack_septet_pairs(in, o, groups, fill_bits);
  } else
#endif
  {
    const auto unpack_group = [&](std::size_t at) {
      store_le64(o + 8 * at, spread_septets(load_le64(in + 7 * at) >> fill_bits));
    };
    std::size_t g = 0;
    for (; g + 2 <= groups; g += 2) {
      unpack_group(g);
      unpack_group(g + 1);
    }
    if (g < groups) unpack_group(g);
  }
  // 0..8 septets left (8 when the last group's octets end the input).
  if (groups * 8 == septet_count) return septet_count;
  if (septet_count >= 8 && size >= 8) {
    const std::size_t first_bit = 7 * (septet_count - 8) + fill_bits;
    std::size_t at = first_bit / 8;
    if (at > size - 8) at = size - 8;  // then the eight septets start in its second octet at most
    store_le64(o + septet_count - 8, spread_septets(load_le64(in + at) >> (first_bit - 8 * at)));
  } else {
    unpack_septets_one_by_one(in, size, groups * 8, septet_count, o, fill_bits);
  }
  return septet_count;
}
}  // namespace detail

/// Packs septets (values 0x00..0x7F) into `out`, starting `fill_bits` (0..6)
/// zero bits into the first octet. Unused bits of the last octet are zero.
/// Returns octets written: octets_length_from_septets(septets.size(), fill_bits).
///
/// Errors: invalid_argument (offset 0) when fill_bits > 6; invalid_septet, at
/// the septet index, for a value above 0x7F (`out` may then hold partial
/// output); output_too_small, offset = octets needed, when `out` is shorter
/// (nothing is written).
[[nodiscard]] constexpr result<std::size_t> pack_septets(septet_view septets, octet_span out,
                                                         unsigned fill_bits = 0) noexcept {
  // With BMI2, one PEXT a word: the word loop as it is.
  return detail::pack_septets_with<SMSPDU_HAS_VECTOR_EXTENSIONS && !SMSPDU_HAS_BMI2>(septets, out, fill_bits);
}

/// Unpacks `septet_count` septets (the count comes from TP-UDL) from `packed`,
/// starting `fill_bits` (0..6) bits into the first octet. Spare bits after the
/// last septet are ignored. Returns septet_count.
///
/// Errors: invalid_argument (offset 0) when fill_bits > 6; truncated_input,
/// offset packed.size(), when `packed` is shorter than
/// octets_length_from_septets(septet_count, fill_bits); output_too_small,
/// offset septet_count, when `out` is shorter than septet_count.
[[nodiscard]] constexpr result<std::size_t> unpack_septets(octet_view packed,
                                                           std::size_t septet_count,
                                                           septet_span out,
                                                           unsigned fill_bits = 0) noexcept {
  return detail::unpack_septets_with<SMSPDU_HAS_VECTOR_EXTENSIONS && !SMSPDU_HAS_BMI2>(packed, septet_count, out,
                                                                                      fill_bits);
}

/// Septets that pack_septets_ussd adds: one <CR> when the text would leave 7
/// spare bits, or when it ends in <CR> exactly on an octet boundary.
[[nodiscard]] constexpr std::size_t ussd_padding_septets(septet_view septets) noexcept {
  const std::size_t n = septets.size();
  if (n % 8 == 7) return 1;
  if (n > 0 && n % 8 == 0 && septets.data()[n - 1] == detail::carriage_return_septet) return 1;
  return 0;
}

/// Octets that pack_septets_ussd writes for `septets`.
[[nodiscard]] constexpr std::size_t octets_length_from_septets_ussd(septet_view septets) noexcept {
  return octets_length_from_septets(septets.size() + ussd_padding_septets(septets));
}

/// USSD packing (TS 23.038 §6.1.2.3.1; cell broadcast pads its last octet the
/// same way, §6.1.2.2.1). USSD carries no septet count, so 7 spare bits would
/// read as a final '@': they are filled with <CR> instead, and a text that
/// ends in <CR> on an octet boundary gets a second <CR>. Not for SMS, where
/// TP-UDL counts septets: use pack_septets there.
///
/// Errors as pack_septets.
[[nodiscard]] constexpr result<std::size_t> pack_septets_ussd(septet_view septets,
                                                              octet_span out) noexcept {
  detail::septet_packer packer(out, 0);
  for (std::size_t i = 0; i < septets.size(); ++i) {
    const std::uint8_t septet = septets.data()[i];
    if (septet > 0x7F) return error{errc::invalid_septet, i};
    packer.put(septet);
  }
  if (ussd_padding_septets(septets) != 0) packer.put(detail::carriage_return_septet);
  const std::size_t octets = packer.finish();
  if (octets > out.size()) return error{errc::output_too_small, octets};
  return octets;
}

/// Septets unpack_septets_ussd finds in `octets` octets, before any <CR> is removed.
[[nodiscard]] constexpr std::size_t septets_length_from_octets_ussd(std::size_t octets) noexcept {
  return octets * 8 / 7;
}

/// USSD unpacking (TS 23.038 §6.1.2.3.1): every septet that fits in `packed`,
/// minus a final <CR> where the message ends on an octet boundary (the
/// padding pack_septets_ussd adds). A doubled final <CR> that does not end on
/// an octet boundary stays doubled: the spec lets the receiver "perform the
/// carriage return function twice". Returns the septets written.
///
/// Errors: output_too_small, offset septets_length_from_octets_ussd(packed.size()).
[[nodiscard]] constexpr result<std::size_t> unpack_septets_ussd(octet_view packed,
                                                                septet_span out) noexcept {
  const std::size_t available = septets_length_from_octets_ussd(packed.size());
  if (out.size() < available) return error{errc::output_too_small, available};
  detail::septet_reader reader(packed.data(), packed.size(), 0);
  for (std::size_t i = 0; i < available; ++i) out.data()[i] = reader.next();
  const bool ends_on_octet_boundary = available * 7 == packed.size() * 8;
  if (available > 0 && ends_on_octet_boundary &&
      out.data()[available - 1] == detail::carriage_return_septet)
    return available - 1;
  return available;
}

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_SEPTET_HPP
