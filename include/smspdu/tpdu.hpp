// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// The six TPDUs of TS 23.040 §9.2.2, each a value type with its decoder and
// encoder: SMS-DELIVER, SMS-DELIVER-REPORT, SMS-SUBMIT, SMS-SUBMIT-REPORT,
// SMS-STATUS-REPORT and SMS-COMMAND.
//
// TP-MTI means different types in the two directions (§9.2.3.1), so the
// generic decoder takes a direction. The reports come in an RP-ACK and an
// RP-ERROR form that the TPDU itself does not tell apart (only the RP-ERROR
// form has TP-FCS): their decoders take the form.
//
// Decoders are strict about structure and report the octet offset of what is
// wrong; bits the spec marks spare or reserved are ignored on receipt, as it
// asks. Every decoded value re-encodes to the same octets, and encoders
// refuse what the decoders would refuse.
#ifndef SMSPDU_TPDU_HPP
#define SMSPDU_TPDU_HPP

#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <variant>

#include "address.hpp"
#include "buffer.hpp"
#include "config.hpp"
#include "dcs.hpp"
#include "detail/octet_io.hpp"
#include "limits.hpp"
#include "pid.hpp"
#include "report_codes.hpp"
#include "result.hpp"
#include "timestamp.hpp"
#include "user_data.hpp"

SMSPDU_BEGIN_NAMESPACE

/// Which way a TPDU travels, which TP-MTI needs to be read (TS 23.040 §9.2.3.1).
enum class direction : std::uint8_t {
  sc_to_ms,  ///< mobile terminated: DELIVER, SUBMIT-REPORT, STATUS-REPORT
  ms_to_sc,  ///< mobile originated: SUBMIT, DELIVER-REPORT, COMMAND
};

/// The six TPDU types.
enum class message_type : std::uint8_t {
  sms_deliver,
  sms_deliver_report,
  sms_submit,
  sms_submit_report,
  sms_status_report,
  sms_command,
};

/// The two forms of SMS-DELIVER-REPORT and SMS-SUBMIT-REPORT: carried in an
/// RP-ACK, or in an RP-ERROR with TP-FCS (TS 23.040 §9.2.2.1a, §9.2.2.2a).
enum class report_form : std::uint8_t { ack, error };

/// How the generic decoders read what the TPDU itself does not settle.
struct decode_options {
  /// The form of SMS-DELIVER-REPORT and SMS-SUBMIT-REPORT: the TPDU does not
  /// say whether it came in an RP-ACK or an RP-ERROR (with TP-FCS). AT+CMGS
  /// acknowledgements are RP-ACK.
  report_form reports = report_form::ack;
  /// TS 23.040 §9.2.3.1: an MS that receives TP-MTI 11 processes the TPDU as
  /// an SMS-DELIVER. Off by default, when MTI 11 is reserved_message_type.
  bool reserved_type_as_deliver = false;
};

/// TP-SRQ in SMS-STATUS-REPORT (§9.2.3.26): what the report is about.
enum class report_qualifier : std::uint8_t {
  submit = 0,   ///< the result of an SMS-SUBMIT
  command = 1,  ///< the result of an SMS-COMMAND
};

/// The TPDU type of TP-MTI (bits 1..0 of `first_octet`) in `d`.
/// Errors: reserved_message_type (offset 0) for MTI 11.
[[nodiscard]] constexpr result<message_type> message_type_of(std::uint8_t first_octet,
                                                             direction d) noexcept {
  switch (first_octet & 3u) {
    case 0: return d == direction::sc_to_ms ? message_type::sms_deliver : message_type::sms_deliver_report;
    case 1: return d == direction::sc_to_ms ? message_type::sms_submit_report : message_type::sms_submit;
    case 2: return d == direction::sc_to_ms ? message_type::sms_status_report : message_type::sms_command;
    default: return error{errc::reserved_message_type, 0};
  }
}

/// The value's name, for messages and logs.
[[nodiscard]] constexpr std::string_view to_string(message_type t) noexcept {
  switch (t) {
    case message_type::sms_deliver: return "SMS-DELIVER";
    case message_type::sms_deliver_report: return "SMS-DELIVER-REPORT";
    case message_type::sms_submit: return "SMS-SUBMIT";
    case message_type::sms_submit_report: return "SMS-SUBMIT-REPORT";
    case message_type::sms_status_report: return "SMS-STATUS-REPORT";
    case message_type::sms_command: return "SMS-COMMAND";
  }
  return "reserved";
}

/// TP-PI and the optional fields it announces (TS 23.040 §9.2.3.27), in
/// SMS-STATUS-REPORT, SMS-DELIVER-REPORT and SMS-SUBMIT-REPORT. Only the
/// fields whose bit is set are part of the value (and of equality). TP-UD
/// without TP-DCS is read with the default coding 0x00.
struct parameter_indicator {
  /// The TP-PI octets as sent: the first, then any extension octets (bit 7
  /// chains them; their other bits are reserved). Empty: no TP-PI, which only
  /// an SMS-STATUS-REPORT may have.
  static_vector<std::uint8_t, 4> octets;
  protocol_identifier pid;  ///< TP-PID, when bit 0
  data_coding_scheme dcs;   ///< TP-DCS, when bit 1
  user_data ud;             ///< TP-UDL/TP-UD, when bit 2

