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

// A first-stage index over blocks of 256 code points up to U+1FFFF (the BMP
// and the plane of most emoji): entry b is the run in force at b * 256. The
// search for a code point then looks only at the runs of its own block, a
// few instead of the 11 steps over all 1851 runs. Computed at compile time
// from grapheme_runs, so there is one table to regenerate.
constexpr std::size_t grapheme_indexed_blocks = 0x200;
struct grapheme_block_index {
  std::uint16_t first_run[grapheme_indexed_blocks + 1];
};
constexpr grapheme_block_index make_grapheme_block_index() noexcept {
  grapheme_block_index index{};
  for (std::size_t b = 0; b <= grapheme_indexed_blocks; ++b)
    index.first_run[b] = static_cast<std::uint16_t>(
        grapheme_run_at(static_cast<char32_t>(b << 8), 0, grapheme_run_count));
  return index;
}
inline constexpr grapheme_block_index grapheme_blocks = make_grapheme_block_index();
}  // namespace detail

/// The grapheme break property of a code point.
[[nodiscard]] constexpr grapheme_break grapheme_break_of(char32_t c) noexcept {
  if (c >= 0x20 && c < 0x7F) return grapheme_break::other;  // printable ASCII, the common case
  std::size_t low = 0;
  std::size_t high = detail::grapheme_run_count;
  if (c < (detail::grapheme_indexed_blocks << 8)) {
    low = detail::grapheme_blocks.first_run[c >> 8];
    high = std::size_t{detail::grapheme_blocks.first_run[(c >> 8) + 1]} + 1;
  }
  return static_cast<grapheme_break>(detail::grapheme_runs[detail::grapheme_run_at(c, low, high)] & 0xFFu);
}

/// The same by a search over all runs: the reference the indexed lookup is
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
