// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// The fixtures the benchmark programs share, so that smspdu_bench_peers times
// Gammu and libosmocore on exactly the inputs smspdu_bench_text and
// smspdu_bench_tpdu time smspdu on.
#ifndef SMSPDU_BENCHMARKS_FIXTURES_HPP
#define SMSPDU_BENCHMARKS_FIXTURES_HPP

#include <smspdu/smspdu.hpp>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace smspdu_bench {

// 160 characters of plain GSM text (one full single-part SMS).
inline const std::string ascii_160 =
    "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
    "How vexingly quick daft zebras jump; 0123456789 @ the end Sphinx quartz!..";
// 160 septets' worth mixing extension characters, Greek capitals and accents.
inline const std::string mixed_gsm =
    "Price {10€} [approx] ~ ΔΩΣ |x| ^ \\ Grüße Ärger été Ça va? Ñandù ¡Hola! ¿Qué? Øre "
    "Ålesund ÆØÅ ok {more} [brackets] and €5 ~ €6 | fine. The end.";
// 70 UCS-2 code units: Cyrillic, CJK and two emoji (surrogate pairs).
inline const std::string ucs2_70 =
    "Привет, мир! 你好世界 😀👍 Спасибо за всё 谢谢 abcdefghijklmnopqrstuvwxyz123";

// 160 septets with every value 0..127 (one full single-part SMS once packed).
inline std::array<std::uint8_t, 160> septet_pattern() {
  std::array<std::uint8_t, 160> septets{};
  for (std::size_t i = 0; i < septets.size(); ++i) septets[i] = static_cast<std::uint8_t>((i * 29 + 7) & 0x7F);
  return septets;
}

// The other party of the SMS-SUBMIT and SMS-DELIVER benchmarks.
inline constexpr std::string_view phone = "+41791234567";

// TP-SCTS of the SMS-DELIVER benchmarks: 2026-11-24 00:00:00 UTC.
inline smspdu::timestamp deliver_time() {
  smspdu::timestamp t;
  t.year = 2026;
  t.month = 11;
  t.day = 24;
  return t;
}

// 1 KiB of UTF-8: Latin with accents and extension characters, Cyrillic,
// CJK, emoji with a skin tone, a flag and a ZWJ family: UCS-2, 9 segments.
inline std::string mixed_text() {
  const std::string piece =
      "Gr\xC3\xBC\xC3\x9F" "e {100\xE2\x82\xAC} \xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 "
      "\xE4\xBD\xA0\xE5\xA5\xBD \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD \xF0\x9F\x87\xA9\xF0\x9F\x87\xAA "
      "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 caf\xC3\xA9 ok. ";
  std::string text;
  while (text.size() + piece.size() <= 1024) text += piece;
  while (text.size() < 1024) text += 'x';
  return text;
}

// 1 KiB of GSM 7-bit text with extension characters: 7 segments.
inline std::string gsm_text() {
  std::string text;
  while (text.size() < 1024) text += "The price is {100} EUR [net] ~ ok? ";
  text.resize(1024);
  return text;
}

// Checks a fixture or a result once before timing; aborts the program if wrong.
inline void require(bool condition, const char* what) {
  if (!condition) {
    std::fprintf(stderr, "benchmark fixture check failed: %s\n", what);
    std::abort();
  }
}

}  // namespace smspdu_bench

#endif  // SMSPDU_BENCHMARKS_FIXTURES_HPP
