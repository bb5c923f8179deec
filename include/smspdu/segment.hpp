// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Long messages: choosing the encoding, counting segments and splitting text
// into them (TS 23.040 §9.2.3.24.1 concatenation, TS 23.038 Annex A national
// language tables).
//
// One engine serves both count_segments and split_text, so the count is
// always what the split produces. (In the common case a one-pass planner
// stands in for it, tested to give the very same plans.) It walks the text by extended grapheme
// cluster (grapheme.hpp) and never separates an escape pair, a surrogate
// pair, or a cluster that fits into a segment; only a cluster longer than a
// whole segment is broken, at a code point.
//
// Per segment, the room follows from the header actually sent: 160, 153 or
// 152 septets (no header, 8-bit or 16-bit concatenation reference), 70, 67
// or 66 UCS-2 code units, less what national language and port elements take.
#ifndef SMSPDU_SEGMENT_HPP
#define SMSPDU_SEGMENT_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "buffer.hpp"
#include "config.hpp"
#include "dcs.hpp"
#include "detail/low_code_point_data.hpp"
#include "detail/unicode.hpp"
#include "gsm7.hpp"
#include "gsm7_tables.hpp"
#include "grapheme.hpp"
#include "limits.hpp"
#include "options.hpp"
#include "result.hpp"
#include "udh.hpp"
#include "user_data.hpp"

SMSPDU_BEGIN_NAMESPACE

/// A character that kept the text out of GSM 7-bit: its code point and the
/// code-unit offset where it stands.
struct forcing_character {
  char32_t code_point = 0;
  std::size_t offset = 0;
};

/// Where one segment's text lies (code-unit offsets) and the units it takes.
struct segment_span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint8_t units = 0;  ///< septets (escapes count 2) or UCS-2 code units
};

/// How a text is segmented: what count_segments reports and split_text sends.
struct segment_plan {
  alphabet encoding = alphabet::gsm7;  ///< gsm7 or ucs2
  gsm7_tables tables{};                ///< the national tables GSM 7-bit text uses
  std::size_t header_octets = 0;       ///< UDH in each segment, TP-UDHL included; 0: none
  std::size_t capacity = 0;            ///< units each segment holds after its header
  std::size_t units = 0;               ///< units the whole text takes
  static_vector<segment_span, max_concatenated_parts> segments;
  /// Characters that forced UCS-2 (up to 16) and how many there were in all.
  static_vector<forcing_character, 16> forced_ucs2;
  std::size_t forced_ucs2_count = 0;

  [[nodiscard]] constexpr std::size_t segment_count() const noexcept { return segments.size(); }
  /// Units used in the last segment.
  [[nodiscard]] constexpr std::size_t units_in_last() const noexcept {
    return segments.empty() ? 0 : segments.back().units;
  }
  /// Units still free in the last segment.
  [[nodiscard]] constexpr std::size_t units_remaining() const noexcept {
    return capacity - units_in_last();
  }
};

namespace detail {

// The UDH a segment carries: concatenation (when there are several),
// national language shift elements, application ports.
constexpr std::size_t header_octets_for(bool concatenated, const message_options& o,
                                        gsm7_tables tables, alphabet encoding) noexcept {
  std::size_t elements = 0;
  if (concatenated) elements += o.sixteen_bit_reference ? 6u : 5u;
  if (encoding == alphabet::gsm7) {
    if (tables.locking_shift != national_language::none) elements += 3;
    if (tables.single_shift != national_language::none) elements += 3;
  }
  if (o.ports) elements += o.ports->sixteen_bit ? 6u : 4u;
  return elements == 0 ? 0 : 1 + elements;
}

constexpr std::size_t capacity_for(std::size_t header_octets, alphabet encoding) noexcept {
  if (encoding == alphabet::gsm7) return max_user_data_septets - (header_octets * 8 + 6) / 7;
  return (max_user_data_octets - header_octets) / 2;
}

// The segments allowed: options.max_segments within 1..255.
constexpr std::size_t segments_allowed(const message_options& o) noexcept {
  return o.max_segments < 1 ? 1 : o.max_segments < max_concatenated_parts ? o.max_segments : max_concatenated_parts;
}

// Units a code point takes: septets with a table pair, or UTF-16 units.
class unit_cost {
 public:
  constexpr unit_cost(alphabet encoding, gsm7_tables tables) noexcept
      : gsm7_(encoding == alphabet::gsm7), encoder_(tables) {}
  // 0 when GSM 7-bit cannot encode the code point.
  [[nodiscard]] constexpr std::size_t operator()(char32_t c) const noexcept {
    return gsm7_ ? encoder_.encode(c).septets : utf16_units(c);
  }

