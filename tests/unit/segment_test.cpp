// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Counting and splitting long messages (segment.hpp, compose.hpp).
//
// The capacities are TS 23.040 arithmetic (§9.2.3.16: 140 octets of TP-UD;
// §9.2.3.24: the header and the fill bits come out of them), written out
// here by hand; the national table costs come from the spec's tables in
// tests/data/gsm7; the grapheme boundaries from grapheme.hpp, which passes
// Unicode's own GraphemeBreakTest.txt. Every segment is decoded back and
// must hold exactly its slice of the text, with the header it announces.
#include <smspdu/compose.hpp>
#include <smspdu/pdu_mode.hpp>
#include <smspdu/reassembly.hpp>
#include <smspdu/segment.hpp>
#include <smspdu/septet.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "../support/test_support.hpp"

namespace {

std::string repeat(std::string_view piece, std::size_t times) {
  std::string s;
  for (std::size_t i = 0; i < times; ++i) s += piece;
  return s;
}

std::vector<std::size_t> units_of(const smspdu::segment_plan& plan) {
  std::vector<std::size_t> units;
  for (const auto& s : plan.segments) units.push_back(s.units);
  return units;
}

std::vector<smspdu::text_segment> split(std::string_view text, const smspdu::message_options& o = {}) {
  std::vector<smspdu::text_segment> out;
  const auto plan = smspdu::split_text(text, o, [&](const smspdu::text_segment& s) { out.push_back(s); });
  REQUIRE(plan);
  REQUIRE(out.size() == plan->segment_count());
  return out;
}

// Checks one segment against the plan: header elements, coding, units, and
// that it decodes to exactly its slice of `text`.
void check_segment(std::string_view text, const smspdu::segment_plan& plan, const smspdu::text_segment& s,
                   const smspdu::message_options& o) {
  const auto& span = plan.segments[s.sequence - 1];
  CHECK(s.total == plan.segment_count());
  CHECK(s.dcs.character_set() == plan.encoding);
  CHECK(span.units <= plan.capacity);
  CHECK(smspdu::header_octets(s.ud) == plan.header_octets);
  CHECK(smspdu::payload_units(s.ud, s.dcs) == span.units);
  const auto header = smspdu::header_of(s.ud);
  const auto concat = header.concatenation();
  if (plan.segment_count() > 1) {
    REQUIRE(concat);
    CHECK(concat->total == plan.segment_count());
    CHECK(concat->sequence == s.sequence);
    CHECK(concat->sixteen_bit_reference == o.sixteen_bit_reference);
    CHECK(concat->reference == (o.sixteen_bit_reference ? o.reference : (o.reference & 0xFF)));
  } else {
    CHECK_FALSE(concat);
  }
  if (plan.encoding == smspdu::alphabet::gsm7) CHECK(header.tables() == plan.tables);
  const auto decoded = smspdu::text_of(s.ud, s.dcs);
  REQUIRE(decoded);
  CHECK(std::string(decoded->data(), decoded->size()) == text.substr(span.begin, span.end - span.begin));
}

struct capacity_case {
  const char* what;
  smspdu::message_options options;
  const char* unit;  // one character costing one unit
  std::size_t single;
  std::size_t concatenated;
};

smspdu::message_options with_tables(smspdu::national_language locking, smspdu::national_language single,
                                    bool sixteen = false) {
  smspdu::message_options o;
  o.encoding = smspdu::text_encoding::gsm7;
  o.tables = {locking, single};
  o.sixteen_bit_reference = sixteen;
  return o;
}

}  // namespace

TEST_CASE("segment capacity follows the header each segment carries", "[segment]") {
  using smspdu::national_language;
  smspdu::message_options ucs2;
  ucs2.encoding = smspdu::text_encoding::ucs2;
  smspdu::message_options ucs2_16 = ucs2;
  ucs2_16.sixteen_bit_reference = true;
  smspdu::message_options gsm7_16;
  gsm7_16.sixteen_bit_reference = true;
  smspdu::message_options gsm7_ports;
  gsm7_ports.ports = smspdu::port_info{5000, 5001, true};
  smspdu::message_options ucs2_ports = ucs2;
  ucs2_ports.ports = smspdu::port_info{5000, 5001, true};
  smspdu::message_options gsm7_ports8;
  gsm7_ports8.ports = smspdu::port_info{200, 201, false};
  // Septets: 160 - ceil(8 * header octets / 7). UCS-2: (140 - header) / 2.
  const capacity_case cases[] = {
      {"GSM 7-bit, 8-bit reference (UDH 6)", {}, "a", 160, 153},
      {"GSM 7-bit, 16-bit reference (UDH 7)", gsm7_16, "a", 160, 152},
      {"locking shift (UDH 4 / 9)", with_tables(national_language::turkish, national_language::none), "a", 155,
       149},
      {"single shift (UDH 4 / 9)", with_tables(national_language::none, national_language::turkish), "a", 155,
       149},
      {"both shifts (UDH 7 / 12)", with_tables(national_language::turkish, national_language::turkish), "a", 152,
       146},
      {"single shift, 16-bit reference (UDH 10)",
       with_tables(national_language::none, national_language::spanish, true), "a", 155, 148},
      {"both shifts, 16-bit reference (UDH 13)",
       with_tables(national_language::portuguese, national_language::portuguese, true), "a", 152, 145},
      {"16-bit ports (UDH 7 / 12)", gsm7_ports, "a", 152, 146},
      {"8-bit ports (UDH 5 / 10)", gsm7_ports8, "a", 154, 148},
      {"UCS-2, 8-bit reference", ucs2, "a", 70, 67},
      {"UCS-2, 16-bit reference", ucs2_16, "a", 70, 66},
      {"UCS-2, 16-bit ports (UDH 7 / 12)", ucs2_ports, "a", 66, 64},
  };
  for (const auto& c : cases) {
    CAPTURE(c.what);
    const auto fits = smspdu::count_segments(repeat(c.unit, c.single), c.options);
    REQUIRE(fits);
    CHECK(fits->segment_count() == 1);
    CHECK(fits->capacity == c.single);
    CHECK(fits->units_remaining() == 0);
    const std::string over = repeat(c.unit, c.single + 1);
    const auto two = smspdu::count_segments(over, c.options);
    REQUIRE(two);
    CHECK(two->capacity == c.concatenated);
    CHECK(units_of(*two) == std::vector<std::size_t>{c.concatenated, c.single + 1 - c.concatenated});
    const std::string three = repeat(c.unit, 2 * c.concatenated + 1);
    CHECK(smspdu::count_segments(three, c.options)->segment_count() == 3);
    // And the split agrees, segment by segment.
    for (const auto& text : {over, three}) {
      const auto plan = smspdu::count_segments(text, c.options);
      for (const auto& s : split(text, c.options)) check_segment(text, *plan, s, c.options);
    }
  }
}

