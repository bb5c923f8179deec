// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Building the common messages in a few lines: a text SMS-SUBMIT (plain,
// flash, replace type, with validity or a status report request), an 8-bit
// data SUBMIT with application ports, and an SMS-DELIVER for SMSC simulators.
//
//   auto plain = smspdu::make_submit("+41791234567", "Hello!");
//   smspdu::submit_options flash;
//   flash.message_class = smspdu::message_class::class_0;
//   auto alert = smspdu::make_submit("+41791234567", "Alert!", flash);
#ifndef SMSPDU_COMPOSE_HPP
#define SMSPDU_COMPOSE_HPP

#include <cstdint>
#include <optional>
#include <string_view>

#include "address.hpp"
#include "config.hpp"
#include "dcs.hpp"
#include "gsm7.hpp"
#include "pid.hpp"
#include "result.hpp"
#include "timestamp.hpp"
#include "tpdu.hpp"
#include "udh.hpp"
#include "user_data.hpp"

SMSPDU_BEGIN_NAMESPACE

/// How text is encoded.
enum class text_encoding : std::uint8_t {
  automatic,  ///< GSM 7-bit when every character is in the tables, else UCS-2
  gsm7,       ///< GSM 7-bit or an error at the first character it lacks
  ucs2,       ///< UCS-2 (UTF-16BE) always
};

/// Options of a text message. The defaults make a plain SMS: no class,
/// TP-PID 0, no validity period, no status report.
struct message_options {
  text_encoding encoding = text_encoding::automatic;
  /// National language tables for GSM 7-bit text; other than the default
  /// they add the IEs 0x24/0x25 to the header (TS 23.040 §9.2.3.24.15-16).
  gsm7_tables tables{};
  /// class_0 makes a flash message (shown at once, TS 23.038 clause 4).
  smspdu::message_class message_class = smspdu::message_class::none;
  /// TP-PID; for example protocol_identifier::replace_short_message(3).
  protocol_identifier pid{};
  /// SUBMIT only: TP-VP.
  validity_period validity{};
  /// SUBMIT only: TP-MR (modems usually fill it in themselves).
  std::uint8_t message_reference = 0;
  /// SUBMIT: TP-SRR, ask for a status report. DELIVER: TP-SRI.
  bool status_report = false;
  bool reject_duplicates = false;  ///< SUBMIT only: TP-RD
  bool reply_path = false;         ///< TP-RP
};

/// Options of a SUBMIT (the same set).
using submit_options = message_options;

namespace detail {
// The DCS and user data of a text under `options`.
struct coded_text {
  data_coding_scheme dcs;
  user_data ud;
};

constexpr result<coded_text> code_text(std::string_view text, const message_options& o) noexcept {
  alphabet set = o.encoding == text_encoding::ucs2 ? alphabet::ucs2 : alphabet::gsm7;
  if (o.encoding == text_encoding::automatic) {
    const auto septets = gsm7_length_from_utf8(text, o.tables);
    if (!septets) {
      if (septets.error().code != errc::unencodable_character) return septets.error();
      set = alphabet::ucs2;
    }
  }
  const data_coding_scheme dcs = data_coding_scheme::general(set, o.message_class);
  const bool national = set == alphabet::gsm7 && o.tables != gsm7_tables{};
  if (!national) {
    const auto ud = text_user_data(text, dcs);
    if (!ud) return ud.error();
    return coded_text{dcs, *ud};
  }
  user_data_header header;
  (void)header.add_national_language(o.tables);  // 6 octets at most: always fits
  const auto ud = text_user_data(text, dcs, header);
  if (!ud) return ud.error();
  return coded_text{dcs, *ud};
}
}  // namespace detail

namespace detail {
// The SUBMIT fields that come from the options alone.
constexpr sms_submit submit_from(const address& to, const submit_options& o) noexcept {
  sms_submit s;
  s.destination = to;
  s.reject_duplicates = o.reject_duplicates;
  s.reply_path = o.reply_path;
  s.status_report_request = o.status_report;
  s.message_reference = o.message_reference;
  s.pid = o.pid;
  s.validity = o.validity;
  return s;
}
}  // namespace detail

/// An SMS-SUBMIT of UTF-8 `text` to `to`, in one TPDU.
///
/// Errors (offsets count bytes of `text`): unencodable_character (only with
/// text_encoding::gsm7), invalid_utf8, text_too_long at the first character
/// past the capacity (160 septets, 70 UCS-2 characters, less a header).
[[nodiscard]] constexpr result<sms_submit> make_submit(const address& to, std::string_view text,
                                                       const submit_options& options = {}) noexcept {
  const auto coded = detail::code_text(text, options);
  if (!coded) return coded.error();
  sms_submit s = detail::submit_from(to, options);
  s.dcs = coded->dcs;
  s.ud = coded->ud;
  return s;
}

/// As above, to a phone number written with or without "+". Errors of the
/// number (invalid_address_digit, address_too_long) count its characters.
[[nodiscard]] constexpr result<sms_submit> make_submit(std::string_view to, std::string_view text,
                                                       const submit_options& options = {}) noexcept {
  const auto number = phone_number(to);
  if (!number) return number.error();
  return make_submit(*number, text, options);
}

/// An 8-bit data SMS-SUBMIT (DCS 0x04, or 0xF4..0xF7 with a class), with an
/// application port element when `ports` is given (WAP push uses 16-bit
/// destination port 2948).
///
/// Errors: user_data_too_long (offset: octets needed) past 140 octets.
[[nodiscard]] constexpr result<sms_submit> make_data_submit(
    const address& to, octet_view data, std::optional<port_info> ports = std::nullopt,
    const submit_options& options = {}) noexcept {
  user_data_header header;
  if (ports) (void)header.add_application_ports(ports->destination, ports->originator, ports->sixteen_bit);
  const auto ud = data_user_data(data, ports ? &header : nullptr);
  if (!ud) return ud.error();
  sms_submit s = detail::submit_from(to, options);
  s.dcs = data_coding_scheme::general(alphabet::eight_bit, options.message_class);
  s.ud = *ud;
  return s;
}

/// An SMS-DELIVER of UTF-8 `text` from `from`, stamped `time` by the service
/// centre: what an SMSC simulator sends. Errors as make_submit.
[[nodiscard]] constexpr result<sms_deliver> make_deliver(const address& from, std::string_view text,
                                                         const timestamp& time,
                                                         const message_options& options = {}) noexcept {
  const auto coded = detail::code_text(text, options);
  if (!coded) return coded.error();
  sms_deliver d;
  d.originator = from;
  d.status_report_indication = options.status_report;
  d.reply_path = options.reply_path;
  d.pid = options.pid;
  d.dcs = coded->dcs;
  d.service_centre_time = time;
  d.ud = coded->ud;
  return d;
}

/// The text of an SMS-DELIVER or SMS-SUBMIT as UTF-8 (see text_of).
template <class Message>
[[nodiscard]] constexpr result<static_vector<char, max_user_data_text>> text_of(
    const Message& m) noexcept {
  return text_of(m.ud, m.dcs);
}

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_COMPOSE_HPP
