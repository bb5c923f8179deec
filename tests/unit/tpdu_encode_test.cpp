// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Encoders checked against other implementations' encoders: messages built
// from the fields of each golden SMS-SUBMIT and SMS-DELIVER (text, header,
// classes, PIDs, validity...) must give exactly the octets the peer wrote.
#include <smspdu/smspdu.hpp>

#include <algorithm>
#include <optional>
#include <string>

#include "../support/pdu_expect.hpp"
#include "../support/test_support.hpp"

namespace {

smspdu::address address_of(const test::json& e) {
  smspdu::address a;
  a.ton = static_cast<smspdu::type_of_number>(e["ton"].integer());
  a.npi = static_cast<smspdu::numbering_plan>(e["npi"].integer());
  for (char c : e["number"].str()) a.value.push_back(c);
  return a;
}

smspdu::timestamp timestamp_of(const test::json& e) {
  smspdu::timestamp t;
  t.year = static_cast<std::uint16_t>(e["year"].integer());
  t.month = static_cast<std::uint8_t>(e["month"].integer());
  t.day = static_cast<std::uint8_t>(e["day"].integer());
  t.hour = static_cast<std::uint8_t>(e["hour"].integer());
  t.minute = static_cast<std::uint8_t>(e["minute"].integer());
  t.second = static_cast<std::uint8_t>(e["second"].integer());
  t.utc_offset_quarters = static_cast<std::int8_t>(e["tz_minutes"].integer() / 15);
  return t;
}

// The user data of a vector, built from its text (or data) and header.
smspdu::result<smspdu::user_data> user_data_of(const test::json& e, smspdu::data_coding_scheme dcs) {
  smspdu::user_data_header header;
  const bool has_header = e.has("udhi") && e["udhi"].boolean();
  if (has_header)
    for (const auto& element : e["udh"].array())
      REQUIRE(header.add(static_cast<std::uint8_t>(element["iei"].integer()), test::bytes(element["data"].str())).has_value());
  if (e.has("data_hex")) {
    const auto data = test::bytes(e["data_hex"].str());
    return smspdu::data_user_data(data, has_header ? &header : nullptr);
  }
  return has_header ? smspdu::text_user_data(e["text"].str(), dcs, header)
                    : smspdu::text_user_data(e["text"].str(), dcs);
}

bool buildable(const test::json& v) {
  const std::string kind = v["kind"].str();
  if (kind != "submit" && kind != "deliver") return false;
  const auto& e = v["expect"];
  if (!e.has("text") && !e.has("data_hex")) return false;
  if (e.has("udhi") && e["udhi"].boolean() && !e.has("udh")) return false;
  if (!e.has("dcs") || !e.has("pid")) return false;
  if (kind == "submit")
    return e.has("da") && e.has("mr") && e.has("vpf") && e.has("rp") && e.has("srr") && e.has("rd") &&
           (e["vpf"].integer() == 0 || (e.has("vp") && e["vp"]["format"].str() == "relative"));
  return e.has("oa") && e.has("scts") && e.has("mms") && e.has("sri") && e.has("rp");
}

}  // namespace