TEST_CASE("8-bit data segments: 140, 134 or 133 octets, less the ports", "[segment][data]") {
  const auto data = test::octets(400, 0xA5);
  smspdu::message_options o;
  const auto one = smspdu::count_data_segments(140, o);
  REQUIRE(one);
  CHECK(one->segment_count() == 1);
  CHECK(one->header_octets == 0);
  CHECK(units_of(*smspdu::count_data_segments(141, o)) == std::vector<std::size_t>{134, 7});
  CHECK(units_of(*smspdu::count_data_segments(400, o)) == std::vector<std::size_t>{134, 134, 132});
  o.sixteen_bit_reference = true;
  CHECK(units_of(*smspdu::count_data_segments(400, o)) == std::vector<std::size_t>{133, 133, 133, 1});
  o.sixteen_bit_reference = false;
  o.ports = smspdu::port_info{2948, 9200, true};  // WAP push, TS 23.040 §9.2.3.24.4
  CHECK(smspdu::count_data_segments(133, o)->capacity == 133);  // UDH 7 octets
  CHECK(units_of(*smspdu::count_data_segments(134, o)) == std::vector<std::size_t>{128, 6});  // UDH 12
  CHECK(smspdu::count_data_segments(0, o)->segment_count() == 1);

  o.reference = 0x1234;  // an 8-bit reference keeps its low octet
  std::vector<std::uint8_t> joined;
  std::size_t sequence = 0;
  const auto to = smspdu::phone_number("+41791234567").value();
  const auto plan = smspdu::split_data_submit(to, smspdu::octet_view(data.data(), data.size()), o,
                                              [&](const smspdu::sms_submit& s) {
                                                ++sequence;
                                                CHECK(s.dcs.character_set() == smspdu::alphabet::eight_bit);
                                                const auto h = smspdu::header_of(s.ud);
                                                CHECK(h.concatenation()->reference == 0x34);
                                                CHECK(h.concatenation()->sequence == sequence);
                                                CHECK(h.application_ports() == o.ports);
                                                for (auto b : smspdu::payload_of(s.ud)) joined.push_back(b);
                                                CHECK(smspdu::encode(s));  // the encoder accepts it
                                              });
  REQUIRE(plan);
  CHECK(sequence == 4);
  CHECK(joined == data);

  o.max_segments = 3;
  CHECK(smspdu::count_data_segments(400, o).error() == smspdu::error{smspdu::errc::too_many_segments, 384});
}

TEST_CASE("an escape pair is never split", "[segment][gsm7]") {
  // 152 septets, then '{' (ESC 0x28): 154 would overflow segment 1's 153.
  const std::string text = repeat("a", 152) + "{" + repeat("b", 10);
  const auto plan = smspdu::count_segments(text);
  REQUIRE(plan);
  CHECK(plan->encoding == smspdu::alphabet::gsm7);
  CHECK(units_of(*plan) == std::vector<std::size_t>{152, 12});
  CHECK(plan->segments[0].end == 152);
  // 153 '€' are 306 septets: 76 pairs a segment.
  const std::string euros = repeat("\xE2\x82\xAC", 153);
  CHECK(units_of(*smspdu::count_segments(euros)) == std::vector<std::size_t>{152, 152, 2});
  for (const auto& s : split(euros)) check_segment(euros, *smspdu::count_segments(euros), s, {});
  // 160 septets with escapes still fit one segment without a header.
  CHECK(smspdu::count_segments(repeat("a", 158) + "^")->segment_count() == 1);
}

TEST_CASE("a surrogate pair and a grapheme cluster stay in one segment", "[segment][ucs2]") {
  const std::string zhe = "\xD0\x96";                        // U+0416: forces UCS-2
  const std::string grin = "\xF0\x9F\x98\x80";               // U+1F600: 2 UTF-16 units
  const std::string flag = "\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA";  // DE: two regional indicators
  const std::string family =                                   // man ZWJ woman ZWJ girl: 8 units
      "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7";

  const std::string emoji_at_67 = repeat(zhe, 66) + grin + repeat(zhe, 10);
  CHECK(units_of(*smspdu::count_segments(emoji_at_67)) == std::vector<std::size_t>{66, 12});

  const std::string flags = repeat(zhe, 66) + flag + flag;
  CHECK(units_of(*smspdu::count_segments(flags)) == std::vector<std::size_t>{66, 8});

  const std::string families = repeat(zhe, 60) + family + family;
  CHECK(units_of(*smspdu::count_segments(families)) == std::vector<std::size_t>{60, 16});

  // e + U+0301 (combining acute) is one cluster; é alone is GSM 7-bit but
  // the combining mark is not.
  const std::string accent = repeat("e\xCC\x81", 40);
  CHECK(units_of(*smspdu::count_segments(accent)) == std::vector<std::size_t>{66, 14});

  for (const auto& text : {emoji_at_67, flags, families, accent}) {
    const auto plan = smspdu::count_segments(text);
    for (const auto& s : split(text)) check_segment(text, *plan, s, {});
  }
}

TEST_CASE("a cluster longer than a segment is broken at code points", "[segment]") {
  // 'a' and 200 combining acutes: one cluster of 201 UTF-16 units.
  const std::string text = "a" + repeat("\xCC\x81", 200);
  const auto plan = smspdu::count_segments(text);
  REQUIRE(plan);
  CHECK(plan->encoding == smspdu::alphabet::ucs2);
  CHECK(units_of(*plan) == std::vector<std::size_t>{67, 67, 67});
  std::string joined;
  for (const auto& s : split(text)) {
    check_segment(text, *plan, s, {});
    joined += smspdu::text_of(s.ud, s.dcs)->data();
  }
  // A cluster of emoji with ZWJs past 67 units breaks between code points,
  // never inside a surrogate pair.
  const std::string long_cluster = repeat("\xF0\x9F\x91\xA8\xE2\x80\x8D", 30) + "\xF0\x9F\x91\xA8";
  const auto emoji_plan = smspdu::count_segments(long_cluster);
  REQUIRE(emoji_plan);
  for (const auto& s : split(long_cluster)) check_segment(long_cluster, *emoji_plan, s, {});
}

TEST_CASE("characters that force UCS-2 are reported where they stand", "[segment]") {
  const std::string text = "Hello \xF0\x9F\x98\x80 and \xD0\x96!";
  const auto plan = smspdu::count_segments(text);
  REQUIRE(plan);
  CHECK(plan->encoding == smspdu::alphabet::ucs2);
  REQUIRE(plan->forced_ucs2.size() == 2);
  CHECK(plan->forced_ucs2_count == 2);
  CHECK(plan->forced_ucs2[0].code_point == U'\U0001F600');
  CHECK(plan->forced_ucs2[0].offset == 6);
  CHECK(plan->forced_ucs2[1].code_point == U'\u0416');
  CHECK(plan->forced_ucs2[1].offset == 15);
  CHECK(smspdu::count_segments(std::string_view("plain"))->forced_ucs2_count == 0);
  // More than 16 are counted, the first 16 listed.
  const auto many = smspdu::count_segments(repeat("\xD0\x96", 40));
  CHECK(many->forced_ucs2.size() == 16);
  CHECK(many->forced_ucs2_count == 40);
  // Forcing GSM 7-bit turns it into an error at the first one.
  smspdu::message_options gsm7;
  gsm7.encoding = smspdu::text_encoding::gsm7;
  CHECK(smspdu::count_segments(text, gsm7).error() == smspdu::error{smspdu::errc::unencodable_character, 6});
  // Turkish letters are UCS-2 unless the Turkish tables are allowed.
  smspdu::message_options turkish;
  turkish.languages = smspdu::national_languages::single(smspdu::national_language::turkish);
  const auto with_tables = smspdu::count_segments("\xC5\x9F" "arj", turkish);  // "şarj"
  CHECK(with_tables->encoding == smspdu::alphabet::gsm7);
  CHECK(with_tables->forced_ucs2_count == 0);
  const auto ucs2_anyway = smspdu::count_segments("\xC5\x9F" "arj \xD0\x96", turkish);
  CHECK(ucs2_anyway->encoding == smspdu::alphabet::ucs2);
  REQUIRE(ucs2_anyway->forced_ucs2_count == 1);  // ş has a table; Ж does not
  CHECK(ucs2_anyway->forced_ucs2[0].code_point == U'\u0416');
}

