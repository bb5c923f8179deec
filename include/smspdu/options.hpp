// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// What a caller can ask of the message builders (compose.hpp) and of
// counting and splitting (segment.hpp): the text encoding, the national
// language tables the encoder may use, the concatenation reference, ports,
// and the SMS-SUBMIT fields.
#ifndef SMSPDU_OPTIONS_HPP
#define SMSPDU_OPTIONS_HPP

#include <cstddef>
#include <cstdint>
#include <optional>

#include "config.hpp"
#include "dcs.hpp"
#include "gsm7_tables.hpp"
#include "limits.hpp"
#include "pid.hpp"
#include "timestamp.hpp"
#include "udh.hpp"

SMSPDU_BEGIN_NAMESPACE

/// How text is encoded.
enum class text_encoding : std::uint8_t {
  automatic,  ///< the alphabet that needs the fewest segments: GSM 7-bit, national tables, UCS-2
  gsm7,       ///< GSM 7-bit (default or national tables) or an error at the first character it lacks
  ucs2,       ///< UCS-2 (UTF-16BE) always
};

/// The national language tables (TS 23.038 Annex A) the encoder may choose
/// from when the default alphabet does not cover a text, by NLI. Locking
/// shift replaces the whole alphabet and reads as nonsense on phones that do
/// not support it; single shift degrades gracefully (Annex C: "Türkçe" shows
/// as "Türkce"), so enable locking shift only where the market needs it.
struct national_languages {
  std::uint16_t locking_shift = 0;  ///< bit n: the locking shift table of NLI n
  std::uint16_t single_shift = 0;   ///< bit n: the single shift table of NLI n

  /// Both tables of `language` (Spanish has only a single shift table).
  [[nodiscard]] static constexpr national_languages both(national_language language) noexcept {
    return {has_locking_shift_table(language) ? bit(language) : std::uint16_t{0},
            has_single_shift_table(language) ? bit(language) : std::uint16_t{0}};
  }
  /// Only the single shift table of `language`.
  [[nodiscard]] static constexpr national_languages single(national_language language) noexcept {
    return {0, has_single_shift_table(language) ? bit(language) : std::uint16_t{0}};
  }
  /// Every table of every language.
  [[nodiscard]] static constexpr national_languages all() noexcept {
    national_languages every;
    for (std::size_t nli = 1; nli < national_language_count; ++nli)
      every = every | both(static_cast<national_language>(nli));
    return every;
  }
  [[nodiscard]] constexpr bool any() const noexcept { return locking_shift != 0 || single_shift != 0; }
  [[nodiscard]] constexpr bool allows_locking(national_language l) const noexcept {
    return (locking_shift & bit(l)) != 0;
  }
  [[nodiscard]] constexpr bool allows_single(national_language l) const noexcept {
    return (single_shift & bit(l)) != 0;
  }
  friend constexpr national_languages operator|(national_languages a, national_languages b) noexcept {
    return {static_cast<std::uint16_t>(a.locking_shift | b.locking_shift),
            static_cast<std::uint16_t>(a.single_shift | b.single_shift)};
  }

 private:
  static constexpr std::uint16_t bit(national_language l) noexcept {
    const auto nli = static_cast<unsigned>(l);
    return nli < 16 ? static_cast<std::uint16_t>(1u << nli) : std::uint16_t{0};
  }
};

/// Options of a message and of its segments. The defaults make a plain SMS:
/// the cheapest of GSM 7-bit and UCS-2, no class, TP-PID 0, no validity
/// period, no status report, 8-bit concatenation references.
struct message_options {
  text_encoding encoding = text_encoding::automatic;
  /// Force these national language tables for GSM 7-bit text (their IEs go
  /// into every segment's header, TS 23.040 §9.2.3.24.15-16).
  gsm7_tables tables{};
  /// Or let the encoder choose among these when the default alphabet falls
  /// short; none by default.
  national_languages languages{};
  /// class_0 makes a flash message (shown at once, TS 23.038 clause 4).
  smspdu::message_class message_class = smspdu::message_class::none;
  /// TP-PID; for example protocol_identifier::replace_short_message(3).
  protocol_identifier pid{};
  /// SUBMIT only: TP-VP.
  validity_period validity{};
  /// SUBMIT only: TP-MR of the first segment; segment i gets (it + i) mod 256.
  /// Modems usually fill it in themselves.
  std::uint8_t message_reference = 0;
  /// SUBMIT: TP-SRR, ask for a status report. DELIVER: TP-SRI.
  bool status_report = false;
  bool reject_duplicates = false;  ///< SUBMIT only: TP-RD
  bool reply_path = false;         ///< TP-RP
  /// Concatenation (TS 23.040 §9.2.3.24.1, .8): the reference shared by the
  /// segments of one message, 8-bit (IE 0x00, 153 septets a segment) or
  /// 16-bit (IE 0x08, 152). Pick a new reference for every message.
  std::uint16_t reference = 0;
  bool sixteen_bit_reference = false;
  /// At most this many segments (1..255); more is errc::too_many_segments.
  std::size_t max_segments = max_concatenated_parts;
  /// An application port element in every segment (TS 23.040 §9.2.3.24.3-4).
  std::optional<port_info> ports;
};

/// Options of a SUBMIT (the same set).
using submit_options = message_options;

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_OPTIONS_HPP
