// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// The splitters (split_text, segment_of, split_submit in both forms,
// split_submit_hex, split_deliver) build every segment from a header made
// once per message and write its user data in place. Each must equal the
// simple composition they replace, written here with the public API only:
// count_segments, then for each segment a user_data_header built element by
// element (TS 23.040 §9.2.3.24.1, .3-.4, .15-.16), text_user_data of the
// segment's slice, an SMS-SUBMIT or SMS-DELIVER of those fields, and
// encode_pdu_hex. Equal means the same values, the same errors at the same
// offsets, and the same untouched caller storage, on random texts and
// options, valid and malformed.
#include <smspdu/compose.hpp>
#include <smspdu/pdu_mode.hpp>
#include <smspdu/segment.hpp>
#include <smspdu/ucs2.hpp>
#include <smspdu/user_data.hpp>

#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "../support/test_support.hpp"

namespace {

// --- the simple composition -----------------------------------------------------

smspdu::user_data_header reference_header(const smspdu::segment_plan& plan, std::size_t index,
                                          const smspdu::message_options& o) {
  smspdu::user_data_header h;
  if (plan.segment_count() > 1) {
    const auto reference = static_cast<std::uint16_t>(o.sixteen_bit_reference ? o.reference : o.reference & 0xFF);
    REQUIRE(h.add_concatenation(reference, static_cast<std::uint8_t>(plan.segment_count()),
                                static_cast<std::uint8_t>(index + 1), o.sixteen_bit_reference));
  }
  if (plan.encoding == smspdu::alphabet::gsm7) REQUIRE(h.add_national_language(plan.tables));
  if (o.ports) REQUIRE(h.add_application_ports(o.ports->destination, o.ports->originator, o.ports->sixteen_bit));
  return h;
}

smspdu::result<smspdu::text_segment> reference_segment(std::string_view text, const smspdu::segment_plan& plan,
                                                       std::size_t index, const smspdu::message_options& o) {
  smspdu::text_segment s;
  s.sequence = index + 1;
  s.total = plan.segment_count();
  s.dcs = smspdu::data_coding_scheme::general(plan.encoding, o.message_class);
  const auto header = reference_header(plan, index, o);
  const auto& span = plan.segments[index];
  const auto part = text.substr(span.begin, span.end - span.begin);
  const auto ud = header.empty() ? smspdu::text_user_data(part, s.dcs) : smspdu::text_user_data(part, s.dcs, header);
  if (!ud) return ud.error();
  s.ud = *ud;
  return s;
}

smspdu::sms_submit reference_submit(const smspdu::address& to, const smspdu::submit_options& o,
                                    const smspdu::text_segment& segment) {
  smspdu::sms_submit s;
  s.destination = to;
  s.reject_duplicates = o.reject_duplicates;
  s.reply_path = o.reply_path;
  s.status_report_request = o.status_report;
  s.message_reference = static_cast<std::uint8_t>(o.message_reference + segment.sequence - 1);
  s.pid = o.pid;
  s.validity = o.validity;
  s.dcs = segment.dcs;
  s.ud = segment.ud;
  return s;
}

// Every segment, or the first error (the plan's, then a segment's).
struct reference_split {
  smspdu::result<smspdu::segment_plan> plan;
  std::vector<smspdu::text_segment> segments;
  smspdu::error failure{};
};

reference_split split_by_reference(std::string_view text, const smspdu::message_options& o) {
  reference_split r{smspdu::count_segments(text, o), {}, {}};
  if (!r.plan) return r;
  for (std::size_t i = 0; i < r.plan->segment_count(); ++i) {
    const auto s = reference_segment(text, *r.plan, i, o);
    if (!s) {
      r.failure = s.error();
      return r;
    }
    r.segments.push_back(*s);
  }
  return r;
}

// The result a splitter returns when the reference ends with `r`.
smspdu::result<std::size_t> outcome(const reference_split& r) {
  if (!r.plan) return r.plan.error();
  if (smspdu::detail::failed(r.failure)) return r.failure;
  return r.plan->segment_count();
}
template <class Plan>
smspdu::result<std::size_t> outcome_of(const Plan& plan) {
  if (!plan) return plan.error();
  return plan->segment_count();
}

bool same_segment(const smspdu::text_segment& a, const smspdu::text_segment& b) {
  return a.sequence == b.sequence && a.total == b.total && a.dcs == b.dcs && a.ud == b.ud;
}

// --- random inputs ---------------------------------------------------------------

class inputs {
 public:
  explicit inputs(std::uint32_t seed) : rng_(seed) {}