  [[nodiscard]] constexpr bool present() const noexcept { return !octets.empty(); }
  [[nodiscard]] constexpr bool has_pid() const noexcept { return bit(0x01); }
  [[nodiscard]] constexpr bool has_dcs() const noexcept { return bit(0x02); }
  [[nodiscard]] constexpr bool has_user_data() const noexcept { return bit(0x04); }

  /// Sets TP-PID and its bit (adding TP-PI if there was none).
  constexpr void set_pid(protocol_identifier p) noexcept {
    set_bit(0x01);
    pid = p;
  }
  constexpr void set_dcs(data_coding_scheme d) noexcept {
    set_bit(0x02);
    dcs = d;
  }
  constexpr void set_user_data(const user_data& u) noexcept {
    set_bit(0x04);
    ud = u;
  }
  /// The coding of TP-UD: TP-DCS when present, else 0x00 (GSM 7-bit).
  [[nodiscard]] constexpr data_coding_scheme effective_dcs() const noexcept {
    return has_dcs() ? dcs : data_coding_scheme{};
  }

  friend constexpr bool operator==(const parameter_indicator& a, const parameter_indicator& b) noexcept {
    return a.octets == b.octets && (!a.has_pid() || a.pid == b.pid) &&
           (!a.has_dcs() || a.dcs == b.dcs) && (!a.has_user_data() || a.ud == b.ud);
  }
  friend constexpr bool operator!=(const parameter_indicator& a, const parameter_indicator& b) noexcept {
    return !(a == b);
  }

 private:
  constexpr bool bit(unsigned mask) const noexcept {
    return !octets.empty() && (octets[0] & mask) != 0;
  }
  constexpr void set_bit(unsigned mask) noexcept {
    if (octets.empty()) octets.push_back(0);
    octets[0] = static_cast<std::uint8_t>(octets[0] | mask);
  }
};

/// SMS-DELIVER, SC to MS (TS 23.040 §9.2.2.1).
struct sms_deliver {
  static constexpr message_type type = message_type::sms_deliver;

  /// TP-MMS, read the way people mean it: true when more messages are
  /// waiting in the SC. (On the air the bit is inverted: 0 means more.)
  bool more_messages_to_send = false;
  bool loop_prevention = false;           ///< TP-LP (§9.2.3.28)
  bool status_report_indication = false;  ///< TP-SRI: a status report will go to the sender
  bool reply_path = false;                ///< TP-RP (§9.2.3.17)
  /// First-octet bits the spec leaves spare (bit 4 here), as received. They
  /// are sent as 0 and ignored on receipt; kept so a TPDU re-encodes exactly.
  std::uint8_t spare_bits = 0;
  address originator;                     ///< TP-OA
  protocol_identifier pid;                ///< TP-PID
  data_coding_scheme dcs;                 ///< TP-DCS
  timestamp service_centre_time;          ///< TP-SCTS
  user_data ud;                           ///< TP-UDHI, TP-UDL, TP-UD

  friend constexpr bool operator==(const sms_deliver& a, const sms_deliver& b) noexcept {
    return a.more_messages_to_send == b.more_messages_to_send &&
           a.loop_prevention == b.loop_prevention &&
           a.status_report_indication == b.status_report_indication &&
           a.reply_path == b.reply_path && a.spare_bits == b.spare_bits &&
           a.originator == b.originator && a.pid == b.pid && a.dcs == b.dcs &&
           a.service_centre_time == b.service_centre_time && a.ud == b.ud;
  }
  friend constexpr bool operator!=(const sms_deliver& a, const sms_deliver& b) noexcept {
    return !(a == b);
  }
};

/// SMS-SUBMIT, MS to SC (TS 23.040 §9.2.2.2).
struct sms_submit {
  static constexpr message_type type = message_type::sms_submit;

  bool reject_duplicates = false;      ///< TP-RD (§9.2.3.25)
  bool reply_path = false;             ///< TP-RP
  bool status_report_request = false;  ///< TP-SRR (§9.2.3.5)
  std::uint8_t message_reference = 0;  ///< TP-MR (§9.2.3.6)
  address destination;                 ///< TP-DA
  protocol_identifier pid;             ///< TP-PID
  data_coding_scheme dcs;              ///< TP-DCS
  validity_period validity;            ///< TP-VPF and TP-VP
  user_data ud;                        ///< TP-UDHI, TP-UDL, TP-UD

  friend constexpr bool operator==(const sms_submit& a, const sms_submit& b) noexcept {
    return a.reject_duplicates == b.reject_duplicates && a.reply_path == b.reply_path &&
           a.status_report_request == b.status_report_request &&
           a.message_reference == b.message_reference && a.destination == b.destination &&
           a.pid == b.pid && a.dcs == b.dcs && a.validity == b.validity && a.ud == b.ud;
  }
  friend constexpr bool operator!=(const sms_submit& a, const sms_submit& b) noexcept {
    return !(a == b);
  }
};

/// SMS-STATUS-REPORT, SC to MS (TS 23.040 §9.2.2.3).
struct sms_status_report {
  static constexpr message_type type = message_type::sms_status_report;

