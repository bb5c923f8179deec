// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Every field of a decoded PDU, named in words: the tree report.hpp prints.
#ifndef SMSPDU_EXAMPLES_CLI_DESCRIBE_HPP
#define SMSPDU_EXAMPLES_CLI_DESCRIBE_HPP

#include <smspdu/smspdu.hpp>

#include <optional>
#include <string>
#include <vector>

#include "report.hpp"

namespace cli {

inline std::string hex_of(smspdu::octet_view octets) {
  std::string text(smspdu::hex_length_from_octets(octets.size()), '\0');
  (void)smspdu::octets_to_hex(octets, smspdu::span<char>(text));  // sized: cannot fail
  return text;
}

inline std::string hex_byte(unsigned value) {
  char text[8];
  std::snprintf(text, sizeof text, "0x%02X", value & 0xFFu);
  return text;
}

inline field address_field(const std::string& key, const std::string& label, const smspdu::address& a) {
  const std::string number(a.text());
  const bool international = a.ton == smspdu::type_of_number::international;
  std::string summary = (international ? "+" : "") + number + " (" +
                        std::string(smspdu::to_string(a.ton)) + ", " +
                        std::string(smspdu::to_string(a.npi)) + ")";
  if (number.empty()) summary = "(empty) (" + std::string(smspdu::to_string(a.ton)) + ")";
  return field::object(key, label,
                       {field::string("number", "number", number),
                        field::string("ton", "type of number", std::string(smspdu::to_string(a.ton))),
                        field::number("ton_code", "", static_cast<long long>(a.ton)),
                        field::string("npi", "numbering plan", std::string(smspdu::to_string(a.npi))),
                        field::number("npi_code", "", static_cast<long long>(a.npi))},
                       summary);
}

inline std::string pid_meaning(smspdu::protocol_identifier pid) {
  if (pid.value == 0x00) return "plain SME-to-SME";
  if (pid.is_telematic_interworking())
    return "telematic interworking: " + std::string(smspdu::to_string(pid.device()));
  if (pid.is_short_message_type_0()) return "short message type 0 (silent)";
  if (pid.is_replace()) return "replace short message type " + std::to_string(pid.replace_type());
  if (pid.is_device_triggering()) return "device triggering short message";
  if (pid.is_enhanced_message_service()) return "enhanced message service (obsolete)";
  if (pid.is_return_call()) return "return call message";
  if (pid.is_ansi136_r_data()) return "ANSI-136 R-DATA";
  if (pid.is_me_data_download()) return "ME data download";
  if (pid.is_me_depersonalization()) return "ME de-personalization short message";
  if (pid.is_sim_data_download()) return "(U)SIM data download";
  if (pid.is_sc_specific()) return "SC specific";
  if (pid.is_sme_to_sme()) return "SME-to-SME protocol " + std::to_string(pid.value & 0x1Fu);
  return "reserved";
}

inline field pid_field(const std::string& key, smspdu::protocol_identifier pid) {
  const std::string meaning = pid_meaning(pid);
  return field::object(key, "Protocol identifier",
                       {field::number("value", "value", pid.value),
                        field::string("meaning", "meaning", meaning),
                        field::boolean("replace", "", pid.is_replace()),
                        field::number("replace_type", "", pid.replace_type())},
                       hex_byte(pid.value) + " " + meaning);
}

inline std::string dcs_meaning(smspdu::data_coding_scheme dcs) {
  std::string text;
  switch (dcs.character_set()) {
    case smspdu::alphabet::gsm7: text = "GSM 7-bit default alphabet"; break;
    case smspdu::alphabet::eight_bit: text = "8-bit data"; break;
    case smspdu::alphabet::ucs2: text = "UCS-2"; break;
  }
  if (dcs.is_reserved()) text += " (reserved coding, read as GSM 7-bit)";
  if (dcs.compressed()) text += ", compressed";
  text += dcs.message_class() == smspdu::message_class::none
              ? ", no class"
              : ", " + std::string(smspdu::to_string(dcs.message_class()));
  if (dcs.automatic_deletion()) text += ", deleted once read";
  if (dcs.message_waiting())
    text += std::string(", ") + (dcs.indication_active() ? "set " : "clear ") +
            std::string(smspdu::to_string(dcs.indication_type())) + " waiting indication" +
            (dcs.store_message() ? ", store" : ", discard");
  return text;
}

inline field dcs_field(const std::string& key, smspdu::data_coding_scheme dcs) {
  std::vector<field> children{
      field::number("value", "value", dcs.value),
      field::string("group", "coding group", std::string(smspdu::to_string(dcs.group()))),
      field::string("alphabet", "alphabet", std::string(smspdu::to_string(dcs.character_set()))),
      dcs.message_class() == smspdu::message_class::none
          ? field::none("class", "class")
          : field::number("class", "class", static_cast<long long>(dcs.message_class())),
      field::boolean("flash", "flash", dcs.is_flash()),
      field::boolean("compressed", "compressed", dcs.compressed()),
      field::boolean("reserved", "reserved", dcs.is_reserved()),
      field::boolean("automatic_deletion", "", dcs.automatic_deletion())};
  if (dcs.message_waiting()) {
    children.push_back(field::object(
        "message_waiting", "",
        {field::string("type", "", std::string(smspdu::to_string(dcs.indication_type()))),
         field::boolean("active", "", dcs.indication_active()),
         field::boolean("store", "", dcs.store_message())}));
  } else {
    children.push_back(field::none("message_waiting", ""));
  }
  return field::object(key, "Data coding scheme", std::move(children),
                       hex_byte(dcs.value) + " " + dcs_meaning(dcs));
}

inline std::string iso(const smspdu::timestamp& t) {
  const auto text = smspdu::to_iso8601(t);
  return std::string(text.data(), text.size());
}

inline std::string duration(std::uint32_t seconds) {
  static const struct {
    std::uint32_t seconds;
    const char* name;
  } units[] = {{7 * 86400, "week"}, {86400, "day"}, {3600, "hour"}, {60, "minute"}, {1, "second"}};
  for (const auto& unit : units)
    if (seconds % unit.seconds == 0) {
      const std::uint32_t n = seconds / unit.seconds;
      return std::to_string(n) + " " + unit.name + (n == 1 ? "" : "s");
    }
  return std::to_string(seconds) + " seconds";
}

inline field validity_field(const smspdu::validity_period& v) {
  using smspdu::validity_format;
  switch (v.format) {
    case validity_format::none:
      return field::object("validity", "Validity period",
                           {field::string("format", "", "none")}, "none (TP-VPF 00)");
    case validity_format::relative: {
      const auto seconds = smspdu::relative_validity_seconds(v.relative);
      return field::object("validity", "Validity period",
                           {field::string("format", "", "relative"),
                            field::number("code", "", v.relative),
                            field::number("seconds", "", seconds)},
                           "relative, " + duration(seconds) + " (code " + std::to_string(v.relative) + ")");
    }
    case validity_format::absolute:
      return field::object("validity", "Validity period",
                           {field::string("format", "", "absolute"),
                            field::string("until", "", iso(v.absolute))},
                           "absolute, until " + iso(v.absolute));
    case validity_format::enhanced: {
      const auto& e = v.enhanced;
      static const char* const formats[] = {"no period", "relative", "relative in seconds",
                                            "relative hh:mm:ss"};
      const unsigned format = static_cast<unsigned>(e.format());
      const std::string format_name = format < 4 ? formats[format] : "reserved format";
      return field::object(
          "validity", "Validity period",
          {field::string("format", "", "enhanced"),
           field::string("enhanced_format", "", format_name),
           field::boolean("single_shot", "", e.single_shot()),
           field::boolean("extension", "", e.extended()),
           field::number("seconds", "", e.seconds()),
           field::string("octets", "", hex_of(e.octets))},
          "enhanced, " + format_name + (e.seconds() != 0 ? ", " + duration(e.seconds()) : "") +
              (e.single_shot() ? ", single shot" : "") + (e.extended() ? ", extended" : ""));
    }
  }
  return field::none("validity", "Validity period");
}

/// Application port addressing (TS 23.040 §9.2.3.24.3-4), or none.
inline field ports_field(const std::optional<smspdu::port_info>& p) {
  if (!p) return field::none("ports", "");
  return field::object("ports", "Application ports",
                       {field::number("destination", "", p->destination),
                        field::number("originator", "", p->originator),
                        field::number("bits", "", p->sixteen_bit ? 16 : 8)},
                       "to " + std::to_string(p->destination) + " from " + std::to_string(p->originator) +
                           (p->sixteen_bit ? " (16-bit)" : " (8-bit)"));
}

inline field user_data_field(const smspdu::user_data& ud, smspdu::data_coding_scheme dcs) {
  const auto header = smspdu::header_of(ud);
  std::vector<field> elements;
  for (const auto e : header) {
    elements.push_back(field::object("", "element",
                                     {field::number("iei", "", e.id), field::string("data", "", hex_of(e.data))},
                                     "IEI " + hex_byte(e.id) + " data " + hex_of(e.data)));
  }
  std::vector<field> children{
      field::number("length", "TP-UDL", ud.length),
      field::string("unit", "", dcs.user_data_in_septets() ? "septets" : "octets"),
      field::boolean("header_indicator", "", ud.has_header)};
  if (ud.has_header) {
    children.push_back(field::array("header", "Header elements", std::move(elements)));
  } else {
    children.push_back(field::none("header", ""));
  }
  if (const auto c = header.concatenation()) {
    children.push_back(field::object(
        "concatenation", "Concatenation",
        {field::number("reference", "", c->reference), field::number("total", "", c->total),
         field::number("sequence", "", c->sequence),
         field::number("reference_bits", "", c->sixteen_bit_reference ? 16 : 8)},
        "part " + std::to_string(c->sequence) + " of " + std::to_string(c->total) + ", reference " +
            std::to_string(c->reference) + (c->sixteen_bit_reference ? " (16-bit)" : " (8-bit)")));
  } else {
    children.push_back(field::none("concatenation", ""));
  }
  children.push_back(ports_field(header.application_ports()));
  const auto tables = header.tables();
  children.push_back(field::object(
      "national_language", tables == smspdu::gsm7_tables{} ? "" : "National language",
      {field::string("locking_shift", "", std::string(smspdu::to_string(tables.locking_shift))),
       field::string("single_shift", "", std::string(smspdu::to_string(tables.single_shift)))},
      "locking shift " + std::string(smspdu::to_string(tables.locking_shift)) + ", single shift " +
          std::string(smspdu::to_string(tables.single_shift))));
  const auto text = smspdu::text_of(ud, dcs);
  if (text) {
    children.push_back(field::string("text", "Text", std::string(text->data(), text->size())));
    children.push_back(field::none("data", ""));
  } else {
    children.push_back(field::none("text", ""));
    children.push_back(field::string("data", "Data", hex_of(smspdu::payload_of(ud))));
  }
  return field::object("user_data", "User data", std::move(children));
}

inline field parameters_field(const smspdu::parameter_indicator& p) {
  if (!p.present()) return field::none("parameters", "");
  std::vector<field> children{field::string("indicator", "TP-PI", hex_of(p.octets))};
  children.push_back(p.has_pid() ? pid_field("pid", p.pid) : field::none("pid", ""));
  children.push_back(p.has_dcs() ? dcs_field("dcs", p.dcs) : field::none("dcs", ""));
  children.push_back(p.has_user_data() ? user_data_field(p.ud, p.effective_dcs())
                                       : field::none("user_data", ""));
  return field::object("parameters", "Optional parameters", std::move(children));
}

inline field status_field(smspdu::delivery_status status) {
  return field::object("status", "Status",
                       {field::number("value", "", status.value),
                        field::string("meaning", "", std::string(status.description())),
                        field::string("category", "", std::string(smspdu::to_string(status.category()))),
                        field::boolean("delivered", "", status.delivered())},
                       hex_byte(status.value) + " " + std::string(status.description()) + " (" +
                           std::string(smspdu::to_string(status.category())) + ")");
}

inline field cause_field(smspdu::report_form form, smspdu::failure_cause cause) {
  if (form == smspdu::report_form::ack) return field::none("failure_cause", "");
  return field::object("failure_cause", "Failure cause",
                       {field::number("value", "", cause.value),
                        field::string("meaning", "", std::string(cause.description()))},
                       hex_byte(cause.value) + " " + std::string(cause.description()));
}

inline std::vector<field> tpdu_fields(const smspdu::tpdu& message) {
  using field_list = std::vector<field>;
  if (const auto* d = std::get_if<smspdu::sms_deliver>(&message)) {
    return field_list{address_field("originator", "Originator", d->originator),
                      pid_field("pid", d->pid),
                      dcs_field("dcs", d->dcs),
                      field::string("service_centre_time", "Time stamp", iso(d->service_centre_time)),
                      field::boolean("more_messages_to_send", "More messages waiting", d->more_messages_to_send),
                      field::boolean("status_report_indication", "Status report will follow", d->status_report_indication),
                      field::boolean("reply_path", "Reply path", d->reply_path),
                      field::boolean("loop_prevention", "Loop prevention", d->loop_prevention),
                      user_data_field(d->ud, d->dcs)};
  }
  if (const auto* s = std::get_if<smspdu::sms_submit>(&message)) {
    return field_list{field::number("message_reference", "Message reference", s->message_reference),
                      address_field("destination", "Destination", s->destination),
                      pid_field("pid", s->pid),
                      dcs_field("dcs", s->dcs),
                      validity_field(s->validity),
                      field::boolean("status_report_request", "Status report requested", s->status_report_request),
                      field::boolean("reject_duplicates", "Reject duplicates", s->reject_duplicates),
                      field::boolean("reply_path", "Reply path", s->reply_path),
                      user_data_field(s->ud, s->dcs)};
  }
  if (const auto* r = std::get_if<smspdu::sms_status_report>(&message)) {
    return field_list{field::number("message_reference", "Message reference", r->message_reference),
                      address_field("recipient", "Recipient", r->recipient),
                      field::string("service_centre_time", "Time stamp", iso(r->service_centre_time)),
                      field::string("discharge_time", "Discharge time", iso(r->discharge_time)),
                      status_field(r->status),
                      field::string("qualifier", "Report on", r->qualifier == smspdu::report_qualifier::command ? "command" : "submit"),
                      field::boolean("more_messages_to_send", "More messages waiting", r->more_messages_to_send),
                      field::boolean("loop_prevention", "Loop prevention", r->loop_prevention),
                      field::boolean("user_data_header_indicator", "", r->user_data_header),
                      parameters_field(r->parameters)};
  }
  if (const auto* c = std::get_if<smspdu::sms_command>(&message)) {
    return field_list{field::number("message_reference", "Message reference", c->message_reference),
                      pid_field("pid", c->pid),
                      field::object("command", "Command",
                                    {field::number("value", "", c->command.value),
                                     field::string("meaning", "", std::string(c->command.description()))},
                                    hex_byte(c->command.value) + " " + std::string(c->command.description())),
                      field::number("message_number", "Message number", c->message_number),
                      address_field("destination", "Destination", c->destination),
                      field::boolean("status_report_request", "Status report requested", c->status_report_request),
                      field::boolean("user_data_header_indicator", "", c->user_data_header),
                      field::string("command_data", "Command data", hex_of(c->command_data))};
  }
  if (const auto* r = std::get_if<smspdu::sms_submit_report>(&message)) {
    return field_list{field::string("form", "Form", r->form == smspdu::report_form::ack ? "RP-ACK" : "RP-ERROR"),
                      cause_field(r->form, r->cause),
                      field::string("service_centre_time", "Time stamp", iso(r->service_centre_time)),
                      field::boolean("user_data_header_indicator", "", r->user_data_header),
                      parameters_field(r->parameters)};
  }
  const auto& r = std::get<smspdu::sms_deliver_report>(message);
  return field_list{field::string("form", "Form", r.form == smspdu::report_form::ack ? "RP-ACK" : "RP-ERROR"),
                    cause_field(r.form, r.cause),
                    field::boolean("user_data_header_indicator", "", r.user_data_header),
                    parameters_field(r.parameters)};
}

inline std::string type_key(smspdu::message_type t) {
  switch (t) {
    case smspdu::message_type::sms_deliver: return "sms-deliver";
    case smspdu::message_type::sms_deliver_report: return "sms-deliver-report";
    case smspdu::message_type::sms_submit: return "sms-submit";
    case smspdu::message_type::sms_submit_report: return "sms-submit-report";
    case smspdu::message_type::sms_status_report: return "sms-status-report";
    case smspdu::message_type::sms_command: return "sms-command";
  }
  return "reserved";
}

inline bool mobile_originated(smspdu::message_type t) {
  return t == smspdu::message_type::sms_submit || t == smspdu::message_type::sms_command ||
         t == smspdu::message_type::sms_deliver_report;
}

/// The whole PDU. `smsc_present` is false for a bare TPDU (--tpdu-only).
inline field describe(const std::string& hex, const smspdu::pdu& p, bool smsc_present) {
  const auto type = smspdu::type_of(p.message);
  std::vector<field> root{
      field::string("pdu", "", hex),
      field::string("type", "Type", std::string(smspdu::to_string(type))),
      field::string("type_key", "", type_key(type)),
      field::string("direction", "Direction", mobile_originated(type) ? "ms-to-sc" : "sc-to-ms")};
  if (!smsc_present) {
    root.push_back(field::none("smsc", ""));
  } else if (p.smsc) {
    root.push_back(address_field("smsc", "SMSC", *p.smsc));
  } else {
    root.push_back(field::object("smsc", "SMSC", {}, "none (00: the modem's default)"));
    root.back().type = field::kind::null;
  }
  for (auto& f : tpdu_fields(p.message)) root.push_back(std::move(f));
  const auto length = smspdu::encoded_length(p.message);
  root.push_back(field::number("tpdu_length", "TPDU length (AT+CMGS)", length ? static_cast<long long>(*length) : 0));
  return field::object("", "", std::move(root));
}

}  // namespace cli

#endif  // SMSPDU_EXAMPLES_CLI_DESCRIBE_HPP
