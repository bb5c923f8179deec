// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// TPDU benchmarks: building and encoding an SMS-SUBMIT of 160 GSM characters
// from UTF-8, and decoding the matching SMS-DELIVER to fields and UTF-8 text.
// Each result is checked once before timing; inputs pass through
// benchmark::DoNotOptimize so the constexpr codecs are not folded.
#include <smspdu/smspdu.hpp>

#include <benchmark/benchmark.h>

#include "fixtures.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace {

using smspdu_bench::require;
// 160 characters of plain GSM text (the ASCII fixture of smspdu_bench_text).
const std::string& text_160 = smspdu_bench::ascii_160;

void BM_submit_encode_160(benchmark::State& state) {
  const auto to = smspdu::phone_number(smspdu_bench::phone).value();
  std::array<std::uint8_t, smspdu::max_tpdu_octets> out{};
  const auto check = smspdu::make_submit(to, text_160);
  require(check && check->ud.length == 160, "160 septets");
  for (auto _ : state) {
    const char* data = text_160.data();
    benchmark::DoNotOptimize(data);
    const auto submit = smspdu::make_submit(to, std::string_view(data, text_160.size()));
    auto n = smspdu::encode(*submit, out);
    benchmark::DoNotOptimize(n);
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text_160.size()));
}
BENCHMARK(BM_submit_encode_160);

// The same PDU through encode_submit, which packs the text straight into it.
void BM_submit_encode_direct_160(benchmark::State& state) {
  const auto to = smspdu::phone_number(smspdu_bench::phone).value();
  std::array<std::uint8_t, smspdu::max_tpdu_octets> out{};
  const auto expected = smspdu::encode(*smspdu::make_submit(to, text_160)).value();
  const auto n = smspdu::encode_submit(to, text_160, out);
  require(n && std::equal(expected.begin(), expected.end(), out.begin(), out.begin() + static_cast<std::ptrdiff_t>(*n)),
          "encode_submit writes encode(make_submit)'s PDU");
  for (auto _ : state) {
    const char* data = text_160.data();
    benchmark::DoNotOptimize(data);
    auto written = smspdu::encode_submit(to, std::string_view(data, text_160.size()), out);
    benchmark::DoNotOptimize(written);
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text_160.size()));
}
BENCHMARK(BM_submit_encode_direct_160);

void BM_deliver_decode_160(benchmark::State& state) {
  const auto deliver =
      smspdu::make_deliver(smspdu::phone_number(smspdu_bench::phone).value(), text_160, smspdu_bench::deliver_time());
  const auto pdu = smspdu::encode(*deliver).value();
  std::array<char, smspdu::max_user_data_text> text{};
  const auto decoded = smspdu::decode_sms_deliver(pdu);
  require(decoded && std::string(text.data(), *smspdu::text_of(decoded->ud, decoded->dcs, text)) == text_160,
          "decode gives the text back");
  for (auto _ : state) {
    benchmark::DoNotOptimize(pdu.data());
    const auto d = smspdu::decode_sms_deliver(pdu);
    auto n = smspdu::text_of(d->ud, d->dcs, text);
    benchmark::DoNotOptimize(n);
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(pdu.size()));
}
BENCHMARK(BM_deliver_decode_160);

void BM_pdu_hex_decode(benchmark::State& state) {
  const std::string hex = "07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37";
  require(smspdu::decode_pdu_hex(hex, smspdu::direction::sc_to_ms).has_value(), "decodes");
  for (auto _ : state) {
    const char* data = hex.data();
    benchmark::DoNotOptimize(data);
    auto p = smspdu::decode_pdu_hex(std::string_view(data, hex.size()), smspdu::direction::sc_to_ms);
    benchmark::DoNotOptimize(p);
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(hex.size()));
}
BENCHMARK(BM_pdu_hex_decode);

}  // namespace