TEST_CASE("messages built from golden PDUs' fields encode to the peers' octets",
          "[tpdu][golden][encode]") {
  const char* const files[] = {"public-vectors.jsonl", "pdus/gammu-pdus.jsonl", "pdus/harvested.jsonl"};
  std::size_t built = 0;
  std::size_t spare_bit_cases = 0;
  for (const char* file : files) {
    for (const auto& v : test::read_jsonl(file)) {
      if (v["hex"].is_null() || !buildable(v)) continue;
      CAPTURE(v["id"].str(), v["hex"].str());
      const auto& e = v["expect"];
      const smspdu::data_coding_scheme dcs{static_cast<std::uint8_t>(e["dcs"].integer())};
      const auto ud = user_data_of(e, dcs);
      REQUIRE(ud.has_value());
      smspdu::pdu p{std::nullopt, smspdu::sms_submit{}};
      // The SMSC address is not a TPDU field: when a vector states none, it is
      // taken from the decoded vector (the decoder is checked elsewhere).
      if (v["has_smsc"].boolean())
        p.smsc = e.has("smsc") ? (e["smsc"].is_null() ? std::nullopt : std::optional(address_of(e["smsc"])))
                               : test::decode_vector(v, test::bytes(v["hex"].str())).value().smsc;
      if (v["kind"].str() == "submit") {
        smspdu::sms_submit s;
        s.destination = address_of(e["da"]);
        s.message_reference = static_cast<std::uint8_t>(e["mr"].integer());
        s.pid.value = static_cast<std::uint8_t>(e["pid"].integer());
        s.dcs = dcs;
        s.reply_path = e["rp"].boolean();
        s.status_report_request = e["srr"].boolean();
        s.reject_duplicates = e["rd"].boolean();
        if (e["vpf"].integer() == 2)
          s.validity = smspdu::validity_period::relative_code(static_cast<std::uint8_t>(e["vp"]["raw"].integer()));
        s.ud = *ud;
        p.message = s;
      } else {
        smspdu::sms_deliver d;
        d.originator = address_of(e["oa"]);
        d.pid.value = static_cast<std::uint8_t>(e["pid"].integer());
        d.dcs = dcs;
        d.more_messages_to_send = !e["mms"].boolean();
        d.status_report_indication = e["sri"].boolean();
        d.reply_path = e["rp"].boolean();
        d.service_centre_time = timestamp_of(e["scts"]);
        d.ud = *ud;
        p.message = d;
      }
      test::octets ours;
      if (v["has_smsc"].boolean()) {
        const auto hex = smspdu::encode_pdu_hex(p);
        REQUIRE(hex.has_value());
        ours = test::bytes(std::string(hex->text()));
      } else {
        const auto octets = smspdu::encode(p.message);
        REQUIRE(octets.has_value());
        ours.assign(octets->begin(), octets->end());
      }
      const auto theirs = test::bytes(v["hex"].str());
      if (ours != theirs && ours.size() == theirs.size() && !ours.empty() &&
          std::equal(ours.begin(), ours.end() - 1, theirs.begin())) {
        // The peer left non-zero spare bits after the last septet (TS 23.040
        // §9.2.3.24: they are zero when sent); smspdu's octet differs only there.
        REQUIRE(dcs.user_data_in_septets());
        const unsigned used_bits = (ud->length * 7u) % 8u;
        REQUIRE(used_bits != 0);
        const auto used_mask = static_cast<std::uint8_t>((1u << used_bits) - 1u);
        CHECK((ours.back() & ~used_mask & 0xFF) == 0);
        CHECK((ours.back() & used_mask) == (theirs.back() & used_mask));
        ++spare_bit_cases;
      } else {
        CHECK(test::hex(ours) == v["hex"].str());
      }
      ++built;
    }
  }
  CHECK(built >= 270);
  CHECK(spare_bit_cases <= 3);
}

TEST_CASE("the builders give the peers' octets for plain, flash and replace messages",
          "[compose][golden][encode]") {
  // Every Gammu SUBMIT without a header whose coding the builder would choose
  // itself (0x00/0x08/0x04, or 0x10..0x1B with a class).
  std::size_t built = 0;
  for (const auto& v : test::read_jsonl("pdus/gammu-pdus.jsonl")) {
    if (v["kind"].str() != "submit") continue;
    const auto& e = v["expect"];
    if (e["udhi"].boolean()) continue;
    const smspdu::data_coding_scheme dcs{static_cast<std::uint8_t>(e["dcs"].integer())};
    if (dcs.group() != smspdu::coding_group::general_data_coding) continue;
    CAPTURE(v["id"].str(), v["hex"].str());
    smspdu::submit_options o;
    o.message_class = dcs.message_class();
    o.pid.value = static_cast<std::uint8_t>(e["pid"].integer());
    o.message_reference = static_cast<std::uint8_t>(e["mr"].integer());
    o.status_report = e["srr"].boolean();
    o.reject_duplicates = e["rd"].boolean();
    o.reply_path = e["rp"].boolean();
    if (e["vpf"].integer() == 2)
      o.validity = smspdu::validity_period::relative_code(static_cast<std::uint8_t>(e["vp"]["raw"].integer()));
    smspdu::result<smspdu::sms_submit> s = smspdu::error{};
    if (dcs.character_set() == smspdu::alphabet::eight_bit) {
      s = smspdu::make_data_submit(address_of(e["da"]), test::bytes(e["data_hex"].str()), std::nullopt, o);
    } else {
      // Automatic encoding must pick what Gammu picked; force it when Gammu
      // chose UCS-2 for text that GSM 7-bit could carry.
      o.encoding = dcs.character_set() == smspdu::alphabet::ucs2 &&
                           smspdu::gsm7_length_from_utf8(e["text"].str()).has_value()
                       ? smspdu::text_encoding::ucs2
                       : smspdu::text_encoding::automatic;
      s = smspdu::make_submit(address_of(e["da"]), e["text"].str(), o);
    }
    REQUIRE(s.has_value());
    smspdu::pdu p{std::nullopt, *s};
    if (!e["smsc"].is_null()) p.smsc = address_of(e["smsc"]);
    const auto hex = smspdu::encode_pdu_hex(p);
    REQUIRE(hex.has_value());
    CHECK(std::string(hex->text()) == v["hex"].str());
    ++built;
  }
  CHECK(built >= 90);
}

