// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Mutation and truncation of every golden PDU (tests/data: the public
// vectors, Gammu's PDUs, the harvested suites): every prefix, every octet
// set to 0x00, 0xFF, +1 and -1, and every single bit flipped. Each mutant
// either fails with an error whose offset lies inside the input, or decodes
// to a message whose fields can all be read and which encodes again to the
// same octets (decode -> encode is exact, so decode -> encode -> decode is
// stable). The sanitizer builds (ci-asan, valgrind) run this too, so an
// out-of-bounds read anywhere on these paths fails the suite.
#include <smspdu/smspdu.hpp>

#include <string>
#include <vector>

#include "../support/pdu_expect.hpp"
#include "../support/test_support.hpp"

namespace {

struct tally {
  std::size_t mutants = 0;
  std::size_t decoded = 0;
  std::size_t rejected = 0;
  std::size_t normalised = 0;  ///< decoded and re-encoded to other octets with the same meaning
};

// Decodes `data` as the vector says; on success checks the round trip.
void check_mutant(const test::json& v, const test::octets& data, tally& t) {
  ++t.mutants;
  const auto decoded = test::decode_vector(v, data);
  if (!decoded) {
    ++t.rejected;
    const auto offset = decoded.error().offset;
    if (offset > data.size()) FAIL_CHECK("error offset " << offset << " past " << data.size() << " octets");
    return;
  }
  ++t.decoded;
  // Everything a decoded message says can be read.
  if (const auto* deliver = std::get_if<smspdu::sms_deliver>(&decoded->message)) {
    (void)smspdu::text_of(*deliver);
    (void)smspdu::header_of(deliver->ud).concatenation();
    (void)smspdu::to_iso8601(deliver->service_centre_time);
  } else if (const auto* submit = std::get_if<smspdu::sms_submit>(&decoded->message)) {
    (void)smspdu::text_of(*submit);
    (void)smspdu::header_of(submit->ud).application_ports();
  }
  // The same octets again.
  test::octets again(smspdu::max_pdu_octets + 1);
  if (v["has_smsc"].boolean()) {
    const auto n = smspdu::encode_pdu(*decoded, again);
    if (!n) {
      FAIL_CHECK("decoded but does not encode: " << smspdu::to_string(n.error().code));
      return;
    }
    again.resize(n->octets);
  } else {
    const auto n = smspdu::encode(decoded->message, again);
    if (!n) {
      FAIL_CHECK("decoded but does not encode: " << smspdu::to_string(n.error().code));
      return;
    }
    again.resize(*n);
  }
  if (again == data) return;
  // Not the same octets: the one value smspdu normalises is the time zone
  // "-00:00" (sign bit set, zero quarter hours, TS 23.040 §9.2.3.11), which
  // re-encodes as +00:00 (README, "Exact round trips"). Anything else fails.
  ++t.normalised;
  std::size_t differences = 0;
  bool only_negative_zero = again.size() == data.size();
  for (std::size_t i = 0; only_negative_zero && i < data.size(); ++i) {
    if (again[i] == data[i]) continue;
    ++differences;
    only_negative_zero = data[i] == 0x08 && again[i] == 0x00;
  }
  if (!only_negative_zero || differences != 1)
    FAIL_CHECK("re-encodes to " << test::hex(again) << " from " << test::hex(data));
  const auto stable = test::decode_vector(v, again);
  if (!stable || !(*stable == *decoded)) FAIL_CHECK("the normalised octets decode differently");
}

std::vector<test::json> golden_pdus() {
  std::vector<test::json> all;
  for (const char* file : {"public-vectors.jsonl", "pdus/gammu-pdus.jsonl", "pdus/harvested.jsonl"})
    for (auto& v : test::read_jsonl(file))
      if (v.has("hex") && !v["hex"].is_null() && v.has("has_smsc") && v["kind"].str() != "malformed")
        all.push_back(std::move(v));
  return all;
}

}  // namespace

TEST_CASE("every prefix, octet change and bit flip of every golden PDU decodes cleanly or fails inside it",
          "[mutation][tpdu]") {
  const auto vectors = golden_pdus();
  REQUIRE(vectors.size() > 400);
  tally t;
  for (const auto& v : vectors) {
    const auto original = test::bytes(v["hex"].str());
    if (!test::decode_vector(v, original)) continue;  // source quirks, listed in tpdu_vectors_test
    CAPTURE(v["id"].str());
    for (std::size_t n = 0; n < original.size(); ++n)
      check_mutant(v, test::octets(original.begin(), original.begin() + static_cast<long>(n)), t);
    for (std::size_t i = 0; i < original.size(); ++i) {
      CAPTURE(i);
      test::octets mutant = original;
      for (const int value : {0x00, 0xFF, (original[i] + 1) & 0xFF, (original[i] + 0xFF) & 0xFF}) {
        mutant[i] = static_cast<std::uint8_t>(value);
        if (mutant[i] != original[i]) check_mutant(v, mutant, t);
      }
      for (unsigned bit = 0; bit < 8; ++bit) {
        mutant[i] = static_cast<std::uint8_t>(original[i] ^ (1u << bit));
        check_mutant(v, mutant, t);
      }
    }
  }
  // Both outcomes are exercised, on a large scale.
  CHECK(t.mutants > 300000);
  CHECK(t.decoded > 50000);
  CHECK(t.rejected > 50000);
  CHECK(t.normalised < t.decoded / 100);
}