  bool more_messages_to_send = false;  ///< TP-MMS, as in sms_deliver
  bool loop_prevention = false;        ///< TP-LP
  report_qualifier qualifier = report_qualifier::submit;  ///< TP-SRQ
  bool user_data_header = false;  ///< TP-UDHI (the header is in parameters.ud when present)
  std::uint8_t spare_bits = 0;    ///< first-octet bits 7 and 4 as received (see sms_deliver)
  std::uint8_t message_reference = 0;  ///< TP-MR of the SMS-SUBMIT it reports on
  address recipient;                   ///< TP-RA
  timestamp service_centre_time;       ///< TP-SCTS
  timestamp discharge_time;            ///< TP-DT (§9.2.3.13)
  delivery_status status;              ///< TP-ST
  parameter_indicator parameters;      ///< TP-PI (optional here) and what it announces

  friend constexpr bool operator==(const sms_status_report& a, const sms_status_report& b) noexcept {
    return a.more_messages_to_send == b.more_messages_to_send &&
           a.loop_prevention == b.loop_prevention && a.qualifier == b.qualifier &&
           a.user_data_header == b.user_data_header && a.spare_bits == b.spare_bits &&
           a.message_reference == b.message_reference && a.recipient == b.recipient &&
           a.service_centre_time == b.service_centre_time &&
           a.discharge_time == b.discharge_time && a.status == b.status &&
           a.parameters == b.parameters;
  }
  friend constexpr bool operator!=(const sms_status_report& a, const sms_status_report& b) noexcept {
    return !(a == b);
  }
};

/// Longest TP-CD: a COMMAND with an empty TP-DA fills the rest of 164 octets.
inline constexpr std::size_t max_command_data_octets = max_tpdu_octets - 8;

/// SMS-COMMAND, MS to SC (TS 23.040 §9.2.2.4).
struct sms_command {
  static constexpr message_type type = message_type::sms_command;

  bool status_report_request = false;  ///< TP-SRR
  bool user_data_header = false;       ///< TP-UDHI: TP-CD starts with a header
  std::uint8_t spare_bits = 0;         ///< first-octet bits 7, 4..2 as received (see sms_deliver)
  std::uint8_t message_reference = 0;  ///< TP-MR of this command
  protocol_identifier pid;             ///< TP-PID
  command_type command;                ///< TP-CT
  std::uint8_t message_number = 0;     ///< TP-MN: the TP-MR of the SUBMIT it acts on
  address destination;                 ///< TP-DA
  static_vector<std::uint8_t, max_command_data_octets> command_data;  ///< TP-CD (TP-CDL is its size)

  friend constexpr bool operator==(const sms_command& a, const sms_command& b) noexcept {
    return a.status_report_request == b.status_report_request &&
           a.user_data_header == b.user_data_header && a.spare_bits == b.spare_bits &&
           a.message_reference == b.message_reference && a.pid == b.pid &&
           a.command == b.command && a.message_number == b.message_number &&
           a.destination == b.destination && a.command_data == b.command_data;
  }
  friend constexpr bool operator!=(const sms_command& a, const sms_command& b) noexcept {
    return !(a == b);
  }
};

namespace detail {
constexpr parameter_indicator mandatory_parameters() noexcept {
  parameter_indicator p;
  p.octets.push_back(0x00);
  return p;
}
}  // namespace detail

/// SMS-DELIVER-REPORT, MS to SC (TS 23.040 §9.2.2.1a).
struct sms_deliver_report {
  static constexpr message_type type = message_type::sms_deliver_report;

  report_form form = report_form::ack;
  failure_cause cause;  ///< TP-FCS, in the RP-ERROR form only
  bool user_data_header = false;  ///< TP-UDHI
  std::uint8_t spare_bits = 0;    ///< first-octet bits 7, 5..2 as received (see sms_deliver)
  parameter_indicator parameters = detail::mandatory_parameters();  ///< TP-PI (mandatory)

  friend constexpr bool operator==(const sms_deliver_report& a, const sms_deliver_report& b) noexcept {
    return a.form == b.form && (a.form == report_form::ack || a.cause == b.cause) &&
           a.user_data_header == b.user_data_header && a.spare_bits == b.spare_bits &&
           a.parameters == b.parameters;
  }
  friend constexpr bool operator!=(const sms_deliver_report& a, const sms_deliver_report& b) noexcept {
    return !(a == b);
  }
};

/// SMS-SUBMIT-REPORT, SC to MS (TS 23.040 §9.2.2.2a).
struct sms_submit_report {
  static constexpr message_type type = message_type::sms_submit_report;

  report_form form = report_form::ack;
  failure_cause cause;  ///< TP-FCS, in the RP-ERROR form only
  bool user_data_header = false;  ///< TP-UDHI
  std::uint8_t spare_bits = 0;    ///< first-octet bits 7, 5..2 as received (see sms_deliver)
  parameter_indicator parameters = detail::mandatory_parameters();  ///< TP-PI (mandatory)
  timestamp service_centre_time;  ///< TP-SCTS: when the SC received the SUBMIT

  friend constexpr bool operator==(const sms_submit_report& a, const sms_submit_report& b) noexcept {
    return a.form == b.form && (a.form == report_form::ack || a.cause == b.cause) &&
           a.user_data_header == b.user_data_header && a.spare_bits == b.spare_bits &&
           a.parameters == b.parameters && a.service_centre_time == b.service_centre_time;
  }
  friend constexpr bool operator!=(const sms_submit_report& a, const sms_submit_report& b) noexcept {
    return !(a == b);
  }
};

/// Any TPDU.
using tpdu = std::variant<sms_deliver, sms_deliver_report, sms_submit, sms_submit_report,
                          sms_status_report, sms_command>;