 private:
  bool gsm7_;
  gsm7_encoder encoder_;
};

// The segment spans of a well-formed, encodable text, `capacity` units a
// segment; at most `max_segments` of them. Error: too_many_segments at the
// code unit where the next segment would start.
template <class CharT>
constexpr error walk_segments(std::basic_string_view<CharT> text, const unit_cost& cost,
                              std::size_t capacity, std::size_t max_segments,
                              static_vector<segment_span, max_concatenated_parts>& out,
                              bool skip_ascii_runs = true) noexcept {
  out.clear();
  std::size_t segment_begin = 0;
  std::size_t segment_units = 0;
  const auto close_at = [&](std::size_t at) -> bool {
    if (out.size() >= max_segments || out.full()) return false;
    out.push_back(segment_span{static_cast<std::uint32_t>(segment_begin),
                               static_cast<std::uint32_t>(at),
                               static_cast<std::uint8_t>(segment_units)});
    segment_begin = at;
    segment_units = 0;
    return true;
  };
  grapheme_breaker breaker;
  // The code point at `next_at`, decoded once: its units, its cost, and
  // whether a cluster starts there.
  std::size_t next_at = 0;
  std::size_t next_units = 0;
  std::size_t next_cost = 0;
  const auto read = [&](std::size_t at) {
    const auto step = next_code_point(text.data(), text.size(), at);
    next_at = at;
    next_units = step.units;
    next_cost = cost(step.value);
    return breaker.boundary_before(grapheme_break_of(step.value));
  };
  if (!text.empty()) (void)read(0);
  // Printable ASCII (Grapheme_Cluster_Break Other, UAX #29) followed by
  // printable ASCII is a cluster of one code unit (GB999), and every such
  // character leaves the break rules in the same state. So runs of them are
  // walked without the UTF decoder and the rules; the last of a run goes the
  // general way, as the next character decides its cluster. A test compares
  // this against skip_ascii_runs = false on generated texts.
  const auto printable_ascii = [&text](std::size_t at) {
    const auto c = code_unit_value(text[at]);
    return c >= 0x20 && c < 0x7F;
  };
  while (next_at < text.size()) {
    if (skip_ascii_runs && next_at + 1 < text.size() && printable_ascii(next_at) &&
        printable_ascii(next_at + 1)) {
      std::size_t at = next_at;
      do {
        const std::size_t units = cost(static_cast<char32_t>(text[at]));
        if (segment_units + units > capacity) {  // units <= 2 < capacity: a new segment
          if (!close_at(at)) return error{errc::too_many_segments, at};
        }
        segment_units += units;
        ++at;
      } while (at + 1 < text.size() && printable_ascii(at + 1));
      (void)read(at);  // the run's last character: the rules see it after "Other"
      continue;
    }
    // One cluster: its first code point, then those no boundary separates.
    const std::size_t cluster_begin = next_at;
    std::size_t cluster_units = next_cost;
    std::size_t at = next_at + next_units;
    while (at < text.size() && !read(at)) {
      cluster_units += next_cost;
      at = next_at + next_units;
    }
    if (at >= text.size()) next_at = text.size();
    const std::size_t cluster_end = at;
    if (segment_units + cluster_units <= capacity) {
      segment_units += cluster_units;
    } else if (cluster_units <= capacity) {  // the cluster moves whole to a new segment
      if (!close_at(cluster_begin)) return error{errc::too_many_segments, cluster_begin};
      segment_units = cluster_units;
    } else {  // longer than a segment: broken at code points
      for (std::size_t k = cluster_begin; k < cluster_end;) {
        const auto step = next_code_point(text.data(), text.size(), k);
        const std::size_t units = cost(step.value);
        if (segment_units + units > capacity && !close_at(k))
          return error{errc::too_many_segments, k};
        segment_units += units;
        k += step.units;
      }
    }
  }
  if (!close_at(text.size())) return error{errc::too_many_segments, segment_begin};
  return error{};
}

// Total units, or the offset of the first code point `cost` cannot encode.
template <class CharT>
constexpr result<std::size_t> total_units(std::basic_string_view<CharT> text,
                                          const unit_cost& cost) noexcept {
  std::size_t units = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto unit = code_unit_value(text[i]);
    if (unit < 0x80) {  // ASCII: one code unit is the code point, no decoder call
      const std::size_t c = cost(unit);
      if (c == 0) return error{errc::unencodable_character, i};
      units += c;
      ++i;
      continue;
    }
    const auto step = next_code_point(text.data(), text.size(), i);
    if (step.units == 0) return error{step.failure, i};
    const std::size_t c = cost(step.value);
    if (c == 0) return error{errc::unencodable_character, i};
    units += c;
    i += step.units;
  }
  return units;
}

// The plan for one encoding and table pair: one segment without a
// concatenation element when the text fits, else concatenated segments.
template <class CharT>
constexpr result<segment_plan> plan_with(std::basic_string_view<CharT> text, alphabet encoding,
                                         gsm7_tables tables, const message_options& o) noexcept {
  const unit_cost cost(encoding, tables);
  const auto units = total_units(text, cost);
  if (!units) return units.error();
  segment_plan plan;
  plan.encoding = encoding;
  plan.tables = encoding == alphabet::gsm7 ? tables : gsm7_tables{};
  plan.units = *units;
  plan.header_octets = header_octets_for(false, o, plan.tables, encoding);
  plan.capacity = capacity_for(plan.header_octets, encoding);
  if (*units <= plan.capacity) {
    plan.segments.push_back(segment_span{0, static_cast<std::uint32_t>(text.size()),
                                         static_cast<std::uint8_t>(*units)});
    return plan;
  }
  plan.header_octets = header_octets_for(true, o, plan.tables, encoding);
  plan.capacity = capacity_for(plan.header_octets, encoding);
  const std::size_t most = segments_allowed(o);
  if (most < 2) {  // one segment only: the first character past it is the error
    std::size_t used = 0;
    for (std::size_t i = 0; i < text.size();) {
      const auto step = next_code_point(text.data(), text.size(), i);
      used += cost(step.value);
      if (used > capacity_for(header_octets_for(false, o, plan.tables, encoding), encoding))
        return error{errc::too_many_segments, i};
      i += step.units;
    }
  }
  if (const error e = walk_segments(text, cost, plan.capacity, most, plan.segments); e.code != errc{})
    return e;
  return plan;
}

// Records the characters no allowed GSM 7-bit table pair encodes.
template <class CharT>
constexpr void record_forcing(std::basic_string_view<CharT> text, const message_options& o,
                              segment_plan& plan) noexcept {
  const gsm7_encoder default_tables({});
  const gsm7_encoder forced_tables(o.tables);
  const bool forced = o.tables != gsm7_tables{};
  const bool national = o.languages.any();
  const gsm7_encoder& tables_used = forced ? forced_tables : default_tables;
  for (std::size_t i = 0; i < text.size();) {
    // ASCII needs no decoding, and every table pair encodes all of it but
    // a few characters, which the general check below still looks at.
    const auto unit = code_unit_value(text[i]);
    if (unit < 0x80 && tables_used.encode(unit).septets != 0) {
      ++i;
      continue;
    }
    const auto step = next_code_point(text.data(), text.size(), i);
    bool encodable = tables_used.encode(step.value).septets != 0;
    for (std::size_t nli = 1; national && !encodable && nli < national_language_count; ++nli) {
      const auto l = static_cast<national_language>(nli);
      if (o.languages.allows_locking(l) && locking_shift_reverse(l).find(step.value) != gsm7_reverse_table::absent)
        encodable = true;
      if (o.languages.allows_single(l) && single_shift_reverse(l).find(step.value) != gsm7_reverse_table::absent)
        encodable = true;
    }
    if (!encodable) {
      if (!plan.forced_ucs2.full()) plan.forced_ucs2.push_back(forcing_character{step.value, i});
      ++plan.forced_ucs2_count;
    }
    i += step.units;
  }
}

