// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Reassembly of concatenated messages (reassembly.hpp): order, duplicates,
// conflicts, inconsistent totals, mixed codings, timeouts and eviction, and
// real multi-part PDUs from Gammu (tests/data/pdus/gammu-pdus.jsonl).
#include <smspdu/compose.hpp>
#include <smspdu/pdu_mode.hpp>
#include <smspdu/reassembly.hpp>

#include <map>
#include <string>
#include <vector>

#include "../support/test_support.hpp"

namespace {

using smspdu::reassembly_status;

const smspdu::address alice = smspdu::phone_number("+491711111111").value();
const smspdu::address bob = smspdu::phone_number("+491722222222").value();

std::vector<smspdu::sms_deliver> parts_of(const smspdu::address& from, std::string_view text,
                                          smspdu::message_options o = {}) {
  std::vector<smspdu::sms_deliver> parts;
  const auto plan = smspdu::split_deliver(from, text, smspdu::timestamp{}, o,
                                          [&](const smspdu::sms_deliver& d) { parts.push_back(d); });
  REQUIRE(plan);
  return parts;
}

std::string text_of_length(std::size_t n, char c = 'a') { return std::string(n, c); }

}  // namespace

TEST_CASE("parts in any order make the message once", "[reassembly]") {
  const std::string text = text_of_length(200, 'x') + "{end}" + text_of_length(200, 'y');
  smspdu::message_options o;
  o.reference = 17;
  const auto parts = parts_of(alice, text, o);
  REQUIRE(parts.size() == 3);
  smspdu::reassembler<4, 8> r;
  const std::size_t orders[][3] = {{0, 1, 2}, {2, 1, 0}, {1, 2, 0}, {2, 0, 1}};
  for (const auto& order : orders) {
    for (std::size_t k = 0; k < 3; ++k) {
      const auto event = r.add(parts[order[k]], k);
      REQUIRE(event);
      CHECK(event->received == k + 1);
      CHECK(event->key.reference == 17);
      CHECK(event->key.total == 3);
      CHECK(event->key.originator == alice);
      if (k < 2) {
        CHECK(event->status == reassembly_status::stored);
        CHECK(r.text().empty());
        CHECK(r.pending() == 1);
      } else {
        CHECK(event->status == reassembly_status::complete);
        CHECK(event->is_text);
        CHECK(r.text() == text);
        CHECK(r.pending() == 0);
      }
    }
  }
}

TEST_CASE("a part without concatenation is a whole message", "[reassembly]") {
  smspdu::reassembler<1, 4> r;
  const auto single = smspdu::make_deliver(alice, "Hello", smspdu::timestamp{});
  REQUIRE(single);
  const auto event = r.add(*single, 0);
  REQUIRE(event);
  CHECK(event->status == reassembly_status::complete);
  CHECK(event->key.total == 1);
  CHECK(r.text() == "Hello");
  // An invalid concatenation element (sequence 0, or above the total) is
  // ignored, TS 23.040 §9.2.3.24.1: the part stands alone.
  for (const auto& element : {test::bytes("0003070300"), test::bytes("0003070204"), test::bytes("0003070001")}) {
    smspdu::user_data_header header;
    for (std::size_t i = 0; i + 1 < element.size();) {
      const std::size_t length = element[i + 1];
      REQUIRE(header.add(element[i], smspdu::octet_view(element.data() + i + 2, length)));
      i += 2 + length;
    }
    const auto ud = smspdu::text_user_data("alone", smspdu::data_coding_scheme{}, header);
    REQUIRE(ud);
    const auto alone = r.add(alice, smspdu::data_coding_scheme{}, *ud, 0);
    REQUIRE(alone);
    CHECK(alone->status == reassembly_status::complete);
    CHECK(r.text() == "alone");
  }
  CHECK(r.pending() == 0);
}