TEST_CASE("the planner picks national tables only when they save segments", "[segment][national]") {
  using smspdu::national_language;
  // Turkish text with ş, ğ, ı: it fits one segment only with the Turkish tables.
  std::string turkish_text;
  while (turkish_text.size() < 150) turkish_text += "Ba\xC5\x9F" "ar\xC4\xB1 d\xC4\x9F" "er ";
  smspdu::message_options o;
  const auto ucs2 = smspdu::count_segments(turkish_text, o);
  REQUIRE(ucs2);
  CHECK(ucs2->encoding == smspdu::alphabet::ucs2);

  o.languages = smspdu::national_languages::single(national_language::turkish);
  const auto single = smspdu::count_segments(turkish_text, o);
  REQUIRE(single);
  CHECK(single->encoding == smspdu::alphabet::gsm7);
  CHECK(single->tables == smspdu::gsm7_tables{national_language::none, national_language::turkish});
  // 120 characters, 30 of them Turkish letters: 2 UCS-2 segments (120 > 70
  // units), 1 segment with the Turkish single shift table (150 <= 155 septets).
  CHECK(ucs2->segment_count() == 2);
  CHECK(single->segment_count() == 1);
  CHECK(single->units == 150);

  // Locking shift allowed too: chosen only when it saves a segment. Enough
  // Turkish letters that single shift needs one more segment than locking.
  const std::string dense = repeat("\xC5\x9F", 120);  // 120 ş: 240 septets single, 120 locking
  o.languages = smspdu::national_languages::both(national_language::turkish);
  const auto locking = smspdu::count_segments(dense, o);
  REQUIRE(locking);
  CHECK(locking->tables.locking_shift == national_language::turkish);
  CHECK(locking->segment_count() == 1);
  // But a text the single shift table already fits in one segment keeps it.
  const auto short_text = smspdu::count_segments("\xC5\x9F" "arj", o);
  CHECK(short_text->tables == smspdu::gsm7_tables{national_language::none, national_language::turkish});
  // Plain ASCII never gets national tables.
  CHECK(smspdu::count_segments(repeat("a", 300), o)->tables == smspdu::gsm7_tables{});

  for (const auto& text : {turkish_text, dense}) {
    const auto plan = smspdu::count_segments(text, o);
    for (const auto& s : split(text, o)) check_segment(text, *plan, s, o);
  }

  // Hindi with every table allowed picks the Hindi tables.
  const std::string hindi = "\xE0\xA4\xA8\xE0\xA4\xAE\xE0\xA4\xB8\xE0\xA5\x8D\xE0\xA4\xA4\xE0\xA5\x87";  // नमस्ते
  smspdu::message_options all;
  all.languages = smspdu::national_languages::all();
  const auto hindi_plan = smspdu::count_segments(repeat(hindi, 30), all);
  REQUIRE(hindi_plan);
  CHECK(hindi_plan->encoding == smspdu::alphabet::gsm7);
  CHECK(hindi_plan->tables.locking_shift == national_language::hindi);
  const std::string hindi_text = repeat(hindi, 30);
  for (const auto& s : split(hindi_text, all)) check_segment(hindi_text, *hindi_plan, s, all);
}

TEST_CASE("every national table position costs what the spec's table says", "[segment][national]") {
  using smspdu::national_language;
  for (const auto& line : test::read_lines("gsm7/languages.tsv")) {
    const auto cols = test::split_tabs(line);
    if (cols.empty() || cols[0] == "nli") continue;
    const auto language = static_cast<national_language>(std::stoi(cols[0]));
    CAPTURE(cols[2]);
    // Cost under the pair (L, L): 1 septet in the locking table (the default
    // alphabet for Spanish, which has none), 2 in the single shift table.
    std::map<char32_t, std::size_t> cost;
    const auto read = [&](const std::string& file, std::size_t septets) {
      for (const auto& row : test::read_lines("gsm7/" + file)) {
        const auto c = test::split_tabs(row);
        if (c.size() < 2 || c[0] == "septet" || c[1].empty()) continue;
        const auto cp = static_cast<char32_t>(std::stoul(c[1].substr(2), nullptr, 16));
        if (cost.find(cp) == cost.end()) cost[cp] = septets;
      }
    };
    read(cols[3] == "none" ? std::string("gsm7-default.tsv") : cols[3], 1);
    read(cols[5], 2);
    // Every character of both tables, one text; cost its septets by hand.
    std::u32string text32;
    std::size_t expected_units = 0;
    for (const auto& [cp, septets] : cost) {
      if (cp == U'\r' || cp == U'\n' || cp == U'\f') continue;  // controls are fine but unreadable in a dump
      text32 += cp;
      expected_units += septets;
    }
    const std::string text = test::utf8(text32);
    smspdu::message_options o;
    o.encoding = smspdu::text_encoding::gsm7;
    o.tables = {cols[3] == "none" ? national_language::none : language, language};
    o.reference = 0x42;
    const auto plan = smspdu::count_segments(text, o);
    REQUIRE(plan);
    CHECK(plan->units == expected_units);
    CHECK(plan->tables == o.tables);
    // Decoded back through the header's own tables, position by position.
    smspdu::reassembler<1, 8> joiner;
    std::string joined;
    for (const auto& s : split(text, o)) {
      check_segment(text, *plan, s, o);
      const auto event = joiner.add(smspdu::address{}, s.dcs, s.ud, 0);
      REQUIRE(event);
      if (event->status == smspdu::reassembly_status::complete) joined = std::string(joiner.text());
    }
    CHECK(joined == text);
    // And the automatic planner, allowed these tables, encodes it in GSM 7-bit too.
    smspdu::message_options automatic;
    automatic.languages = smspdu::national_languages::both(language);
    const auto chosen = smspdu::count_segments(text, automatic);
    REQUIRE(chosen);
    CHECK(chosen->encoding == smspdu::alphabet::gsm7);
  }
}

TEST_CASE("max_segments bounds the split with the offset where it overflows", "[segment]") {
  smspdu::message_options o;
  o.max_segments = 2;
  const std::string text = repeat("a", 400);
  CHECK(smspdu::count_segments(text, o).error() == smspdu::error{smspdu::errc::too_many_segments, 306});
  o.max_segments = 3;
  CHECK(smspdu::count_segments(text, o)->segment_count() == 3);
  o.max_segments = 1;
  CHECK(smspdu::count_segments(repeat("a", 160), o)->segment_count() == 1);
  CHECK(smspdu::count_segments(repeat("a", 161), o).error() == smspdu::error{smspdu::errc::too_many_segments, 160});
  // The default bound is 255 segments of 153 septets.
  CHECK(smspdu::count_segments(repeat("a", 255 * 153))->segment_count() == 255);
  CHECK(smspdu::count_segments(repeat("a", 255 * 153 + 1)).error() ==
        smspdu::error{smspdu::errc::too_many_segments, 255 * 153});
  // Nothing is handed on when the text cannot be split.
  std::size_t handed = 0;
  o.max_segments = 2;
  CHECK_FALSE(smspdu::split_text(text, o, [&](const smspdu::text_segment&) { ++handed; }));
  CHECK(handed == 0);
}