// ---------------------------------------------------------------------------
// The one-pass planner: what plan_text computes, for the common case (UTF-8,
// the default GSM 7-bit tables and no national tables allowed, or UCS-2
// forced; two segments or more allowed), by one walk over the text. It walks
// for GSM 7-bit first and, at the first character the default tables cannot
// encode, walks again for UCS-2, recording the characters that forced it on
// the way. A walk decodes each code point once and only adds up units: the
// grapheme rules are asked only where a code point does not fit in its
// segment (lazy_segments). Run time only; where anything is out of the
// ordinary (malformed text) it gives up, and plan_text takes the general
// way, which finds the error and its offset. Tests compare the two on random
// texts over every option that matters (segment_test.cpp).

// low_code_points, the septets each code point below U+0800 (ASCII and
// two-byte UTF-8) takes with the default tables (0: none), is generated data:
// detail/low_code_point_data.hpp. Evaluating it in every translation unit
// cost g++ more than parsing the rest of this header.

// Past U+07FF the default tables hold the euro sign only (TS 23.038 §6.2.1.1).
constexpr bool only_euro_past_07ff(const gsm7_table& table) noexcept {
  for (const char16_t c : table)
    if (c != no_character && c >= 0x800 && c != 0x20AC) return false;
  return true;
}
static_assert(only_euro_past_07ff(tables::default_alphabet) && only_euro_past_07ff(tables::default_extension),
              "default_septets_of and multibyte_sequence assume the euro sign is the only character past U+07FF");
constexpr std::size_t default_septets_of(char32_t c) noexcept {
  return c < 0x800 ? low_code_points.septets[c] : c == 0x20AC ? 2 : 0;
}

// Runs of printable ASCII, eight bytes at a time (SWAR). In a word of eight
// bytes, at_least(word, v) has the high bit of each byte of v or more (for
// bytes below 0x80; a carry between bytes only starts at a byte of 0x80 or
// more, which printable_outsiders marks itself, so whether a word has any
// mark is exact whatever the byte order).
SMSPDU_ALWAYS_INLINE constexpr std::uint64_t at_least(std::uint64_t word, unsigned v) noexcept {
  return word + (0x80u - v) * 0x0101010101010101ull;
}
// The high bit of each byte the default tables give two septets (the
// extension table's [\]^{|}~) or none (`), for bytes of printable ASCII.
SMSPDU_ALWAYS_INLINE constexpr std::uint64_t escaped_marks(std::uint64_t word) noexcept {
  return ((at_least(word, 0x5B) & ~at_least(word, 0x5F)) | at_least(word, 0x7B)) & 0x8080808080808080ull;
}
SMSPDU_ALWAYS_INLINE constexpr std::uint64_t unencodable_marks(std::uint64_t word) noexcept {
  return at_least(word, 0x60) & ~at_least(word, 0x61) & 0x8080808080808080ull;
}
// The high bit of each byte that is not printable ASCII (0x20..0x7E).
SMSPDU_ALWAYS_INLINE constexpr std::uint64_t printable_outsiders(std::uint64_t word) noexcept {
  return (word | ~(at_least(word, 0x20) & ~at_least(word, 0x7F))) & 0x8080808080808080ull;
}
// How many bytes are marked.
constexpr std::size_t marked_bytes(std::uint64_t marks) noexcept {
  return static_cast<std::size_t>(((marks >> 7) * 0x0101010101010101ull) >> 56);
}
constexpr bool printable_marks_match_the_tables() noexcept {
  for (unsigned b = 0; b < 0x100; ++b) {
    const bool printable = b >= 0x20 && b < 0x7F;
    const unsigned septets = low_code_points.septets[b];
    // Byte b in each place of a word of spaces.
    for (unsigned place = 0; place < 64; place += 8) {
      const std::uint64_t word = (0x2020202020202020ull & ~(0xFFull << place)) | (std::uint64_t{b} << place);
      if ((printable_outsiders(word) != 0) == printable) return false;
      if (printable && (((escaped_marks(word) != 0) != (septets == 2)) ||
                        ((unencodable_marks(word) != 0) != (septets == 0)) ||
                        marked_bytes(escaped_marks(word)) != (septets == 2 ? 1u : 0u)))
        return false;
    }
  }
  return marked_bytes(0x8080808080808080ull) == 8;
}
// Checked by a static_assert in tests/constexpr/constexpr_checks.cpp and by
// segment_test.cpp, not here: evaluating it cost every translation unit.

// The bytes of a word below byte n (n <= 8), as a mask.
SMSPDU_ALWAYS_INLINE constexpr std::uint64_t bytes_below(std::size_t n) noexcept {
  return n >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1;
}
// Eight bytes of text, loaded little-endian, as the walks take them at once:
// how many of the first bytes are ASCII (UCS-2 without a record: each one
// UTF-16 unit) ...
SMSPDU_ALWAYS_INLINE std::size_t ascii_prefix(std::uint64_t word) noexcept {
  const std::uint64_t high = word & 0x8080808080808080ull;
  return high == 0 ? 8 : first_marked_byte(high);
}
// ... how many of the first bytes are printable ASCII the default tables
// encode ...
SMSPDU_ALWAYS_INLINE std::size_t printable_encodable_prefix(std::uint64_t word) noexcept {
  const std::uint64_t stops = printable_outsiders(word) | unencodable_marks(word);
  return stops == 0 ? 8 : first_marked_byte(stops);
}
// ... and the septets the first n of those take.
SMSPDU_ALWAYS_INLINE constexpr std::size_t printable_septets(std::uint64_t word, std::size_t n) noexcept {
  return n + marked_bytes(escaped_marks(word) & bytes_below(n));
}

// Whether a cluster begins at a code point of property `next` after one of
// property `previous`, whatever came before that. The rules decide most
// pairs on these two alone; the exceptions are an Extended_Pictographic
// after ZWJ (GB11: it depends on what the ZWJ followed) and a regional
// indicator after one (GB12, GB13: on how many precede). So this holds when
// the transition table breaks in each state a code point of property
// `previous` can leave (grapheme_table_breaker).
constexpr bool boundary_whatever_before(grapheme_break previous, grapheme_break next) noexcept {
  const auto breaks = [next](std::size_t state) {
    return (grapheme_transitions.next[state][static_cast<std::size_t>(next)] & 0x80u) != 0;
  };
  bool sure = breaks(static_cast<std::size_t>(previous));
  if (previous == grapheme_break::extend) sure = sure && breaks(grapheme_after_pictographic_extend);
  if (previous == grapheme_break::zwj) sure = sure && breaks(grapheme_after_pictographic_zwj);
  if (previous == grapheme_break::regional_indicator) sure = sure && breaks(grapheme_after_even_regional_indicators);
  return sure;
}