/// The type of the TPDU a variant holds.
[[nodiscard]] constexpr message_type type_of(const tpdu& t) noexcept {
  constexpr message_type types[] = {message_type::sms_deliver, message_type::sms_deliver_report,
                                    message_type::sms_submit, message_type::sms_submit_report,
                                    message_type::sms_status_report, message_type::sms_command};
  return types[t.index()];
}

namespace detail {

// First-octet bits (TS 23.040 §9.2.3): the positions differ per type.
constexpr std::uint8_t bit_rp = 0x80;    // TP-RP
constexpr std::uint8_t bit_udhi = 0x40;  // TP-UDHI
constexpr std::uint8_t bit_sr = 0x20;    // TP-SRI, TP-SRR or TP-SRQ
constexpr std::uint8_t bit_lp = 0x08;    // TP-LP
constexpr std::uint8_t bit_mms = 0x04;   // TP-MMS (inverted sense)
constexpr std::uint8_t bit_rd = 0x04;    // TP-RD
constexpr unsigned vpf_shift = 3;        // TP-VPF, bits 4..3
// First-octet bits each TPDU leaves spare.
constexpr std::uint8_t spare_deliver = 0x10;
constexpr std::uint8_t spare_status_report = 0x90;
constexpr std::uint8_t spare_command = 0x9C;
constexpr std::uint8_t spare_report = 0xBC;

constexpr error expect_type(std::uint8_t first_octet, direction d, message_type wanted,
                            std::size_t at) noexcept {
  const auto actual = message_type_of(first_octet, d);
  if (!actual) return error{errc::reserved_message_type, at};
  if (*actual != wanted) return error{errc::unexpected_message_type, at};
  return error{};
}

// The first octet of an SMS-SUBMIT (TS 23.040 §9.2.2.2): TP-MTI 01, TP-RD,
// TP-VPF, TP-SRR, TP-UDHI, TP-RP.
constexpr std::uint8_t submit_first_octet(bool reject_duplicates, validity_format vpf, bool status_report,
                                          bool user_data_header, bool reply_path) noexcept {
  return static_cast<std::uint8_t>(0x01u | (reject_duplicates ? bit_rd : 0u) |
                                   (static_cast<unsigned>(vpf) << vpf_shift) | (status_report ? bit_sr : 0u) |
                                   (user_data_header ? bit_udhi : 0u) | (reply_path ? bit_rp : 0u));
}

// The fields of an SMS-SUBMIT before TP-UDL, in their order (TS 23.040
// §9.2.2.2): the first octet, TP-MR, TP-DA, TP-PID, TP-DCS, TP-VP. Returns
// TP-DCS's offset in `w`: encode_submit writes the first octet and TP-DCS
// as placeholders and sets them once the text is coded.
// Always inlined: called from two places, g++ kept it out of line, which
// cost encode_submit 29 instructions a call (callgrind).
SMSPDU_ALWAYS_INLINE constexpr result<std::size_t> put_submit_fields(octet_writer& w, std::uint8_t first_octet,
                                                                     std::uint8_t message_reference,
                                                                     const address& destination,
                                                                     protocol_identifier pid, data_coding_scheme dcs,
                                                                     const validity_period& validity) noexcept {
  w.put(first_octet);
  w.put(message_reference);
  if (const auto a = encode_address(destination, w); !a) return a.error();
  w.put(pid.value);
  const std::size_t dcs_at = w.size();
  w.put(dcs.value);
  if (const auto v = encode_validity(validity, w); !v) return v.error();
  return dcs_at;
}

constexpr error finish(const octet_reader& in) noexcept {
  if (in.remaining() != 0) return error{errc::trailing_octets, in.position()};
  return error{};
}

// What a report's TP-UD may take after TP-UDL at `udl_at` (an offset from
// the start of the TPDU): the rest of the 164 octets.
constexpr std::size_t report_user_data_room(std::size_t udl_at) noexcept {
  return udl_at + 1 < max_tpdu_octets ? max_tpdu_octets - (udl_at + 1) : 0;
}

// TP-PI and its fields (TS 23.040 §9.2.3.27), with the optional SCTS of the
// SUBMIT-REPORT between them. `start` is the TPDU's first octet.
constexpr error decode_parameters(octet_reader& in, parameter_indicator& p, bool udhi,
                                  timestamp* scts, std::size_t start) noexcept {
  do {
    if (!in.has(1)) return in.truncated();
    if (p.octets.full()) return error{errc::invalid_parameter_indicator, in.position()};
    p.octets.push_back(in.take());
  } while ((p.octets.back() & 0x80u) != 0);
  if (scts != nullptr) {
    const auto t = decode_timestamp(in);
    if (!t) return t.error();
    *scts = *t;
  }
  if (p.has_pid()) {
    if (!in.has(1)) return in.truncated();
    p.pid.value = in.take();
  }
  if (p.has_dcs()) {
    if (!in.has(1)) return in.truncated();
    p.dcs.value = in.take();
  }
  if (p.has_user_data()) {
    const auto ud = decode_user_data(in, p.effective_dcs(), udhi,
                                     report_user_data_room(in.position() - start));
    if (!ud) return ud.error();
    p.ud = *ud;
  }
  return error{};
}

constexpr error encode_parameters(const parameter_indicator& p, bool udhi, octet_writer& out,
                                  const timestamp* scts) noexcept {
  for (std::size_t i = 0; i < p.octets.size(); ++i) {
    const bool chained = (p.octets[i] & 0x80u) != 0;
    if (chained != (i + 1 < p.octets.size()))
      return error{errc::invalid_parameter_indicator, out.size()};
    out.put(p.octets[i]);
  }
  if (scts != nullptr) {
    const auto t = encode_timestamp(*scts, out);
    if (!t) return t.error();
  }
  if (p.has_pid()) out.put(p.pid.value);
  if (p.has_dcs()) out.put(p.dcs.value);
  // TP-UDHI without user data says nothing; it is kept as received.
  if (p.has_user_data()) {
    if (p.ud.has_header != udhi) return error{errc::inconsistent_user_data, out.size()};
    const auto ud = encode_user_data(p.ud, p.effective_dcs(), out, report_user_data_room(out.size()));
    if (!ud) return ud.error();
  }
  return error{};
}

constexpr result<std::size_t> finish_encoding(const error& e, const octet_writer& out) noexcept {
  if (failed(e)) return e;
  if (out.overflowed()) return error{errc::output_too_small, out.size()};
  return out.size();
}

}  // namespace detail