TEST_CASE("duplicates and conflicting duplicates are reported, never merged", "[reassembly]") {
  smspdu::message_options o;
  o.reference = 5;
  const auto first = parts_of(alice, text_of_length(300, 'a'), o);
  const auto other = parts_of(alice, text_of_length(300, 'b'), o);  // same key, other content
  smspdu::reassembler<2, 4> r;
  CHECK(r.add(first[0], 0)->status == reassembly_status::stored);
  const auto again = r.add(first[0], 1);
  CHECK(again->status == reassembly_status::duplicate);
  CHECK(again->received == 1);
  CHECK(r.add(other[0], 2)->status == reassembly_status::conflicting_duplicate);
  const auto done = r.add(first[1], 3);
  CHECK(done->status == reassembly_status::complete);
  CHECK(r.text() == text_of_length(300, 'a'));  // the first copy of part 1 was kept
}

TEST_CASE("senders, references and totals keep messages apart", "[reassembly]") {
  smspdu::message_options o;
  o.reference = 9;
  const auto from_alice = parts_of(alice, text_of_length(200, 'a'), o);
  const auto from_bob = parts_of(bob, text_of_length(200, 'b'), o);  // same reference, other sender
  smspdu::message_options three = o;
  const auto alice_three = parts_of(alice, text_of_length(400, 'c'), three);  // same reference, 3 parts
  smspdu::message_options wide = o;
  wide.sixteen_bit_reference = true;
  const auto alice_wide = parts_of(alice, text_of_length(200, 'd'), wide);  // 16-bit reference 9
  smspdu::reassembler<4, 4> r;
  CHECK(r.add(from_alice[0], 0)->status == reassembly_status::stored);
  CHECK_FALSE(r.add(from_bob[0], 0)->inconsistent_total);
  const auto mismatch = r.add(alice_three[0], 0);
  CHECK(mismatch->status == reassembly_status::stored);
  CHECK(mismatch->inconsistent_total);
  CHECK(r.add(alice_wide[0], 0)->status == reassembly_status::stored);
  CHECK(r.pending() == 4);
  CHECK(r.add(from_bob[1], 0)->status == reassembly_status::complete);
  CHECK(r.text() == text_of_length(200, 'b'));
  CHECK(r.add(alice_wide[1], 0)->status == reassembly_status::complete);
  CHECK(r.text() == text_of_length(200, 'd'));
  CHECK(r.add(from_alice[1], 0)->status == reassembly_status::complete);
  CHECK(r.text() == text_of_length(200, 'a'));
  CHECK(r.pending() == 1);
}

TEST_CASE("each part is decoded with its own coding and tables", "[reassembly][national]") {
  // Part 1 GSM 7-bit with the Turkish tables, part 2 UCS-2: a sender may
  // code each segment on its own.
  smspdu::message_options turkish;
  turkish.tables = {smspdu::national_language::turkish, smspdu::national_language::turkish};
  turkish.encoding = smspdu::text_encoding::gsm7;
  const std::string first = "\xC5\x9F" "ekerli";  // şekerli
  const std::string second = "\xD0\x96\xF0\x9F\x98\x80";
  auto part1 = smspdu::make_deliver(alice, first, smspdu::timestamp{}, turkish).value();
  smspdu::message_options ucs2;
  ucs2.encoding = smspdu::text_encoding::ucs2;
  auto part2 = smspdu::make_deliver(alice, second, smspdu::timestamp{}, ucs2).value();
  for (auto* part : {&part1, &part2}) {
    smspdu::user_data_header header = smspdu::header_of(part->ud);
    REQUIRE(header.add_concatenation(0x77, 2, part == &part1 ? 1 : 2, false));
    const auto text = smspdu::text_of(*part).value();
    const auto ud = smspdu::text_user_data(std::string_view(text.data(), text.size()), part->dcs, header);
    REQUIRE(ud);
    part->ud = *ud;
  }
  smspdu::reassembler<1, 2> r;
  CHECK(r.add(part2, 0)->status == reassembly_status::stored);
  CHECK(r.add(part1, 0)->status == reassembly_status::complete);
  CHECK(r.text() == first + second);
}