TEST_CASE("encode_submit writes what encode(make_submit) writes, errors included", "[compose][fast_path]") {
  // encode_submit packs the text straight into the PDU; this compares it with
  // the two-step path on random texts (GSM 7-bit, extension, Greek, Turkish
  // national characters, UCS-2 only, emoji, invalid UTF-8), every encoding
  // and national-language choice, validity formats (one invalid), addresses
  // (one not encodable) and output sizes down to nothing.
  const std::string pieces[] = {"a", "Z", "7", " ", "@", "{", "\xE2\x82\xAC" /* € */, "\xCE\xA9" /* Ω */,
                                "\xC3\xA9" /* é */, "\xC5\x9F" /* ş */, "\xC4\xB1" /* ı */,
                                "\xD0\x96" /* Ж */, "\xF0\x9F\x98\x80" /* emoji */, "\xE4\xBD\xA0",
                                "\xFF" /* not UTF-8 */};
  std::uint32_t state = 2026;
  const auto next = [&state] { return state = state * 1664525u + 1013904223u; };
  const auto pick = [&next](std::size_t n) { return static_cast<std::size_t>((next() >> 8) % n); };
  smspdu::address alphanumeric;
  alphanumeric.ton = smspdu::type_of_number::alphanumeric;
  for (char c : std::string("Shop")) alphanumeric.value.push_back(c);
  smspdu::address bad_digit = smspdu::phone_number("+4179").value();
  bad_digit.value.push_back('x');
  const smspdu::address addresses[] = {smspdu::phone_number("+41791234567").value(),
                                       smspdu::phone_number("0791234").value(), alphanumeric, bad_digit};
  smspdu::timestamp expiry;
  expiry.year = 2027;
  expiry.month = 3;
  expiry.day = 9;
  smspdu::timestamp bad_expiry = expiry;
  bad_expiry.month = 13;
  const smspdu::validity_period validities[] = {smspdu::validity_period{}, smspdu::validity_period::relative_code(167),
                                                smspdu::validity_period::until(expiry),
                                                smspdu::validity_period::until(bad_expiry)};
  std::size_t compared = 0, failures = 0;
  for (unsigned round = 0; round < 6000; ++round) {
    std::string text;
    const std::size_t characters = pick(round % 3 == 0 ? 200 : 170);
    const std::size_t variety = round % 4 == 0 ? 5 : round % 4 == 1 ? 7 : 15;  // often all GSM 7-bit
    for (std::size_t i = 0; i < characters; ++i) text += pieces[pick(variety)];
    smspdu::submit_options options;
    options.encoding = static_cast<smspdu::text_encoding>(pick(3));
    if (pick(4) == 0) options.languages = smspdu::national_languages::both(smspdu::national_language::turkish);
    if (pick(8) == 0) options.tables = {smspdu::national_language::turkish, smspdu::national_language::turkish};
    options.message_class = static_cast<smspdu::message_class>(pick(5));
    options.pid.value = static_cast<std::uint8_t>(pick(3) == 0 ? 0x41 : 0x00);
    options.validity = validities[pick(4)];
    options.message_reference = static_cast<std::uint8_t>(next() >> 24);
    options.status_report = pick(2) == 0;
    options.reject_duplicates = pick(2) == 0;
    options.reply_path = pick(2) == 0;
    const smspdu::address& to = addresses[pick(8) == 0 ? 3 : pick(3)];
    const std::size_t room = pick(3) == 0 ? pick(smspdu::max_tpdu_octets) : smspdu::max_tpdu_octets;

    std::array<std::uint8_t, smspdu::max_tpdu_octets> two_step{}, direct{};
    const auto submit = smspdu::make_submit(to, text, options);
    const auto expected = submit ? smspdu::encode(*submit, smspdu::octet_span(two_step.data(), room))
                                 : smspdu::result<std::size_t>(submit.error());
    const auto got = smspdu::encode_submit(to, text, smspdu::octet_span(direct.data(), room), options);
    INFO("round " << round << ", text " << text << ", room " << room);
    REQUIRE(got.has_value() == expected.has_value());
    ++compared;
    if (!expected) {
      ++failures;
      CHECK(got.error() == expected.error());
      continue;
    }
    REQUIRE(*got == *expected);
    CHECK(std::equal(direct.begin(), direct.begin() + static_cast<std::ptrdiff_t>(*got), two_step.begin()));
  }
  // Both kinds of outcome were compared many times.
  CHECK(failures > 1000);
  CHECK(compared - failures > 1000);
}
