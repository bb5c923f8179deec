// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
#include <smspdu/septet.hpp>

#include <array>
#include <string>
#include <vector>

#include "../support/test_support.hpp"

using smspdu::errc;
using smspdu::error;

namespace {
// Bit-by-bit reference packer for the property tests: septet i goes to bits
// fill + 7i .. fill + 7i + 6 of the stream, least significant bit first
// (TS 23.038 §6.1.2.1.1). Deliberately the simplest possible code.
test::octets reference_pack(const test::octets& septets, unsigned fill) {
  test::octets out((septets.size() * 7 + fill + 7) / 8, 0);
  for (std::size_t i = 0; i < septets.size(); ++i)
    for (unsigned bit = 0; bit < 7; ++bit)
      if (septets[i] & (1u << bit)) {
        const std::size_t position = fill + 7 * i + bit;
        out[position / 8] = static_cast<std::uint8_t>(out[position / 8] | (1u << (position % 8)));
      }
  return out;
}

test::octets pack(const test::octets& septets, unsigned fill) {
  test::octets out(smspdu::octets_length_from_septets(septets.size(), fill));
  const auto n = smspdu::pack_septets(septets, out, fill);
  REQUIRE(n.has_value());
  REQUIRE(*n == out.size());
  return out;
}

test::octets unpack(const test::octets& packed, std::size_t count, unsigned fill) {
  test::octets out(count);
  const auto n = smspdu::unpack_septets(packed, count, out, fill);
  REQUIRE(n.has_value());
  REQUIRE(*n == count);
  return out;
}

// ASCII letters, digits, space, '-' and CR have the same values in the GSM
// default alphabet (TS 23.038 §6.2.1), which lets these tests stay below the
// character tables.
test::octets ascii_septets(const std::string& text) {
  test::octets out;
  for (char c : text) {
    const bool same = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                      c == ' ' || c == '-' || c == '\r';
    if (!same) throw std::runtime_error("not a GSM-equals-ASCII character");
    out.push_back(static_cast<std::uint8_t>(c));
  }
  return out;
}
}  // namespace

TEST_CASE("septets pack as libosmocore packs them for every fill-bit value",
          "[septet][golden]") {
  // tests/data/peers/osmocore-septets.tsv: libosmocore 1.7.0 gsm_septet_pack, run here.
  const auto lines = test::read_lines("peers/osmocore-septets.tsv");
  REQUIRE(lines.size() > 200);
  int checked = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const auto f = test::split_tabs(lines[i]);
    const auto fill = static_cast<unsigned>(std::stoul(f[0]));
    const auto count = std::stoul(f[1]);
    const auto septets = test::bytes(f[2]);
    const auto packed = test::bytes(f[3]);
    CAPTURE(fill, count, f[2]);
    REQUIRE(septets.size() == count);
    CHECK(test::hex(pack(septets, fill)) == f[3]);
    CHECK(unpack(packed, count, fill) == septets);
    ++checked;
  }
  CHECK(checked == 7 * 35);
}

TEST_CASE("septet vectors from peers' published test suites", "[septet][golden]") {
  // tests/data/public-vectors.jsonl, kind "septets" with explicit septet values
  // (python-gsmmodem TestGsm7).
  int checked = 0;
  for (const auto& v : test::read_jsonl("public-vectors.jsonl")) {
    if (v["kind"].str() != "septets" || v["hex"].is_null()) continue;
    const auto& expect = v["expect"];
    if (!expect.has("septet_values")) continue;
    CAPTURE(v["id"].str());
    test::octets septets;
    for (const auto& s : expect["septet_values"].array())
      septets.push_back(static_cast<std::uint8_t>(s.integer()));
    const auto fill = static_cast<unsigned>(expect["fill_bits"].integer());
    CHECK(test::hex(pack(septets, fill)) == v["hex"].str());
    CHECK(unpack(test::bytes(v["hex"].str()), septets.size(), fill) == septets);
    ++checked;
  }
  CHECK(checked >= 8);
}

