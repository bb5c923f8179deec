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
    REQUIRE(decoded.has_value());
    test::check_expectations(*decoded, v["expect"]);
    kinds.insert(v["kind"].str());
    ++checked;
  }
  CHECK(checked >= 290);
  CHECK(kinds.count("deliver") == 1);
  CHECK(kinds.count("submit") == 1);
  CHECK(kinds.count("status_report") == 1);
}

TEST_CASE("golden PDUs re-encode to the same octets", "[tpdu][golden]") {
  std::size_t checked = 0;
  for (const auto& v : pdu_vectors()) {
    CAPTURE(v["id"].str(), v["hex"].str());
    const auto data = test::bytes(v["hex"].str());
    const auto decoded = test::decode_vector(v, data);
    REQUIRE(decoded.has_value());
    std::vector<std::uint8_t> out(smspdu::max_pdu_octets);
    if (v["has_smsc"].boolean()) {
      const auto n = smspdu::encode_pdu(*decoded, out);
      REQUIRE(n.has_value());
      out.resize(n->octets);
    } else {
      const auto n = smspdu::encode(decoded->message, out);
      REQUIRE(n.has_value());
      out.resize(*n);
    }
    CHECK(test::hex(out) == v["hex"].str());
    ++checked;
  }
  CHECK(checked >= 290);
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
      REQUIRE_FALSE(decoded.has_value());
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
      const std::string hex = v["hex"].str();
      const bool smsc = v["has_smsc"].boolean();
      // The direction the source decodes in: its "direction", else received
      // (SC to MS) and as stored by a modem, which is how ModemManager and
      // python-gsmmodem read PDUs. (The same octets may well be a valid TPDU
      // of another type in the other direction: 1C011C is a DELIVER-REPORT.)
      const auto d = v.has("direction") ? test::vector_direction(v) : smspdu::direction::sc_to_ms;
      if (smsc) {
        CHECK_FALSE(smspdu::decode_pdu_hex(hex, d).has_value());
        if (!v.has("direction")) CHECK_FALSE(smspdu::decode_stored_pdu_hex(hex).has_value());
      } else {
        const auto octets = smspdu::hex_to_octets(hex);
        CHECK((!octets || !smspdu::decode_tpdu(*octets, d).has_value()));
      }
      ++checked;
    }
  }
  CHECK(checked >= 9);
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
