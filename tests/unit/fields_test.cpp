// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// The TPDU fields one by one: addresses, time stamps, validity periods,
// TP-DCS, TP-PID and the user data header.
#include <smspdu/smspdu.hpp>

#include <string>

#include "../support/test_support.hpp"

using smspdu::errc;
using smspdu::error;

namespace {
smspdu::result<smspdu::address> decode_address(const test::octets& data) {
  smspdu::detail::octet_reader in(data);
  auto a = smspdu::detail::decode_address(in);
  if (a && in.remaining() != 0) return error{errc::trailing_octets, in.position()};
  return a;
}

std::string encode_address(const smspdu::address& a) {
  test::octets out(16);
  smspdu::detail::octet_writer w(out);
  const auto n = smspdu::detail::encode_address(a, w);
  REQUIRE(n.has_value());
  out.resize(*n);
  return test::hex(out);
}

smspdu::result<smspdu::timestamp> decode_timestamp(const test::octets& data) {
  smspdu::detail::octet_reader in(data);
  return smspdu::detail::decode_timestamp(in);
}

std::string encode_timestamp(const smspdu::timestamp& t) {
  test::octets out(7);
  smspdu::detail::octet_writer w(out);
  REQUIRE(smspdu::detail::encode_timestamp(t, w).has_value());
  return test::hex(out);
}
}  // namespace

TEST_CASE("address vectors from peers' published test suites", "[address][golden]") {
  // python-gsmmodem, smspdudecoder, libosmocore and ModemManager address tests
  // (tests/data/public-vectors.jsonl, kind "address").
  std::size_t checked = 0;
  for (const auto& v : test::read_jsonl("public-vectors.jsonl")) {
    if (v["kind"].str() != "address") continue;
    const auto& e = v["expect"];
    CAPTURE(v["id"].str());
    if (v["hex"].is_null()) {  // an encoding that must fail: 21 digits
      CHECK(smspdu::phone_number(e["encode_number"].str()).error().code == errc::address_too_long);
      ++checked;
      continue;
    }
    const auto data = test::bytes(v["hex"].str());
    smspdu::address a;
    if (e["field"].str() == "smsc_address") {
      smspdu::detail::octet_reader in(data);
      REQUIRE(smspdu::detail::decode_smsc_address(in, a).value());
      CHECK(in.remaining() == 0);
      test::octets out(16);
      smspdu::detail::octet_writer w(out);
      REQUIRE(smspdu::detail::encode_smsc_address(a, w).has_value());
      out.resize(w.size());
      CHECK(test::hex(out) == v["hex"].str());
    } else {
      a = decode_address(data).value();
      CHECK(encode_address(a) == v["hex"].str());
    }
    std::string expected = e["number"].str();
    // libosmocore writes the length of an alphanumeric address as twice its
    // octets, one semi-octet too many for "OpenBSC" (7 septets take 13, it
    // writes 14). By TS 23.040 §9.1.2.5 14 semi-octets hold 8 septets, so the
    // eighth, zero, is a genuine '@': "OpenBSC@" is indistinguishable from
    // "OpenBSC" written this way. smspdu follows the spec (as Android does).
    if (v["id"].str() == "osmo-gen-oa-3") expected += "@";
    CHECK(std::string(a.text()) == expected);
    CHECK(static_cast<int>(a.ton) == e["ton"].integer());
    CHECK(static_cast<int>(a.npi) == e["npi"].integer());
    ++checked;
  }
  CHECK(checked >= 15);
}