TEST_CASE("pack and unpack are inverse for every fill bit 0..6 and septet count 0..160",
          "[septet][property]") {
  test::rng random(1);
  for (unsigned fill = 0; fill <= 6; ++fill) {
    for (std::size_t count = 0; count <= 160; ++count) {
      test::octets septets(count);
      for (auto& s : septets) s = static_cast<std::uint8_t>(random.below(128));
      // Exercise the all-zero ('@') and all-one cases at the end of the stream.
      if (count % 3 == 1) septets.back() = 0;
      if (count % 3 == 2) septets.back() = 0x7F;
      CAPTURE(fill, count);
      const auto packed = pack(septets, fill);
      REQUIRE(packed == reference_pack(septets, fill));
      REQUIRE(packed.size() == (count * 7 + fill + 7) / 8);
      REQUIRE(unpack(packed, count, fill) == septets);
      REQUIRE(smspdu::septets_length_from_octets(packed.size(), fill) >= count);
    }
  }
}

TEST_CASE("a trailing '@' survives because the septet count is explicit", "[septet]") {
  // node-pdu 7BitDecoding "abcdefg@": 7 octets hold 8 septets, the last 0x00.
  const auto packed = test::bytes("61F1985C369F01");
  const auto eight = unpack(packed, 8, 0);
  CHECK(eight.size() == 8);
  CHECK(eight.back() == 0x00);
  const auto seven = unpack(packed, 7, 0);
  CHECK(seven == test::octets(eight.begin(), eight.end() - 1));
  // And packing 8 septets ending in 0x00 gives the same 7 octets: no <CR>.
  CHECK(test::hex(pack(eight, 0)) == "61F1985C369F01");
}

TEST_CASE("fill bits after a user data header", "[septet]") {
  // TS 23.040 §9.2.3.24: the header (UDHL included) is padded to a septet boundary.
  CHECK(smspdu::fill_bits_after_udh(6) == 1);  // 8-bit concatenation: 05 00 03 rr tt ss
  CHECK(smspdu::fill_bits_after_udh(7) == 0);  // 16-bit concatenation
  CHECK(smspdu::fill_bits_after_udh(1) == 6);
  CHECK(smspdu::fill_bits_after_udh(3) == 4);
  CHECK(smspdu::fill_bits_after_udh(4) == 3);
  CHECK(smspdu::fill_bits_after_udh(5) == 2);
  CHECK(smspdu::fill_bits_after_udh(9) == 5);
  CHECK(smspdu::fill_bits_after_udh(14) == 0);
}

TEST_CASE("septet packing errors", "[septet][errors]") {
  std::array<std::uint8_t, 8> out{};
  const test::octets septets{1, 2, 0x80, 4};
  CHECK(smspdu::pack_septets(septets, out) == error{errc::invalid_septet, 2});
  CHECK(smspdu::pack_septets(test::octets{1}, out, 7) == error{errc::invalid_argument, 0});
  CHECK(smspdu::unpack_septets(out, 1, out, 7) == error{errc::invalid_argument, 0});

  // Every output size below the need is refused, nothing is written outside.
  const test::octets nine{1, 2, 3, 4, 5, 6, 7, 8, 9};
  for (unsigned fill = 0; fill <= 6; ++fill) {
    const std::size_t need = smspdu::octets_length_from_septets(9, fill);
    for (std::size_t capacity = 0; capacity <= need; ++capacity) {
      CAPTURE(fill, capacity);
      test::guarded_buffer<std::uint8_t> buffer(capacity);
      const auto n = smspdu::pack_septets(nine, buffer.span(), fill);
      if (capacity < need) {
        CHECK(n == error{errc::output_too_small, need});
      } else {
        CHECK(n.value() == need);
      }
      CHECK(buffer.intact());
    }
  }
}