TEST_CASE("malformed text is an error with its offset", "[segment]") {
  CHECK(smspdu::count_segments(std::string_view("ab\xC3")).error().code == smspdu::errc::invalid_utf8);
  CHECK(smspdu::count_segments(std::string_view("ab\xC3")).error().offset == 2);
  const std::u16string lone = {u'a', static_cast<char16_t>(0xD800)};
  CHECK_FALSE(smspdu::count_segments(std::u16string_view(lone)));
}

TEST_CASE("UTF-8, UTF-16 and UTF-32 input plan the same segments", "[segment]") {
  const std::string text = repeat("Gr\xC3\xBC\xC3\x9F" "e \xF0\x9F\x98\x80 ", 30);
  const auto a = smspdu::count_segments(text);
  const auto b = smspdu::count_segments(std::u16string_view(test::utf16(text)));
  const auto c = smspdu::count_segments(std::u32string_view(test::utf32(text)));
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(c);
  CHECK(units_of(*a) == units_of(*b));
  CHECK(units_of(*a) == units_of(*c));
  CHECK(a->encoding == c->encoding);
  // Offsets count each form's own code units.
  CHECK(c->segments.back().end == test::utf32(text).size());
  CHECK(b->segments.back().end == test::utf16(text).size());
  // And the segments themselves are the same octets.
  std::vector<smspdu::user_data> from8, from16, from32;
  REQUIRE(smspdu::split_text(text, {}, [&](const smspdu::text_segment& s) { from8.push_back(s.ud); }));
  const std::u16string text16 = test::utf16(text);
  const std::u32string text32 = test::utf32(text);
  REQUIRE(smspdu::split_text(std::u16string_view(text16), {},
                             [&](const smspdu::text_segment& s) { from16.push_back(s.ud); }));
  REQUIRE(smspdu::split_text(std::u32string_view(text32), {},
                             [&](const smspdu::text_segment& s) { from32.push_back(s.ud); }));
  CHECK(from8.size() == a->segment_count());
  CHECK(from8 == from16);
  CHECK(from8 == from32);
}

TEST_CASE("split_submit fills caller storage or says how much it needs", "[segment][compose]") {
  const auto to = smspdu::phone_number("+41791234567").value();
  const std::string text = repeat("0123456789", 40);  // 400 septets: 3 segments
  smspdu::submit_options o;
  o.reference = 0x99;
  o.message_reference = 254;
  o.status_report = true;
  std::vector<smspdu::sms_submit> two(2);
  CHECK(smspdu::split_submit(to, text, o, smspdu::span<smspdu::sms_submit>(two.data(), two.size())).error() ==
        smspdu::error{smspdu::errc::output_too_small, 3});
  std::vector<smspdu::sms_submit> three(3);
  const auto written = smspdu::split_submit(to, text, o, smspdu::span<smspdu::sms_submit>(three.data(), 3));
  REQUIRE(written);
  CHECK(*written == 3);
  CHECK(three[0].message_reference == 254);
  CHECK(three[1].message_reference == 255);
  CHECK(three[2].message_reference == 0);  // TP-MR wraps modulo 256
  std::string joined;
  for (const auto& s : three) {
    CHECK(s.destination == to);
    CHECK(s.status_report_request);
    CHECK(smspdu::header_of(s.ud).concatenation()->reference == 0x99);
    const auto pdu = smspdu::encode(s);
    REQUIRE(pdu);
    // What goes on the air decodes to the same SUBMIT.
    const auto back = smspdu::decode_sms_submit(smspdu::octet_view(pdu->data(), pdu->size()));
    REQUIRE(back);
    CHECK(back->ud == s.ud);
    joined += smspdu::text_of(*back)->data();
  }
  CHECK(joined == text);
  // A short text: one SUBMIT with no header.
  std::vector<smspdu::sms_submit> one(1);
  CHECK(*smspdu::split_submit(to, "Hi", o, smspdu::span<smspdu::sms_submit>(one.data(), 1)) == 1);
  CHECK_FALSE(one[0].ud.has_header);
}

TEST_CASE("make_submit codes a short text as the planner would", "[segment][compose]") {
  smspdu::submit_options o;
  o.languages = smspdu::national_languages::single(smspdu::national_language::spanish);
  const auto to = smspdu::phone_number("+34600000000").value();
  const auto s = smspdu::make_submit(to, "\xC3\xA1" "rbol", o);  // "árbol": Spanish single shift
  REQUIRE(s);
  CHECK(s->dcs.character_set() == smspdu::alphabet::gsm7);
  CHECK(smspdu::header_of(s->ud).tables().single_shift == smspdu::national_language::spanish);
  CHECK(std::string(smspdu::text_of(*s)->data()) == "\xC3\xA1" "rbol");
}

namespace {

// A random text from pieces of every kind the splitter must respect.
std::string random_text(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "a", "Z", " ", "0", ".", "\n", "@", "\xC3\xA9",                   // default alphabet
      "{", "}", "[", "]", "~", "\\", "|", "^", "\xE2\x82\xAC",          // extension table
      "\xC5\x9F", "\xC4\x9F", "\xC4\xB1", "\xC3\xA7", "\xC3\xA1",        // Turkish, Spanish
      "\xC3\xAA", "\xC3\xB5",                                           // Portuguese
      "\xE0\xA4\xA8", "\xE0\xA5\x8D", "\xE0\xA4\xB8",                   // Devanagari
      "\xD0\x96", "\xE4\xB8\xAD",                                       // Cyrillic, CJK
      "\xF0\x9F\x98\x80", "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD",          // emoji, with skin tone
      "\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA", "\xF0\x9F\x87\xAB",          // flag, lone regional indicator
      "\xE2\x80\x8D", "\xCC\x81", "\xEF\xB8\x8F",                       // ZWJ, combining acute, VS16
      "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7",  // family
      "\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8",                           // Hangul jamo L V T
  };
  // Mostly one kind of text, with a few others mixed in.
  std::uniform_int_distribution<std::size_t> length(0, 700);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> percent(0, 99);
  const std::size_t n = length(rng);
  const std::size_t ascii_share = static_cast<std::size_t>(percent(rng));
  std::string text;
  for (std::size_t i = 0; i < n; ++i)
    text += static_cast<std::size_t>(percent(rng)) < ascii_share ? pieces[i % 4] : pieces[pick(rng)];
  return text;
}

}  // namespace