TEST_CASE("addresses: digits, odd counts, * # a b c, alphanumeric", "[address]") {
  // TS 23.040 §9.1.2.5: length in digits, TOA 91, low semi-octet first, F fill.
  CHECK(encode_address(smspdu::phone_number("+27381000015").value()) == "0B917283010010F5");
  CHECK(encode_address(smspdu::phone_number("1234").value()) == "04812143");
  CHECK(encode_address(smspdu::phone_number("*#abc").value()) == "0581BADCFE");
  CHECK(encode_address(smspdu::phone_number("").value()) == "0081");
  const auto stars = decode_address(test::bytes("0581BADCFE"));
  REQUIRE(stars.has_value());
  CHECK(std::string(stars->text()) == "*#abc");
  // 20 digits is the maximum; 21 is refused at the 21st.
  CHECK(smspdu::phone_number("+12345678901234567890").has_value());
  CHECK(smspdu::phone_number("+123456789012345678901") == error{errc::address_too_long, 21});
  CHECK(smspdu::phone_number("12 34") == error{errc::invalid_address_digit, 2});
  CHECK(smspdu::phone_number("++1") == error{errc::invalid_address_digit, 1});
  // Alphanumeric (TON 101): the length counts the semi-octets the septets take.
  // "Test" is 4 septets, 28 bits, 7 semi-octets (../shared/spec/tpdu-digest.md 3.2).
  const auto test_sender = smspdu::alphanumeric_address("Test").value();
  CHECK(encode_address(test_sender) == "07D0D4F29C0E");
  const auto decoded = decode_address(test::bytes("07D0D4F29C0E"));
  REQUIRE(decoded.has_value());
  CHECK(decoded->ton == smspdu::type_of_number::alphanumeric);
  CHECK(std::string(decoded->text()) == "Test");
  // '@' is a character of alphanumeric senders too (Gammu cuts "Te@_" to "Te").
  const auto at = smspdu::alphanumeric_address("Te@_").value();
  CHECK(std::string(decode_address(test::bytes(encode_address(at))).value().text()) == "Te@_");
  // 11 septets fit in 10 octets; 12 do not.
  CHECK(smspdu::alphanumeric_address("ABCDEFGHIJK").has_value());
  CHECK(smspdu::alphanumeric_address("ABCDEFGHIJKL") == error{errc::address_too_long, 11});
  CHECK(smspdu::alphanumeric_address("ABCDEFGHIJ{") == error{errc::address_too_long, 10});
  CHECK(smspdu::alphanumeric_address("\xF0\x9F\x98\x80") == error{errc::unencodable_character, 0});
}

TEST_CASE("address decoding errors carry the octet offset", "[address][errors]") {
  CHECK(decode_address(test::bytes("15911122334455667788990011")) == error{errc::address_too_long, 0});
  CHECK(decode_address(test::bytes("049121F3")) == error{errc::invalid_address_digit, 3});
  CHECK(decode_address(test::bytes("0491")) == error{errc::truncated_input, 2});
  CHECK(decode_address(test::bytes("04")) == error{errc::truncated_input, 1});
  // An alphanumeric value longer than 10 octets.
  CHECK(decode_address(test::bytes("16D0")) == error{errc::address_too_long, 0});
  // The fill semi-octet of an odd count is not a digit; it is kept as received
  // (TS 23.040 §9.1.2.3 says 1111) so the address re-encodes exactly.
  const auto zero_fill = decode_address(test::bytes("03912103")).value();
  CHECK(std::string(zero_fill.text()) == "123");
  CHECK(zero_fill.fill_semi_octet == 0);
  CHECK(encode_address(zero_fill) == "03912103");
  CHECK(zero_fill != smspdu::phone_number("123").value());
  // So is bit 7 of the type of address (oFono's test PDUs clear it).
  const auto no_bit_7 = decode_address(test::bytes("01000B")).value();
  CHECK_FALSE(no_bit_7.type_bit_7);
  CHECK(encode_address(no_bit_7) == "01000B");
  // Alphanumeric: a length whose last octet holds no septet is refused
  // (3 semi-octets: 1 septet in 2 octets)...
  CHECK(decode_address(test::bytes("03D04100")) == error{errc::invalid_address_length, 0});
  // ...but one semi-octet too many, as libosmocore writes it, is read, and
  // kept so that the address re-encodes exactly.
  const auto long_length = decode_address(test::bytes("08D0D4F29C0E")).value();
  CHECK(std::string(long_length.text()) == "Test");
  CHECK(long_length.alphanumeric_length == 8);
  CHECK(encode_address(long_length) == "08D0D4F29C0E");
  CHECK(long_length != smspdu::alphanumeric_address("Test").value());
  // The bits after the last septet (here the top 4 of 0xFE) are kept too;
  // TS 23.040 §9.1.2.5 does not say what they hold.
  const auto padded = decode_address(test::bytes("07D0D4F29CFE")).value();
  CHECK(std::string(padded.text()) == "Test");
  CHECK(padded.alphanumeric_padding == 0x0F);
  CHECK(encode_address(padded) == "07D0D4F29CFE");
  // A length that does not fit the text is refused when encoding.
  auto wrong = smspdu::alphanumeric_address("Test").value();
  wrong.alphanumeric_length = 12;
  smspdu::sms_deliver from_wrong;
  from_wrong.originator = wrong;
  CHECK(smspdu::encoded_length(from_wrong).error().code == errc::invalid_address_length);
  // Escapes the spec reserves cannot stand in a sender's name: ESC ESC.
  CHECK(decode_address(test::bytes("04D09B0D")) == error{errc::invalid_address_digit, 2});
}