// The UTF-8 sequence of two bytes or more at data[i]: its length, 0 when
// malformed, checked as next_code_point checks it (RFC 3629, Unicode §3.9
// table 3-7), and the septets the default tables give its code point (0:
// none; past two bytes only the euro sign has any). Each length its own
// way, as the walks need no code point.
struct utf8_sequence {
  std::size_t length;
  unsigned septets;
};
SMSPDU_ALWAYS_INLINE utf8_sequence multibyte_sequence(const char* data, std::size_t size, std::size_t i) noexcept {
  const auto byte = [data](std::size_t k) -> unsigned { return code_unit_value(data[k]); };
  const unsigned b0 = byte(i);
  if (b0 < 0xE0) {
    if (b0 < 0xC2 || i + 1 >= size || !is_continuation(byte(i + 1))) return {0, 0};
    return {2, low_code_points.septets[(b0 & 0x1Fu) << 6 | (byte(i + 1) & 0x3Fu)]};
  }
  if (b0 < 0xF0) {
    if (i + 2 >= size) return {0, 0};
    const unsigned b1 = byte(i + 1);
    if (b1 < (b0 == 0xE0 ? 0xA0u : 0x80u) || b1 > (b0 == 0xED ? 0x9Fu : 0xBFu) || !is_continuation(byte(i + 2)))
      return {0, 0};
    return {3, b0 == 0xE2 && b1 == 0x82 && byte(i + 2) == 0xAC ? 2u : 0u};  // U+20AC
  }
  if (b0 >= 0xF5 || i + 3 >= size) return {0, 0};
  const unsigned b1 = byte(i + 1);
  if (b1 < (b0 == 0xF0 ? 0x90u : 0x80u) || b1 > (b0 == 0xF4 ? 0x8Fu : 0xBFu) || !is_continuation(byte(i + 2)) ||
      !is_continuation(byte(i + 3)))
    return {0, 0};
  return {4, 0};
}

// The code point at text[k] of UTF-8 the walk has checked: no checks again.
SMSPDU_ALWAYS_INLINE char32_t checked_code_point(const char* text, std::size_t k) noexcept {
  const auto byte = [text](std::size_t at) -> char32_t { return code_unit_value(text[at]); };
  const char32_t b0 = byte(k);
  if (b0 < 0x80) return b0;
  if (b0 < 0xE0) return (b0 & 0x1Fu) << 6 | (byte(k + 1) & 0x3Fu);
  if (b0 < 0xF0) return (b0 & 0x0Fu) << 12 | (byte(k + 1) & 0x3Fu) << 6 | (byte(k + 2) & 0x3Fu);
  return (b0 & 0x07u) << 18 | (byte(k + 1) & 0x3Fu) << 12 | (byte(k + 2) & 0x3Fu) << 6 | (byte(k + 3) & 0x3Fu);
}

// The segments of a walk that only adds up units, placed as walk_segments
// places clusters. walk_segments adds whole clusters while they fit; a
// cluster that does not fit moves whole to a new segment when it fits in
// one, else it is broken at the code point that does not fit. So a segment
// ends only at the first code point that does not fit in it, `at`: before
// the cluster `at` belongs to, when that cluster starts inside the segment
// and fits in one of its own, else at `at`. Only there are the grapheme
// rules asked. Every code point costs at most 2 units, fewer than a segment
// holds, so `at` always fits in the segment that follows.
//
// UTF-8 text that the walk has checked up to `at`; past it, the look ahead
// stops at malformed bytes (the walk gives up when it gets there).
template <bool Gsm7>
class lazy_segments {
 public:
  lazy_segments(const char* text, std::size_t size, std::size_t capacity, std::size_t most,
                static_vector<segment_span, max_concatenated_parts>& out) noexcept
      : text_(text), size_(size), capacity_(capacity), most_(most), out_(out) {
    out_.clear();
  }
  // A code point ahead of which the text takes `total` units fits in the
  // segment when total plus its units is at most this.
  [[nodiscard]] std::size_t limit() const noexcept { return begin_units_ + capacity_; }
  // The code point at `at`, with `total` units ahead of it, does not fit:
  // ends the segment.
  void overflow(std::size_t at, std::size_t total) noexcept {
    if constexpr (Gsm7) {
      // Every character the default tables encode has the grapheme break
      // property Other, CR, LF or Control (a test checks), so a cluster
      // begins at each but at LF after CR (GB3, GB4, GB5, GB999). CR LF
      // moves whole: CR, one septet, is in the segment (at > 0).
      const bool lf_after_cr = text_[at] == '\n' && text_[at - 1] == '\r';
      (void)close_at(lf_after_cr ? at - 1 : at, lf_after_cr ? total - 1 : total);
    } else {
      overflow_by_rules(at, total);
    }
  }
  // Closes the last segment; `total`: the units of the whole text.
  void finish(std::size_t total) noexcept {
    if (failure_.code == errc{} && !close_at(size_, total)) failure_.offset = begin_;
  }
  [[nodiscard]] error failure() const noexcept { return failure_; }

 private:
  // The grapheme break property of the code point at k (checked text).
  SMSPDU_ALWAYS_INLINE grapheme_break property_at(std::size_t k) const noexcept {
    return grapheme_break_of(checked_code_point(text_, k));
  }
  void overflow_by_rules(std::size_t at, std::size_t total) noexcept;
  bool close_at(std::size_t at, std::size_t total) noexcept {
    if (out_.size() >= most_ || out_.full()) {
      failure_ = error{errc::too_many_segments, at};
      capacity_ = static_cast<std::size_t>(-1) / 2;  // nothing more closes: the walk only validates
      return false;
    }
    out_.push_back(segment_span{static_cast<std::uint32_t>(begin_), static_cast<std::uint32_t>(at),
                                static_cast<std::uint8_t>(total - begin_units_)});
    begin_ = at;
    begin_units_ = total;
    return true;
  }

