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

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>

#include "address.hpp"
#include "config.hpp"
#include "dcs.hpp"
#include "gsm7.hpp"
#include "options.hpp"
#include "pdu_mode.hpp"
#include "pid.hpp"
#include "result.hpp"
#include "segment.hpp"
#include "timestamp.hpp"
#include "tpdu.hpp"
#include "udh.hpp"
#include "user_data.hpp"

SMSPDU_BEGIN_NAMESPACE

namespace detail {
// The DCS and user data of a text under `options`: TP-UD written at `field`
// (room for max_user_data_octets octets) as write_text_user_data does.
constexpr error code_text_to(std::string_view text, const message_options& o, data_coding_scheme& dcs,
                             std::uint8_t* field, user_data_shape& shape) noexcept {
  alphabet set = o.encoding == text_encoding::ucs2 ? alphabet::ucs2 : alphabet::gsm7;
  gsm7_tables tables = o.tables;
  if (o.encoding != text_encoding::ucs2 && o.tables == gsm7_tables{} && o.languages.any()) {
    // The tables and encoding the segment planner would choose.
    message_options any_length = o;
    any_length.max_segments = max_concatenated_parts;
    const auto plan = plan_text_general(text, any_length);
    if (!plan) return plan.error();
    set = plan->encoding;
    tables = plan->tables;
  }
  dcs = data_coding_scheme::general(set, o.message_class);
  const bool national = set == alphabet::gsm7 && tables != gsm7_tables{};
  if (!national) {
    // Automatic encoding tries GSM 7-bit in the same pass that packs it, and
    // falls back to UCS-2 at the first character the alphabet lacks.
    const error e = write_text_user_data(text, dcs, nullptr, gsm7_tables{}, field, shape);
    if (!failed(e)) return e;
    if (o.encoding != text_encoding::automatic || set != alphabet::gsm7 || e.code != errc::unencodable_character)
      return e;
    dcs = data_coding_scheme::general(alphabet::ucs2, o.message_class);
    return write_text_user_data(text, dcs, nullptr, gsm7_tables{}, field, shape);
  }
  user_data_header header;
  (void)header.add_national_language(tables);  // 6 octets at most: always fits
  return write_text_user_data(text, dcs, &header, header.tables(), field, shape);
}

// The same into the user data of a message being built (`ud` starts empty).
constexpr error code_text_into(std::string_view text, const message_options& o, data_coding_scheme& dcs,
                               user_data& ud) noexcept {
  return write_into(ud, [&](std::uint8_t* field, user_data_shape& shape) {
    return code_text_to(text, o, dcs, field, shape);
  });
}
}  // namespace detail

namespace detail {
// The SUBMIT fields that come from the options alone, set in `s`.
constexpr void set_submit_fields(sms_submit& s, const address& to, const submit_options& o) noexcept {
  s.destination = to;
  s.reject_duplicates = o.reject_duplicates;
  s.reply_path = o.reply_path;
  s.status_report_request = o.status_report;
  s.message_reference = o.message_reference;
  s.pid = o.pid;
  s.validity = o.validity;
}
constexpr sms_submit submit_from(const address& to, const submit_options& o) noexcept {
  sms_submit s;
  set_submit_fields(s, to, o);
  return s;
}

// The DELIVER fields that come from the options, the sender and the time.
constexpr void set_deliver_fields(sms_deliver& d, const address& from, const timestamp& time,
                                  const message_options& o) noexcept {
  d.originator = from;
  d.status_report_indication = o.status_report;
  d.reply_path = o.reply_path;
  d.pid = o.pid;
  d.service_centre_time = time;
}
}  // namespace detail

/// An SMS-SUBMIT of UTF-8 `text` to `to`, in one TPDU.
///
/// Errors (offsets count bytes of `text`): unencodable_character (only with
/// text_encoding::gsm7), invalid_utf8, text_too_long at the first character
/// past the capacity (160 septets, 70 UCS-2 characters, less a header).
[[nodiscard]] constexpr result<sms_submit> make_submit(const address& to, std::string_view text,
                                                       const submit_options& options = {}) noexcept {
  // Built where it is returned: the user data is packed straight into it.
  return detail::build_in_place<sms_submit>([&](sms_submit& s) {
    detail::set_submit_fields(s, to, options);
    return detail::code_text_into(text, options, s.dcs, s.ud);
  });
}

