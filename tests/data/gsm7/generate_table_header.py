#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The smspdu authors
"""Writes include/smspdu/detail/gsm7_table_data.hpp from the TSV files in this folder.

The TSV files are copies of ../shared/spec (TS 23.038 §6.2.1, §6.2.1.1 and
Annex A as checked data). The generated header is committed; the unit test
gsm7_tables_test.cpp compares every position of every table with these TSV
files, so a stale or hand-edited header fails the build's tests.

Usage: python3 tests/data/gsm7/generate_table_header.py > include/smspdu/detail/gsm7_table_data.hpp
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def read_table(file_name):
    with open(os.path.join(HERE, file_name), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    assert rows[0] == ["septet", "codepoint", "name"], file_name
    rows = rows[1:]
    assert len(rows) == 128, file_name
    values = []
    for index, (septet, codepoint, _name) in enumerate(rows):
        assert int(septet, 16) == index, (file_name, septet)
        values.append(int(codepoint[2:], 16) if codepoint else None)
    return values


def read_languages():
    with open(os.path.join(HERE, "languages.tsv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return rows


def emit_table(out, identifier, values, comment):
    out.write(f"/// {comment}\n")
    out.write(f"inline constexpr gsm7_table {identifier} = {{{{\n")
    for row in range(0, 128, 8):
        cells = ", ".join(
            "no_character" if v is None else f"0x{v:04X}" for v in values[row:row + 8])
        out.write(f"    /* 0x{row:02X} */ {cells},\n")
    out.write("}};\n\n")


def reverse_of(values):
    """The character -> septet lookup of gsm7_reverse_table for one table:
    the same rule as its constructor (the lower septet wins where a character
    stands twice), written out so that no compiler has to evaluate it."""
    latin = [0xFF] * 256
    others = {}
    for septet, c in enumerate(values):
        if c is None:
            continue
        if c < 0x100:
            if latin[c] == 0xFF:
                latin[c] = septet
        elif c not in others:
            others[c] = septet
    return latin, [(c << 8) | others[c] for c in sorted(others)]


def emit_reverse(out, identifier, values):
    latin, others = reverse_of(values)
    out.write(f"inline constexpr gsm7_reverse_data {identifier}_reverse = {{{{{{\n")
    for row in range(0, 256, 16):
        out.write("    " + ", ".join(str(v) for v in latin[row:row + 16]) + ",\n")
    out.write("  }}, {{\n")
    for row in range(0, len(others), 8):
        out.write("    " + ", ".join(f"0x{v:X}" for v in others[row:row + 8]) + ",\n")
    out.write(f"  }}}}, {len(others)}}};\n")


def pair_codes(locking_values, single_values):
    """The tables of gsm7_pair_codes for a (locking, single) pair of tables:
    the same rule as its constructor from two reverse lookups. A code is the
    septet in bits 0-7 (or the escape 0x1B there and the septet in bits
    8-15), bit 16 set, the septet count in bits 24-31; 0 when neither table
    has the character (the locking table is asked first)."""
    locking_latin, locking_others = reverse_of(locking_values)
    single_latin, single_others = reverse_of(single_values)

    def find(latin, others, c):
        if c < 0x100:
            return None if latin[c] == 0xFF else latin[c]
        for entry in others:
            if entry >> 8 == c:
                return entry & 0xFF
        return None

    def code_of(c):
        direct = find(locking_latin, locking_others, c)
        if direct is not None:
            return 1 << 24 | 1 << 16 | direct
        shifted = find(single_latin, single_others, c)
        if shifted is not None:
            return 2 << 24 | 1 << 16 | shifted << 8 | 0x1B
        return 0

    # U+0000..U+00FF, the Greek block U+0380..U+03FF, then a 0 for the rest.
    codes = [code_of(c) for c in range(0x100)] + [code_of(0x380 + k) for k in range(0x80)] + [0]
    # Byte pairs 0xC200..0xCFFF: the septet of a character U+0080..U+03FF
    # that takes one septet where the pair is its UTF-8, else 0xFF.
    two_byte = [0xFF] * (0xD000 - 0xC200)
    for c in range(0x80, 0x400):
        code = codes[c] if c < 0x100 else (codes[0x100 + c - 0x380] if c >= 0x380 else 0)
        if code >> 24 == 1:
            pair = (0xC0 | c >> 6) << 8 | (0x80 | (c & 0x3F))
            two_byte[pair - 0xC200] = code & 0x7F
    return codes, two_byte, code_of(0x20AC)


def emit_pair_codes(out, identifier, locking_values, single_values):
    codes, two_byte, euro = pair_codes(locking_values, single_values)
    out.write(f"inline constexpr gsm7_pair_code_data {identifier} = {{{{{{\n")
    for row in range(0, len(codes), 8):
        out.write("    " + ", ".join(f"0x{v:X}" for v in codes[row:row + 8]) + ",\n")
    out.write("  }}, {{\n")
    for row in range(0, len(two_byte), 32):
        out.write("    " + ",".join(str(v) for v in two_byte[row:row + 32]) + ",\n")
    out.write(f"  }}}}, 0x{euro:X}}};\n")


def ascii_view(values):
    """The decoders' ASCII view of a locking shift table: the character of each
    septet when it is ASCII, 0 for the escape and for the others (the rule of
    ascii_view in gsm7_tables.hpp)."""
    return [0 if septet == 0x1B or c is None or c >= 0x80 else c for septet, c in enumerate(values)]


def emit_ascii_view(out, identifier, values):
    view = ascii_view(values)
    out.write(f"inline constexpr gsm7_ascii_table {identifier}_ascii = {{{{\n")
    for row in range(0, 128, 16):
        out.write("    " + ", ".join(str(v) for v in view[row:row + 16]) + ",\n")
    out.write("}};\n")


def all_tables():
    """(identifier, TSV file, comment) of every table, in the header's order."""
    tables = [("default_alphabet", "gsm7-default.tsv", "TS 23.038 §6.2.1: the GSM 7 bit default alphabet."),
              ("default_extension", "gsm7-extension.tsv",
               "TS 23.038 §6.2.1.1: the GSM 7 bit default alphabet extension table.")]
    for row in read_languages():
        name = row["language"].lower()
        if row["locking_shift_table"] != "none":
            tables.append((f"{name}_locking", row["locking_shift_table"],
                           f"TS 23.038 Annex {row['locking_section']}: {row['language']} national "
                           f"language locking shift table (NLI {row['nli']})."))
        tables.append((f"{name}_single", row["single_shift_table"],
                       f"TS 23.038 Annex {row['single_section']}: {row['language']} national "
                       f"language single shift table (NLI {row['nli']})."))
    return tables


