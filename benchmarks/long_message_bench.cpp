// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Long-message benchmarks: counting and splitting 1 KiB of mixed text (the
// same engine: grapheme clusters, encoding choice, segment walk), and
// reassembling a 5-part message from its DELIVERs arriving out of order.
// Each fixture is checked once before timing.
#include <smspdu/smspdu.hpp>

#include <benchmark/benchmark.h>

#include "fixtures.hpp"

#include <array>
#include <string>

namespace {

using smspdu_bench::gsm_text;
using smspdu_bench::mixed_text;
using smspdu_bench::require;

void count(benchmark::State& state, const std::string& text) {
  const auto check = smspdu::count_segments(text);
  require(check && check->segment_count() > 5, "several segments");
  for (auto _ : state) {
    const char* data = text.data();
    benchmark::DoNotOptimize(data);
    auto plan = smspdu::count_segments(std::string_view(data, text.size()));
    benchmark::DoNotOptimize(plan);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
  state.counters["segments"] = static_cast<double>(check->segment_count());
}

void split(benchmark::State& state, const std::string& text) {
  const auto to = smspdu::phone_number("+41791234567").value();
  std::array<smspdu::sms_submit, 16> out{};
  const auto check = smspdu::split_submit(to, text, {}, smspdu::span<smspdu::sms_submit>(out.data(), out.size()));
  require(check && *check > 5, "several SUBMITs");
  for (auto _ : state) {
    const char* data = text.data();
    benchmark::DoNotOptimize(data);
    auto n = smspdu::split_submit(to, std::string_view(data, text.size()), {},
                                  smspdu::span<smspdu::sms_submit>(out.data(), out.size()));
    benchmark::DoNotOptimize(n);
    benchmark::DoNotOptimize(out);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void BM_count_1k_mixed(benchmark::State& state) { count(state, mixed_text()); }
void BM_count_1k_gsm7(benchmark::State& state) { count(state, gsm_text()); }
void BM_split_1k_mixed(benchmark::State& state) { split(state, mixed_text()); }
void BM_split_1k_gsm7(benchmark::State& state) { split(state, gsm_text()); }

// Split and encode to hex PDUs for AT+CMGS: the whole sending path.
void BM_split_encode_hex_1k_mixed(benchmark::State& state) {
  const std::string text = mixed_text();
  const auto to = smspdu::phone_number("+41791234567").value();
  for (auto _ : state) {
    const char* data = text.data();
    benchmark::DoNotOptimize(data);
    auto plan = smspdu::split_submit_hex(std::nullopt, to, std::string_view(data, text.size()), {},
                                         [](const smspdu::pdu_hex& hex) { benchmark::DoNotOptimize(hex); });
    benchmark::DoNotOptimize(plan);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

// Five GSM 7-bit parts given in the order 3, 1, 5, 2, 4; the message text
// comes out whole once the last arrives.
void BM_reassemble_5_parts(benchmark::State& state) {
  std::string text;
  while (text.size() < 700) text += "Five parts of GSM text, {joined} in any order. ";
  std::array<smspdu::sms_deliver, 5> parts{};
  std::size_t n = 0;
  smspdu::message_options options;
  options.reference = 9;
  const auto from = smspdu::phone_number("+41791234567").value();
  const auto plan = smspdu::split_deliver(from, text, smspdu::timestamp{}, options,
                                          [&](const smspdu::sms_deliver& d) {
                                            if (n < parts.size()) parts[n] = d;
                                            ++n;
                                          });
  require(plan && n == 5, "5 parts");
  static smspdu::reassembler<4, 8> joiner;
  constexpr std::array<std::size_t, 5> order{2, 0, 4, 1, 3};
  for (const auto i : order) (void)joiner.add(parts[i], 0);
  require(joiner.text() == text, "reassembled text");
  for (auto _ : state) {
    for (const auto i : order) {
      auto event = joiner.add(parts[i], 0);
      benchmark::DoNotOptimize(event);
    }
    auto joined = joiner.text();
    benchmark::DoNotOptimize(joined);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

BENCHMARK(BM_count_1k_mixed);
BENCHMARK(BM_count_1k_gsm7);
BENCHMARK(BM_split_1k_mixed);
BENCHMARK(BM_split_1k_gsm7);
BENCHMARK(BM_split_encode_hex_1k_mixed);
BENCHMARK(BM_reassemble_5_parts);

}  // namespace
