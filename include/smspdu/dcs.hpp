// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// TP-DCS, the data coding scheme of SMS (TS 23.038 clause 4; TS 23.040
// §9.2.3.10). The octet is kept exactly as sent, so reserved values re-encode
// unchanged; the accessors say what it means, reading reserved codings as the
// GSM 7-bit default alphabet, as the spec requires of a receiver.
#ifndef SMSPDU_DCS_HPP
#define SMSPDU_DCS_HPP

#include <cstdint>
#include <string_view>

#include "config.hpp"

SMSPDU_BEGIN_NAMESPACE

/// The character set of TP-UD (TS 23.038 clause 4, bits 3..2 of the general
/// data coding groups). The values are the on-air codes.
enum class alphabet : std::uint8_t {
  gsm7 = 0,       ///< GSM 7-bit default alphabet (TS 23.038 §6.2.1), TP-UDL in septets
  eight_bit = 1,  ///< 8-bit data, TP-UDL in octets
  ucs2 = 2,       ///< UCS-2 (TS 23.038 §6.2.3), TP-UDL in octets
};

/// Message class (TS 23.038 clause 4, bits 1..0). Class 0 is "immediate
/// display": a flash message, shown at once and not necessarily stored.
enum class message_class : std::uint8_t {
  class_0 = 0,  ///< immediate display ("flash")
  class_1 = 1,  ///< ME-specific
  class_2 = 2,  ///< (U)SIM-specific
  class_3 = 3,  ///< TE-specific
  none = 4,     ///< no message class
};

/// The coding groups of TS 23.038 clause 4 (bits 7..4 of TP-DCS).
enum class coding_group : std::uint8_t {
  general_data_coding,         ///< 00xx
  automatic_deletion,          ///< 01xx: as 00xx, deleted once read
  reserved,                    ///< 1000..1011: read as GSM 7-bit default
  message_waiting_discard,     ///< 1100: MWI, GSM 7-bit, the text may be discarded
  message_waiting_store_gsm7,  ///< 1101: MWI, GSM 7-bit, store the message
  message_waiting_store_ucs2,  ///< 1110: MWI, UCS-2, store the message
  data_coding_message_class,   ///< 1111: GSM 7-bit or 8-bit with a message class
};

/// Indication type of the message waiting groups (bits 1..0).
enum class waiting_indication : std::uint8_t {
  voicemail = 0,
  fax = 1,
  email = 2,
  other = 3,
};

/// TP-DCS: the raw octet with its meaning.
struct data_coding_scheme {
  std::uint8_t value = 0x00;  ///< the octet as sent

  [[nodiscard]] constexpr coding_group group() const noexcept {
    const unsigned bits = value >> 4;
    if (bits <= 3) return coding_group::general_data_coding;
    if (bits <= 7) return coding_group::automatic_deletion;
    if (bits <= 11) return coding_group::reserved;
    if (bits == 12) return coding_group::message_waiting_discard;
    if (bits == 13) return coding_group::message_waiting_store_gsm7;
    if (bits == 14) return coding_group::message_waiting_store_ucs2;
    return coding_group::data_coding_message_class;
  }

  /// True for a reserved coding, which a receiver reads as the GSM 7-bit
  /// default alphabet with no class (TS 23.038 clause 4): groups 1000..1011
  /// and alphabet 11 of groups 00xx and 01xx.
  [[nodiscard]] constexpr bool is_reserved() const noexcept {
    const auto g = group();
    if (g == coding_group::reserved) return true;
    const bool general = g == coding_group::general_data_coding ||
                         g == coding_group::automatic_deletion;
    return general && ((value >> 2) & 3u) == 3u;
  }

  /// The character set, with reserved codings read as GSM 7-bit.
  [[nodiscard]] constexpr smspdu::alphabet character_set() const noexcept {
    if (is_reserved()) return alphabet::gsm7;
    switch (group()) {
      case coding_group::general_data_coding:
      case coding_group::automatic_deletion: return static_cast<alphabet>((value >> 2) & 3u);
      case coding_group::message_waiting_store_ucs2: return alphabet::ucs2;
      case coding_group::data_coding_message_class:
        return (value & 0x04u) != 0 ? alphabet::eight_bit : alphabet::gsm7;
      default: return alphabet::gsm7;
    }
  }