  const char* text_;
  std::size_t size_;
  std::size_t capacity_;
  std::size_t most_;
  static_vector<segment_span, max_concatenated_parts>& out_;
  std::size_t begin_ = 0;        // where the segment begins
  std::size_t begin_units_ = 0;  // the units ahead of it
  std::size_t known_ = 0;        // a cluster begins there, at or before begin_
  error failure_{};
};

// UTF-16 units. Back from `at` to a code point where a cluster surely
// begins: the last one known, or one whose property and its predecessor's
// say so (most often `at` itself). Then forward with the rules to where the
// cluster of `at` begins and, when that is inside the segment, ends.
template <bool Gsm7>
void lazy_segments<Gsm7>::overflow_by_rules(std::size_t at, std::size_t total) noexcept {
  // Back, keeping the code points' starts and properties (up to 16) for the
  // way forward.
  constexpr std::size_t kept = 16;
  std::size_t starts[kept];
  grapheme_break properties[kept];
  starts[0] = at;
  properties[0] = property_at(at);
  std::size_t count = 1;
  std::size_t from = at;
  grapheme_break next = properties[0];
  while (from > known_) {
    std::size_t previous_at = from - 1;
    while (is_continuation(code_unit_value(text_[previous_at]))) --previous_at;
    const grapheme_break previous = property_at(previous_at);
    if (boundary_whatever_before(previous, next)) break;
    from = previous_at;
    next = previous;
    if (count < kept) {
      starts[count] = from;
      properties[count] = previous;
    }
    ++count;
  }
  if (from == at) {  // `at` begins a cluster
    known_ = at;
    (void)close_at(at, total);
    return;
  }
  // Forward with the rules: where the cluster of `at` begins, and its units
  // ahead of `at`.
  const auto length_at = [this](std::size_t k) -> std::size_t {  // checked text
    const auto b = code_unit_value(text_[k]);
    return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  };
  grapheme_table_breaker breaker;
  std::size_t cluster = from;
  std::size_t ahead = 0;
  const auto forward = [&](std::size_t k, grapheme_break property) {
    if (breaker.boundary_before(property)) {
      cluster = k;
      ahead = 0;
    }
    if (k != at) ahead += length_at(k) == 4 ? 2u : 1u;
  };
  if (count <= kept) {
    for (std::size_t j = count; j-- > 0;) forward(starts[j], properties[j]);
  } else {
    for (std::size_t k = from; k <= at; k += length_at(k)) forward(k, property_at(k));
  }
  known_ = cluster;
  if (cluster <= begin_) {  // the cluster is broken
    (void)close_at(at, total);
    return;
  }
  // Whether the cluster fits in a segment of its own.
  std::size_t units = ahead + (length_at(at) == 4 ? 2u : 1u);
  for (std::size_t k = at + length_at(at); k < size_ && units <= capacity_;) {
    const auto step = next_code_point(text_, size_, k);
    if (step.units == 0 || breaker.boundary_before(grapheme_break_of(step.value))) break;
    units += utf16_units(step.value);
    k += step.units;
  }
  if (units <= capacity_) {
    (void)close_at(cluster, total - ahead);
  } else {
    (void)close_at(at, total);
  }
}

// What one fast walk found.
enum class fast_walk_end { done, unencodable, malformed };
struct fast_walk_outcome {
  fast_walk_end end;
  std::size_t units;  // done: the units of the whole text
  error failure;      // unencodable: where; done: too_many_segments when the walk ran out
};

// Walks UTF-8 `text` for GSM 7-bit with the default tables (Gsm7) or UCS-2,
// `capacity` units a segment, at most `most` segments, into plan.segments;
// records the characters the default tables cannot encode in
// plan.forced_ucs2 (RecordForcing). It checks each code point as
// next_code_point does (multibyte_sequence), adds up its units and leaves
// the segment ends to lazy_segments. Both are template parameters, for
// a loop without their tests: three instances, which only translation
// units that count or split text compile (not make_submit's).
template <bool Gsm7, bool RecordForcing>
fast_walk_outcome fast_walk(const char* data, std::size_t size, std::size_t capacity, std::size_t most,
                            segment_plan& plan) noexcept {
  constexpr bool record_forcing = RecordForcing;
  lazy_segments<Gsm7> segments(data, size, capacity, most, plan.segments);
  const auto byte = [data](std::size_t k) -> unsigned { return code_unit_value(data[k]); };
  // Characters the default tables lack: counted in a register, the first
  // 16 recorded with their code points.
  std::size_t forced = 0;
  const auto keep = [&plan, data](std::size_t at) {
    plan.forced_ucs2.push_back(forcing_character{checked_code_point(data, at), at});
  };
  const auto record = [&](std::size_t at) {
    if (forced++ < plan.forced_ucs2.capacity()) keep(at);
  };
  std::size_t limit = segments.limit();
  std::size_t total = 0;  // the units ahead of i
  const auto add = [&](std::size_t at, std::size_t units) {
    if (total + units > limit) {
      segments.overflow(at, total);
      limit = segments.limit();
    }
    total += units;
  };
  std::size_t i = 0;
  while (i < size) {
    const unsigned b0 = byte(i);
    if (b0 < 0x80) {
#if SMSPDU_LITTLE_ENDIAN
      // Printable ASCII (UCS-2 without a record: any ASCII) eight bytes at
      // a time; a character that stops the run goes the way below, and so
      // does UCS-2 text's ASCII character between others (a space between
      // words of Cyrillic or CJK).
      if (i + 8 <= size && (Gsm7 || byte(i + 1) < 0x80)) {
        const std::uint64_t word = load_le64(reinterpret_cast<const std::uint8_t*>(data) + i);
        std::size_t n = 0;
        std::size_t units = 0;
        if (Gsm7 || record_forcing) {
          n = printable_encodable_prefix(word);
          units = Gsm7 ? printable_septets(word, n) : n;
        } else {
          n = units = ascii_prefix(word);
        }
        if (n != 0) {
          if (total + units <= limit) {
            total += units;
          } else {
            for (std::size_t k = i; k < i + n; ++k) add(k, Gsm7 ? low_code_points.septets[byte(k)] : 1);
          }
          i += n;
          continue;
        }
      }
#endif
      const unsigned septets = low_code_points.septets[b0];
      if (Gsm7) {
        if (septets == 0) return {fast_walk_end::unencodable, 0, error{errc::unencodable_character, i}};
        add(i, septets);
      } else {
        if (record_forcing && septets == 0) record(i);
        add(i, 1);
      }
      ++i;
      continue;
    }
    const utf8_sequence sequence = multibyte_sequence(data, size, i);
    if (sequence.length == 0) return {fast_walk_end::malformed, 0, error{}};
    const std::size_t length = sequence.length;
    const unsigned septets = sequence.septets;
    if (Gsm7) {
      if (septets == 0) return {fast_walk_end::unencodable, 0, error{errc::unencodable_character, i}};
      add(i, septets);
    } else {
      if (record_forcing && septets == 0) record(i);
      add(i, length == 4 ? 2 : 1);  // UTF-16: a surrogate pair past the BMP
    }
    i += length;
  }
  if (record_forcing) plan.forced_ucs2_count = forced;
  segments.finish(total);
  return {fast_walk_end::done, total, segments.failure()};
}