/// As above, to a phone number written with or without "+". Errors of the
/// number (invalid_address_digit, address_too_long) count its characters.
[[nodiscard]] constexpr result<sms_submit> make_submit(std::string_view to, std::string_view text,
                                                       const submit_options& options = {}) noexcept {
  const auto number = phone_number(to);
  if (!number) return number.error();
  return make_submit(*number, text, options);
}

/// Encodes an SMS-SUBMIT of UTF-8 `text` to `to` straight into `out`: the
/// octets and the result of encode(make_submit(to, text, options), out),
/// without the sms_submit in between (the text is packed where TP-UD goes in
/// `out`). For gateways that turn text into PDUs and keep nothing else.
///
/// Errors as make_submit, then as encode(sms_submit); after an error `out`
/// may hold part of a TPDU.
[[nodiscard]] constexpr result<std::size_t> encode_submit(const address& to, std::string_view text,
                                                          octet_span out,
                                                          const submit_options& options = {}) noexcept {
  // Anything unusual (a bad address or validity period, a text that does not
  // encode, an `out` with less room than the longest TP-UD) goes the long
  // way, which reports errors in make_submit's order and handles short output.
  const auto the_long_way = [&]() -> result<std::size_t> {
    const auto submit = make_submit(to, text, options);
    if (!submit) return submit.error();
    return encode(*submit, out);
  };
  detail::octet_writer w(out);
  // The first octet once TP-UDHI is known, TP-DCS once the text's alphabet is.
  const auto dcs_at =
      detail::put_submit_fields(w, 0, options.message_reference, to, options.pid, {}, options.validity);
  if (!dcs_at) return the_long_way();
  const std::size_t udl_at = w.size();
  if (w.overflowed() || out.size() - udl_at < 1 + max_user_data_octets) return the_long_way();
  data_coding_scheme dcs;
  detail::user_data_shape shape;
  if (detail::failed(detail::code_text_to(text, options, dcs, out.data() + udl_at + 1, shape)))
    return the_long_way();
  out[0] = detail::submit_first_octet(options.reject_duplicates, options.validity.format, options.status_report,
                                      shape.has_header, options.reply_path);
  out[*dcs_at] = dcs.value;
  out[udl_at] = shape.length;  // TP-UDL
  return udl_at + 1 + shape.octets;
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
  return detail::build_in_place<sms_deliver>([&](sms_deliver& d) {  // in place, as make_submit
    detail::set_deliver_fields(d, from, time, options);
    return detail::code_text_into(text, options, d.dcs, d.ud);
  });
}

namespace detail {
// TP-MR of segment `index` (0-based) of a split: it counts up from
// options.message_reference, modulo 256.
constexpr std::uint8_t segment_reference(const submit_options& options, std::size_t index) noexcept {
  return static_cast<std::uint8_t>(options.message_reference + index);
}
// Segment `segment` of split data as an SMS-SUBMIT, every field set.
constexpr sms_submit submit_of(const address& to, const submit_options& options,
                               const text_segment& segment) noexcept {
  sms_submit s;
  set_submit_fields(s, to, options);
  s.message_reference = segment_reference(options, segment.sequence - 1);
  s.dcs = segment.dcs;
  s.ud = segment.ud;
  return s;
}
}  // namespace detail

/// Splits UTF-8 `text` to `to` into SMS-SUBMITs, one a segment, each with the
/// concatenation element (options.reference, sequence 1..n) and the national
/// language and port elements the plan needs; segment i gets TP-MR
/// options.message_reference + i. Each goes to `on_submit(const sms_submit&)`
/// in order. Returns the plan (count_segments), or its error, before any
/// SUBMIT is handed on. Errors as count_segments.
template <class OnSubmit>
[[nodiscard]] constexpr result<segment_plan> split_submit(const address& to, std::string_view text,
                                                          const submit_options& options,
                                                          OnSubmit&& on_submit) noexcept {
  sms_submit s = detail::submit_from(to, options);
  return detail::split_message(text, options, s, [&](std::size_t i, std::size_t) {
    s.message_reference = detail::segment_reference(options, i);
    on_submit(static_cast<const sms_submit&>(s));
    return error{};
  });
}

/// Splits into caller storage: `out` receives the SMS-SUBMITs and the result
/// is their count. Errors as count_segments; output_too_small (offset: the
/// segments needed) when `out` is shorter, and then nothing is written.
[[nodiscard]] constexpr result<std::size_t> split_submit(const address& to, std::string_view text,
                                                         const submit_options& options,
                                                         span<sms_submit> out) noexcept {
  const auto plan = count_segments(text, options);
  if (!plan) return plan.error();
  if (plan->segment_count() > out.size()) return error{errc::output_too_small, plan->segment_count()};
  const detail::segment_frame frame = detail::frame_of(*plan, options);
  for (std::size_t i = 0; i < plan->segment_count(); ++i) {
    sms_submit& s = out[i];  // built in place: every field is set
    detail::set_submit_fields(s, to, options);
    s.message_reference = detail::segment_reference(options, i);
    s.dcs = frame.dcs;
    const error e = detail::write_segment_into(text, *plan, frame, i, s.ud);
    if (detail::failed(e)) return e;
  }
  return plan->segment_count();
}

