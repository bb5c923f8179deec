// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Golden PDUs from outside smspdu (tests/data/README.md names every source):
// each decodes to the fields its source states, re-encodes to the same
// octets, and every truncated prefix of it is refused. Malformed PDUs that a
// source expects to be rejected are rejected.
#include <smspdu/smspdu.hpp>

#include <set>
#include <string>
#include <vector>

#include "../support/pdu_expect.hpp"
#include "../support/test_support.hpp"

namespace {

const char* const vector_files[] = {
    "public-vectors.jsonl",   // peers' published test suites (../shared/vectors)
    "pdus/gammu-pdus.jsonl",  // Gammu run here
    "pdus/harvested.jsonl",   // more peers' test suites
};

// The records of one vector file; the harvested file may not exist yet.
std::vector<test::json> records_of(const std::string& file) {
  try {
    return test::read_jsonl(file);
  } catch (const std::runtime_error&) {
    if (file == "pdus/harvested.jsonl") return {};
    throw;
  }
}

// Vectors whose source accepts octets that TS 23.040 makes malformed, and
// what smspdu does with them instead.
struct quirk {
  const char* id;
  bool decodes;  // false: smspdu refuses it (with `refusal`)
  smspdu::error refusal;
  const char* why;
};
// (TP-OA type-of-address 0x00 in oFono's ofono-6/7 and a fill semi-octet 0 in
// Android's aosp-13/14 are not among them: smspdu keeps both as received.)
const quirk source_quirks[] = {
    {"ofono-17", false, {smspdu::errc::invalid_timestamp, 15},
     "the TZ octet 0xA0 of TP-SCTS is not BCD (units semi-octet A): oFono accepts it, "
     "TS 23.040 §9.2.3.11 does not"},
    {"pymsg-18", true, {},
     "TP-SCTS zone 0x08 is -00:00 (sign bit with zero quarters): the same offset as +00:00, "
     "which is how it re-encodes"},
    {"gosms-11", false, {smspdu::errc::reserved_message_type, 0},
     "TP-MTI 11 is reserved; go-sms reads it as SMS-DELIVER, as TS 23.040 §9.2.3.1 lets a "
     "receiving MS do, which smspdu does with decode_options::reserved_type_as_deliver"},
};

const quirk* quirk_of(const std::string& id) {
  for (const auto& q : source_quirks)
    if (id == q.id) return &q;
  return nullptr;
}

// A decoded vector encoded again, in the vector's own form (with or without
// the SMSC prefix).
test::octets reencode(const test::json& v, const smspdu::pdu& p) {
  test::octets out(smspdu::max_pdu_octets);
  const auto n = v["has_smsc"].boolean() ? smspdu::encode_pdu(p, out).value().octets
                                         : smspdu::encode(p.message, out).value();
  out.resize(n);
  return out;
}

bool is_pdu_kind(const std::string& kind) {
  return kind == "deliver" || kind == "submit" || kind == "status_report" || kind == "command" ||
         kind == "submit_report" || kind == "deliver_report";
}

// Every PDU vector, multipart messages' parts included.
std::vector<test::json> pdu_vectors() {
  std::vector<test::json> all;
  for (const char* file : vector_files) {
    for (auto& v : records_of(file)) {
      const std::string kind = v["kind"].str();
      if (is_pdu_kind(kind) && !v["hex"].is_null()) all.push_back(v);
    }
  }
  return all;
}

std::vector<std::pair<std::string, std::string>> multipart_parts() {
  std::vector<std::pair<std::string, std::string>> parts;  // (id, hex) with the SMSC prefix
  for (const char* file : vector_files) {
    for (auto& v : records_of(file))
      if (v["kind"].str() == "multipart")
        for (const auto& part : v["parts"].array()) parts.emplace_back(part["id"].str(), part["hex"].str());
  }
  return parts;
}

}  // namespace

TEST_CASE("golden PDUs decode to the fields their sources state", "[tpdu][golden]") {
  std::set<std::string> kinds;
  std::size_t checked = 0;
  for (const auto& v : pdu_vectors()) {
    CAPTURE(v["id"].str(), v["source"].str(), v["hex"].str());
    const auto data = test::bytes(v["hex"].str());
    const auto decoded = test::decode_vector(v, data);
    if (const quirk* q = quirk_of(v["id"].str()); q != nullptr && !q->decodes) {
      INFO(q->why);
      CHECK(decoded == q->refusal);
      continue;
    }
    REQUIRE(decoded.has_value());
    test::check_expectations(*decoded, v["expect"]);
    kinds.insert(v["kind"].str());
    ++checked;
  }
  CHECK(checked >= 480);
  // All six TPDU types are among them.
  CHECK(kinds.size() == 6);
}

TEST_CASE("golden PDUs re-encode to the same octets", "[tpdu][golden]") {
  std::size_t checked = 0;
  for (const auto& v : pdu_vectors()) {
    CAPTURE(v["id"].str(), v["hex"].str());
    const auto data = test::bytes(v["hex"].str());
    const auto decoded = test::decode_vector(v, data);
    if (const quirk* q = quirk_of(v["id"].str()); q != nullptr) {  // see source_quirks
      if (q->decodes) {
        REQUIRE(decoded.has_value());
        // Not the same octets, but the same meaning.
        CHECK(test::decode_vector(v, reencode(v, *decoded)).value() == *decoded);
      }
      continue;
    }
    REQUIRE(decoded.has_value());
    CHECK(test::hex(reencode(v, *decoded)) == v["hex"].str());
    ++checked;
  }
  CHECK(checked >= 480);
}

