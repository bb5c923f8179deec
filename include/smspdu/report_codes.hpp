// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// The coded values of the report and command TPDUs: TP-ST (TS 23.040
// §9.2.3.15), TP-FCS (§9.2.3.22) and TP-CT (§9.2.3.19). Each keeps its octet
// as sent and describes it in words.
#ifndef SMSPDU_REPORT_CODES_HPP
#define SMSPDU_REPORT_CODES_HPP

#include <cstdint>
#include <string_view>

#include "config.hpp"

SMSPDU_BEGIN_NAMESPACE

/// What a TP-ST value says about the transaction (bits 6..5).
enum class status_category : std::uint8_t {
  completed = 0,            ///< 0x00..0x1F: the short message transaction completed
  still_trying = 1,         ///< 0x20..0x3F: temporary error, the SC is still trying
  permanent_error = 2,      ///< 0x40..0x5F: permanent error, the SC is not trying any more
  temporary_gave_up = 3,    ///< 0x60..0x7F: temporary error, the SC is not trying any more
};

/// TP-ST, the status in an SMS-STATUS-REPORT (TS 23.040 §9.2.3.15).
struct delivery_status {
  std::uint8_t value = 0;

  /// The value a receiver acts on: reserved values (0x80..0xFF) are read as
  /// 0x63, "service rejected", as TS 23.040 asks.
  [[nodiscard]] constexpr std::uint8_t effective() const noexcept {
    return value >= 0x80 ? std::uint8_t{0x63} : value;
  }
  [[nodiscard]] constexpr status_category category() const noexcept {
    return static_cast<status_category>((effective() >> 5) & 3u);
  }
  /// True when the message reached the recipient (or was replaced): 0x00..0x02.
  [[nodiscard]] constexpr bool delivered() const noexcept { return value <= 0x02; }
  [[nodiscard]] constexpr bool is_reserved() const noexcept {
    const unsigned v = value;
    return v >= 0x80 || (v >= 0x03 && v <= 0x0F) || (v >= 0x26 && v <= 0x2F) ||
           (v >= 0x4A && v <= 0x4F) || (v >= 0x66 && v <= 0x6F);
  }
  [[nodiscard]] constexpr bool is_sc_specific() const noexcept {
    const unsigned v = value;
    return (v >= 0x10 && v <= 0x1F) || (v >= 0x30 && v <= 0x3F) || (v >= 0x50 && v <= 0x5F) ||
           (v >= 0x70 && v <= 0x7F);
  }
  /// The meaning in words.
  [[nodiscard]] constexpr std::string_view description() const noexcept {
    switch (value) {
      case 0x00: return "short message received by the SME";
      case 0x01: return "short message forwarded by the SC to the SME, delivery not confirmed";
      case 0x02: return "short message replaced by the SC";
      case 0x20: case 0x60: return "congestion";
      case 0x21: case 0x61: return "SME busy";
      case 0x22: case 0x62: return "no response from SME";
      case 0x23: case 0x63: return "service rejected";
      case 0x24: case 0x44: case 0x64: return "quality of service not available";
      case 0x25: case 0x65: return "error in SME";
      case 0x40: return "remote procedure error";
      case 0x41: return "incompatible destination";
      case 0x42: return "connection rejected by SME";
      case 0x43: return "not obtainable";
      case 0x45: return "no interworking available";
      case 0x46: return "SM validity period expired";
      case 0x47: return "SM deleted by originating SME";
      case 0x48: return "SM deleted by SC administration";
      case 0x49: return "SM does not exist";
      default: break;
    }
    if (is_sc_specific()) return "SC specific";
    return "reserved (read as service rejected)";
  }

  friend constexpr bool operator==(delivery_status a, delivery_status b) noexcept {
    return a.value == b.value;
  }
  friend constexpr bool operator!=(delivery_status a, delivery_status b) noexcept {
    return a.value != b.value;
  }
};

/// The value's name, for messages and logs.
[[nodiscard]] constexpr std::string_view to_string(status_category c) noexcept {
  switch (c) {
    case status_category::completed: return "transaction completed";
    case status_category::still_trying: return "temporary error, SC still trying";
    case status_category::permanent_error: return "permanent error, SC not trying";
    case status_category::temporary_gave_up: return "temporary error, SC not trying";
  }
  return "reserved";
}

/// TP-FCS, the failure cause of an RP-ERROR report (TS 23.040 §9.2.3.22); the
/// same values are +CMS ERROR 128..255 in TS 27.005.
struct failure_cause {
  std::uint8_t value = 0xFF;  ///< 0xFF: unspecified error cause

  [[nodiscard]] constexpr std::string_view description() const noexcept {
    switch (value) {
      case 0x80: return "telematic interworking not supported";
      case 0x81: return "short message type 0 not supported";
      case 0x82: return "cannot replace short message";
      case 0x8F: return "unspecified TP-PID error";
      case 0x90: return "data coding scheme (alphabet) not supported";
      case 0x91: return "message class not supported";
      case 0x9F: return "unspecified TP-DCS error";
      case 0xA0: return "command cannot be actioned";
      case 0xA1: return "command unsupported";
      case 0xAF: return "unspecified TP-Command error";
      case 0xB0: return "TPDU not supported";
      case 0xC0: return "SC busy";
      case 0xC1: return "no SC subscription";
      case 0xC2: return "SC system failure";
      case 0xC3: return "invalid SME address";
      case 0xC4: return "destination SME barred";
      case 0xC5: return "SM rejected: duplicate SM";
      case 0xC6: return "TP-VPF not supported";
      case 0xC7: return "TP-VP not supported";
      case 0xD0: return "(U)SIM SMS storage full";
      case 0xD1: return "no SMS storage capability in (U)SIM";
      case 0xD2: return "error in MS";
      case 0xD3: return "memory capacity exceeded";
      case 0xD4: return "(U)SIM Application Toolkit busy";
      case 0xD5: return "(U)SIM data download error";
      case 0xFF: return "unspecified error cause";
      default: break;
    }
    if (value >= 0xE0) return "application specific";
    return "reserved";
  }

  friend constexpr bool operator==(failure_cause a, failure_cause b) noexcept {
    return a.value == b.value;
  }
  friend constexpr bool operator!=(failure_cause a, failure_cause b) noexcept {
    return a.value != b.value;
  }
};

/// TP-CT, the command of an SMS-COMMAND (TS 23.040 §9.2.3.19).
struct command_type {
  std::uint8_t value = 0x00;

  static constexpr std::uint8_t enquiry = 0x00;                 ///< about a submitted SM
  static constexpr std::uint8_t cancel_status_report = 0x01;    ///< cancel the status report request
  static constexpr std::uint8_t delete_message = 0x02;          ///< delete the submitted SM
  static constexpr std::uint8_t enable_status_report = 0x03;    ///< enable the status report request

  [[nodiscard]] constexpr std::string_view description() const noexcept {
    switch (value) {
      case enquiry: return "enquiry relating to a previously submitted short message";
      case cancel_status_report: return "cancel status report request";
      case delete_message: return "delete previously submitted short message";
      case enable_status_report: return "enable status report request";
      default: break;
    }
    if (value >= 0xE0) return "SC specific";
    return "reserved";
  }

  friend constexpr bool operator==(command_type a, command_type b) noexcept {
    return a.value == b.value;
  }
  friend constexpr bool operator!=(command_type a, command_type b) noexcept {
    return a.value != b.value;
  }
};

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_REPORT_CODES_HPP