TEST_CASE("property: counting, splitting and reassembling agree on random texts", "[segment][property]") {
  std::mt19937 rng(20261124);
  std::uniform_int_distribution<int> choice(0, 5);
  static smspdu::reassembler<2, 255> joiner;  // about 250 KiB: not on the stack
  const auto from = smspdu::phone_number("+4915112345678").value();
  for (int round = 0; round < 10000; ++round) {
    const std::string text = random_text(rng);
    smspdu::message_options o;
    o.reference = static_cast<std::uint16_t>(round);
    o.sixteen_bit_reference = round % 3 == 0;
    switch (choice(rng)) {
      case 0: o.languages = smspdu::national_languages::all(); break;
      case 1: o.languages = smspdu::national_languages::single(smspdu::national_language::turkish); break;
      case 2: o.encoding = smspdu::text_encoding::ucs2; break;
      case 3: o.ports = smspdu::port_info{16000, 0, true}; break;
      default: break;
    }
    CAPTURE(round, text);
    const auto plan = smspdu::count_segments(text, o);
    REQUIRE(plan);
    const auto segments = split(text, o);
    // Spans tile the text; units add up; each segment respects its room.
    std::size_t at = 0;
    std::size_t units = 0;
    for (const auto& span : plan->segments) {
      CHECK(span.begin == at);
      CHECK(span.units <= plan->capacity);
      at = span.end;
      units += span.units;
    }
    CHECK(at == text.size());
    CHECK(units == plan->units);
    // Boundaries fall between grapheme clusters, unless a cluster is larger
    // than a whole segment; and no segment could have taken the next cluster.
    std::vector<bool> boundary(text.size() + 1, false);
    std::vector<std::size_t> cluster_end(text.size() + 1, text.size());
    for (std::size_t i = 0; i < text.size();) {
      boundary[i] = true;
      const std::size_t next = smspdu::next_grapheme_boundary(std::string_view(text), i);
      cluster_end[i] = next;
      i = next;
    }
    for (std::size_t k = 0; k + 1 < plan->segment_count(); ++k) {
      const auto& span = plan->segments[k];
      if (boundary[span.end]) {
        const auto next = smspdu::count_segments(
            text.substr(span.end, cluster_end[span.end] - span.end), [&] {
              smspdu::message_options same = o;
              same.encoding = plan->encoding == smspdu::alphabet::ucs2 ? smspdu::text_encoding::ucs2
                                                                       : smspdu::text_encoding::gsm7;
              same.tables = plan->tables;
              return same;
            }());
        REQUIRE(next);
        CHECK(span.units + next->units > plan->capacity);
      } else {
        // Inside a cluster: only when the cluster is longer than a segment.
        std::size_t start = span.end;
        while (!boundary[start]) --start;
        smspdu::message_options same = o;
        same.encoding = plan->encoding == smspdu::alphabet::ucs2 ? smspdu::text_encoding::ucs2
                                                                 : smspdu::text_encoding::gsm7;
        same.tables = plan->tables;
        same.max_segments = 255;
        const auto cluster = smspdu::count_segments(text.substr(start, cluster_end[start] - start), same);
        REQUIRE(cluster);
        CHECK(cluster->units > plan->capacity);
      }
    }
    // Each segment decodes to its slice; in a shuffled order they reassemble.
    std::vector<std::size_t> order(segments.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
      order[i] = i;
      check_segment(text, *plan, segments[i], o);
    }
    std::shuffle(order.begin(), order.end(), rng);
    std::size_t completed = 0;
    for (const std::size_t i : order) {
      const auto event = joiner.add(from, segments[i].dcs, segments[i].ud, static_cast<std::uint64_t>(round));
      REQUIRE(event);
      if (event->status != smspdu::reassembly_status::complete) continue;
      ++completed;
      CHECK(joiner.text() == text);
    }
    CHECK(completed == 1);
    CHECK(joiner.pending() == 0);
  }
}

TEST_CASE("segment counts agree with Twilio, Gammu and Android", "[segment][golden]") {
  // tests/data/segments: default tables, 8-bit references. Twilio keeps
  // grapheme clusters whole as smspdu does, so every part must match. Gammu
  // splits inside clusters (not inside surrogate pairs): its parts must
  // match where every cluster is a single code point. Android states counts.
  std::map<std::string, std::size_t> compared;
  for (const auto& record : test::read_jsonl("segments/count-vectors.jsonl")) {
    if (record.has("disputed")) continue;
    const std::string rules = record["rules"].str();
    const std::string text = record["text"].str();
    const auto& expect = record["expect"];
    CAPTURE(record["id"].str(), record["note"].str());
    const auto plan = smspdu::count_segments(text);
    REQUIRE(plan);
    CHECK(smspdu::to_string(plan->encoding) == expect["encoding"].str());
    CHECK(plan->units == static_cast<std::size_t>(expect["units_total"].integer()));
    const bool simple_clusters =
        smspdu::grapheme_count(std::string_view(text)) == test::utf32(text).size();
    const bool parts_comparable = rules == "twilio" || rules == "android" ||
                                  expect["encoding"].str() == "gsm7" || simple_clusters;
    if (parts_comparable) {
      CHECK(plan->segment_count() == static_cast<std::size_t>(expect["segments"].integer()));
      if (expect.has("units")) CHECK(units_of(*plan) == [&] {
        std::vector<std::size_t> units;
        for (const auto& u : expect["units"].array()) units.push_back(static_cast<std::size_t>(u.integer()));
        return units;
      }());
      if (expect.has("remaining") && rules == "android")
        CHECK(plan->units_remaining() == static_cast<std::size_t>(expect["remaining"].integer()));
      ++compared[rules];
    }
  }
  CHECK(compared["twilio"] >= 130);
  CHECK(compared["gammu"] >= 100);
  CHECK(compared["android"] == 23);
}

TEST_CASE("long texts split into Gammu's very SMS-SUBMIT user data", "[segment][golden][encode]") {
  // tests/data/pdus/gammu-pdus.jsonl: libGammu's ConcatenatedTextLong(16bit)
  // SUBMITs, one record per part. The whole text is the parts' texts; its
  // clusters are single code points, so Gammu's split is the split.
  struct group {
    std::map<std::size_t, std::string> texts;
    std::map<std::size_t, smspdu::sms_submit> parts;
    std::uint16_t reference = 0;
    bool sixteen = false;
  };
  std::map<std::string, group> groups;
  for (const auto& record : test::read_jsonl("pdus/gammu-pdus.jsonl")) {
    const auto& expect = record["expect"];
    if (record["kind"].str() != "submit" || !expect.has("concat") || !expect.has("text")) continue;
    const std::string note = record["note"].str();
    auto& g = groups[note.substr(0, note.rfind(" (part "))];
    const auto sequence = static_cast<std::size_t>(expect["concat"]["seq"].integer());
    g.texts[sequence] = expect["text"].str();
    g.reference = static_cast<std::uint16_t>(expect["concat"]["ref"].integer());
    g.sixteen = expect["concat"]["ref_bits"].integer() == 16;
    REQUIRE(record["has_smsc"].boolean());
    const auto pdu = smspdu::decode_stored_pdu_hex(record["hex"].str());
    REQUIRE(pdu);
    g.parts[sequence] = std::get<smspdu::sms_submit>(pdu->message);
  }
  REQUIRE(groups.size() >= 10);
  for (const auto& entry : groups) {
    // Not a structured binding: clang 14 cannot capture one in a lambda.
    const std::string& name = entry.first;
    const group& g = entry.second;
    CAPTURE(name);
    std::string text;
    for (const auto& [sequence, part] : g.texts) text += part;
    smspdu::submit_options o;
    o.reference = g.reference;
    o.sixteen_bit_reference = g.sixteen;
    o.encoding = g.parts.begin()->second.dcs.character_set() == smspdu::alphabet::ucs2
                     ? smspdu::text_encoding::ucs2
                     : smspdu::text_encoding::automatic;
    o.message_class = g.parts.begin()->second.dcs.message_class();
    const auto to = g.parts.begin()->second.destination;
    std::size_t sequence = 0;
    const auto plan = smspdu::split_submit(to, text, o, [&](const smspdu::sms_submit& ours) {
      ++sequence;
      const auto& theirs = g.parts.at(sequence);
      // Gammu writes class 0 as 0xF0 (TS 23.038 group 1111), smspdu as 0x10
      // (group 00): the same coding and class.
      CHECK(ours.dcs.character_set() == theirs.dcs.character_set());
      CHECK(ours.dcs.message_class() == theirs.dcs.message_class());
      CHECK(test::hex(smspdu::octet_view(ours.ud.octets.data(), ours.ud.octets.size())) ==
            test::hex(smspdu::octet_view(theirs.ud.octets.data(), theirs.ud.octets.size())));
      CHECK(ours.ud.length == theirs.ud.length);
    });
    REQUIRE(plan);
    CHECK(sequence == g.parts.size());
  }
}

