// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// TP-PID, the protocol identifier (TS 23.040 §9.2.3.9). The octet is kept as
// sent; the accessors name what it means.
#ifndef SMSPDU_PID_HPP
#define SMSPDU_PID_HPP

#include <cstdint>
#include <string_view>

#include "config.hpp"

SMSPDU_BEGIN_NAMESPACE

/// Telematic device types, bits 4..0 when bits 7..5 are 001 (TS 23.040 §9.2.3.9).
enum class telematic_device : std::uint8_t {
  implicit = 0x00,  ///< device type is specific to this SC, or known from the address
  telex = 0x01,
  group3_telefax = 0x02,
  group4_telefax = 0x03,
  voice_telephone = 0x04,  ///< conversion to speech
  ermes = 0x05,
  national_paging = 0x06,
  videotex = 0x07,
  teletex_unspecified = 0x08,
  teletex_pspdn = 0x09,
  teletex_cspdn = 0x0A,
  teletex_analog_pstn = 0x0B,
  teletex_digital_isdn = 0x0C,
  uci = 0x0D,  ///< Universal Computer Interface, ETSI DE/PS 3 01-3
  message_handling_facility = 0x10,
  x400 = 0x11,
  internet_email = 0x12,
  gsm_mobile_station = 0x1F,  ///< the SC converts to the GSM alphabet and DCS
};

/// TP-PID: the raw octet with its meaning.
struct protocol_identifier {
  std::uint8_t value = 0x00;  ///< the octet as sent; 0x00 is plain SME-to-SME

  /// Bits 7..5 = 001: telematic interworking; device() says with what.
  [[nodiscard]] constexpr bool is_telematic_interworking() const noexcept {
    return (value & 0xE0u) == 0x20u;
  }
  /// The telematic device (bits 4..0); meaningful when is_telematic_interworking().
  [[nodiscard]] constexpr telematic_device device() const noexcept {
    return static_cast<telematic_device>(value & 0x1Fu);
  }
  /// Bits 7..5 = 000: no interworking; bits 4..0 give the SM-AL protocol.
  [[nodiscard]] constexpr bool is_sme_to_sme() const noexcept { return (value & 0xE0u) == 0x00u; }
  /// 0x40, Short Message Type 0: acknowledged, then possibly discarded ("silent").
  [[nodiscard]] constexpr bool is_short_message_type_0() const noexcept { return value == 0x40; }
  /// 0x41..0x47, Replace Short Message Type 1..7.
  [[nodiscard]] constexpr bool is_replace() const noexcept { return value >= 0x41 && value <= 0x47; }
  /// The replace type 1..7, or 0 when this is not a replace type.
  [[nodiscard]] constexpr unsigned replace_type() const noexcept {
    return is_replace() ? value - 0x40u : 0u;
  }
  /// 0x48, Device Triggering Short Message.
  [[nodiscard]] constexpr bool is_device_triggering() const noexcept { return value == 0x48; }
  /// 0x5E, Enhanced Message Service (obsolete).
  [[nodiscard]] constexpr bool is_enhanced_message_service() const noexcept { return value == 0x5E; }
  /// 0x5F, Return Call Message: a number to call back, such as voicemail.
  [[nodiscard]] constexpr bool is_return_call() const noexcept { return value == 0x5F; }
  /// 0x7C, ANSI-136 R-DATA.
  [[nodiscard]] constexpr bool is_ansi136_r_data() const noexcept { return value == 0x7C; }
  /// 0x7D, ME Data download.
  [[nodiscard]] constexpr bool is_me_data_download() const noexcept { return value == 0x7D; }
  /// 0x7E, ME De-personalization Short Message.
  [[nodiscard]] constexpr bool is_me_depersonalization() const noexcept { return value == 0x7E; }
  /// 0x7F, (U)SIM Data download: passed to the (U)SIM, neither stored nor shown.
  [[nodiscard]] constexpr bool is_sim_data_download() const noexcept { return value == 0x7F; }
  /// Bits 7..6 = 11: for SC-specific use.
  [[nodiscard]] constexpr bool is_sc_specific() const noexcept { return (value & 0xC0u) == 0xC0u; }
  /// A reserved value: bits 7..6 = 10, telematic codes 0x2E, 0x2F, 0x33..0x37,
  /// or a 01 value the spec does not assign.
  [[nodiscard]] constexpr bool is_reserved() const noexcept {
    if ((value & 0xC0u) == 0x80u) return true;
    if (value == 0x2E || value == 0x2F || (value >= 0x33 && value <= 0x37)) return true;
    if ((value & 0xC0u) == 0x40u)
      return !(value <= 0x48 || value == 0x5E || value == 0x5F || value >= 0x7C);
    return false;
  }