// Whether fast_plan serves these options.
constexpr bool fast_plan_serves(const message_options& o) noexcept {
  return segments_allowed(o) >= 2 &&
         (o.encoding == text_encoding::ucs2 || (o.tables == gsm7_tables{} && !o.languages.any()));
}

// plan_text's result for UTF-8 text when fast_plan_serves(o): true with the
// plan or the error, false when plan_text must take the general way.
template <class CharT>
bool fast_plan(std::basic_string_view<CharT> text, const message_options& o, segment_plan& plan,
               error& failure) noexcept {
  static_assert(sizeof(CharT) == 1, "UTF-8 text");
  const std::size_t most = segments_allowed(o);
  // As plan_with: one segment without a concatenation element when the text
  // fits, else the walk's segments.
  const auto conclude = [&](alphabet encoding, const fast_walk_outcome& walked) {
    plan.encoding = encoding;
    plan.tables = gsm7_tables{};
    plan.units = walked.units;
    plan.header_octets = header_octets_for(false, o, plan.tables, encoding);
    plan.capacity = capacity_for(plan.header_octets, encoding);
    if (walked.units <= plan.capacity) {
      plan.segments.clear();
      plan.segments.push_back(segment_span{0, static_cast<std::uint32_t>(text.size()),
                                           static_cast<std::uint8_t>(walked.units)});
      return true;
    }
    plan.header_octets = header_octets_for(true, o, plan.tables, encoding);
    plan.capacity = capacity_for(plan.header_octets, encoding);
    failure = walked.failure;
    return true;
  };
  // char8_t text as char: the same bytes (char may alias any object).
  const char* const bytes = reinterpret_cast<const char*>(text.data());
  const auto concatenated_capacity = [&](alphabet encoding) {
    return capacity_for(header_octets_for(true, o, gsm7_tables{}, encoding), encoding);
  };
  if (o.encoding != text_encoding::ucs2) {
    const auto gsm7 = fast_walk<true, false>(bytes, text.size(), concatenated_capacity(alphabet::gsm7), most, plan);
    if (gsm7.end == fast_walk_end::malformed) return false;
    if (gsm7.end == fast_walk_end::done) return conclude(alphabet::gsm7, gsm7);
    if (o.encoding == text_encoding::gsm7) {  // the first unencodable character is the error
      failure = gsm7.failure;
      return true;
    }
  }
  const std::size_t ucs2_capacity = concatenated_capacity(alphabet::ucs2);
  const auto ucs2 = o.encoding == text_encoding::ucs2
                        ? fast_walk<false, false>(bytes, text.size(), ucs2_capacity, most, plan)
                        : fast_walk<false, true>(bytes, text.size(), ucs2_capacity, most, plan);
  if (ucs2.end == fast_walk_end::malformed) return false;
  return conclude(alphabet::ucs2, ucs2);
}

// The plan by the general way alone, for every option, code unit type and
// constant evaluation: the reference the tests hold the one-pass planner to,
// and what make_submit uses to choose national tables (which the one-pass
// planner does not serve; calling this keeps its code out of translation
// units that only build messages: 0.2 s of benchmarks/compile_cost.sh).
template <class CharT>
constexpr result<segment_plan> plan_text_general(std::basic_string_view<CharT> text,
                                                 const message_options& o) noexcept {
  // Malformed text is an error whatever the encoding: each candidate
  // reports the first malformed or unencodable code unit, whichever comes
  // first, and the UCS-2 plan checks the whole text.
  if (o.encoding == text_encoding::ucs2) return plan_with(text, alphabet::ucs2, {}, o);

  // GSM 7-bit candidates, in order of preference: the forced tables, or the
  // default tables, then single shift only (it degrades gracefully on phones
  // without the tables), locking shift only, both. A later candidate wins
  // only with fewer segments.
  result<segment_plan> best = error{errc::unencodable_character, 0};
  error first_failure{};
  const auto consider = [&](gsm7_tables tables) {
    const auto candidate = plan_with(text, alphabet::gsm7, tables, o);
    if (!candidate) {
      if (first_failure.code == errc{}) first_failure = candidate.error();
      return;
    }
    if (!best || candidate->segment_count() < best->segment_count()) best = candidate;
  };
  if (o.tables != gsm7_tables{}) {
    consider(o.tables);
  } else {
    consider({});
    if (!best || best->segment_count() > 1) {  // the default tables are as good as it gets otherwise
      for (std::size_t single = 1; single < national_language_count; ++single)
        if (o.languages.allows_single(static_cast<national_language>(single)))
          consider({national_language::none, static_cast<national_language>(single)});
      for (std::size_t locking = 1; locking < national_language_count; ++locking) {
        const auto l = static_cast<national_language>(locking);
        if (!o.languages.allows_locking(l)) continue;
        consider({l, national_language::none});
        for (std::size_t single = 1; single < national_language_count; ++single)
          if (o.languages.allows_single(static_cast<national_language>(single)))
            consider({l, static_cast<national_language>(single)});
      }
    }
  }
  if (best) return best;
  // No GSM 7-bit pair: malformed text and too many segments are final;
  // unencodable text is an error when GSM 7-bit is forced, else it goes as
  // UCS-2.
  if (first_failure.code != errc::unencodable_character || o.encoding == text_encoding::gsm7)
    return first_failure;
  auto ucs2 = plan_with(text, alphabet::ucs2, {}, o);
  if (ucs2) record_forcing(text, o, *ucs2);
  return ucs2;
}