TEST_CASE("time stamps: BCD, time zone sign and the century rule", "[timestamp][golden]") {
  // python-gsmmodem TestTimestamp vectors (tests/data/public-vectors.jsonl).
  std::size_t checked = 0;
  for (const auto& v : test::read_jsonl("public-vectors.jsonl")) {
    if (v["kind"].str() != "timestamp") continue;
    CAPTURE(v["id"].str());
    const auto t = decode_timestamp(test::bytes(v["hex"].str()));
    REQUIRE(t.has_value());
    const auto& e = v["expect"];
    CHECK(t->year == e["year"].integer());
    CHECK(t->month == e["month"].integer());
    CHECK(t->day == e["day"].integer());
    CHECK(t->hour == e["hour"].integer());
    CHECK(t->minute == e["minute"].integer());
    CHECK(t->second == e["second"].integer());
    CHECK(t->utc_offset_minutes() == e["tz_minutes"].integer());
    CHECK(encode_timestamp(*t) == v["hex"].str());
    ++checked;
  }
  CHECK(checked == 4);
  // TS 23.040 §9.2.3.11: quarter hours, sign in bit 3 (tpdu-digest.md examples).
  CHECK(decode_timestamp(test::bytes("42110231000040")).value().utc_offset_minutes() == 60);
  CHECK(decode_timestamp(test::bytes("42110231000022")).value().utc_offset_minutes() == 330);
  CHECK(decode_timestamp(test::bytes("4211023100000A")).value().utc_offset_minutes() == -300);
  CHECK(decode_timestamp(test::bytes("42110231000029")).value().utc_offset_minutes() == -180);
  // The century rule: 90..99 is the 1990s, 00..89 the 2000s (Gammu reads 95 as 2085).
  CHECK(decode_timestamp(test::bytes("59110231000000")).value().year == 1995);
  CHECK(decode_timestamp(test::bytes("98110231000000")).value().year == 2089);
  CHECK(decode_timestamp(test::bytes("00110231000000")).value().year == 2000);
  smspdu::timestamp t;
  t.year = 2090;
  test::octets out(7);
  smspdu::detail::octet_writer w(out);
  CHECK(smspdu::detail::encode_timestamp(t, w) == error{errc::invalid_timestamp, 0});
  t.year = 1989;
  CHECK_FALSE(smspdu::is_valid(t));
  t.year = 1990;
  CHECK(smspdu::is_valid(t));
}