  std::uint32_t below(std::uint32_t n) { return std::uniform_int_distribution<std::uint32_t>(0, n - 1)(rng_); }
  bool chance(std::uint32_t percent) { return below(100) < percent; }

  // Texts of 0..~1600 bytes: runs of one kind (ASCII, GSM extension
  // characters, national letters, Cyrillic, CJK, emoji and clusters), so
  // that GSM 7-bit, national tables and UCS-2 texts of 1 to 12 segments all
  // come up; sometimes with a malformed byte sequence at a random place.
  std::string text() {
    static const std::vector<std::vector<std::string>> kinds = {
        {"a", "Z", " ", "0", ".", "\n", "@", "$", "_"},
        {"{", "}", "[", "]", "~", "\\", "|", "^", "\xE2\x82\xAC", "x"},
        {"\xC5\x9F", "\xC4\x9F", "\xC4\xB1", "\xC3\xA7", "\xC3\xA1", "\xC3\xAA", "\xC3\xB5", "e"},
        {"\xD0\x96", "\xD0\xB8", "\xE4\xB8\xAD", "\xE0\xA4\xA8", "\xE0\xA5\x8D", "q"},
        {"\xF0\x9F\x98\x80", "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD", "\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA", "\xE2\x80\x8D",
         "\xCC\x81", "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7", "!"},
    };
    static const std::vector<std::string> malformed = {"\x80", "\xC0\xAF", "\xC3", "\xE2\x82", "\xED\xA0\x80",
                                                       "\xF4\x90\x80\x80", "\xFF", "\xF0\x9F\x98"};
    const std::size_t target = below(4) == 0 ? below(200) : below(1600);
    std::string t;
    while (t.size() < target) {
      const auto& kind = kinds[chance(60) ? 0 : below(static_cast<std::uint32_t>(kinds.size()))];
      for (std::uint32_t n = 1 + below(40); n-- > 0 && t.size() < target;)
        t += kind[below(static_cast<std::uint32_t>(kind.size()))];
    }
    if (chance(15)) {
      const std::size_t at = below(static_cast<std::uint32_t>(t.size() + 1));
      t.insert(at, malformed[below(static_cast<std::uint32_t>(malformed.size()))]);
    }
    return t;
  }

  smspdu::submit_options options() {
    smspdu::submit_options o;
    switch (below(6)) {
      case 0: o.encoding = smspdu::text_encoding::ucs2; break;
      case 1: o.encoding = smspdu::text_encoding::gsm7; break;
      case 2: o.languages = smspdu::national_languages::all(); break;
      case 3: o.languages = smspdu::national_languages::single(smspdu::national_language::turkish); break;
      case 4: o.tables = {smspdu::national_language::portuguese, smspdu::national_language::portuguese}; break;
      default: break;
    }
    o.message_class = static_cast<smspdu::message_class>(below(5));
    o.reference = static_cast<std::uint16_t>(below(65536));
    o.sixteen_bit_reference = chance(40);
    o.max_segments = chance(20) ? 1 + below(4) : chance(10) ? 0 : smspdu::max_concatenated_parts;
    if (chance(25)) o.ports = smspdu::port_info{static_cast<std::uint16_t>(below(65536)), 0, true};
    else if (chance(15)) o.ports = smspdu::port_info{static_cast<std::uint16_t>(below(256)), 9, false};
    o.message_reference = static_cast<std::uint8_t>(chance(30) ? 250 + below(6) : below(256));
    o.status_report = chance(50);
    o.reject_duplicates = chance(50);
    o.reply_path = chance(50);
    o.pid.value = static_cast<std::uint8_t>(chance(70) ? 0 : below(256));
    if (chance(30)) o.validity = smspdu::validity_period::relative_code(static_cast<std::uint8_t>(below(256)));
    return o;
  }