TEST_CASE("split_submit_hex hands on each segment's encoded PDU", "[segment][compose]") {
  const auto to = smspdu::phone_number("+41791234567").value();
  const auto smsc = smspdu::phone_number("+41794990000").value();
  const std::string text = repeat("Gr\xC3\xBC\xC3\x9F" "e {} ", 40);
  smspdu::submit_options o;
  o.reference = 0xBEEF;
  o.sixteen_bit_reference = true;
  std::vector<smspdu::sms_submit> submits;
  REQUIRE(smspdu::split_submit(to, text, o, [&](const smspdu::sms_submit& s) { submits.push_back(s); }));
  std::size_t i = 0;
  const auto plan = smspdu::split_submit_hex(smsc, to, text, o, [&](const smspdu::pdu_hex& hex) {
    REQUIRE(i < submits.size());
    const auto back = smspdu::decode_pdu_hex(hex.text(), smspdu::direction::ms_to_sc);
    REQUIRE(back);
    CHECK(back->smsc == smsc);
    CHECK(std::get<smspdu::sms_submit>(back->message) == submits[i]);
    CHECK(hex.tpdu_octets == smspdu::encoded_length(submits[i]).value());
    ++i;
  });
  REQUIRE(plan);
  CHECK(i == submits.size());
  CHECK(i == plan->segment_count());
  CHECK(i > 1);
}

TEST_CASE("the segment walk's ASCII-run fast path equals the general walk", "[segment][fast_path]") {
  std::mt19937 rng(65);
  using spans = smspdu::static_vector<smspdu::segment_span, smspdu::max_concatenated_parts>;
  const auto same = [](const spans& a, const spans& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (a[i].begin != b[i].begin || a[i].end != b[i].end || a[i].units != b[i].units) return false;
    return true;
  };
  int walked = 0;
  for (int round = 0; round < 4000; ++round) {
    const std::string text = random_text(rng);
    CAPTURE(round, text);
    for (const auto encoding : {smspdu::alphabet::gsm7, smspdu::alphabet::ucs2}) {
      const smspdu::detail::unit_cost cost(encoding, smspdu::gsm7_tables{});
      if (!smspdu::detail::total_units(std::string_view(text), cost)) continue;  // not encodable
      // Small capacities put segment ends inside runs, at their edges and
      // next to escapes; 255 segments at most, as the planner allows.
      for (const std::size_t capacity : {std::size_t{3}, std::size_t{7}, std::size_t{67}, std::size_t{153}}) {
        spans fast;
        spans general;
        const auto e1 = smspdu::detail::walk_segments(std::string_view(text), cost, capacity, 255, fast, true);
        const auto e2 = smspdu::detail::walk_segments(std::string_view(text), cost, capacity, 255, general, false);
        CHECK(e1.code == e2.code);
        CHECK(e1.offset == e2.offset);
        CHECK(same(fast, general));
        ++walked;
      }
    }
  }
  CHECK(walked > 10000);
}

namespace {

// Everything a plan says, or its error, compared field by field.
bool same_plan(const smspdu::result<smspdu::segment_plan>& a, const smspdu::result<smspdu::segment_plan>& b) {
  if (a.has_value() != b.has_value()) return false;
  if (!a) return a.error().code == b.error().code && a.error().offset == b.error().offset;
  const auto& x = *a;
  const auto& y = *b;
  if (x.encoding != y.encoding || x.tables != y.tables || x.header_octets != y.header_octets ||
      x.capacity != y.capacity || x.units != y.units || x.segments.size() != y.segments.size() ||
      x.forced_ucs2.size() != y.forced_ucs2.size() || x.forced_ucs2_count != y.forced_ucs2_count)
    return false;
  for (std::size_t i = 0; i < x.segments.size(); ++i)
    if (x.segments[i].begin != y.segments[i].begin || x.segments[i].end != y.segments[i].end ||
        x.segments[i].units != y.segments[i].units)
      return false;
  for (std::size_t i = 0; i < x.forced_ucs2.size(); ++i)
    if (x.forced_ucs2[i].code_point != y.forced_ucs2[i].code_point ||
        x.forced_ucs2[i].offset != y.forced_ucs2[i].offset)
      return false;
  return true;
}

// A random text from code points that make the rules work: ZWJ sequences,
// regional indicators, combining and spacing marks, prepend, Hangul,
// controls, CR LF, extension characters, the one printable ASCII character
// GSM lacks, surrogate-pair emoji; runs of printable ASCII of every length;
// now and then a malformed byte.
std::string tricky_text(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "a", "Z", " ", "{", "~", "`", "\r", "\n", "\r\n", "\x01", "\x0C", "\x7F",  // ASCII
      "\xC3\xBC", "\xCE\x94", "\xE2\x82\xAC", "\xD0\x9F", "\xE4\xBD\xA0",         // ü Δ € П 你
      "\xCC\x81", "\xE2\x80\x8D", "\xEF\xB8\x8F", "\xE0\xA4\x83", "\xD8\x80",     // extend, ZWJ, VS16, spacing, prepend
      "\xF0\x9F\x91\x8D", "\xF0\x9F\x8F\xBD", "\xF0\x9F\x87\xA9", "\xE2\x9D\xA4",  // emoji, skin tone, RI, heart
      "\xE1\x84\x80", "\xE1\x85\xA1", "\xE1\x86\xA8", "\xEA\xB0\x80", "\xEA\xB0\x81",  // Hangul L V T LV LVT
      "\xE0\xA4\x95", "\xE0\xA5\x8D", "\xF3\xA0\x80\xA0", "\xF0\xA0\x80\x80",     // Devanagari, tag, plane 2
      "\xC2\xAD", "\xEF\xBF\xBF", "\xF4\x8F\xBF\xBF", "\xED\x9F\xBF",             // soft hyphen, edges
  };
  static const std::vector<std::string> malformed = {"\xFF", "\xC3", "\x80", "\xE0\x80\x80", "\xED\xA0\x80",
                                                     "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xC0\xAF"};
  std::uniform_int_distribution<std::size_t> length(0, 400);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> percent(0, 99);
  const std::size_t n = length(rng);
  const int ascii_share = percent(rng);
  const bool with_malformed = percent(rng) < 10;
  // A third of the texts only GSM 7-bit: its first pieces, and printable
  // ASCII but the backquote.
  const bool gsm7 = percent(rng) < 33;
  std::uniform_int_distribution<std::size_t> pick_gsm7(3, 14);
  std::string text;
  for (std::size_t i = 0; i < n; ++i) {
    if (with_malformed && percent(rng) == 0) text += malformed[static_cast<std::size_t>(percent(rng)) % malformed.size()];
    if (percent(rng) < ascii_share) {
      const char c = static_cast<char>(0x20 + percent(rng) % 0x5F);
      text += gsm7 && c == '`' ? '\'' : c;
    } else {
      const std::string& piece = pieces[gsm7 ? pick_gsm7(rng) : pick(rng)];
      text += gsm7 && (piece == "`" || piece == "\x01" || piece == "\x7F") ? std::string("[") : piece;
    }
  }
  return text;
}

}  // namespace