// ---------------------------------------------------------------------------
// Decoding. Every decoder reads a whole TPDU: the octets must end where the
// TPDU ends. Error offsets count octets of the input.

namespace detail {
// The SMS-DELIVER and SMS-SUBMIT decoders fill a message in place (`d` and
// `s` start value-initialised): the result of decode_sms_deliver, or the
// variant of decode_tpdu. A copy of the whole message costs more than some
// of its fields do to decode.
constexpr error decode_deliver_into(octet_view octets, std::size_t base, decode_options options,
                                    sms_deliver& d) noexcept {
  octet_reader in(octets, base);
  if (!in.has(1)) return in.truncated();
  const std::uint8_t first = in.take();
  const bool reserved_as_deliver = options.reserved_type_as_deliver && (first & 3u) == 3u;
  if (const auto e = expect_type(first, direction::sc_to_ms, message_type::sms_deliver, base);
      failed(e) && !reserved_as_deliver)
    return e;
  d.more_messages_to_send = (first & bit_mms) == 0;
  d.loop_prevention = (first & bit_lp) != 0;
  d.status_report_indication = (first & bit_sr) != 0;
  d.reply_path = (first & bit_rp) != 0;
  d.spare_bits = first & spare_deliver;
  if (const auto e = decode_address_into(in, d.originator); failed(e)) return e;
  if (!in.has(2)) return in.truncated();
  d.pid.value = in.take();
  d.dcs.value = in.take();
  if (const auto e = decode_timestamp_into(in, d.service_centre_time); failed(e)) return e;
  if (const auto e = decode_user_data_into(in, d.dcs, (first & bit_udhi) != 0, d.ud); failed(e)) return e;
  return finish(in);
}

constexpr error decode_submit_into(octet_view octets, std::size_t base, sms_submit& s) noexcept {
  octet_reader in(octets, base);
  if (!in.has(2)) return in.truncated();
  const std::uint8_t first = in.take();
  if (const auto e = expect_type(first, direction::ms_to_sc, message_type::sms_submit, base); failed(e))
    return e;
  s.reject_duplicates = (first & bit_rd) != 0;
  s.reply_path = (first & bit_rp) != 0;
  s.status_report_request = (first & bit_sr) != 0;
  s.message_reference = in.take();
  if (const auto e = decode_address_into(in, s.destination); failed(e)) return e;
  if (!in.has(2)) return in.truncated();
  s.pid.value = in.take();
  s.dcs.value = in.take();
  const auto vp = decode_validity(in, static_cast<validity_format>((first >> vpf_shift) & 3u));
  if (!vp) return vp.error();
  s.validity = *vp;
  if (const auto e = decode_user_data_into(in, s.dcs, (first & bit_udhi) != 0, s.ud); failed(e)) return e;
  return finish(in);
}
}  // namespace detail

/// Decodes an SMS-DELIVER (also TP-MTI 11 with options.reserved_type_as_deliver).
///
/// Errors: truncated_input; unexpected_message_type or reserved_message_type
/// (offset 0); address_too_long, invalid_address_digit; invalid_timestamp;
/// user_data_too_long, user_data_beyond_pdu, udh_beyond_user_data,
/// information_element_beyond_udh, odd_ucs2_length, unpaired_surrogate;
/// trailing_octets.
[[nodiscard]] constexpr result<sms_deliver> decode_sms_deliver(octet_view octets,
                                                               std::size_t base = 0,
                                                               decode_options options = {}) noexcept {
  return detail::build_in_place<sms_deliver>(
      [&](sms_deliver& d) { return detail::decode_deliver_into(octets, base, options, d); });
}

/// Decodes an SMS-SUBMIT. Errors as decode_sms_deliver, plus
/// invalid_timestamp or invalid_validity_period in TP-VP.
[[nodiscard]] constexpr result<sms_submit> decode_sms_submit(octet_view octets,
                                                             std::size_t base = 0) noexcept {
  return detail::build_in_place<sms_submit>(
      [&](sms_submit& s) { return detail::decode_submit_into(octets, base, s); });
}