  smspdu::address to() {
    auto a = smspdu::phone_number(chance(50) ? "+41791234567" : "0791234").value();
    if (chance(5)) a.value.push_back('x');  // not a digit: encode refuses it
    return a;
  }

 private:
  std::mt19937 rng_;
};

}  // namespace

TEST_CASE("split_text and segment_of equal the simple composition", "[split][equivalence]") {
  inputs in(1);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = in.text();
    const smspdu::message_options o = in.options();
    CAPTURE(round, text);
    const auto expected = split_by_reference(text, o);
    std::vector<smspdu::text_segment> got;
    const auto plan = smspdu::split_text(text, o, [&](const smspdu::text_segment& s) { got.push_back(s); });
    CHECK(outcome_of(plan) == outcome(expected));
    // Nothing is handed on unless the text splits.
    if (!expected.plan) CHECK(got.empty());
    REQUIRE(got.size() == expected.segments.size());
    for (std::size_t i = 0; i < got.size(); ++i) CHECK(same_segment(got[i], expected.segments[i]));
    if (!expected.plan) continue;
    for (std::size_t i = 0; i < expected.segments.size(); ++i) {
      const auto one = smspdu::segment_of(text, *expected.plan, i, o);
      REQUIRE(one);
      CHECK(same_segment(*one, expected.segments[i]));
    }
  }
}

TEST_CASE("split_text of UTF-16 and UTF-32 equals the UTF-8 composition", "[split][equivalence]") {
  inputs in(2);
  for (int round = 0; round < 500; ++round) {
    std::string text = in.text();
    const auto valid = smspdu::count_segments(text);
    if (!valid && valid.error().code == smspdu::errc::invalid_utf8) continue;
    const smspdu::message_options o = in.options();
    CAPTURE(round, text);
    const auto expected = split_by_reference(text, o);
    const auto same_as_expected = [&](const auto& plan, const std::vector<smspdu::text_segment>& got) {
      CHECK(plan.has_value() == expected.plan.has_value());
      if (plan) CHECK(plan->segment_count() == expected.plan->segment_count());
      REQUIRE(got.size() == expected.segments.size());
      for (std::size_t i = 0; i < got.size(); ++i) CHECK(same_segment(got[i], expected.segments[i]));
    };
    const std::u16string text16 = test::utf16(text);
    std::vector<smspdu::text_segment> got16;
    const auto plan16 = smspdu::split_text(std::u16string_view(text16), o,
                                           [&](const smspdu::text_segment& s) { got16.push_back(s); });
    same_as_expected(plan16, got16);
    const std::u32string text32 = test::utf32(text);
    std::vector<smspdu::text_segment> got32;
    const auto plan32 = smspdu::split_text(std::u32string_view(text32), o,
                                           [&](const smspdu::text_segment& s) { got32.push_back(s); });
    same_as_expected(plan32, got32);
  }
}

TEST_CASE("split_submit into caller storage equals the simple composition", "[split][equivalence]") {
  inputs in(3);
  const std::size_t capacities[] = {0, 1, 2, 3, 5, 8, 12, 255};
  std::map<std::string, int> seen;  // the kinds of outcome the rounds covered
  for (int round = 0; round < 3000; ++round) {
    const std::string text = in.text();
    const smspdu::submit_options o = in.options();
    const smspdu::address to = in.to();
    const std::size_t capacity = capacities[in.below(8)];
    CAPTURE(round, text, capacity);
    // Storage filled with a message that no segment equals, to see what is
    // written and what is left alone.
    smspdu::sms_submit stale;
    stale.message_reference = 77;
    stale.ud.octets.push_back(0xEE);
    stale.ud.length = 1;
    std::vector<smspdu::sms_submit> expected_out(capacity, stale);
    const auto expected = split_by_reference(text, o);
    smspdu::result<std::size_t> expected_result = outcome(expected);
    if (expected.plan && expected.plan->segment_count() > capacity) {
      expected_result = smspdu::error{smspdu::errc::output_too_small, expected.plan->segment_count()};
    } else {
      for (std::size_t i = 0; i < expected.segments.size(); ++i)
        expected_out[i] = reference_submit(to, o, expected.segments[i]);
    }
    std::vector<smspdu::sms_submit> out(capacity, stale);
    const auto got = smspdu::split_submit(to, text, o, smspdu::span<smspdu::sms_submit>(out.data(), out.size()));
    CHECK(got == expected_result);
    CHECK(out == expected_out);
    if (!expected_result) ++seen[std::string(smspdu::to_string(expected_result.error().code))];
    else if (expected.plan->encoding == smspdu::alphabet::ucs2) ++seen[*expected_result > 1 ? "ucs2 parts" : "ucs2"];
    else if (expected.plan->tables != smspdu::gsm7_tables{}) ++seen["national"];
    else ++seen[*expected_result > 1 ? "gsm7 parts" : "gsm7"];
  }
  for (const char* kind : {"invalid_utf8", "too_many_segments", "output_too_small", "unencodable_character",
                           "ucs2", "ucs2 parts", "national", "gsm7", "gsm7 parts"}) {
    CAPTURE(kind);
    CHECK(seen[kind] >= 10);
  }
}