TEST_CASE("every truncated packed input is an error and never a read past the end",
          "[septet][errors]") {
  const auto packed = test::bytes("C8329BFD065DDF72363904");  // "Hello World!", 12 septets
  for (unsigned fill = 0; fill <= 6; ++fill) {
    const std::size_t count = smspdu::septets_length_from_octets(packed.size(), fill);
    for (std::size_t length = 0; length < smspdu::octets_length_from_septets(count, fill);
         ++length) {
      CAPTURE(fill, length);
      // A copy of exactly `length` octets, so a sanitizer sees any over-read.
      const test::octets prefix(packed.begin(), packed.begin() + static_cast<long>(length));
      test::octets out(count);
      CHECK(smspdu::unpack_septets(prefix, count, out, fill) ==
            error{errc::truncated_input, length});
    }
  }
  test::octets small(3);
  CHECK(smspdu::unpack_septets(packed, 12, small) == error{errc::output_too_small, 12});
  // Fill bits take an octet even when no septet follows them: a 6-octet UDH
  // with no text has TP-UDL 7 and 7 octets of TP-UD (TS 23.040 §9.2.3.16).
  CHECK(smspdu::octets_length_from_septets(0, 1) == 1);
  CHECK(smspdu::unpack_septets(test::octets{}, 0, small, 1) == error{errc::truncated_input, 0});
  CHECK(smspdu::unpack_septets(test::octets{0}, 0, small, 1).value() == 0);
  CHECK(smspdu::unpack_septets(test::octets{}, 0, small, 0).value() == 0);
}

TEST_CASE("USSD CR padding from libosmocore and smspdudecoder test suites",
          "[septet][ussd][golden]") {
  int checked = 0;
  for (const auto& v : test::read_jsonl("public-vectors.jsonl")) {
    if (v["kind"].str() != "septets") continue;
    const auto& expect = v["expect"];
    if (!expect.has("mode") || expect["mode"].str() != "cbs_ussd") continue;
    const std::string text = expect.has("text") ? expect["text"].str() : expect["encode_text"].str();
    test::octets septets;
    try {
      septets = ascii_septets(text);
    } catch (const std::runtime_error&) {
      continue;  // texts with other characters are checked in gsm7_test.cpp
    }
    CAPTURE(v["id"].str());
    test::octets packed(smspdu::octets_length_from_septets_ussd(septets));
    REQUIRE(smspdu::pack_septets_ussd(septets, packed).value() == packed.size());
    if (!v["hex"].is_null()) CHECK(test::hex(packed) == v["hex"].str());
    // Decoding strips exactly the padding <CR>...
    test::octets back(smspdu::septets_length_from_octets_ussd(packed.size()));
    const auto n = smspdu::unpack_septets_ussd(packed, back);
    REQUIRE(n.has_value());
    back.resize(*n);
    // TS 23.038 §6.1.2.3.1: the receiver removes a final <CR> only where the
    // message ends on an octet boundary; a doubled <CR> that does not is kept
    // ("the receiving entity will perform the carriage return function
    // twice"), which is what libosmocore's decoder gives for osmo-ussd-cr-end.
    std::string expected_strip = text;
    if (expect.has("roundtrip_strip_padding")) expected_strip = expect["roundtrip_strip_padding"].str();
    if (v["id"].str() == "osmo-ussd-cr-end") expected_strip = "0123456\r\r";
    CHECK(back == ascii_septets(expected_strip));
    // ...while a plain unpack of every septet keeps it.
    if (expect.has("roundtrip_no_strip")) {
      const auto all = unpack(packed, smspdu::septets_length_from_octets_ussd(packed.size()), 0);
      CHECK(all == ascii_septets(expect["roundtrip_no_strip"].str()));
    }
    ++checked;
  }
  CHECK(checked >= 12);
}

TEST_CASE("USSD packing is a separate rule and SMS packing never adds CR", "[septet][ussd]") {
  const auto seven = ascii_septets("1234567");
  CHECK(test::hex(pack(seven, 0)) == "31D98C56B3DD00");  // 7 spare bits stay zero
  test::octets ussd(7);
  REQUIRE(smspdu::pack_septets_ussd(seven, ussd).value() == 7);
  CHECK(test::hex(ussd) == "31D98C56B3DD1A");  // <CR> in the spare bits
  CHECK(smspdu::ussd_padding_septets(ascii_septets("12345678")) == 0);
  CHECK(smspdu::ussd_padding_septets(ascii_septets("1234567\r")) == 1);
  test::octets small(2);
  CHECK(smspdu::pack_septets_ussd(seven, small) == error{errc::output_too_small, 7});
  CHECK(smspdu::unpack_septets_ussd(ussd, small) == error{errc::output_too_small, 8});
  CHECK(smspdu::pack_septets_ussd(test::octets{0x80}, ussd) == error{errc::invalid_septet, 0});
}