/// Decodes an SMS-STATUS-REPORT. TP-PI and what follows it are optional.
/// Errors as decode_sms_deliver, plus invalid_parameter_indicator.
[[nodiscard]] constexpr result<sms_status_report> decode_sms_status_report(
    octet_view octets, std::size_t base = 0) noexcept {
  detail::octet_reader in(octets, base);
  if (!in.has(2)) return in.truncated();
  const std::uint8_t first = in.take();
  if (const auto e = detail::expect_type(first, direction::sc_to_ms,
                                         message_type::sms_status_report, base);
      detail::failed(e))
    return e;
  sms_status_report r;
  r.more_messages_to_send = (first & detail::bit_mms) == 0;
  r.loop_prevention = (first & detail::bit_lp) != 0;
  r.qualifier = (first & detail::bit_sr) != 0 ? report_qualifier::command : report_qualifier::submit;
  r.user_data_header = (first & detail::bit_udhi) != 0;
  r.spare_bits = first & detail::spare_status_report;
  r.message_reference = in.take();
  const auto ra = detail::decode_address(in);
  if (!ra) return ra.error();
  r.recipient = *ra;
  const auto scts = detail::decode_timestamp(in);
  if (!scts) return scts.error();
  r.service_centre_time = *scts;
  const auto dt = detail::decode_timestamp(in);
  if (!dt) return dt.error();
  r.discharge_time = *dt;
  if (!in.has(1)) return in.truncated();
  r.status.value = in.take();
  if (in.remaining() > 0) {
    if (const auto e = detail::decode_parameters(in, r.parameters, r.user_data_header, nullptr, base);
        detail::failed(e))
      return e;
  }
  if (const auto e = detail::finish(in); detail::failed(e)) return e;
  return r;
}

/// Decodes an SMS-COMMAND. Errors: truncated_input, the type errors,
/// address errors, user_data_beyond_pdu when TP-CDL runs past the PDU,
/// user_data_too_long when TP-CD would pass the 164 octets of a TPDU,
/// trailing_octets.
[[nodiscard]] constexpr result<sms_command> decode_sms_command(octet_view octets,
                                                               std::size_t base = 0) noexcept {
  detail::octet_reader in(octets, base);
  if (!in.has(5)) return in.truncated();
  const std::uint8_t first = in.take();
  if (const auto e = detail::expect_type(first, direction::ms_to_sc, message_type::sms_command, base);
      detail::failed(e))
    return e;
  sms_command c;
  c.status_report_request = (first & detail::bit_sr) != 0;
  c.user_data_header = (first & detail::bit_udhi) != 0;
  c.spare_bits = first & detail::spare_command;
  c.message_reference = in.take();
  c.pid.value = in.take();
  c.command.value = in.take();
  c.message_number = in.take();
  const auto da = detail::decode_address(in);
  if (!da) return da.error();
  c.destination = *da;
  const std::size_t cdl_at = in.position();
  if (!in.has(1)) return in.truncated();
  const std::uint8_t cdl = in.take();
  // TP-CD fills at most what the 164 octets of a TPDU leave.
  if (cdl > detail::report_user_data_room(cdl_at - base)) return error{errc::user_data_too_long, cdl_at};
  if (!in.has(cdl)) return error{errc::user_data_beyond_pdu, cdl_at};
  for (std::uint8_t octet : in.take(cdl)) c.command_data.push_back(octet);
  if (const auto e = detail::finish(in); detail::failed(e)) return e;
  return c;
}

namespace detail {
// The two reports share their layout but for the TP-SCTS of the SUBMIT-REPORT
// (TS 23.040 §9.2.2.1a and §9.2.2.2a).
template <class Report>
constexpr result<Report> decode_report(octet_view octets, report_form form, std::size_t base,
                                       direction d) noexcept {
  octet_reader in(octets, base);
  if (!in.has(1)) return in.truncated();
  const std::uint8_t first = in.take();
  if (const auto e = expect_type(first, d, Report::type, base); failed(e)) return e;
  Report r;
  r.form = form;
  r.user_data_header = (first & bit_udhi) != 0;
  r.spare_bits = first & spare_report;
  if (form == report_form::error) {
    if (!in.has(1)) return in.truncated();
    r.cause.value = in.take();
  }
  r.parameters = parameter_indicator{};
  timestamp* scts = nullptr;
  if constexpr (std::is_same_v<Report, sms_submit_report>) scts = &r.service_centre_time;
  if (const auto e = decode_parameters(in, r.parameters, r.user_data_header, scts, base); failed(e))
    return e;
  if (const auto e = finish(in); failed(e)) return e;
  return r;
}
}  // namespace detail

/// Decodes an SMS-DELIVER-REPORT in the given form (RP-ERROR carries TP-FCS).
/// Errors as decode_sms_status_report.
[[nodiscard]] constexpr result<sms_deliver_report> decode_sms_deliver_report(
    octet_view octets, report_form form, std::size_t base = 0) noexcept {
  return detail::decode_report<sms_deliver_report>(octets, form, base, direction::ms_to_sc);
}

/// Decodes an SMS-SUBMIT-REPORT in the given form (RP-ERROR carries TP-FCS).
/// Errors as decode_sms_status_report.
[[nodiscard]] constexpr result<sms_submit_report> decode_sms_submit_report(
    octet_view octets, report_form form, std::size_t base = 0) noexcept {
  return detail::decode_report<sms_submit_report>(octets, form, base, direction::sc_to_ms);
}