TEST_CASE("invalid time stamps are errors at the offending octet", "[timestamp][errors]") {
  CHECK(decode_timestamp(test::bytes("4A110231000000")) == error{errc::invalid_timestamp, 0});
  CHECK(decode_timestamp(test::bytes("42310231000000")) == error{errc::invalid_timestamp, 1});  // month 13
  CHECK(decode_timestamp(test::bytes("42402331000000")) == error{errc::invalid_timestamp, 2});  // day 32
  CHECK(decode_timestamp(test::bytes("42401331000000")) == error{errc::invalid_timestamp, 2});  // 31 April
  CHECK(decode_timestamp(test::bytes("422092000000C0")) == error{errc::invalid_timestamp, 6});
  CHECK(decode_timestamp(test::bytes("42110242000000")) == error{errc::invalid_timestamp, 3});  // hour 24
  CHECK(decode_timestamp(test::bytes("42110231060000")) == error{errc::invalid_timestamp, 4});  // minute 60
  CHECK(decode_timestamp(test::bytes("421102310000")) == error{errc::truncated_input, 6});
  // 29 February exists in leap years only.
  CHECK(decode_timestamp(test::bytes("42209200000000")).has_value());   // 2024-02-29
  CHECK(decode_timestamp(test::bytes("52209200000000")) == error{errc::invalid_timestamp, 2});
}

TEST_CASE("relative validity periods follow the four ranges of §9.2.3.12.1", "[validity][golden]") {
  // python-gsmmodem TestRelativeValidityPeriod vectors.
  for (const auto& v : test::read_jsonl("public-vectors.jsonl")) {
    if (v["kind"].str() != "vp") continue;
    const auto& e = v["expect"];
    const auto code = static_cast<std::uint8_t>(e["raw"].integer());
    CHECK(smspdu::relative_validity_seconds(code) == e["minutes"].integer() * 60);
    CHECK(smspdu::relative_validity_code(static_cast<std::uint32_t>(e["encode_from_minutes"].integer() * 60)).value() == code);
  }
  CHECK(smspdu::relative_validity_seconds(0) == 5 * 60);
  CHECK(smspdu::relative_validity_seconds(143) == 12 * 3600);
  CHECK(smspdu::relative_validity_seconds(144) == 12 * 3600 + 30 * 60);
  CHECK(smspdu::relative_validity_seconds(167) == 24 * 3600);
  CHECK(smspdu::relative_validity_seconds(168) == 2 * 86400);
  CHECK(smspdu::relative_validity_seconds(196) == 30 * 86400);
  CHECK(smspdu::relative_validity_seconds(197) == 5 * 7 * 86400);
  CHECK(smspdu::relative_validity_seconds(255) == 63 * 7 * 86400);
  // Rounding up: at least the time asked for.
  CHECK(smspdu::relative_validity_code(1).value() == 0);
  CHECK(smspdu::relative_validity_code(301).value() == 1);
  CHECK(smspdu::relative_validity_code(63u * 7 * 86400 + 1) == error{errc::invalid_validity_period, 0});
  // Every code is the shortest code for its own length.
  for (unsigned code = 0; code < 256; ++code)
    CHECK(smspdu::relative_validity_code(smspdu::relative_validity_seconds(static_cast<std::uint8_t>(code))).value() == code);
}

TEST_CASE("enhanced validity periods: the three relative formats and single shot",
          "[validity]") {
  using smspdu::enhanced_validity;
  const auto relative = enhanced_validity::relative(0xA7);
  CHECK(test::hex(relative.octets) == "01A70000000000");
  CHECK(relative.seconds() == 86400);
  CHECK_FALSE(relative.single_shot());
  const auto seconds = enhanced_validity::relative_seconds(90, true);
  CHECK(test::hex(seconds.octets) == "425A0000000000");
  CHECK(seconds.single_shot());
  CHECK(seconds.seconds() == 90);
  const auto hhmmss = enhanced_validity::relative_hhmmss(12, 34, 56);
  CHECK(test::hex(hhmmss.octets) == "03214365000000");  // semi-octets, tens digit low
  CHECK(hhmmss.seconds() == 12 * 3600 + 34 * 60 + 56);
  CHECK(hhmmss.format() == smspdu::enhanced_validity_format::relative_hhmmss);
  // With the extension bit, the period starts one octet later.
  enhanced_validity extended;
  extended.octets = {{0x82, 0x00, 0x1E, 0, 0, 0, 0}};
  CHECK(extended.extended());
  CHECK(extended.period_offset() == 2);
  CHECK(extended.seconds() == 30);
  // Reserved formats are kept, with no period.
  enhanced_validity reserved;
  reserved.octets = {{0x05, 0x10, 0, 0, 0, 0, 0}};
  CHECK(reserved.seconds() == 0);
  // Invalid BCD in HH:MM:SS is refused on decoding.
  const test::octets bad = test::bytes("03214A65000000");
  smspdu::detail::octet_reader in(bad);
  CHECK(smspdu::detail::decode_validity(in, smspdu::validity_format::enhanced) ==
        error{errc::invalid_validity_period, 2});
}