TEST_CASE("8-bit parts join as data; text and data do not mix", "[reassembly][data]") {
  test::octets payload(300);
  for (std::size_t i = 0; i < payload.size(); ++i) payload[i] = static_cast<std::uint8_t>(i * 7);
  smspdu::message_options o;
  o.reference = 3;
  o.ports = smspdu::port_info{2948, 9200, true};
  std::vector<smspdu::text_segment> segments;
  REQUIRE(smspdu::split_data(smspdu::octet_view(payload.data(), payload.size()), o,
                             [&](const smspdu::text_segment& s) { segments.push_back(s); }));
  REQUIRE(segments.size() == 3);
  smspdu::reassembler<1, 4> r;
  CHECK(r.add(alice, segments[2].dcs, segments[2].ud, 0)->status == reassembly_status::stored);
  // A text part with the same key does not belong here.
  const auto text_parts = parts_of(alice, text_of_length(400), [] {
    smspdu::message_options t;
    t.reference = 3;
    return t;
  }());
  const auto mixed = r.add(text_parts[0], 0);
  CHECK(mixed->status == reassembly_status::mixed_coding);
  CHECK(mixed->received == 1);
  CHECK(r.add(alice, segments[0].dcs, segments[0].ud, 0)->status == reassembly_status::stored);
  const auto done = r.add(alice, segments[1].dcs, segments[1].ud, 0);
  REQUIRE(done);
  CHECK(done->status == reassembly_status::complete);
  CHECK_FALSE(done->is_text);
  CHECK(done->ports == o.ports);
  CHECK(r.text().empty());
  CHECK(test::octets(r.data().begin(), r.data().end()) == payload);
}

TEST_CASE("expire drops old incomplete messages and says what was missing", "[reassembly]") {
  smspdu::message_options o;
  o.reference = 1;
  const auto old_parts = parts_of(alice, text_of_length(700), o);  // 5 parts
  o.reference = 2;
  const auto new_parts = parts_of(alice, text_of_length(200), o);
  smspdu::reassembler<4, 8> r;
  CHECK(r.add(old_parts[0], 100)->status == reassembly_status::stored);
  CHECK(r.add(old_parts[3], 150)->status == reassembly_status::stored);
  CHECK(r.add(new_parts[0], 200)->status == reassembly_status::stored);
  std::vector<smspdu::expired_message> expired;
  const auto collect = [&](const smspdu::expired_message& e) { expired.push_back(e); };
  CHECK(r.expire(159, 60, collect) == 0);  // 59 ticks old: kept
  CHECK(r.expire(160, 60, collect) == 1);
  REQUIRE(expired.size() == 1);
  CHECK(expired[0].key.reference == 1);
  CHECK(expired[0].received == 2);
  CHECK(expired[0].first_seen == 100);
  CHECK(expired[0].present.contains(1));
  CHECK(expired[0].present.contains(4));
  CHECK_FALSE(expired[0].present.contains(2));
  CHECK(expired[0].present.size() == 2);
  CHECK(r.pending() == 1);
  // A late part of the expired message starts it again from scratch.
  CHECK(r.add(old_parts[1], 300)->received == 1);
  // A clock that went backwards expires nothing.
  CHECK(r.expire(50, 10, collect) == 0);
}

TEST_CASE("a full reassembler evicts the oldest incomplete message and says so", "[reassembly]") {
  smspdu::reassembler<2, 4> r;
  smspdu::message_options o;
  std::vector<std::vector<smspdu::sms_deliver>> messages;
  for (std::uint16_t ref = 1; ref <= 3; ++ref) {
    o.reference = ref;
    messages.push_back(parts_of(alice, text_of_length(200, static_cast<char>('a' + ref)), o));
  }
  CHECK_FALSE(r.add(messages[0][0], 10)->evicted);
  CHECK_FALSE(r.add(messages[1][0], 20)->evicted);
  const auto third = r.add(messages[2][0], 30);
  REQUIRE(third);
  CHECK(third->evicted);
  CHECK(third->evicted_key.reference == 1);
  CHECK(third->evicted_received == 1);
  CHECK(r.pending() == 2);
  CHECK(r.add(messages[1][1], 40)->status == reassembly_status::complete);
  CHECK(r.add(messages[2][1], 50)->status == reassembly_status::complete);
  CHECK(r.text() == text_of_length(200, 'd'));
}

