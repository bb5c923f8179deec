// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
#include <smspdu/gsm7_tables.hpp>

#include <map>
#include <string>

#include "../support/test_support.hpp"

using smspdu::national_language;

namespace {
// The 128 code points of a table file in tests/data/gsm7 (copies of
// ../shared/spec, TS 23.038 §6.2.1, §6.2.1.1 and Annex A); no_character where
// the file has none.
std::array<char16_t, 128> table_from_tsv(const std::string& file) {
  const auto lines = test::read_lines("gsm7/" + file);
  REQUIRE(lines.size() == 129);
  REQUIRE(lines[0] == "septet\tcodepoint\tname");
  std::array<char16_t, 128> table{};
  for (std::size_t septet = 0; septet < 128; ++septet) {
    const auto fields = test::split_tabs(lines[septet + 1]);
    REQUIRE(std::stoul(fields[0], nullptr, 16) == septet);
    table[septet] = fields[1].empty()
                        ? smspdu::no_character
                        : static_cast<char16_t>(std::stoul(fields[1].substr(2), nullptr, 16));
  }
  return table;
}

struct language_row {
  national_language language;
  std::string locking_file;  // empty: no locking shift table (Spanish)
  std::string single_file;
};

std::vector<language_row> languages_from_tsv() {
  std::vector<language_row> rows;
  const auto lines = test::read_lines("gsm7/languages.tsv");
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const auto f = test::split_tabs(lines[i]);
    rows.push_back({static_cast<national_language>(std::stoi(f[0])),
                    f[3] == "none" ? std::string() : f[3], f[5]});
  }
  return rows;
}

void check_table(const smspdu::gsm7_table& actual, const std::string& file) {
  const auto expected = table_from_tsv(file);
  for (std::size_t septet = 0; septet < 128; ++septet) {
    CAPTURE(file, septet);
    CHECK(static_cast<unsigned>(actual[septet]) == static_cast<unsigned>(expected[septet]));
  }
}

// Every character of the forward table is found by the reverse lookup, at
// the lowest septet that holds it; nothing else is found.
void check_reverse(const smspdu::gsm7_table& forward, const smspdu::gsm7_reverse_table& reverse) {
  std::map<char32_t, std::uint8_t> lowest;
  for (std::size_t septet = 128; septet-- > 0;)
    if (forward[septet] != smspdu::no_character)
      lowest[forward[septet]] = static_cast<std::uint8_t>(septet);
  for (const auto& entry : lowest) {
    CAPTURE(static_cast<unsigned>(entry.first));
    CHECK(reverse.find(entry.first) == entry.second);
  }
  std::size_t unexpected = 0;
  for (char32_t c = 0; c < 0x10000; ++c)
    if (lowest.find(c) == lowest.end() && reverse.find(c) != smspdu::gsm7_reverse_table::absent)
      ++unexpected;
  CHECK(unexpected == 0);
  CHECK(reverse.find(0x1F600) == smspdu::gsm7_reverse_table::absent);
  CHECK(reverse.find(smspdu::no_character) == smspdu::gsm7_reverse_table::absent);
}
}  // namespace

TEST_CASE("default alphabet and extension table: all 128 positions match the spec data",
          "[gsm7][tables]") {
  check_table(smspdu::locking_shift_table(national_language::none), "gsm7-default.tsv");
  check_table(smspdu::single_shift_table(national_language::none), "gsm7-extension.tsv");
  // Points where implementations commonly go wrong (../shared/PEERS.md).
  const auto& d = smspdu::locking_shift_table(national_language::none);
  CHECK(d[0x00] == u'@');      // never a string terminator
  CHECK(d[0x09] == u'\u00C7');  // capital C cedilla, not the small one
  CHECK(d[0x5F] == u'\u00A7');  // section sign (node-pdu has a backtick)
  CHECK(d[0x1B] == smspdu::no_character);
  const auto& e = smspdu::single_shift_table(national_language::none);
  CHECK(e[0x0A] == u'\u000C');  // form feed, not line feed
  CHECK(e[0x65] == u'\u20AC');  // euro sign on the code of 'e'
}

TEST_CASE("all national language tables: all 128 positions match the spec data",
          "[gsm7][tables][national]") {
  const auto rows = languages_from_tsv();
  REQUIRE(rows.size() == 13);
  int locking = 0;
  for (const auto& row : rows) {
    CAPTURE(smspdu::to_string(row.language));
    CHECK(smspdu::has_single_shift_table(row.language));
    check_table(smspdu::single_shift_table(row.language), row.single_file);
    if (row.locking_file.empty()) {
      CHECK_FALSE(smspdu::has_locking_shift_table(row.language));
      // Spanish has no locking shift table: IE 0x25 with NLI 2 means the default alphabet.
      CHECK(&smspdu::locking_shift_table(row.language) ==
            &smspdu::locking_shift_table(national_language::none));
    } else {
      CHECK(smspdu::has_locking_shift_table(row.language));
      check_table(smspdu::locking_shift_table(row.language), row.locking_file);
      ++locking;
    }
  }
  CHECK(locking == 12);
}