TEST_CASE("every TP-DCS value reads as TS 23.038 clause 4 says", "[dcs]") {
  using smspdu::alphabet;
  using smspdu::coding_group;
  using smspdu::message_class;
  for (unsigned value = 0; value < 256; ++value) {
    const smspdu::data_coding_scheme dcs{static_cast<std::uint8_t>(value)};
    CAPTURE(value);
    const unsigned high = value >> 4;
    // The expectations, written from the clause 4 table independently of the
    // library's code.
    alphabet set = alphabet::gsm7;
    message_class klass = message_class::none;
    bool reserved = false;
    bool compressed = false;
    if (high <= 7) {  // 00xx and 01xx
      const unsigned coding = (value >> 2) & 3;
      if (coding == 3) {
        reserved = true;
      } else {
        set = coding == 0 ? alphabet::gsm7 : coding == 1 ? alphabet::eight_bit : alphabet::ucs2;
        compressed = (value & 0x20) != 0;
        if (value & 0x10) klass = static_cast<message_class>(value & 3);
      }
      CHECK(dcs.group() == (high <= 3 ? coding_group::general_data_coding : coding_group::automatic_deletion));
    } else if (high <= 11) {
      reserved = true;
      CHECK(dcs.group() == coding_group::reserved);
    } else if (high == 12 || high == 13) {
      CHECK(dcs.message_waiting());
      CHECK(dcs.store_message() == (high == 13));
    } else if (high == 14) {
      set = alphabet::ucs2;
      CHECK(dcs.message_waiting());
      CHECK(dcs.store_message());
    } else {
      set = (value & 0x04) ? alphabet::eight_bit : alphabet::gsm7;
      klass = static_cast<message_class>(value & 3);
    }
    CHECK(dcs.is_reserved() == reserved);
    CHECK(dcs.character_set() == set);
    CHECK(dcs.message_class() == klass);
    CHECK(dcs.compressed() == compressed);
    CHECK(dcs.user_data_in_septets() == (set == alphabet::gsm7 && !compressed));
    if (dcs.message_waiting()) {
      CHECK(dcs.indication_active() == ((value & 0x08) != 0));
      CHECK(static_cast<unsigned>(dcs.indication_type()) == (value & 3));
    }
  }
}

TEST_CASE("TP-DCS builders give the common values", "[dcs]") {
  using smspdu::alphabet;
  using smspdu::data_coding_scheme;
  using smspdu::message_class;
  CHECK(data_coding_scheme::general(alphabet::gsm7).value == 0x00);
  CHECK(data_coding_scheme::general(alphabet::eight_bit).value == 0x04);
  CHECK(data_coding_scheme::general(alphabet::ucs2).value == 0x08);
  CHECK(data_coding_scheme::flash().value == 0x10);
  CHECK(data_coding_scheme::flash(alphabet::ucs2).value == 0x18);
  CHECK(data_coding_scheme::flash().is_flash());
  CHECK(data_coding_scheme::with_class(alphabet::gsm7, message_class::class_0).value == 0xF0);
  CHECK(data_coding_scheme::with_class(alphabet::eight_bit, message_class::class_2).value == 0xF6);
  CHECK(data_coding_scheme::general(alphabet::gsm7, message_class::class_1, false, true).value == 0x51);
  CHECK(data_coding_scheme::message_waiting_indication(smspdu::waiting_indication::voicemail, true).value == 0xD8);
  CHECK(data_coding_scheme::message_waiting_indication(smspdu::waiting_indication::fax, false, false).value == 0xC1);
  CHECK(data_coding_scheme::message_waiting_indication(smspdu::waiting_indication::email, true, true, alphabet::ucs2).value == 0xEA);
  CHECK(smspdu::to_string(message_class::class_0) == "class 0 (flash)");
}