TEST_CASE("more parts than the reassembler holds is an error, not a truncation", "[reassembly]") {
  smspdu::reassembler<1, 2> r;
  const auto parts = parts_of(alice, text_of_length(400));
  REQUIRE(parts.size() == 3);
  CHECK(r.add(parts[0], 0).error() == smspdu::error{smspdu::errc::too_many_segments, 0});
  CHECK(r.pending() == 0);
}

TEST_CASE("Gammu's concatenated DELIVERs reassemble to Gammu's text and data", "[reassembly][golden]") {
  // tests/data/pdus/gammu-pdus.jsonl: one record per part, made by libGammu,
  // with the text (or data) Gammu decodes from each part.
  struct group {
    std::vector<smspdu::sms_deliver> parts;
    std::map<std::size_t, std::string> texts;  // by sequence
    std::map<std::size_t, test::octets> data;
  };
  std::map<std::string, group> groups;
  for (const auto& record : test::read_jsonl("pdus/gammu-pdus.jsonl")) {
    const auto& expect = record["expect"];
    if (record["kind"].str() != "deliver" || !expect.has("concat")) continue;
    REQUIRE(record["has_smsc"].boolean());
    const auto pdu = smspdu::decode_stored_pdu_hex(record["hex"].str());
    REQUIRE(pdu);
    const auto* deliver = std::get_if<smspdu::sms_deliver>(&pdu->message);
    REQUIRE(deliver != nullptr);
    const std::string note = record["note"].str();
    auto& g = groups[note.substr(0, note.rfind(" (part "))];
    g.parts.push_back(*deliver);
    const auto sequence = static_cast<std::size_t>(expect["concat"]["seq"].integer());
    if (expect.has("text")) g.texts[sequence] = expect["text"].str();
    if (expect.has("data_hex")) g.data[sequence] = test::bytes(expect["data_hex"].str());
  }
  REQUIRE(groups.size() >= 8);
  smspdu::reassembler<4, 16> r;
  for (const auto& [name, g] : groups) {
    CAPTURE(name);
    std::string text;
    for (const auto& [sequence, part] : g.texts) text += part;
    test::octets data;
    for (const auto& [sequence, part] : g.data) data.insert(data.end(), part.begin(), part.end());
    // Backwards, to show order does not matter.
    std::size_t complete = 0;
    for (auto it = g.parts.rbegin(); it != g.parts.rend(); ++it) {
      const auto event = r.add(*it, 0);
      REQUIRE(event);
      if (event->status != reassembly_status::complete) continue;
      ++complete;
      if (event->is_text) {
        CHECK(r.text() == text);
      } else {
        CHECK(test::octets(r.data().begin(), r.data().end()) == data);
      }
    }
    CHECK(complete == 1);
  }
}

TEST_CASE("reference 0 and reference 255 are references like any other", "[reassembly]") {
  // ../shared/PEERS.md: some stacks took reference 0 as "no message".
  smspdu::reassembler<2, 4> r;
  for (const std::uint16_t reference : {std::uint16_t{0}, std::uint16_t{255}}) {
    smspdu::message_options o;
    o.reference = reference;
    const auto parts = parts_of(alice, text_of_length(200, 'r'), o);
    CHECK(r.add(parts[1], 0)->status == reassembly_status::stored);
    const auto done = r.add(parts[0], 0);
    CHECK(done->status == reassembly_status::complete);
    CHECK(done->key.reference == reference);
    CHECK(r.text() == text_of_length(200, 'r'));
  }
}