TEST_CASE("split_submit with a callback and split_deliver equal the simple composition", "[split][equivalence]") {
  inputs in(4);
  smspdu::timestamp time;
  time.year = 2026;
  time.month = 11;
  time.day = 24;
  time.utc_offset_quarters = -20;
  for (int round = 0; round < 2000; ++round) {
    const std::string text = in.text();
    const smspdu::submit_options o = in.options();
    const smspdu::address to = in.to();
    CAPTURE(round, text);
    const auto expected = split_by_reference(text, o);
    std::vector<smspdu::sms_submit> submits;
    const auto plan = smspdu::split_submit(to, text, o, [&](const smspdu::sms_submit& s) { submits.push_back(s); });
    CHECK(outcome_of(plan) == outcome(expected));
    REQUIRE(submits.size() == expected.segments.size());
    for (std::size_t i = 0; i < submits.size(); ++i) CHECK(submits[i] == reference_submit(to, o, expected.segments[i]));

    std::vector<smspdu::sms_deliver> delivers;
    const auto delivered = smspdu::split_deliver(to, text, time, o, [&](const smspdu::sms_deliver& d) { delivers.push_back(d); });
    CHECK(outcome_of(delivered) == outcome(expected));
    REQUIRE(delivers.size() == expected.segments.size());
    for (std::size_t i = 0; i < delivers.size(); ++i) {
      smspdu::sms_deliver d;
      d.originator = to;
      d.status_report_indication = o.status_report;
      d.reply_path = o.reply_path;
      d.pid = o.pid;
      d.service_centre_time = time;
      d.dcs = expected.segments[i].dcs;
      d.ud = expected.segments[i].ud;
      CHECK(delivers[i] == d);
    }
  }
}

TEST_CASE("split_submit_hex equals encoding each simple SUBMIT", "[split][equivalence]") {
  inputs in(5);
  smspdu::validity_period absolute;
  absolute.format = smspdu::validity_format::absolute;
  absolute.absolute.year = 2027;
  absolute.absolute.month = 2;
  absolute.absolute.day = 28;
  std::map<smspdu::errc, int> seen;
  for (int round = 0; round < 3000; ++round) {
    const std::string text = in.text();
    smspdu::submit_options o = in.options();
    if (in.chance(10)) o.validity = absolute;
    if (in.chance(30)) o.validity.absolute.month = 13;  // refused by the encoder when absolute
    const smspdu::address to = in.to();
    std::optional<smspdu::address> smsc;
    if (in.chance(50)) smsc = in.to();
    CAPTURE(round, text);
    const auto expected = split_by_reference(text, o);
    struct encoded {
      std::string digits;
      std::size_t tpdu_octets;
    };
    std::vector<encoded> expected_pdus;
    smspdu::result<std::size_t> expected_result = outcome(expected);
    for (const auto& segment : expected.segments) {
      const auto hex = smspdu::encode_pdu_hex(smspdu::pdu{smsc, reference_submit(to, o, segment)});
      if (!hex) {
        expected_result = hex.error();
        break;
      }
      expected_pdus.push_back({std::string(hex->text()), hex->tpdu_octets});
    }
    std::vector<encoded> got;
    const auto plan = smspdu::split_submit_hex(smsc, to, text, o, [&](const smspdu::pdu_hex& hex) {
      got.push_back({std::string(hex.text()), hex.tpdu_octets});
    });
    CHECK(outcome_of(plan) == expected_result);
    if (!expected_result) ++seen[expected_result.error().code];
    REQUIRE(got.size() == expected_pdus.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      CHECK(got[i].digits == expected_pdus[i].digits);
      CHECK(got[i].tpdu_octets == expected_pdus[i].tpdu_octets);
    }
  }
  // The encoder's errors came up, from the first segment.
  CHECK(seen[smspdu::errc::invalid_address_digit] >= 10);
  CHECK(seen[smspdu::errc::invalid_timestamp] >= 10);
}