TEST_CASE("every truncated prefix of a golden PDU is refused", "[tpdu][golden][errors]") {
  std::size_t prefixes = 0;
  for (const auto& v : pdu_vectors()) {
    CAPTURE(v["id"].str());
    const auto data = test::bytes(v["hex"].str());
    for (std::size_t length = 0; length < data.size(); ++length) {
      // An exact-size copy: a read past the end is a sanitizer error.
      const test::octets prefix(data.begin(), data.begin() + static_cast<long>(length));
      CAPTURE(length);
      const auto decoded = test::decode_vector(v, prefix);
      // One prefix is a TPDU of its own: a STATUS-REPORT cut just before its
      // optional TP-PI (TS 23.040 §9.2.2.3). It must then re-encode to itself.
      if (decoded) {
        const auto* report = std::get_if<smspdu::sms_status_report>(&decoded->message);
        REQUIRE(report != nullptr);
        REQUIRE_FALSE(report->parameters.present());
        REQUIRE(reencode(v, *decoded) == prefix);
        continue;
      }
      ++prefixes;
    }
  }
  CHECK(prefixes > 10000);
}

TEST_CASE("PDUs that peers' test suites expect to be rejected are rejected", "[tpdu][golden][errors]") {
  std::size_t checked = 0;
  for (const char* file : vector_files) {
    for (const auto& v : records_of(file)) {
      if (v["kind"].str() != "malformed") continue;
      CAPTURE(v["id"].str(), v["hex"].str(), v["expect"]["reason"].str());
      if (v["id"].str() == "mm-bad-wrong-udh") {
        // should_reject: TP-UDHI with TP-UDL 0. ModemManager refuses it; go-sms
        // (gosms-12, gosms-46) and Gammu accept it as empty user data, and so
        // does smspdu, keeping the bit (user_data.hpp).
        CHECK(v["expect"]["severity"].str() == "should_reject");
        CHECK(smspdu::decode_stored_pdu_hex(v["hex"].str()).has_value());
        continue;
      }
      const std::string hex = v["hex"].str();
      const bool smsc = v["has_smsc"].boolean();
      // The direction the source decodes in: its "direction", else received
      // (SC to MS) and as stored by a modem, which is how ModemManager and
      // python-gsmmodem read PDUs. (The same octets may well be a valid TPDU
      // of another type in the other direction: 1C011C is a DELIVER-REPORT.)
      const auto d = v.has("direction") ? test::vector_direction(v) : smspdu::direction::sc_to_ms;
      const auto form = test::vector_report_form(v);
      if (smsc) {
        CHECK_FALSE(smspdu::decode_pdu_hex(hex, d, {form}).has_value());
        if (!v.has("direction")) CHECK_FALSE(smspdu::decode_stored_pdu_hex(hex).has_value());
      } else {
        const auto octets = smspdu::hex_to_octets(hex);
        CHECK((!octets || !smspdu::decode_tpdu(*octets, d, {form}).has_value()));
      }
      ++checked;
    }
  }
  CHECK(checked >= 70);
}

TEST_CASE("parts of multipart messages decode with their concatenation", "[tpdu][golden]") {
  std::size_t checked = 0;
  for (const auto& [id, hex] : multipart_parts()) {
    CAPTURE(id, hex);
    const auto p = smspdu::decode_stored_pdu_hex(hex);
    REQUIRE(p.has_value());
    const auto* d = std::get_if<smspdu::sms_deliver>(&p->message);
    const auto* s = std::get_if<smspdu::sms_submit>(&p->message);
    REQUIRE((d != nullptr || s != nullptr));
    const auto& ud = d != nullptr ? d->ud : s->ud;
    CHECK(smspdu::header_of(ud).concatenation().has_value());
    const auto again = smspdu::encode_pdu_hex(*p);
    REQUIRE(again.has_value());
    CHECK(std::string(again->text()) == hex);
    ++checked;
  }
  CHECK(checked >= 8);
}

TEST_CASE("TP-MTI 11 reads as SMS-DELIVER when the receiver asks for it", "[tpdu][golden]") {
  // go-sms TestReservedMTI (gosms-11 in tests/data/pdus/harvested.jsonl).
  const auto octets = test::bytes("07049136190000515071322005230141");
  CHECK(smspdu::decode_tpdu(octets, smspdu::direction::sc_to_ms) ==
        smspdu::error{smspdu::errc::reserved_message_type, 0});
  smspdu::decode_options options;
  options.reserved_type_as_deliver = true;
  const auto t = smspdu::decode_tpdu(octets, smspdu::direction::sc_to_ms, options);
  REQUIRE(t.has_value());
  const auto& d = std::get<smspdu::sms_deliver>(*t);
  CHECK(std::string(d.originator.text()) == "6391");
  CHECK(std::string(smspdu::text_of(d)->data(), 1) == "A");
  // Only received TPDUs: in the other direction MTI 11 stays reserved.
  CHECK(smspdu::decode_tpdu(octets, smspdu::direction::ms_to_sc, options) ==
        smspdu::error{smspdu::errc::reserved_message_type, 0});
}