// The plan count_segments reports: the one-pass planner where it serves the
// options, else the general way. With `fast` false, only the general way.
template <class CharT>
constexpr result<segment_plan> plan_text(std::basic_string_view<CharT> text, const message_options& o,
                                         bool fast = true) noexcept {
  if constexpr (sizeof(CharT) == 1) {
    if (fast && !SMSPDU_IS_CONSTANT_EVALUATED() && fast_plan_serves(o)) {
      segment_plan plan;
      error failure{};
      if (fast_plan(text, o, plan, failure)) {
        if (failure.code != errc{}) return failure;
        return plan;
      }
    }
  }
  return plan_text_general(text, o);
}

}  // namespace detail

/// The segments a UTF-8 text needs under `options`: the encoding chosen (GSM
/// 7-bit with the default tables, then the national tables the options allow,
/// then UCS-2), the tables, the header and capacity of each segment, the
/// units used in each and remaining in the last, and the characters that
/// forced UCS-2. Exactly what split_text and split_submit produce.
///
/// Errors (offsets count code units of `text`): invalid_utf8 (or the UTF-16
/// and UTF-32 errors); unencodable_character when GSM 7-bit is forced;
/// too_many_segments at the code unit where segment max_segments + 1 would
/// start.
[[nodiscard]] constexpr result<segment_plan> count_segments(std::string_view text,
                                                            const message_options& options = {}) noexcept {
  return detail::plan_text(text, options);
}
/// The same for UTF-16 text; error offsets count UTF-16 code units.
[[nodiscard]] constexpr result<segment_plan> count_segments(std::u16string_view text,
                                                            const message_options& options = {}) noexcept {
  return detail::plan_text(text, options);
}
/// The same for UTF-32 text; error offsets count code points.
[[nodiscard]] constexpr result<segment_plan> count_segments(std::u32string_view text,
                                                            const message_options& options = {}) noexcept {
  return detail::plan_text(text, options);
}
#if SMSPDU_HAS_CHAR8_T
/// The same for C++20 char8_t UTF-8 text; error offsets count bytes.
[[nodiscard]] constexpr result<segment_plan> count_segments(std::u8string_view text,
                                                            const message_options& options = {}) noexcept {
  return detail::plan_text(text, options);
}
#endif

/// One segment of a split text or data: its place, coding and user data (with the
/// concatenation, national language and port elements in its header).
struct text_segment {
  std::size_t sequence = 1;  ///< 1..total
  std::size_t total = 1;
  data_coding_scheme dcs;
  user_data ud;
};

namespace detail {
// What the segments of one split share: TP-DCS, and the user data header
// (TS 23.040 §9.2.3.24) as segment 1 carries it, TP-UDHL first. Segment i
// differs only in the sequence number of its concatenation element, so the
// header is built once and each segment copies it and sets that octet.
struct segment_frame {
  // TP-UDHL, 16-bit concatenation (6), both national language elements (3
  // each) and 16-bit ports (6).
  static constexpr std::size_t max_header_octets = 1 + 6 + 3 + 3 + 6;

  data_coding_scheme dcs;
  gsm7_tables tables{};  ///< what the header's national language elements select
  std::uint8_t header[max_header_octets]{};
  std::size_t header_octets = 0;  ///< 0: no header
  std::size_t sequence_at = 0;    ///< the sequence number's octet in header; 0: no concatenation
};

constexpr segment_frame frame_of(const segment_plan& plan, const message_options& options) noexcept {
  segment_frame frame;
  frame.dcs = data_coding_scheme::general(plan.encoding, options.message_class);
  const bool concatenated = plan.segment_count() > 1;
  user_data_header header;
  if (concatenated)
    (void)header.add_concatenation(options.sixteen_bit_reference ? options.reference : (options.reference & 0xFFu),
                                   static_cast<std::uint8_t>(plan.segment_count()), 1,
                                   options.sixteen_bit_reference);
  if (plan.encoding == alphabet::gsm7) (void)header.add_national_language(plan.tables);
  if (options.ports)
    (void)header.add_application_ports(options.ports->destination, options.ports->originator,
                                       options.ports->sixteen_bit);
  frame.tables = header.tables();
  if (header.empty()) return frame;
  frame.header_octets = header.size_in_octets();
  frame.header[0] = static_cast<std::uint8_t>(frame.header_octets - 1);
  copy_elements(header.octets().data(), header.octets().size(), frame.header + 1);
  // TP-UDHL, IEI, IEDL, the reference (1 or 2 octets), the total, then the
  // sequence number (§9.2.3.24.1 and .8); the element comes first.
  if (concatenated) frame.sequence_at = options.sixteen_bit_reference ? 6 : 5;
  return frame;
}

// TP-UD of segment `index` at `field` (room for max_user_data_octets octets),
// as write_text_user_data writes it with the segment's header: the same
// octets and the same errors.
template <class CharT>
constexpr error write_segment(std::basic_string_view<CharT> text, const segment_plan& plan,
                              const segment_frame& frame, std::size_t index, std::uint8_t* field,
                              user_data_shape& shape) noexcept {
  if (frame.dcs.compressed() || frame.dcs.character_set() == alphabet::eight_bit)
    return error{errc::not_text, 0};  // a plan of data, not text
  copy_elements(frame.header, frame.header_octets, field);
  if (frame.sequence_at != 0) field[frame.sequence_at] = static_cast<std::uint8_t>(index + 1);
  shape.has_header = frame.header_octets != 0;
  const segment_span& span = plan.segments[index];
  return write_text_after_header(text.substr(span.begin, span.end - span.begin), frame.dcs, frame.header_octets,
                                 frame.tables, field, shape);
}

// The same into `ud`, every field of it set.
template <class CharT>
constexpr error write_segment_into(std::basic_string_view<CharT> text, const segment_plan& plan,
                                   const segment_frame& frame, std::size_t index, user_data& ud) noexcept {
  return write_into(ud, [&](std::uint8_t* field, user_data_shape& shape) {
    return write_segment(text, plan, frame, index, field, shape);
  });
}

template <class CharT>
constexpr result<text_segment> segment_of(std::basic_string_view<CharT> text, const segment_plan& plan,
                                          std::size_t index, const message_options& options) noexcept {
  const segment_frame frame = frame_of(plan, options);
  return build_in_place<text_segment>([&](text_segment& s) {
    s.sequence = index + 1;
    s.total = plan.segment_count();
    s.dcs = frame.dcs;
    return write_segment_into(text, plan, frame, index, s.ud);
  });
}

// Plans `text` and fills `message` (a text_segment, or a TPDU with its
// other fields already set) with each segment in turn: TP-DCS once, then the
// user data, written in place, before `on_segment(index, count)` hands it
// on; a failure it returns ends the split. One message is refilled, not one
// built and copied per segment: nothing but the user data changes (and what
// on_segment sets from the index).
template <class CharT, class Message, class OnSegment>
constexpr result<segment_plan> split_message(std::basic_string_view<CharT> text, const message_options& options,
                                             Message& message, OnSegment&& on_segment) noexcept {
  const auto plan = plan_text(text, options);
  if (!plan) return plan;
  const segment_frame frame = frame_of(*plan, options);
  message.dcs = frame.dcs;
  for (std::size_t i = 0; i < plan->segment_count(); ++i) {
    error e = write_segment_into(text, *plan, frame, i, message.ud);
    if (!failed(e)) e = on_segment(i, plan->segment_count());
    if (failed(e)) return e;
  }
  return plan;
}

// Hands each segment of `text` to `on_segment` in order.
template <class CharT, class OnSegment>
constexpr result<segment_plan> split_text(std::basic_string_view<CharT> text, const message_options& options,
                                          OnSegment& on_segment) noexcept {
  text_segment s;
  return split_message(text, options, s, [&](std::size_t index, std::size_t count) {
    s.sequence = index + 1;
    s.total = count;
    on_segment(static_cast<const text_segment&>(s));
    return error{};
  });
}
}  // namespace detail

