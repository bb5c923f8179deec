// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Extended grapheme cluster boundaries (Unicode Standard Annex #29, Unicode
// 15.0), without ICU: what people see as one character, such as a letter
// with combining marks, an emoji with a skin tone, a ZWJ family or a flag.
// Splitting a long message keeps these whole whenever they fit in a segment.
#ifndef SMSPDU_GRAPHEME_HPP
#define SMSPDU_GRAPHEME_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "config.hpp"
#include "detail/grapheme_data.hpp"
#include "detail/unicode.hpp"

SMSPDU_BEGIN_NAMESPACE

/// The Grapheme_Cluster_Break property (UAX #29 table 2), with
/// Extended_Pictographic (UTS #51) folded in: the two never overlap.
enum class grapheme_break : std::uint8_t {
  other,
  cr,
  lf,
  control,
  extend,
  zwj,
  regional_indicator,
  prepend,
  spacing_mark,
  l,
  v,
  t,
  lv,
  lvt,
  extended_pictographic,
};

namespace detail {
constexpr std::size_t grapheme_run_count = sizeof(grapheme_runs) / sizeof(grapheme_runs[0]);

// The last run starting at or before `c`, searched among runs low..high-1.
constexpr std::size_t grapheme_run_at(char32_t c, std::size_t low, std::size_t high) noexcept {
  while (high - low > 1) {
    const std::size_t middle = (low + high) / 2;
    if ((grapheme_runs[middle] >> 8) <= c) {
      low = middle;
    } else {
      high = middle;
    }
  }
  return low;
}
}  // namespace detail

/// The grapheme break property of a code point.
[[nodiscard]] constexpr grapheme_break grapheme_break_of(char32_t c) noexcept {
  // Below U+20000, the generated two-level table: the code point's block of
  // 64, then its 4-bit property among the block's eight a word.
  if (c < 0x20000) {
    const std::size_t block = detail::grapheme_block_of[c >> 6];
    const std::uint32_t word = detail::grapheme_block_data[block * 8 + ((c & 0x3Fu) >> 3)];
    return static_cast<grapheme_break>((word >> ((c & 7u) * 4)) & 0xFu);
  }
  return static_cast<grapheme_break>(
      detail::grapheme_runs[detail::grapheme_run_at(c, 0, detail::grapheme_run_count)] & 0xFFu);
}

/// The same by a search over all runs: the reference the table lookup is
/// tested against.
[[nodiscard]] constexpr grapheme_break grapheme_break_by_search(char32_t c) noexcept {
  return static_cast<grapheme_break>(
      detail::grapheme_runs[detail::grapheme_run_at(c, 0, detail::grapheme_run_count)] & 0xFFu);
}

/// Decides, code point after code point, where extended grapheme clusters
/// begin (the rules GB3..GB13 and GB999 of UAX #29).
class grapheme_breaker {
 public:
  /// Whether a cluster begins at a code point of property `next`, given every
  /// code point fed before it; then takes `next` into account. The first code
  /// point always begins a cluster.
  constexpr bool boundary_before(grapheme_break next) noexcept {
    const bool boundary = first_ || breaks(next);
    const bool was_pictographic = pictographic_;
    pictographic_ = next == grapheme_break::extended_pictographic ||
                    (pictographic_ && next == grapheme_break::extend);
    zwj_after_pictographic_ = next == grapheme_break::zwj && was_pictographic;
    regional_indicators_ = next == grapheme_break::regional_indicator ? regional_indicators_ + 1 : 0;
    previous_ = next;
    first_ = false;
    return boundary;
  }

 private:
  constexpr bool breaks(grapheme_break next) const noexcept {
    using gb = grapheme_break;
    const gb prev = previous_;
    if (prev == gb::cr && next == gb::lf) return false;                                  // GB3
    if (prev == gb::control || prev == gb::cr || prev == gb::lf) return true;            // GB4
    if (next == gb::control || next == gb::cr || next == gb::lf) return true;            // GB5
    if (prev == gb::l && (next == gb::l || next == gb::v || next == gb::lv || next == gb::lvt))
      return false;                                                                      // GB6
    if ((prev == gb::lv || prev == gb::v) && (next == gb::v || next == gb::t)) return false;  // GB7
    if ((prev == gb::lvt || prev == gb::t) && next == gb::t) return false;               // GB8
    if (next == gb::extend || next == gb::zwj) return false;                             // GB9
    if (next == gb::spacing_mark) return false;                                          // GB9a
    if (prev == gb::prepend) return false;                                               // GB9b
    if (prev == gb::zwj && next == gb::extended_pictographic && zwj_after_pictographic_)
      return false;                                                                      // GB11
    if (prev == gb::regional_indicator && next == gb::regional_indicator &&
        regional_indicators_ % 2 == 1)
      return false;                                                                      // GB12, GB13
    return true;                                                                         // GB999
  }