def main():
    out = sys.stdout
    out.write("""\
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// GENERATED by tests/data/gsm7/generate_table_header.py from the TSV files in
// tests/data/gsm7 (copies of the project's checked TS 23.038 table data). Do
// not edit by hand: change the TSV files and run the script. The unit test
// gsm7_tables_test.cpp checks every position against the TSV files; it and
// gsm7_test.cpp check the lookups derived from the tables (reverse lookups,
// the default pair's encoder codes, the decoders' ASCII views) against the
// forward tables.
//
// Each table maps a septet (the index) to a UTF-16 code unit; every character
// of these tables is in the Basic Multilingual Plane. no_character marks a
// position with no character: the escape (0x1B of the default and locking
// tables), the reserved SS2 (0x1B) and CR2 (0x0D) of the extension and single
// shift tables, and positions the spec leaves undefined.
#ifndef SMSPDU_DETAIL_GSM7_TABLE_DATA_HPP
#define SMSPDU_DETAIL_GSM7_TABLE_DATA_HPP

#include <array>
#include <cstddef>
#include <cstdint>

#include "../config.hpp"

SMSPDU_BEGIN_NAMESPACE

/// One GSM 7-bit character table: septet -> UTF-16 code unit.
using gsm7_table = std::array<char16_t, 128>;

/// Marks a table position that holds no character. U+FFFF is a Unicode
/// noncharacter, so it never stands for text.
inline constexpr char16_t no_character = 0xFFFF;

namespace detail::tables {

""")
    tables = all_tables()
    for identifier, file_name, comment in tables:
        emit_table(out, identifier, read_table(file_name), comment)
    out.write("""\
// The reverse lookups (character -> septet) of the tables above, as
// gsm7_reverse_table keeps them: `latin` indexed by code points below U+0100
// (0xFF: absent), `others` the rest as (code point << 8) | septet in
// ascending order. Written out rather than computed in constant evaluation,
// which cost g++ a fifth of its work parsing <smspdu/smspdu.hpp> (0.8 of
// 3.5 billion instructions, counted with callgrind).
// gsm7_tables_test.cpp checks each against its forward table and against
// gsm7_reverse_table built from that table.
struct gsm7_reverse_data {
  std::array<std::uint8_t, 256> latin;
  std::array<std::uint32_t, 128> others;
  std::size_t other_count;
};

""")
    for identifier, file_name, _comment in tables:
        emit_reverse(out, identifier, read_table(file_name))
    out.write("""\
// The encoder's fast lookup for the default alphabet and its extension table
// (TS 23.038 §6.2.1, §6.2.1.1), as gsm7_pair_codes keeps it (the layout is
// explained there): `codes` for U+0000..U+00FF and U+0380..U+03FF and a 0,
// `two_byte_septets` for the UTF-8 byte pairs 0xC200..0xCFFF (0xFF: absent),
// `euro` for U+20AC. Written out for the same reason as the reverse lookups
// (0.45 billion g++ instructions in every translation unit).
// gsm7_test.cpp checks every entry against gsm7_pair_codes built from the
// reverse lookups and against the general encoder for every code point.
struct gsm7_pair_code_data {
  std::array<std::uint32_t, 0x181> codes;
  std::array<std::uint8_t, 0xD000 - 0xC200> two_byte_septets;
  std::uint32_t euro;
};

""")
    emit_pair_codes(out, "default_pair_codes_data", read_table("gsm7-default.tsv"), read_table("gsm7-extension.tsv"))
    out.write("""\

// The ASCII character of each septet of a locking shift table (the default
// alphabet's and the national ones), or 0 where the septet is the escape or
// stands for a character beyond ASCII: what the decoders' eight-at-a-time
// fast path looks up. Written out for the same reason (0.1 billion g++
// instructions); gsm7_tables_test.cpp checks each against ascii_view of its
// forward table.
using gsm7_ascii_table = std::array<std::uint8_t, 128>;

""")
    for identifier, file_name, _comment in tables:
        if identifier == "default_alphabet" or identifier.endswith("_locking"):
            emit_ascii_view(out, identifier, read_table(file_name))
    out.write("""\
}  // namespace detail::tables

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_DETAIL_GSM7_TABLE_DATA_HPP
""")


if __name__ == "__main__":
    main()