TEST_CASE("the one-pass planner equals the general planner", "[segment][fast_path]") {
  std::mt19937 rng(2026);
  std::uniform_int_distribution<int> choice(0, 99);
  std::size_t compared = 0;
  std::size_t malformed = 0;
  std::size_t too_many = 0;
  std::size_t forced = 0;
  std::size_t gsm7_concatenated = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string text = tricky_text(rng);
    CAPTURE(round, text);
    for (const auto encoding : {smspdu::text_encoding::automatic, smspdu::text_encoding::gsm7,
                                smspdu::text_encoding::ucs2}) {
      smspdu::message_options o;
      o.encoding = encoding;
      // Every header size: 8- or 16-bit references, no, 8- or 16-bit ports;
      // few segments allowed, so that walks run out.
      o.sixteen_bit_reference = choice(rng) < 50;
      const int ports = choice(rng) % 3;
      if (ports > 0) o.ports = smspdu::port_info{2948, 9200, ports == 2};
      const std::size_t allowed[] = {0, 1, 2, 3, 4, 7, 255};
      o.max_segments = allowed[static_cast<std::size_t>(choice(rng)) % 7];
      // Options the one-pass planner leaves to the general way.
      const int national = choice(rng);
      if (national < 5) o.languages = smspdu::national_languages::all();
      if (national >= 5 && national < 10) o.tables = {smspdu::national_language::turkish, smspdu::national_language::none};
      const auto fast = smspdu::detail::plan_text(std::string_view(text), o, true);
      const auto general = smspdu::detail::plan_text(std::string_view(text), o, false);
      CAPTURE(static_cast<int>(encoding), o.max_segments, o.sixteen_bit_reference, ports, national);
      CHECK(same_plan(fast, general));
      ++compared;
      if (!general && general.error().code == smspdu::errc::invalid_utf8) ++malformed;
      if (!general && general.error().code == smspdu::errc::too_many_segments) ++too_many;
      if (general && general->forced_ucs2_count > 16) ++forced;
      if (general && general->encoding == smspdu::alphabet::gsm7 && general->segment_count() > 1) ++gsm7_concatenated;
    }
  }
  CHECK(compared == 9000);
  CHECK(malformed > 100);  // the cases the planner gives up on are there too
  CHECK(too_many > 100);
  CHECK(forced > 100);
  CHECK(gsm7_concatenated > 300);
}

TEST_CASE("the one-pass planner equals the general planner around segment boundaries", "[segment][fast_path]") {
  // A cluster or a run of rules-heavy code points put at every place
  // relative to where segments end: after every count of filler units of
  // one, two (escapes, surrogate pairs) or mixed widths, for GSM 7-bit and
  // UCS-2 and every header size. The walk only asks the grapheme rules
  // where a code point does not fit, so these are the places it can err.
  const std::vector<std::string> clusters = {
      "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7",  // ZWJ family
      "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD",                                          // thumbs up, skin tone
      "\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA\xF0\x9F\x87\xAB",                          // three regional indicators
      "\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7",          // two flags
      "e\xCC\x81\xCC\x82\xCC\x83",                                                 // combining marks
      "\xE2\x9D\xA4\xEF\xB8\x8F",                                                  // heart, VS16
      "\xE2\x9D\xA4\xCC\x81\xE2\x80\x8D\xF0\x9F\x94\xA5",                          // pictograph Extend ZWJ pictograph
      "a\xE2\x80\x8D\xF0\x9F\x94\xA5",                                             // ZWJ after a letter: two clusters
      "\xE1\x84\x80\xE1\x84\x80\xE1\x85\xA1\xE1\x86\xA8\xE1\x86\xA8",              // Hangul L L V T T
      "\xEA\xB0\x80\xE1\x86\xA8\xEA\xB0\x81\xE1\x86\xA8",                          // Hangul LV T, LVT T
      "\xD8\x80\xD8\x80x",                                                         // prepend prepend letter
      "\xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\xB7\xE0\xA4\x83",                          // Devanagari, spacing mark
      "\r\n", "\r\r\n\n", "\x01\xCC\x81", "{", "\xE2\x82\xAC", "`",                // controls, escapes
      "\xC2\xAD\xCC\x81",                                                          // soft hyphen (control), mark
      "\xF3\xA0\x80\xA0\xF3\xA0\x80\xA1",                                          // tags (Extend, 2 units each)
  };
  // Clusters longer than a segment: marks after a letter, ZWJ chains,
  // a run of regional indicators.
  std::string marks = "a";
  for (int k = 0; k < 90; ++k) marks += "\xCC\x81";
  std::string chain = "\xF0\x9F\x91\xA8";
  for (int k = 0; k < 24; ++k) chain += "\xE2\x80\x8D\xF0\x9F\x91\xA9";
  std::string flags;
  for (int k = 0; k < 41; ++k) flags += "\xF0\x9F\x87\xA9";
  const std::vector<std::string> giants = {marks, chain, flags};
  const std::vector<std::string> fillers = {"x", "{", "\xD0\x9F", "\xF0\x9F\x98\x80", "ab\xE4\xBD\xA0"};
  std::mt19937 rng(2027);
  std::uniform_int_distribution<int> choice(0, 99);
  std::size_t compared = 0;
  std::size_t concatenated = 0;
  std::size_t too_many = 0;
  const auto compare = [&](const std::string& text) {
    CAPTURE(text);
    for (const auto encoding : {smspdu::text_encoding::automatic, smspdu::text_encoding::ucs2}) {
      smspdu::message_options o;
      o.encoding = encoding;
      o.sixteen_bit_reference = choice(rng) < 50;
      const int ports = choice(rng) % 3;
      if (ports > 0) o.ports = smspdu::port_info{2948, 9200, ports == 2};
      const std::size_t allowed[] = {2, 3, 4, 255, 255, 255};
      o.max_segments = allowed[static_cast<std::size_t>(choice(rng)) % 6];
      CAPTURE(static_cast<int>(encoding), o.max_segments, o.sixteen_bit_reference, ports);
      const auto fast = smspdu::detail::plan_text(std::string_view(text), o, true);
      const auto general = smspdu::detail::plan_text(std::string_view(text), o, false);
      CHECK(same_plan(fast, general));
      ++compared;
      if (general && general->segment_count() > 1) ++concatenated;
      if (!general && general.error().code == smspdu::errc::too_many_segments) ++too_many;
    }
  };
  for (const auto& filler : fillers)
    for (std::size_t lead = 0; lead < 165; ++lead) {
      std::string head;
      for (std::size_t k = 0; k < lead; ++k) head += filler;
      for (const auto& cluster : clusters) {
        // The cluster once after the lead, then again and again, so that
        // later segments meet it at other places too.
        std::string text = head + cluster;
        while (text.size() < 700) text += (choice(rng) < 50 ? filler : std::string("y")) + cluster;
        compare(text);
      }
      if (lead % 8 == 0)
        for (const auto& giant : giants) compare(head + giant + filler + giant + head);
    }
  // GSM 7-bit text: escapes and CR LF at every place, and a character that
  // forces UCS-2 at the end.
  for (std::size_t lead = 0; lead < 170; ++lead) {
    const std::string head(lead, 'g');
    compare(head + repeat("{\r\n}", 80));
    compare(head + repeat("ab\r\n", 80) + "\xC3\xA7");
  }
  CHECK(compared > 20000);
  CHECK(concatenated > 15000);
  CHECK(too_many > 1000);
}