  /// Replace Short Message Type `type` (TS 23.040 §9.2.3.9: 0x41..0x47): the
  /// receiver replaces an earlier message with the same PID and originator.
  /// Precondition: 1 <= type <= 7.
  [[nodiscard]] static constexpr protocol_identifier replace_short_message(unsigned type) noexcept {
    SMSPDU_ASSERT(type >= 1 && type <= 7);
    return protocol_identifier{static_cast<std::uint8_t>(0x40u + type)};
  }
  /// Short Message Type 0 (0x40).
  [[nodiscard]] static constexpr protocol_identifier short_message_type_0() noexcept {
    return protocol_identifier{0x40};
  }
  /// Return Call Message (0x5F).
  [[nodiscard]] static constexpr protocol_identifier return_call_message() noexcept {
    return protocol_identifier{0x5F};
  }
  /// (U)SIM Data download (0x7F).
  [[nodiscard]] static constexpr protocol_identifier sim_data_download() noexcept {
    return protocol_identifier{0x7F};
  }
  /// Telematic interworking with `device` (0x20 | device).
  [[nodiscard]] static constexpr protocol_identifier telematic(telematic_device d) noexcept {
    return protocol_identifier{static_cast<std::uint8_t>(0x20u | static_cast<unsigned>(d))};
  }

  friend constexpr bool operator==(protocol_identifier a, protocol_identifier b) noexcept {
    return a.value == b.value;
  }
  friend constexpr bool operator!=(protocol_identifier a, protocol_identifier b) noexcept {
    return a.value != b.value;
  }
};

/// The device's name ("telex", "group 3 telefax", ...), or "reserved".
[[nodiscard]] constexpr std::string_view to_string(telematic_device d) noexcept {
  switch (d) {
    case telematic_device::implicit: return "implicit";
    case telematic_device::telex: return "telex";
    case telematic_device::group3_telefax: return "group 3 telefax";
    case telematic_device::group4_telefax: return "group 4 telefax";
    case telematic_device::voice_telephone: return "voice telephone (speech conversion)";
    case telematic_device::ermes: return "ERMES";
    case telematic_device::national_paging: return "national paging system";
    case telematic_device::videotex: return "Videotex";
    case telematic_device::teletex_unspecified: return "teletex, carrier unspecified";
    case telematic_device::teletex_pspdn: return "teletex, PSPDN";
    case telematic_device::teletex_cspdn: return "teletex, CSPDN";
    case telematic_device::teletex_analog_pstn: return "teletex, analog PSTN";
    case telematic_device::teletex_digital_isdn: return "teletex, digital ISDN";
    case telematic_device::uci: return "UCI";
    case telematic_device::message_handling_facility: return "message handling facility";
    case telematic_device::x400: return "X.400 message handling system";
    case telematic_device::internet_email: return "Internet electronic mail";
    case telematic_device::gsm_mobile_station: return "GSM/UMTS mobile station";
  }
  const unsigned code = static_cast<unsigned>(d);
  return code >= 0x18 && code <= 0x1E ? "SC specific" : "reserved";
}

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_PID_HPP