  /// The message class, or none.
  [[nodiscard]] constexpr smspdu::message_class message_class() const noexcept {
    if (is_reserved()) return smspdu::message_class::none;
    switch (group()) {
      case coding_group::general_data_coding:
      case coding_group::automatic_deletion:
        return (value & 0x10u) != 0 ? static_cast<smspdu::message_class>(value & 3u)
                                    : smspdu::message_class::none;
      case coding_group::data_coding_message_class:
        return static_cast<smspdu::message_class>(value & 3u);
      default: return smspdu::message_class::none;
    }
  }

  /// True for class 0, immediate display.
  [[nodiscard]] constexpr bool is_flash() const noexcept {
    return message_class() == smspdu::message_class::class_0;
  }

  /// Bit 5 of the general groups: the text is compressed (TS 23.042).
  [[nodiscard]] constexpr bool compressed() const noexcept {
    const auto g = group();
    return !is_reserved() &&
           (g == coding_group::general_data_coding ||
            g == coding_group::automatic_deletion) &&
           (value & 0x20u) != 0;
  }

  /// Group 01xx: the message is deleted automatically once read.
  [[nodiscard]] constexpr bool automatic_deletion() const noexcept {
    return group() == coding_group::automatic_deletion;
  }

  /// Groups 1100..1110: the message carries a waiting indication.
  [[nodiscard]] constexpr bool message_waiting() const noexcept {
    const auto g = group();
    return g == coding_group::message_waiting_discard ||
           g == coding_group::message_waiting_store_gsm7 ||
           g == coding_group::message_waiting_store_ucs2;
  }
  /// Message waiting groups: bit 3, whether the indication is set (true) or cleared.
  [[nodiscard]] constexpr bool indication_active() const noexcept {
    return message_waiting() && (value & 0x08u) != 0;
  }
  /// Message waiting groups: bits 1..0, what is waiting.
  [[nodiscard]] constexpr waiting_indication indication_type() const noexcept {
    return static_cast<waiting_indication>(value & 3u);
  }
  /// Message waiting groups: whether the message is to be stored (1101, 1110)
  /// or may be discarded (1100).
  [[nodiscard]] constexpr bool store_message() const noexcept {
    return message_waiting() && group() != coding_group::message_waiting_discard;
  }

  /// TP-UDL counts septets: GSM 7-bit text, not compressed (TS 23.040 §9.2.3.16).
  /// (Defined below: a table lookup built from character_set and compressed.)
  [[nodiscard]] constexpr bool user_data_in_septets() const noexcept;

  /// General data coding (group 00xx, or 01xx with automatic deletion).
  [[nodiscard]] static constexpr data_coding_scheme general(
      smspdu::alphabet set, smspdu::message_class klass = smspdu::message_class::none,
      bool compressed = false, bool automatic_deletion = false) noexcept {
    unsigned octet = (automatic_deletion ? 0x40u : 0u) | (compressed ? 0x20u : 0u) |
                     (static_cast<unsigned>(set) << 2);
    if (klass != smspdu::message_class::none) octet |= 0x10u | static_cast<unsigned>(klass);
    return data_coding_scheme{static_cast<std::uint8_t>(octet)};
  }
  /// A class-0 ("flash") message in `set` (general data coding: 0x10, 0x14, 0x18).
  [[nodiscard]] static constexpr data_coding_scheme flash(smspdu::alphabet set = alphabet::gsm7) noexcept {
    return general(set, smspdu::message_class::class_0);
  }
  /// Group 1111: GSM 7-bit or 8-bit data with a message class (0xF0..0xF7).
  /// Precondition: set is gsm7 or eight_bit and klass is not none.
  [[nodiscard]] static constexpr data_coding_scheme with_class(smspdu::alphabet set,
                                                               smspdu::message_class klass) noexcept {
    SMSPDU_ASSERT(set != alphabet::ucs2 && klass != smspdu::message_class::none);
    return data_coding_scheme{static_cast<std::uint8_t>(
        0xF0u | (set == alphabet::eight_bit ? 0x04u : 0u) | static_cast<unsigned>(klass))};
  }
  /// Message waiting indication groups 1100..1110. `store` false selects the
  /// discard group, which is GSM 7-bit only. Precondition: !store implies gsm7.
  [[nodiscard]] static constexpr data_coding_scheme message_waiting_indication(
      waiting_indication type, bool active, bool store = true,
      smspdu::alphabet set = alphabet::gsm7) noexcept {
    SMSPDU_ASSERT(set != alphabet::eight_bit && (store || set == alphabet::gsm7));
    const unsigned group_bits = !store ? 0xC0u : set == alphabet::ucs2 ? 0xE0u : 0xD0u;
    return data_coding_scheme{static_cast<std::uint8_t>(group_bits | (active ? 0x08u : 0u) |
                                                        static_cast<unsigned>(type))};
  }