/// Splits and encodes in one go: each segment's PDU-mode PDU in hex (SMSC
/// address `smsc`, or "00" for the modem's own), with its AT+CMGS length, goes
/// to `on_pdu(const pdu_hex&)` in order. Errors as count_segments, or the
/// encoder's for an address it cannot write; those show at the first segment,
/// before any PDU is handed on.
template <class OnPdu>
[[nodiscard]] constexpr result<segment_plan> split_submit_hex(const std::optional<address>& smsc,
                                                              const address& to, std::string_view text,
                                                              const submit_options& options,
                                                              OnPdu&& on_pdu) noexcept {
  pdu p{smsc, detail::submit_from(to, options)};
  sms_submit& s = *std::get_if<sms_submit>(&p.message);
  std::array<std::uint8_t, max_pdu_octets> octets{};
  std::size_t tpdu_at = 0;  // where the TPDU starts, after the SMSC address
  std::size_t udl_at = 0;   // where TP-UDL is
  return detail::split_message(text, options, s, [&](std::size_t i, std::size_t) -> error {
    std::size_t length = 0;
    if (i == 0) {
      // The first PDU is encoded in full, which reports the encoder's errors.
      // The segments differ only in TP-MR and TP-UD (TP-UDHI is the same in
      // all), so the octets before TP-UDL are every PDU's.
      s.message_reference = detail::segment_reference(options, 0);
      const auto encoded = encode_pdu(p, octets);
      if (!encoded) return encoded.error();
      length = encoded->octets;
      tpdu_at = length - encoded->tpdu_octets;
      udl_at = length - 1 - s.ud.octets.size();
    } else {
      // TP-MR (TS 23.040 §9.2.3.6) follows the first octet; TP-UD goes where
      // encode writes it. encode would check this user data as decode does
      // and find nothing: it is built from valid text and a well-formed
      // header, within TP-UDL's limits.
      octets[tpdu_at + 1] = detail::segment_reference(options, i);
      octets[udl_at] = s.ud.length;
      detail::copy_elements(s.ud.octets.data(), s.ud.octets.size(), octets.data() + udl_at + 1);
      length = udl_at + 1 + s.ud.octets.size();
    }
    pdu_hex hex;
    hex.digits.set_size(*octets_to_hex(octet_view(octets.data(), length), hex.digits.storage()));
    hex.tpdu_octets = length - tpdu_at;
    on_pdu(static_cast<const pdu_hex&>(hex));
    return error{};
  });
}

/// Splits 8-bit `data` to `to` into SMS-SUBMITs (options.ports in every
/// segment; WAP push uses 16-bit destination port 2948), as split_submit
/// does for text. Errors as count_data_segments.
template <class OnSubmit>
[[nodiscard]] constexpr result<segment_plan> split_data_submit(const address& to, octet_view data,
                                                               const submit_options& options,
                                                               OnSubmit&& on_submit) noexcept {
  return split_data(data, options, [&](const text_segment& segment) {
    on_submit(detail::submit_of(to, options, segment));
  });
}

/// As split_submit, SMS-DELIVERs from `from` stamped `time`: what an SMSC
/// simulator delivers. TP-MR does not exist in a DELIVER.
template <class OnDeliver>
[[nodiscard]] constexpr result<segment_plan> split_deliver(const address& from, std::string_view text,
                                                           const timestamp& time,
                                                           const message_options& options,
                                                           OnDeliver&& on_deliver) noexcept {
  sms_deliver d;
  detail::set_deliver_fields(d, from, time, options);
  return detail::split_message(text, options, d, [&](std::size_t, std::size_t) {
    on_deliver(static_cast<const sms_deliver&>(d));
    return error{};
  });
}

/// The text of an SMS-DELIVER or SMS-SUBMIT as UTF-8 (see text_of).
template <class Message>
[[nodiscard]] constexpr result<static_vector<char, max_user_data_text>> text_of(
    const Message& m) noexcept {
  return text_of(m.ud, m.dcs);
}

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_COMPOSE_HPP