/// The user data of segment `index` (0-based) of `plan` for UTF-8 `text`.
/// Precondition: plan is count_segments(text, options).
[[nodiscard]] constexpr result<text_segment> segment_of(std::string_view text, const segment_plan& plan,
                                                        std::size_t index,
                                                        const message_options& options = {}) noexcept {
  return detail::segment_of(text, plan, index, options);
}

/// Splits UTF-8 `text` into segments and hands each, in order, to
/// `on_segment(const text_segment&)`. Returns the plan, exactly as
/// count_segments reports it. Nothing is handed on when the text cannot be
/// split: the plan is made first. Errors as count_segments.
template <class OnSegment>
[[nodiscard]] constexpr result<segment_plan> split_text(std::string_view text, const message_options& options,
                                                        OnSegment&& on_segment) noexcept {
  return detail::split_text(text, options, on_segment);
}
/// The same for UTF-16 text (offsets in the plan count UTF-16 code units).
template <class OnSegment>
[[nodiscard]] constexpr result<segment_plan> split_text(std::u16string_view text, const message_options& options,
                                                        OnSegment&& on_segment) noexcept {
  return detail::split_text(text, options, on_segment);
}
/// The same for UTF-32 text.
template <class OnSegment>
[[nodiscard]] constexpr result<segment_plan> split_text(std::u32string_view text, const message_options& options,
                                                        OnSegment&& on_segment) noexcept {
  return detail::split_text(text, options, on_segment);
}

/// The segments `octets` of 8-bit data need under `options` (its ports,
/// reference width and max_segments): 140 octets in one segment, else 134 a
/// segment with an 8-bit reference (133 with 16-bit), less the port element.
/// Error: too_many_segments at the octet where segment max_segments + 1
/// would start.
[[nodiscard]] constexpr result<segment_plan> count_data_segments(std::size_t octets,
                                                                 const message_options& options = {}) noexcept {
  segment_plan plan;
  plan.encoding = alphabet::eight_bit;
  plan.units = octets;
  plan.header_octets = detail::header_octets_for(false, options, {}, alphabet::eight_bit);
  plan.capacity = max_user_data_octets - plan.header_octets;
  if (octets > plan.capacity) {
    plan.header_octets = detail::header_octets_for(true, options, {}, alphabet::eight_bit);
    plan.capacity = max_user_data_octets - plan.header_octets;
  }
  const std::size_t most = options.max_segments < 1                        ? 1
                           : options.max_segments < max_concatenated_parts ? options.max_segments
                                                                           : max_concatenated_parts;
  std::size_t begin = 0;
  do {
    if (plan.segments.size() >= most) return error{errc::too_many_segments, begin};
    const std::size_t end = octets - begin > plan.capacity ? begin + plan.capacity : octets;
    plan.segments.push_back(segment_span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end),
                                         static_cast<std::uint8_t>(end - begin)});
    begin = end;
  } while (begin < octets);
  return plan;
}

/// Splits 8-bit `data` into segments (concatenation and port elements in
/// each header, DCS 8-bit with the options' class) and hands each, in order,
/// to `on_segment(const text_segment&)`. Returns the plan. Errors as
/// count_data_segments.
template <class OnSegment>
[[nodiscard]] constexpr result<segment_plan> split_data(octet_view data, const message_options& options,
                                                        OnSegment&& on_segment) noexcept {
  const auto plan = count_data_segments(data.size(), options);
  if (!plan) return plan;
  for (std::size_t i = 0; i < plan->segment_count(); ++i) {
    const segment_span& span = plan->segments[i];
    text_segment s;
    s.sequence = i + 1;
    s.total = plan->segment_count();
    s.dcs = data_coding_scheme::general(alphabet::eight_bit, options.message_class);
    user_data_header header;
    if (s.total > 1)
      (void)header.add_concatenation(options.sixteen_bit_reference ? options.reference : (options.reference & 0xFFu),
                                     static_cast<std::uint8_t>(s.total), static_cast<std::uint8_t>(s.sequence),
                                     options.sixteen_bit_reference);
    if (options.ports)
      (void)header.add_application_ports(options.ports->destination, options.ports->originator,
                                         options.ports->sixteen_bit);
    const auto ud = data_user_data(octet_view(data.data() + span.begin, span.end - span.begin),
                                   header.empty() ? nullptr : &header);
    if (!ud) return ud.error();
    s.ud = *ud;
    on_segment(s);
  }
  return plan;
}

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_SEGMENT_HPP
