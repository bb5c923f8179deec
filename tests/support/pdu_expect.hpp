// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Compares a decoded PDU with the "expect" object of a test vector (the
// schema of tests/data/public-vectors.README.md). Every key the vector has is
// checked; keys it lacks are not.
#ifndef SMSPDU_TESTS_SUPPORT_PDU_EXPECT_HPP
#define SMSPDU_TESTS_SUPPORT_PDU_EXPECT_HPP

#include <smspdu/smspdu.hpp>

#include <string>

#include "test_support.hpp"

namespace test {

/// The direction a vector's TPDU travels, from its "direction" or "kind".
inline smspdu::direction vector_direction(const json& v) {
  if (v.has("direction")) {
    return v["direction"].str() == "ms_to_sc" ? smspdu::direction::ms_to_sc
                                              : smspdu::direction::sc_to_ms;
  }
  const std::string kind = v["kind"].str();
  const bool mo = kind == "submit" || kind == "command" || kind == "deliver_report";
  return mo ? smspdu::direction::ms_to_sc : smspdu::direction::sc_to_ms;
}

inline smspdu::report_form vector_report_form(const json& v) {
  return v.has("report_form") && v["report_form"].str() == "error" ? smspdu::report_form::error
                                                                    : smspdu::report_form::ack;
}

/// Decodes a vector's hex as it says: with or without the SMSC prefix, in its
/// direction and report form.
inline smspdu::result<smspdu::pdu> decode_vector(const json& v, const octets& data) {
  const auto d = vector_direction(v);
  const auto form = vector_report_form(v);
  if (v["has_smsc"].boolean()) return smspdu::decode_pdu(data, d, {form});
  const auto t = smspdu::decode_tpdu(data, d, {form});
  if (!t) return t.error();
  return smspdu::pdu{std::nullopt, *t};
}

inline std::string type_name(smspdu::message_type t) {
  switch (t) {
    case smspdu::message_type::sms_deliver: return "deliver";
    case smspdu::message_type::sms_submit: return "submit";
    case smspdu::message_type::sms_status_report: return "status_report";
    case smspdu::message_type::sms_command: return "command";
    case smspdu::message_type::sms_submit_report: return "submit_report";
    case smspdu::message_type::sms_deliver_report: return "deliver_report";
  }
  return "?";
}

inline void check_address(const smspdu::address& a, const json& e) {
  CHECK(std::string(a.text()) == e["number"].str());
  if (e.has("ton")) CHECK(static_cast<int>(a.ton) == e["ton"].integer());
  if (e.has("npi")) CHECK(static_cast<int>(a.npi) == e["npi"].integer());
}

inline void check_timestamp(const smspdu::timestamp& t, const json& e) {
  if (e.has("year")) CHECK(t.year == e["year"].integer());
  if (e.has("yy")) CHECK(t.year % 100 == e["yy"].integer());
  if (e.has("month")) CHECK(t.month == e["month"].integer());
  if (e.has("day")) CHECK(t.day == e["day"].integer());
  if (e.has("hour")) CHECK(t.hour == e["hour"].integer());
  if (e.has("minute")) CHECK(t.minute == e["minute"].integer());
  if (e.has("second")) CHECK(t.second == e["second"].integer());
  if (e.has("tz_minutes")) CHECK(t.utc_offset_minutes() == e["tz_minutes"].integer());
}

inline void check_user_data(const smspdu::user_data& ud, smspdu::data_coding_scheme dcs,
                            const json& e) {
  if (e.has("udhi")) CHECK(ud.has_header == e["udhi"].boolean());
  if (e.has("udl")) CHECK(ud.length == e["udl"].integer());
  if (e.has("class")) {
    if (e["class"].is_null()) {
      CHECK(dcs.message_class() == smspdu::message_class::none);
    } else {
      CHECK(static_cast<int>(dcs.message_class()) == e["class"].integer());
    }
  }
  if (e.has("alphabet")) CHECK(std::string(smspdu::to_string(dcs.character_set())) == e["alphabet"].str());
  const auto header = smspdu::header_of(ud);
  if (e.has("udh")) {
    std::size_t i = 0;
    const auto& expected = e["udh"].array();
    for (const auto element : header) {
      REQUIRE(i < expected.size());
      CHECK(element.id == expected[i]["iei"].integer());
      CHECK(hex(element.data) == expected[i]["data"].str());
      ++i;
    }
    CHECK(i == expected.size());
  }
  if (e.has("concat")) {
    const auto c = header.concatenation();
    if (e["concat"].is_null()) {
      CHECK_FALSE(c.has_value());
    } else {
      REQUIRE(c.has_value());
      CHECK(c->reference == e["concat"]["ref"].integer());
      CHECK(c->total == e["concat"]["total"].integer());
      CHECK(c->sequence == e["concat"]["seq"].integer());
      CHECK((c->sixteen_bit_reference ? 16 : 8) == e["concat"]["ref_bits"].integer());
    }
  }
  if (e.has("ports")) {
    const auto p = header.application_ports();
    REQUIRE(p.has_value());
    CHECK(p->destination == e["ports"]["dest"].integer());
    CHECK(p->originator == e["ports"]["src"].integer());
    if (e["ports"].has("bits")) CHECK((p->sixteen_bit ? 16 : 8) == e["ports"]["bits"].integer());
  }
  if (e.has("text")) {
    const auto text = smspdu::text_of(ud, dcs);
    REQUIRE(text.has_value());
    CHECK(std::string(text->data(), text->size()) == e["text"].str());
  }
  if (e.has("data_hex")) CHECK(hex(smspdu::payload_of(ud)) == e["data_hex"].str());
}

inline void check_validity(const smspdu::validity_period& vp, const json& e) {
  const std::string format = e["format"].str();
  if (format == "relative") {
    CHECK(vp.format == smspdu::validity_format::relative);
    if (e.has("raw")) CHECK(vp.relative == e["raw"].integer());
    if (e.has("minutes")) CHECK(smspdu::relative_validity_seconds(vp.relative) == e["minutes"].integer() * 60);
  } else if (format == "absolute") {
    CHECK(vp.format == smspdu::validity_format::absolute);
    check_timestamp(vp.absolute, e.has("ts") ? e["ts"] : e);
  } else if (format == "enhanced") {
    CHECK(vp.format == smspdu::validity_format::enhanced);
    if (e.has("hex")) CHECK(hex(vp.enhanced.octets) == e["hex"].str());
  } else {
    CHECK(vp.format == smspdu::validity_format::none);
  }
}

inline void check_parameters(const smspdu::parameter_indicator& p, const json& e) {
  if (e.has("pi")) {
    REQUIRE(p.present());
    CHECK(p.octets[0] == e["pi"].integer());
  }
  if (e.has("pid") && p.has_pid()) CHECK(p.pid.value == e["pid"].integer());
  if (e.has("dcs") && p.has_dcs()) CHECK(p.dcs.value == e["dcs"].integer());
  if (p.has_user_data()) check_user_data(p.ud, p.effective_dcs(), e);
}

/// Checks every field `e` states against the decoded PDU.
inline void check_expectations(const smspdu::pdu& p, const json& e) {
  using namespace smspdu;
  if (e.has("type")) CHECK(type_name(type_of(p.message)) == e["type"].str());
  if (e.has("smsc")) {
    if (e["smsc"].is_null()) {
      CHECK_FALSE(p.smsc.has_value());
    } else {
      REQUIRE(p.smsc.has_value());
      check_address(*p.smsc, e["smsc"]);
    }
  }
  if (const auto* d = std::get_if<sms_deliver>(&p.message)) {
    if (e.has("oa")) check_address(d->originator, e["oa"]);
    if (e.has("pid")) CHECK(d->pid.value == e["pid"].integer());
    if (e.has("dcs")) CHECK(d->dcs.value == e["dcs"].integer());
    if (e.has("mms")) CHECK(!d->more_messages_to_send == e["mms"].boolean());
    if (e.has("sri")) CHECK(d->status_report_indication == e["sri"].boolean());
    if (e.has("rp")) CHECK(d->reply_path == e["rp"].boolean());
    if (e.has("lp")) CHECK(d->loop_prevention == e["lp"].boolean());
    if (e.has("scts")) check_timestamp(d->service_centre_time, e["scts"]);
    check_user_data(d->ud, d->dcs, e);
  } else if (const auto* s = std::get_if<sms_submit>(&p.message)) {
    if (e.has("da")) check_address(s->destination, e["da"]);
    if (e.has("mr")) CHECK(s->message_reference == e["mr"].integer());
    if (e.has("pid")) CHECK(s->pid.value == e["pid"].integer());
    if (e.has("dcs")) CHECK(s->dcs.value == e["dcs"].integer());
    if (e.has("rp")) CHECK(s->reply_path == e["rp"].boolean());
    if (e.has("srr")) CHECK(s->status_report_request == e["srr"].boolean());
    if (e.has("rd")) CHECK(s->reject_duplicates == e["rd"].boolean());
    if (e.has("vpf")) CHECK(static_cast<int>(s->validity.format) == e["vpf"].integer());
    if (e.has("vp") && !e["vp"].is_null()) check_validity(s->validity, e["vp"]);
    check_user_data(s->ud, s->dcs, e);
  } else if (const auto* r = std::get_if<sms_status_report>(&p.message)) {
    if (e.has("mr")) CHECK(r->message_reference == e["mr"].integer());
    if (e.has("ra")) check_address(r->recipient, e["ra"]);
    if (e.has("scts")) check_timestamp(r->service_centre_time, e["scts"]);
    if (e.has("dt")) check_timestamp(r->discharge_time, e["dt"]);
    if (e.has("status")) CHECK(r->status.value == e["status"].integer());
    if (e.has("mms")) CHECK(!r->more_messages_to_send == e["mms"].boolean());
    if (e.has("srq")) CHECK((r->qualifier == report_qualifier::command) == e["srq"].boolean());
    if (e.has("udhi")) CHECK(r->user_data_header == e["udhi"].boolean());
    check_parameters(r->parameters, e);
  } else if (const auto* c = std::get_if<sms_command>(&p.message)) {
    if (e.has("mr")) CHECK(c->message_reference == e["mr"].integer());
    if (e.has("pid")) CHECK(c->pid.value == e["pid"].integer());
    if (e.has("ct")) CHECK(c->command.value == e["ct"].integer());
    if (e.has("mn")) CHECK(c->message_number == e["mn"].integer());
    if (e.has("da")) check_address(c->destination, e["da"]);
    if (e.has("srr")) CHECK(c->status_report_request == e["srr"].boolean());
    if (e.has("udhi")) CHECK(c->user_data_header == e["udhi"].boolean());
    if (e.has("cd_hex")) CHECK(hex(c->command_data) == e["cd_hex"].str());
  } else if (const auto* sr = std::get_if<sms_submit_report>(&p.message)) {
    if (e.has("fcs")) CHECK(sr->cause.value == e["fcs"].integer());
    if (e.has("scts")) check_timestamp(sr->service_centre_time, e["scts"]);
    if (e.has("udhi")) CHECK(sr->user_data_header == e["udhi"].boolean());
    check_parameters(sr->parameters, e);
  } else if (const auto* dr = std::get_if<sms_deliver_report>(&p.message)) {
    if (e.has("fcs")) CHECK(dr->cause.value == e["fcs"].integer());
    if (e.has("udhi")) CHECK(dr->user_data_header == e["udhi"].boolean());
    check_parameters(dr->parameters, e);
  }
}

}  // namespace test

#endif  // SMSPDU_TESTS_SUPPORT_PDU_EXPECT_HPP