namespace detail {
// decode_tpdu into `t`, which starts value-initialised (an empty SMS-DELIVER,
// its first alternative). A DELIVER, and at run time a SUBMIT, are decoded
// in place; the rarer types, and every type in constant evaluation (where
// C++17 has no constexpr variant emplace), are decoded aside and assigned.
constexpr error decode_tpdu_into(octet_view octets, direction d, decode_options options, std::size_t base,
                                 tpdu& t) noexcept {
  if (octets.empty()) return error{errc::truncated_input, base};
  const auto assign = [&t](const auto& r) -> error {
    if (!r) return r.error();
    t = tpdu(*r);
    return error{};
  };
  const auto type = message_type_of(octets[0], d);
  if (!type) {
    if (options.reserved_type_as_deliver && d == direction::sc_to_ms)
      return decode_deliver_into(octets, base, options, std::get<sms_deliver>(t));
    return error{errc::reserved_message_type, base};
  }
  switch (*type) {
    case message_type::sms_deliver: return decode_deliver_into(octets, base, {}, std::get<sms_deliver>(t));
    case message_type::sms_submit:
      if (!SMSPDU_IS_CONSTANT_EVALUATED()) return decode_submit_into(octets, base, t.emplace<sms_submit>());
      return assign(decode_sms_submit(octets, base));
    case message_type::sms_status_report: return assign(decode_sms_status_report(octets, base));
    case message_type::sms_command: return assign(decode_sms_command(octets, base));
    case message_type::sms_deliver_report: return assign(decode_sms_deliver_report(octets, options.reports, base));
    case message_type::sms_submit_report: return assign(decode_sms_submit_report(octets, options.reports, base));
  }
  return error{errc::reserved_message_type, base};
}
}  // namespace detail

/// Decodes any TPDU travelling in direction `d`. The options say which form
/// reports are in, and whether TP-MTI 11 reads as SMS-DELIVER.
/// Errors: those of the type's decoder; reserved_message_type for MTI 11.
[[nodiscard]] constexpr result<tpdu> decode_tpdu(octet_view octets, direction d,
                                                 decode_options options = {},
                                                 std::size_t base = 0) noexcept {
  return detail::build_in_place<tpdu>(
      [&](tpdu& t) { return detail::decode_tpdu_into(octets, d, options, base, t); });
}

namespace detail {
// The TP-MTI of a stored message tells its direction (TS 27.005 <stat>-less
// reading): 00 SMS-DELIVER, 01 SMS-SUBMIT, 10 SMS-STATUS-REPORT.
constexpr error decode_stored_tpdu_into(octet_view octets, std::size_t base, tpdu& t) noexcept {
  if (octets.empty()) return error{errc::truncated_input, base};
  switch (octets[0] & 3u) {
    case 0: return decode_tpdu_into(octets, direction::sc_to_ms, {}, base, t);
    case 1: return decode_tpdu_into(octets, direction::ms_to_sc, {}, base, t);
    case 2: return decode_tpdu_into(octets, direction::sc_to_ms, {}, base, t);
    default: return error{errc::reserved_message_type, base};
  }
}
}  // namespace detail

/// Decodes a TPDU as a modem's message storage holds it (TS 27.005 +CMGL,
/// +CMGR): TP-MTI 00 is SMS-DELIVER, 01 SMS-SUBMIT, 10 SMS-STATUS-REPORT.
/// Errors: those of the type's decoder; reserved_message_type for MTI 11.
[[nodiscard]] constexpr result<tpdu> decode_stored_tpdu(octet_view octets,
                                                        std::size_t base = 0) noexcept {
  return detail::build_in_place<tpdu>(
      [&](tpdu& t) { return detail::decode_stored_tpdu_into(octets, base, t); });
}

// ---------------------------------------------------------------------------
// Encoding. Each encoder writes the whole TPDU into `out` and returns its
// octets, or refuses a value that cannot be encoded (never a truncated PDU).
// Error offsets count octets of the TPDU being written (where the field would
// go), except address and text errors, which count characters of the value.

/// Encodes an SMS-DELIVER.
///
/// Errors: address_too_long, invalid_address_digit (character offset in the
/// address); invalid_timestamp; inconsistent_user_data, user_data_too_long,
/// udh_beyond_user_data, information_element_beyond_udh, odd_ucs2_length,
/// unpaired_surrogate (what decode would refuse); output_too_small with the
/// octets needed.
[[nodiscard]] constexpr result<std::size_t> encode(const sms_deliver& d, octet_span out) noexcept {
  detail::octet_writer w(out);
  w.put(static_cast<std::uint8_t>((d.spare_bits & detail::spare_deliver) |
                                  (d.more_messages_to_send ? 0u : detail::bit_mms) |
                                  (d.loop_prevention ? detail::bit_lp : 0u) |
                                  (d.status_report_indication ? detail::bit_sr : 0u) |
                                  (d.ud.has_header ? detail::bit_udhi : 0u) |
                                  (d.reply_path ? detail::bit_rp : 0u)));
  if (const auto a = detail::encode_address(d.originator, w); !a) return a.error();
  w.put(d.pid.value);
  w.put(d.dcs.value);
  if (const auto t = detail::encode_timestamp(d.service_centre_time, w); !t) return t.error();
  if (const auto u = detail::encode_user_data(d.ud, d.dcs, w); !u) return u.error();
  return detail::finish_encoding(error{}, w);
}