  friend constexpr bool operator==(data_coding_scheme a, data_coding_scheme b) noexcept {
    return a.value == b.value;
  }
  friend constexpr bool operator!=(data_coding_scheme a, data_coding_scheme b) noexcept {
    return a.value != b.value;
  }
};

namespace detail {
// Which TP-DCS octets make TP-UDL count septets, bit v of the set for octet
// v: GSM 7-bit, not compressed. Every decoded and encoded TPDU asks this two
// or three times; one lookup replaces the coding-group decision each time.
struct septet_coding_set {
  std::uint64_t words[4];
};
constexpr septet_coding_set make_septet_coding_set() noexcept {
  septet_coding_set set{};
  for (unsigned v = 0; v < 256; ++v) {
    const data_coding_scheme dcs{static_cast<std::uint8_t>(v)};
    if (dcs.character_set() == alphabet::gsm7 && !dcs.compressed()) set.words[v / 64] |= std::uint64_t{1} << (v % 64);
  }
  return set;
}
inline constexpr septet_coding_set septet_codings = make_septet_coding_set();
}  // namespace detail

constexpr bool data_coding_scheme::user_data_in_septets() const noexcept {
  return (detail::septet_codings.words[value / 64u] >> (value % 64u) & 1u) != 0;
}

/// The value's name, for messages and logs.
[[nodiscard]] constexpr std::string_view to_string(alphabet set) noexcept {
  switch (set) {
    case alphabet::gsm7: return "gsm7";
    case alphabet::eight_bit: return "8bit";
    case alphabet::ucs2: return "ucs2";
  }
  return "reserved";
}

/// The value's name, for messages and logs.
[[nodiscard]] constexpr std::string_view to_string(message_class klass) noexcept {
  switch (klass) {
    case message_class::class_0: return "class 0 (flash)";
    case message_class::class_1: return "class 1 (ME-specific)";
    case message_class::class_2: return "class 2 (SIM-specific)";
    case message_class::class_3: return "class 3 (TE-specific)";
    case message_class::none: return "none";
  }
  return "none";
}

/// The value's name, for messages and logs.
[[nodiscard]] constexpr std::string_view to_string(coding_group group) noexcept {
  switch (group) {
    case coding_group::general_data_coding: return "general data coding";
    case coding_group::automatic_deletion: return "automatic deletion";
    case coding_group::reserved: return "reserved";
    case coding_group::message_waiting_discard: return "message waiting indication, discard message";
    case coding_group::message_waiting_store_gsm7: return "message waiting indication, store message";
    case coding_group::message_waiting_store_ucs2:
      return "message waiting indication, store message (UCS-2)";
    case coding_group::data_coding_message_class: return "data coding/message class";
  }
  return "reserved";
}

/// The value's name, for messages and logs.
[[nodiscard]] constexpr std::string_view to_string(waiting_indication type) noexcept {
  switch (type) {
    case waiting_indication::voicemail: return "voicemail";
    case waiting_indication::fax: return "fax";
    case waiting_indication::email: return "e-mail";
    case waiting_indication::other: return "other";
  }
  return "other";
}

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_DCS_HPP