TEST_CASE("the planner's tables, word scans and boundary shortcuts equal the encoder and the grapheme rules",
          "[segment][fast_path]") {
  const smspdu::detail::gsm7_encoder encoder({});
  std::size_t differences = 0;
  for (char32_t c = 0; c < 0x800; ++c)
    if (smspdu::detail::low_code_points.septets[c] != encoder.encode(c).septets) ++differences;
  for (char32_t c = 0; c <= 0x10FFFF; ++c)
    if (!smspdu::detail::is_surrogate(c) && smspdu::detail::default_septets_of(c) != encoder.encode(c).septets)
      ++differences;
  // The GSM 7-bit walk's only cluster of two code points is CR LF: every
  // character the default tables encode is Other, CR, LF or Control.
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    if (smspdu::detail::is_surrogate(c) || smspdu::detail::default_septets_of(c) == 0) continue;
    const auto p = smspdu::grapheme_break_of(c);
    if (p != smspdu::grapheme_break::other && p != smspdu::grapheme_break::cr && p != smspdu::grapheme_break::lf &&
        p != smspdu::grapheme_break::control)
      ++differences;
  }
  CHECK(differences == 0);
  CHECK(smspdu::detail::printable_marks_match_the_tables());

  // The walks' UTF-8 check against next_code_point, and their decoding of
  // checked text: every lead and second byte, third and fourth bytes of
  // every class, cut at every length.
  const std::uint8_t tails[] = {0x00, 0x3F, 0x40, 0x7F, 0x80, 0x82, 0xAC, 0xBF, 0xC0, 0xFF};
  std::size_t sequences = 0;
  for (unsigned b0 = 0x80; b0 < 0x100; ++b0)
    for (unsigned b1 = 0; b1 < 0x100; ++b1)
      for (const std::uint8_t b2 : tails)
        for (const std::uint8_t b3 : {std::uint8_t{0x7F}, std::uint8_t{0x80}, std::uint8_t{0xBF}, std::uint8_t{0xC0}})
          for (std::size_t size = 1; size <= 4; ++size) {
            const char bytes[4] = {static_cast<char>(b0), static_cast<char>(b1), static_cast<char>(b2),
                                   static_cast<char>(b3)};
            const auto want = smspdu::detail::next_code_point(bytes, size, 0);
            const auto got = smspdu::detail::multibyte_sequence(bytes, size, 0);
            if (got.length != want.units ||
                (want.units != 0 && got.septets != smspdu::detail::default_septets_of(want.value)))
              ++differences;
            if (want.units != 0 && smspdu::detail::checked_code_point(bytes, 0) != want.value) ++differences;
            ++sequences;
          }
  CHECK(differences == 0);
  CHECK(sequences == 128u * 256u * 10u * 4u * 4u);

  // The word scans against byte-by-byte definitions: every byte value in
  // every place of words of other bytes, and random words.
  const auto check_word = [&](const std::uint8_t (&bytes)[8]) {
    std::uint64_t word = 0;
    for (int k = 7; k >= 0; --k) word = word << 8 | bytes[k];
    std::size_t ascii = 0;
    while (ascii < 8 && bytes[ascii] < 0x80) ++ascii;
    std::size_t printable = 0;
    std::size_t septets = 0;
    for (; printable < 8; ++printable) {
      const std::uint8_t b = bytes[printable];
      const unsigned s = smspdu::detail::low_code_points.septets[b];
      if (b < 0x20 || b >= 0x7F || s == 0) break;
      septets += s;
    }
    const std::size_t n = smspdu::detail::ascii_prefix(word);
    const std::size_t prefix = smspdu::detail::printable_encodable_prefix(word);
    if (n != ascii || prefix != printable || smspdu::detail::printable_septets(word, prefix) != septets) ++differences;
  };
  const std::uint8_t others[] = {'a', '{', '`', 0x0A, 0x1B, 0x7F, 0xC3, 0xFF};
  for (const std::uint8_t other : others)
    for (std::size_t place = 0; place < 8; ++place)
      for (unsigned b = 0; b < 0x100; ++b) {
        std::uint8_t bytes[8];
        for (auto& x : bytes) x = other;
        for (std::size_t k = 0; k < place; ++k) bytes[k] = 'a';
        bytes[place] = static_cast<std::uint8_t>(b);
        check_word(bytes);
      }
  std::mt19937 rng(880);
  const std::uint8_t pool[] = {'a', 'Z', ' ', '{', '}', '[', '\\', ']', '^', '_', '`', '|', '~', 0x7F, 0x0A, 0x0C, 0x0D,
                               0x00, 0x1B, 0x1F, 0x20, 0x5A, 0x5B, 0x5E, 0x5F, 0x60, 0x61, 0x7A, 0x7B, 0x7E, 0x80, 0xC3,
                               0xE2, 0xF0, 0xFF};
  std::uniform_int_distribution<std::size_t> pick(0, sizeof pool - 1);
  for (int round = 0; round < 200000; ++round) {
    std::uint8_t bytes[8];
    for (auto& x : bytes) x = pool[pick(rng)];
    check_word(bytes);
  }
  CHECK(differences == 0);

  // The grapheme rules where the walk asks them: after every sequence of
  // four properties and each property next, boundary_whatever_before says
  // a cluster begins only where it does; and from a boundary on, a fresh
  // breaker finds the very boundaries the one fed from the start does.
  using gb = smspdu::grapheme_break;
  constexpr int properties = 15;
  std::size_t sure = 0;
  for (int sequence = 0; sequence < properties * properties * properties * properties * properties; ++sequence) {
    gb p[5];
    for (int k = 0, rest = sequence; k < 5; ++k, rest /= properties) p[k] = static_cast<gb>(rest % properties);
    bool boundary[5];
    smspdu::grapheme_breaker reference;
    for (int k = 0; k < 5; ++k) boundary[k] = reference.boundary_before(p[k]);
    for (int k = 1; k < 5; ++k)
      if (smspdu::detail::boundary_whatever_before(p[k - 1], p[k])) {
        ++sure;
        if (!boundary[k]) ++differences;
      }
    for (int from = 1; from < 4; ++from) {
      if (!boundary[from]) continue;
      smspdu::detail::grapheme_table_breaker fresh;
      for (int k = from; k < 5; ++k)
        if (fresh.boundary_before(p[k]) != boundary[k]) ++differences;
    }
  }
  CHECK(differences == 0);
  CHECK(sure > 1000000);  // most pairs are decided by the two alone
  CHECK(smspdu::detail::boundary_whatever_before(gb::other, gb::other));
  CHECK(smspdu::detail::boundary_whatever_before(gb::lf, gb::extend));
  CHECK_FALSE(smspdu::detail::boundary_whatever_before(gb::zwj, gb::extended_pictographic));
  CHECK_FALSE(smspdu::detail::boundary_whatever_before(gb::regional_indicator, gb::regional_indicator));
  CHECK_FALSE(smspdu::detail::boundary_whatever_before(gb::prepend, gb::other));
  CHECK_FALSE(smspdu::detail::boundary_whatever_before(gb::other, gb::extend));
}