/// Encodes an SMS-SUBMIT. Errors as encode(sms_deliver), plus
/// invalid_validity_period.
[[nodiscard]] constexpr result<std::size_t> encode(const sms_submit& s, octet_span out) noexcept {
  detail::octet_writer w(out);
  const auto fields = detail::put_submit_fields(
      w, detail::submit_first_octet(s.reject_duplicates, s.validity.format, s.status_report_request, s.ud.has_header,
                                    s.reply_path),
      s.message_reference, s.destination, s.pid, s.dcs, s.validity);
  if (!fields) return fields.error();
  if (const auto u = detail::encode_user_data(s.ud, s.dcs, w); !u) return u.error();
  return detail::finish_encoding(error{}, w);
}

/// Encodes an SMS-STATUS-REPORT. Errors as encode(sms_deliver), plus
/// invalid_parameter_indicator, and inconsistent_user_data when there is user
/// data and TP-UDHI disagrees with its has_header.
[[nodiscard]] constexpr result<std::size_t> encode(const sms_status_report& r,
                                                   octet_span out) noexcept {
  detail::octet_writer w(out);
  w.put(static_cast<std::uint8_t>(0x02u | (r.spare_bits & detail::spare_status_report) |
                                  (r.more_messages_to_send ? 0u : detail::bit_mms) |
                                  (r.loop_prevention ? detail::bit_lp : 0u) |
                                  (r.qualifier == report_qualifier::command ? detail::bit_sr : 0u) |
                                  (r.user_data_header ? detail::bit_udhi : 0u)));
  w.put(r.message_reference);
  if (const auto a = detail::encode_address(r.recipient, w); !a) return a.error();
  if (const auto t = detail::encode_timestamp(r.service_centre_time, w); !t) return t.error();
  if (const auto t = detail::encode_timestamp(r.discharge_time, w); !t) return t.error();
  w.put(r.status.value);
  error e{};
  if (r.parameters.present()) e = detail::encode_parameters(r.parameters, r.user_data_header, w, nullptr);
  return detail::finish_encoding(e, w);
}

/// Encodes an SMS-COMMAND. Errors: the address errors; user_data_too_long
/// when TP-CD would pass the 164 octets of a TPDU; output_too_small.
[[nodiscard]] constexpr result<std::size_t> encode(const sms_command& c, octet_span out) noexcept {
  detail::octet_writer w(out);
  w.put(static_cast<std::uint8_t>(0x02u | (c.spare_bits & detail::spare_command) |
                                  (c.status_report_request ? detail::bit_sr : 0u) |
                                  (c.user_data_header ? detail::bit_udhi : 0u)));
  w.put(c.message_reference);
  w.put(c.pid.value);
  w.put(c.command.value);
  w.put(c.message_number);
  if (const auto a = detail::encode_address(c.destination, w); !a) return a.error();
  if (c.command_data.size() > detail::report_user_data_room(w.size()))
    return error{errc::user_data_too_long, w.size()};
  w.put(static_cast<std::uint8_t>(c.command_data.size()));
  w.put(c.command_data);
  return detail::finish_encoding(error{}, w);
}

namespace detail {
template <class Report>
constexpr result<std::size_t> encode_report(const Report& r, octet_span out,
                                            std::uint8_t message_type_indicator) noexcept {
  octet_writer w(out);
  w.put(static_cast<std::uint8_t>(message_type_indicator | (r.spare_bits & spare_report) |
                                  (r.user_data_header ? bit_udhi : 0u)));
  if (r.form == report_form::error) w.put(r.cause.value);
  if (!r.parameters.present()) return error{errc::invalid_parameter_indicator, w.size()};
  const timestamp* scts = nullptr;
  if constexpr (std::is_same_v<Report, sms_submit_report>) scts = &r.service_centre_time;
  return finish_encoding(encode_parameters(r.parameters, r.user_data_header, w, scts), w);
}
}  // namespace detail

/// Encodes an SMS-DELIVER-REPORT in its form. Errors as
/// encode(sms_status_report); TP-PI is mandatory here.
[[nodiscard]] constexpr result<std::size_t> encode(const sms_deliver_report& r,
                                                   octet_span out) noexcept {
  return detail::encode_report(r, out, 0x00);
}

/// Encodes an SMS-SUBMIT-REPORT in its form. Errors as encode(sms_status_report).
[[nodiscard]] constexpr result<std::size_t> encode(const sms_submit_report& r,
                                                   octet_span out) noexcept {
  return detail::encode_report(r, out, 0x01);
}

/// Encodes whichever TPDU `t` holds.
[[nodiscard]] constexpr result<std::size_t> encode(const tpdu& t, octet_span out) noexcept {
  return std::visit([out](const auto& message) { return encode(message, out); }, t);
}

/// The octets encode(x, out) writes, or the error it reports.
template <class Tpdu>
[[nodiscard]] constexpr result<std::size_t> encoded_length(const Tpdu& x) noexcept {
  return detail::needed_size(encode(x, octet_span()));
}

/// Encodes into a fixed-capacity vector of max_tpdu_octets octets.
template <class Tpdu>
[[nodiscard]] constexpr result<static_vector<std::uint8_t, max_tpdu_octets>> encode(
    const Tpdu& x) noexcept {
  static_vector<std::uint8_t, max_tpdu_octets> octets;
  const auto n = encode(x, octets.storage());
  if (!n) return n.error();
  octets.set_size(*n);
  return octets;
}

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_TPDU_HPP