TEST_CASE("TP-PID accessors and builders", "[pid]") {
  using smspdu::protocol_identifier;
  for (unsigned type = 1; type <= 7; ++type) {
    const auto pid = protocol_identifier::replace_short_message(type);
    CHECK(pid.value == 0x40 + type);
    CHECK(pid.is_replace());
    CHECK(pid.replace_type() == type);
  }
  CHECK_FALSE(protocol_identifier{0x40}.is_replace());
  CHECK(protocol_identifier{0x40}.is_short_message_type_0());
  CHECK_FALSE(protocol_identifier{0x48}.is_replace());
  CHECK(protocol_identifier{0x5F}.is_return_call());
  CHECK(protocol_identifier{0x7F}.is_sim_data_download());
  CHECK(protocol_identifier{0x7D}.is_me_data_download());
  CHECK(protocol_identifier{0x22}.is_telematic_interworking());
  CHECK(protocol_identifier{0x22}.device() == smspdu::telematic_device::group3_telefax);
  CHECK(protocol_identifier::telematic(smspdu::telematic_device::internet_email).value == 0x32);
  CHECK(protocol_identifier{0xC3}.is_sc_specific());
  CHECK(protocol_identifier{0x80}.is_reserved());
  CHECK(protocol_identifier{0x50}.is_reserved());
  CHECK(protocol_identifier{0x2E}.is_reserved());
  CHECK_FALSE(protocol_identifier{0x00}.is_reserved());
  CHECK(protocol_identifier{0x00}.is_sme_to_sme());
}

TEST_CASE("user data header elements in wire order with typed access", "[udh][golden]") {
  // python-gsmmodem TestUdhConcatenation/TestUdhPortAddress IEs.
  std::size_t checked = 0;
  for (const auto& v : test::read_jsonl("public-vectors.jsonl")) {
    if (v["kind"].str() != "udh_ie") continue;
    CAPTURE(v["id"].str());
    const auto header = smspdu::user_data_header::parse(test::bytes(v["hex"].str()));
    REQUIRE(header.has_value());
    const auto& e = v["expect"];
    CHECK((*header->begin()).id == e["iei"].integer());
    if (e.has("concat")) {
      const auto c = header->concatenation();
      REQUIRE(c.has_value());
      CHECK(c->reference == e["concat"]["ref"].integer());
      CHECK(c->total == e["concat"]["total"].integer());
      CHECK(c->sequence == e["concat"]["seq"].integer());
      CHECK((c->sixteen_bit_reference ? 16 : 8) == e["concat"]["ref_bits"].integer());
    }
    if (e.has("ports")) {
      const auto p = header->application_ports();
      REQUIRE(p.has_value());
      CHECK(p->destination == e["ports"]["dest"].integer());
      CHECK(p->originator == e["ports"]["src"].integer());
    }
    ++checked;
  }
  CHECK(checked == 4);

  smspdu::user_data_header h;
  REQUIRE(h.add_concatenation(0x1234, 3, 2, true).has_value());
  REQUIRE(h.add_application_ports(2948, 9200, true).has_value());
  const std::uint8_t unknown[] = {0xAB};
  REQUIRE(h.add(0x9A, unknown).has_value());
  REQUIRE(h.add_national_language({smspdu::national_language::turkish, smspdu::national_language::spanish}).has_value());
  // 16-bit concatenation, 16-bit ports (WAP push 2948 from 9200), an unknown
  // element kept as is, then locking and single shift.
  CHECK(test::hex(h.octets()) == "080412340302" "05040B8423F0" "9A01AB" "250101" "240102");
  CHECK(h.size_in_octets() == 22);
  CHECK(h.size_in_septets() == 26);  // ceil(176 / 7)
  const auto c = h.concatenation().value();
  CHECK(c.reference == 0x1234);
  CHECK(c.total == 3);
  CHECK(c.sequence == 2);
  CHECK(h.application_ports().value() == smspdu::port_info{2948, 9200, true});
  CHECK(h.tables() == smspdu::gsm7_tables{smspdu::national_language::turkish, smspdu::national_language::spanish});
}

