// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Text codec benchmarks: septet packing, GSM 7-bit text <-> packed octets and
// UCS-2, on full single-message payloads (fixtures.hpp). Inputs are read through
// benchmark::DoNotOptimize'd copies so the constexpr codecs cannot be folded
// at compile time, and every result is checked once before timing.
#include <smspdu/smspdu.hpp>

#include <benchmark/benchmark.h>

#include "fixtures.hpp"

#include <array>
#include <string>

namespace {

using smspdu_bench::ascii_160;
using smspdu_bench::mixed_gsm;
using smspdu_bench::require;
using smspdu_bench::ucs2_70;

void BM_pack_160_septets(benchmark::State& state) {
  auto septets = smspdu_bench::septet_pattern();
  std::array<std::uint8_t, 140> packed{};
  require(smspdu::pack_septets(septets, packed).value() == 140, "160 septets pack to 140 octets");
  for (auto _ : state) {
    benchmark::DoNotOptimize(septets.data());
    auto n = smspdu::pack_septets(septets, packed);
    benchmark::DoNotOptimize(n);
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * 160);
}
BENCHMARK(BM_pack_160_septets);

void BM_unpack_160_septets(benchmark::State& state) {
  auto septets = smspdu_bench::septet_pattern();
  std::array<std::uint8_t, 140> packed{};
  (void)smspdu::pack_septets(septets, packed);
  std::array<std::uint8_t, 160> out{};
  require(smspdu::unpack_septets(packed, 160, out).value() == 160 && out == septets, "unpack");
  for (auto _ : state) {
    benchmark::DoNotOptimize(packed.data());
    auto n = smspdu::unpack_septets(packed, 160, out);
    benchmark::DoNotOptimize(n);
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * 140);
}
BENCHMARK(BM_unpack_160_septets);

void utf8_to_gsm7_packed(benchmark::State& state, const std::string& text) {
  const std::size_t septets = smspdu::gsm7_length_from_utf8(text).value();
  require(septets == 160, "fixture is 160 septets");
  std::array<std::uint8_t, 140> packed{};
  for (auto _ : state) {
    const char* data = text.data();
    benchmark::DoNotOptimize(data);
    auto size = smspdu::utf8_to_gsm7_packed(std::string_view(data, text.size()), packed);
    benchmark::DoNotOptimize(size);
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
void BM_utf8_to_gsm7_packed_ascii_160(benchmark::State& state) { utf8_to_gsm7_packed(state, ascii_160); }
void BM_utf8_to_gsm7_packed_mixed_160(benchmark::State& state) { utf8_to_gsm7_packed(state, mixed_gsm); }
BENCHMARK(BM_utf8_to_gsm7_packed_ascii_160);
BENCHMARK(BM_utf8_to_gsm7_packed_mixed_160);

void gsm7_packed_to_utf8(benchmark::State& state, const std::string& text) {
  std::array<std::uint8_t, 140> packed{};
  const auto size = smspdu::utf8_to_gsm7_packed(text, packed).value();
  std::array<char, 480> out{};
  const auto n = smspdu::gsm7_packed_to_utf8(packed, size.septets, out).value();
  require(std::string(out.data(), n) == text, "decode gives the text back");
  for (auto _ : state) {
    benchmark::DoNotOptimize(packed.data());
    auto r = smspdu::gsm7_packed_to_utf8(packed, size.septets, out);
    benchmark::DoNotOptimize(r);
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(size.octets));
}
void BM_gsm7_packed_to_utf8_ascii_160(benchmark::State& state) { gsm7_packed_to_utf8(state, ascii_160); }
void BM_gsm7_packed_to_utf8_mixed_160(benchmark::State& state) { gsm7_packed_to_utf8(state, mixed_gsm); }
BENCHMARK(BM_gsm7_packed_to_utf8_ascii_160);
BENCHMARK(BM_gsm7_packed_to_utf8_mixed_160);

void BM_utf8_to_ucs2_70(benchmark::State& state) {
  std::array<std::uint8_t, 140> octets{};
  require(smspdu::utf8_to_ucs2(ucs2_70, octets).value() == 140, "fixture is 70 UCS-2 units");
  for (auto _ : state) {
    const char* data = ucs2_70.data();
    benchmark::DoNotOptimize(data);
    auto n = smspdu::utf8_to_ucs2(std::string_view(data, ucs2_70.size()), octets);
    benchmark::DoNotOptimize(n);
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * 140);
}
BENCHMARK(BM_utf8_to_ucs2_70);

void BM_ucs2_to_utf8_70(benchmark::State& state) {
  std::array<std::uint8_t, 140> octets{};
  (void)smspdu::utf8_to_ucs2(ucs2_70, octets);
  std::array<char, 300> out{};
  const auto n = smspdu::ucs2_to_utf8(octets, out).value();
  require(std::string(out.data(), n) == ucs2_70, "UCS-2 decodes back");
  for (auto _ : state) {
    benchmark::DoNotOptimize(octets.data());
    auto r = smspdu::ucs2_to_utf8(octets, out);
    benchmark::DoNotOptimize(r);
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * 140);
}
BENCHMARK(BM_ucs2_to_utf8_70);

void BM_hex_to_octets_pdu(benchmark::State& state) {
  const std::string hex = "07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37";
  std::array<std::uint8_t, 64> out{};
  require(smspdu::hex_to_octets(hex, out).value() == hex.size() / 2, "hex decodes");
  for (auto _ : state) {
    const char* data = hex.data();
    benchmark::DoNotOptimize(data);
    auto n = smspdu::hex_to_octets(std::string_view(data, hex.size()), out);
    benchmark::DoNotOptimize(n);
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(hex.size()));
}
BENCHMARK(BM_hex_to_octets_pdu);

}  // namespace