TEST_CASE("settled table discrepancies keep their chosen values", "[gsm7][tables][national]") {
  // tests/data/gsm7/table-discrepancies.tsv: where the sources disagree.
  using smspdu::locking_shift_table;
  using smspdu::single_shift_table;
  CHECK(locking_shift_table(national_language::kannada)[0x24] == u'\u0CA1');  // V9.1.1 typo PA
  CHECK(single_shift_table(national_language::tamil)[0x24] == u'\u0BEE');     // V9.1.1 typo
  CHECK(single_shift_table(national_language::telugu)[0x22] == u'\u0C6C');
  CHECK(single_shift_table(national_language::telugu)[0x23] == u'\u0C6D');
  CHECK(locking_shift_table(national_language::hindi)[0x00] == u'\u0901');
  CHECK(locking_shift_table(national_language::bengali)[0x2C] == u',');
  CHECK(single_shift_table(national_language::telugu)[0x65] == u'\u20AC');
  CHECK(single_shift_table(national_language::portuguese)[0x05] == u'\u00EA');
  CHECK(locking_shift_table(national_language::tamil)[0x11] == smspdu::no_character);
  for (std::size_t nli = 1; nli <= 13; ++nli) {
    const auto& single = single_shift_table(static_cast<national_language>(nli));
    CHECK(single[0x0D] == smspdu::no_character);  // CR2, reserved
    CHECK(single[0x1B] == smspdu::no_character);  // SS2, reserved
  }
}

TEST_CASE("reverse lookups are derived from the forward tables", "[gsm7][tables]") {
  for (std::size_t nli = 0; nli < smspdu::national_language_count; ++nli) {
    const auto language = static_cast<national_language>(nli);
    CAPTURE(smspdu::to_string(language));
    check_reverse(smspdu::locking_shift_table(language), smspdu::locking_shift_reverse(language));
    check_reverse(smspdu::single_shift_table(language), smspdu::single_shift_reverse(language));
  }
  // Duplicates inside one table encode to the lowest septet (README rule 3).
  CHECK(smspdu::single_shift_reverse(national_language::hindi).find(U'*') == 0x0B);
  CHECK(smspdu::single_shift_reverse(national_language::hindi).find(U'\u00A1') == 0x13);
}

TEST_CASE("reserved NLI values select the default tables", "[gsm7][tables]") {
  for (unsigned nli : {14u, 15u, 100u, 255u}) {
    const auto language = static_cast<national_language>(nli);
    CHECK(smspdu::to_string(language) == "reserved");
    CHECK_FALSE(smspdu::has_locking_shift_table(language));
    CHECK_FALSE(smspdu::has_single_shift_table(language));
    CHECK(&smspdu::locking_shift_table(language) ==
          &smspdu::locking_shift_table(national_language::none));
    CHECK(&smspdu::single_shift_table(language) ==
          &smspdu::single_shift_table(national_language::none));
  }
  CHECK(smspdu::to_string(national_language::turkish) == "turkish");
  CHECK(smspdu::to_string(national_language::urdu) == "urdu");
}

// The reverse lookups in the library are written out by the table generator
// (so that no translation unit evaluates them); they must hold exactly what
// gsm7_reverse_table builds from the forward table, for every BMP code point.
TEST_CASE("the generated reverse lookups equal the ones built from the forward tables", "[gsm7][tables]") {
  for (unsigned nli = 0; nli < smspdu::national_language_count; ++nli) {
    const auto language = static_cast<national_language>(nli);
    const smspdu::gsm7_reverse_table locking{smspdu::locking_shift_table(language)};
    const smspdu::gsm7_reverse_table single{smspdu::single_shift_table(language)};
    std::size_t differences = 0;
    for (char32_t c = 0; c <= 0x10000; ++c) {
      if (locking.find(c) != smspdu::locking_shift_reverse(language).find(c)) ++differences;
      if (single.find(c) != smspdu::single_shift_reverse(language).find(c)) ++differences;
    }
    INFO("NLI " << nli);
    CHECK(differences == 0);
  }
}

// The decoders' ASCII views of the locking shift tables are written out by
// the table generator too; each must be ascii_view of its forward table:
// the table's character where it is ASCII, 0 at the escape and elsewhere.
TEST_CASE("the generated ASCII views equal the ones built from the forward tables", "[gsm7][tables]") {
  std::size_t ascii_positions = 0;
  for (unsigned nli = 0; nli < smspdu::national_language_count; ++nli) {
    const auto language = static_cast<national_language>(nli);
    const auto& forward = smspdu::locking_shift_table(language);
    const auto& view = smspdu::detail::locking_shift_ascii_view(language);
    CHECK(view == smspdu::detail::ascii_view(forward));
    for (std::size_t septet = 0; septet < 128; ++septet) {
      CAPTURE(nli, septet);
      if (view[septet] != 0) {
        REQUIRE(septet != 0x1B);
        REQUIRE(char16_t{view[septet]} == forward[septet]);
        ++ascii_positions;
      } else {
        REQUIRE((septet == 0x1B || forward[septet] >= 0x80));
      }
    }
  }
  // ASCII positions counted in the TSV files: 88 in the default alphabet
  // (NLI 0, Turkish, Spanish), 93 in the Portuguese table, 47 in each of
  // the ten Indic and Urdu tables.
  CHECK(ascii_positions == 3 * 88 + 93 + 10 * 47);
}