TEST_CASE("the user data header rules of §9.2.3.24", "[udh]") {
  using smspdu::user_data_header;
  // The last of repeated or exclusive elements wins.
  const auto both = user_data_header::parse(test::bytes("0003010201" "08040102030" "1")).value();
  CHECK(both.concatenation().value().sixteen_bit_reference);
  // Invalid concatenation (total 0, sequence 0, sequence > total) reads as a single part.
  CHECK_FALSE(user_data_header::parse(test::bytes("00030A0001")).value().concatenation().has_value());
  CHECK_FALSE(user_data_header::parse(test::bytes("00030A0200")).value().concatenation().has_value());
  CHECK_FALSE(user_data_header::parse(test::bytes("00030A0203")).value().concatenation().has_value());
  // A concatenation element of the wrong length is ignored, not misread.
  CHECK_FALSE(user_data_header::parse(test::bytes("00020A02")).value().concatenation().has_value());
  // A valid one followed by an invalid one: the last is invalid, so none.
  CHECK_FALSE(user_data_header::parse(test::bytes("00030A0201" "00030B0000")).value().concatenation().has_value());
  // An element running past the header is an error at its IEI.
  CHECK(user_data_header::parse(test::bytes("0003010201" "0005AABB"), 10) ==
        error{errc::information_element_beyond_udh, 15});
  CHECK(user_data_header::parse(test::bytes("00"), 2) == error{errc::information_element_beyond_udh, 2});
  // An empty header is valid.
  CHECK(user_data_header::parse(test::octets{}).value().empty());
  // A national language IE with NLI 0 or a reserved NLI selects the default tables.
  CHECK(user_data_header::parse(test::bytes("240100")).value().national_single_shift() ==
        smspdu::national_language::none);
  const auto reserved = user_data_header::parse(test::bytes("25010E")).value().tables();
  CHECK(&smspdu::locking_shift_table(reserved.locking_shift) ==
        &smspdu::locking_shift_table(smspdu::national_language::none));
  // The header refuses what does not fit into 140 octets.
  user_data_header full;
  const test::octets big(137);
  REQUIRE(full.add(0x80, big).has_value());
  CHECK(full.add(0x80, test::octets{}) == error{errc::user_data_too_long, 142});
}

TEST_CASE("time stamps print as ISO 8601 with their offset", "[timestamp]") {
  const auto text = [](const smspdu::timestamp& t) {
    const auto a = smspdu::to_iso8601(t);
    return std::string(a.data(), a.size());
  };
  CHECK(text(decode_timestamp(test::bytes("99309251619580")).value()) == "1999-03-29T15:16:59+02:00");
  CHECK(text(decode_timestamp(test::bytes("7040213252242B")).value()) == "2007-04-12T23:25:42-08:00");
  CHECK(text(decode_timestamp(test::bytes("42110231000022")).value()) == "2024-11-20T13:00:00+05:30");
  STATIC_REQUIRE(smspdu::to_iso8601(smspdu::timestamp{})[0] == '2');
}

TEST_CASE("types of number and numbering plans have names", "[address]") {
  CHECK(smspdu::to_string(smspdu::type_of_number::international) == "international");
  CHECK(smspdu::to_string(smspdu::type_of_number::alphanumeric) == "alphanumeric");
  CHECK(smspdu::to_string(smspdu::numbering_plan::isdn) == "ISDN/telephone");
  CHECK(smspdu::to_string(static_cast<smspdu::numbering_plan>(2)) == "reserved");
}