namespace {
// text_user_data of UCS-2 as it was first written: the length of the whole
// text first (its first malformed sequence is the error), then text_too_long
// at the first character past the room, else the text converted.
smspdu::result<smspdu::user_data> ucs2_by_length_first(std::string_view text,
                                                       const smspdu::user_data_header* header) {
  const std::size_t header_octets = header != nullptr ? header->size_in_octets() : 0;
  const auto octets = smspdu::ucs2_length_from_utf8(text);
  if (!octets) return octets.error();
  const std::size_t room = (smspdu::max_user_data_octets - header_octets) / 2;  // UCS-2 code units
  if (*octets > 2 * room) {
    std::size_t used = 0;
    for (std::size_t i = 0; i < text.size();) {
      const auto lead = static_cast<unsigned char>(text[i]);
      const std::size_t bytes = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      used += bytes == 4 ? 2 : 1;
      if (used > room) return smspdu::error{smspdu::errc::text_too_long, i};
      i += bytes;
    }
  }
  smspdu::user_data ud;
  ud.has_header = header != nullptr;
  if (header != nullptr) {
    ud.octets.push_back(static_cast<std::uint8_t>(header_octets - 1));
    for (const std::uint8_t octet : header->octets()) ud.octets.push_back(octet);
  }
  std::vector<std::uint8_t> ucs2(*octets);
  REQUIRE(smspdu::utf8_to_ucs2(text, ucs2).value() == ucs2.size());
  for (const std::uint8_t octet : ucs2) ud.octets.push_back(octet);
  ud.length = static_cast<std::uint8_t>(ud.octets.size());
  return ud;
}
}  // namespace

TEST_CASE("UCS-2 user data in one pass equals length first, then conversion", "[split][ucs2]") {
  inputs in(6);
  const auto ucs2 = smspdu::data_coding_scheme::general(smspdu::alphabet::ucs2);
  smspdu::user_data_header concatenated;
  REQUIRE(concatenated.add_concatenation(0x1234, 3, 2, true));
  for (int round = 0; round < 20000; ++round) {
    // Every length around the room (70 units, 67 after a 16-bit
    // concatenation element), malformed sequences anywhere.
    std::string text = in.text();
    if (text.size() > 300) text.resize(in.below(300));
    CAPTURE(round, text);
    CHECK(smspdu::text_user_data(text, ucs2) == ucs2_by_length_first(text, nullptr));
    CHECK(smspdu::text_user_data(text, ucs2, concatenated) == ucs2_by_length_first(text, &concatenated));
  }
  // Exhaustively by length: n two-byte characters, with a malformed byte at
  // every place of the text.
  for (std::size_t n = 60; n <= 75; ++n) {
    const std::string base = [&] {
      std::string t;
      for (std::size_t i = 0; i < n; ++i) t += "\xD0\x96";
      return t;
    }();
    CHECK(smspdu::text_user_data(base, ucs2) == ucs2_by_length_first(base, nullptr));
    for (std::size_t at = 0; at <= base.size(); ++at) {
      std::string bad = base;
      bad.insert(at, "\xFF");
      CAPTURE(n, at);
      CHECK(smspdu::text_user_data(bad, ucs2) == ucs2_by_length_first(bad, nullptr));
      CHECK(smspdu::text_user_data(bad, ucs2, concatenated) == ucs2_by_length_first(bad, &concatenated));
    }
  }
}