  grapheme_break previous_ = grapheme_break::other;
  bool first_ = true;
  bool pictographic_ = false;           // inside Extended_Pictographic Extend*
  bool zwj_after_pictographic_ = false;  // the previous ZWJ ended such a run
  unsigned regional_indicators_ = 0;     // regional indicators just before
};

namespace detail {
// grapheme_breaker as a table-driven state machine, for the segment planner
// where a segment ends: one load per code point instead of the rules'
// branches.
//
// The rules look at the previous code point's property and three facts
// about what came before it, each of which only matters after certain
// properties: whether an Extend or ZWJ follows Extended_Pictographic
// Extend* (GB11), and whether an odd or even number of regional indicators
// precede (GB12, GB13). So 15 states "the previous code point had property
// p", three for the variants (Extend and ZWJ after a pictograph, an even
// count of regional indicators; the plain state 6 is an odd count), and a
// start state stand for every state of grapheme_breaker. The table is made
// from grapheme_breaker itself at compile time, and grapheme_test.cpp
// compares both on every sequence of four properties and on random text.
enum grapheme_state : std::uint8_t {
  grapheme_after_pictographic_extend = 15,
  grapheme_after_pictographic_zwj = 16,
  grapheme_after_even_regional_indicators = 17,
  grapheme_start = 18,
};
inline constexpr std::size_t grapheme_state_count = 19;
inline constexpr std::size_t grapheme_property_count = 15;
// Entry [state][property]: the next state, with 0x80 set when a cluster
// begins at the code point.
struct grapheme_transition_table {
  std::uint8_t next[grapheme_state_count][16];
};
constexpr grapheme_transition_table make_grapheme_transitions() noexcept {
  using gb = grapheme_break;
  // A breaker put in each state by a sequence of properties that leads there.
  const auto breaker_in = [](std::size_t state) {
    grapheme_breaker b;
    if (state == grapheme_start) return b;
    (void)b.boundary_before(gb::other);
    if (state == grapheme_after_pictographic_extend || state == grapheme_after_pictographic_zwj)
      (void)b.boundary_before(gb::extended_pictographic);
    if (state == grapheme_after_even_regional_indicators) (void)b.boundary_before(gb::regional_indicator);
    const gb last = state == grapheme_after_pictographic_extend            ? gb::extend
                    : state == grapheme_after_pictographic_zwj             ? gb::zwj
                    : state == grapheme_after_even_regional_indicators     ? gb::regional_indicator
                                                                           : static_cast<gb>(state);
    (void)b.boundary_before(last);
    return b;
  };
  grapheme_transition_table table{};
  for (std::size_t state = 0; state < grapheme_state_count; ++state) {
    const bool pictographic = state == static_cast<std::size_t>(gb::extended_pictographic) ||
                              state == grapheme_after_pictographic_extend;
    for (std::size_t property = 0; property < grapheme_property_count; ++property) {
      const auto p = static_cast<gb>(property);
      std::size_t next = property;
      if (p == gb::extend && pictographic) next = grapheme_after_pictographic_extend;
      if (p == gb::zwj && pictographic) next = grapheme_after_pictographic_zwj;
      if (p == gb::regional_indicator && state == static_cast<std::size_t>(gb::regional_indicator))
        next = grapheme_after_even_regional_indicators;
      grapheme_breaker b = breaker_in(state);
      table.next[state][property] = static_cast<std::uint8_t>(next | (b.boundary_before(p) ? 0x80u : 0u));
    }
  }
  return table;
}
inline constexpr grapheme_transition_table grapheme_transitions = make_grapheme_transitions();

// The state machine over grapheme_transitions.
class grapheme_table_breaker {
 public:
  /// As grapheme_breaker::boundary_before.
  constexpr bool boundary_before(grapheme_break next) noexcept {
    const std::uint8_t entry = grapheme_transitions.next[state_][static_cast<std::size_t>(next)];
    state_ = entry & 0x7Fu;
    return (entry & 0x80u) != 0;
  }

 private:
  std::uint8_t state_ = grapheme_start;
};
}  // namespace detail

/// The code-unit offset where the extended grapheme cluster that starts at
/// `at` ends (`text.size()` for the last). UTF-8, UTF-16 or UTF-32 text.
/// Precondition: the text is well formed (smspdu's encoders check it).
template <class CharT>
[[nodiscard]] constexpr std::size_t next_grapheme_boundary(std::basic_string_view<CharT> text,
                                                           std::size_t at) noexcept {
  grapheme_breaker breaker;
  std::size_t i = at;
  while (i < text.size()) {
    const auto step = detail::next_code_point(text.data(), text.size(), i);
    const std::size_t units = step.units == 0 ? 1 : step.units;
    if (breaker.boundary_before(grapheme_break_of(step.value)) && i != at) return i;
    i += units;
  }
  return text.size();
}

/// Number of extended grapheme clusters in well-formed `text`.
template <class CharT>
[[nodiscard]] constexpr std::size_t grapheme_count(std::basic_string_view<CharT> text) noexcept {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); i = next_grapheme_boundary(text, i)) ++count;
  return count;
}

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_GRAPHEME_HPP
