// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Instructions per operation, for valgrind --tool=callgrind: wall-clock
// figures move with the machine's load, instruction counts do not. Each
// operation of the Google Benchmark programs (same fixtures, fixtures.hpp)
// is a non-inlined function op_<name> run `rounds` times after one checked
// run; benchmarks/instruction_counts.sh runs this under callgrind and divides
// each function's inclusive count by the rounds. Without valgrind it is a
// plain program that checks every operation once (its ctest smoke run).
#include <smspdu/smspdu.hpp>

#include "fixtures.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

using smspdu_bench::require;

// Inputs are read through a volatile pointer so the constexpr codecs cannot
// be evaluated at compile time; results go to a volatile sink.
template <class T>
const T* opaque(const T* p) {
  const T* volatile hidden = p;
  return hidden;
}
volatile std::size_t sink = 0;

std::array<std::uint8_t, 160> septets = smspdu_bench::septet_pattern();
std::array<std::uint8_t, 140> packed{};
std::array<std::uint8_t, 160> unpacked{};
std::array<std::uint8_t, 140> packed_ascii{};
std::array<std::uint8_t, 140> packed_mixed{};
std::array<std::uint8_t, 140> ucs2{};
std::array<char, smspdu::max_user_data_text> text_out{};
std::array<std::uint8_t, smspdu::max_tpdu_octets> pdu_out{};
smspdu::address phone;
smspdu::static_vector<std::uint8_t, smspdu::max_tpdu_octets> deliver_pdu;
std::array<smspdu::sms_submit, 16> submits{};
std::string text_1k_mixed;
std::string text_1k_gsm;

__attribute__((noinline)) std::size_t op_pack_160_septets() {
  return smspdu::pack_septets(smspdu::septet_view(opaque(septets.data()), 160), packed).value();
}
__attribute__((noinline)) std::size_t op_unpack_160_septets() {
  return smspdu::unpack_septets(smspdu::octet_view(opaque(packed.data()), 140), 160, unpacked).value();
}
std::size_t utf8_to_gsm7(const std::string& text, std::array<std::uint8_t, 140>& out) {
  return smspdu::utf8_to_gsm7_packed(std::string_view(opaque(text.data()), text.size()), out)->septets;
}
__attribute__((noinline)) std::size_t op_utf8_to_gsm7_ascii_160() {
  return utf8_to_gsm7(smspdu_bench::ascii_160, packed_ascii);
}
__attribute__((noinline)) std::size_t op_utf8_to_gsm7_mixed_160() {
  return utf8_to_gsm7(smspdu_bench::mixed_gsm, packed_mixed);
}
std::size_t gsm7_to_utf8(const std::array<std::uint8_t, 140>& in) {
  return smspdu::gsm7_packed_to_utf8(smspdu::octet_view(opaque(in.data()), 140), 160, text_out).value();
}
__attribute__((noinline)) std::size_t op_gsm7_to_utf8_ascii_160() { return gsm7_to_utf8(packed_ascii); }
__attribute__((noinline)) std::size_t op_gsm7_to_utf8_mixed_160() { return gsm7_to_utf8(packed_mixed); }
__attribute__((noinline)) std::size_t op_utf8_to_ucs2_70() {
  const std::string& t = smspdu_bench::ucs2_70;
  return smspdu::utf8_to_ucs2(std::string_view(opaque(t.data()), t.size()), ucs2).value();
}
__attribute__((noinline)) std::size_t op_ucs2_to_utf8_70() {
  return smspdu::ucs2_to_utf8(smspdu::octet_view(opaque(ucs2.data()), ucs2.size()), text_out).value();
}
__attribute__((noinline)) std::size_t op_submit_encode_160() {
  const std::string& t = smspdu_bench::ascii_160;
  const auto submit = smspdu::make_submit(phone, std::string_view(opaque(t.data()), t.size()));
  return smspdu::encode(*submit, pdu_out).value();
}
__attribute__((noinline)) std::size_t op_submit_encode_direct_160() {
  const std::string& t = smspdu_bench::ascii_160;
  return smspdu::encode_submit(phone, std::string_view(opaque(t.data()), t.size()), pdu_out).value();
}
__attribute__((noinline)) std::size_t op_deliver_decode_160() {
  const auto d = smspdu::decode_sms_deliver(smspdu::octet_view(opaque(deliver_pdu.data()), deliver_pdu.size()));
  return smspdu::text_of(d->ud, d->dcs, text_out).value();
}
std::size_t count(const std::string& text) {
  return smspdu::count_segments(std::string_view(opaque(text.data()), text.size()))->segment_count();
}
std::size_t split(const std::string& text) {
  return smspdu::split_submit(phone, std::string_view(opaque(text.data()), text.size()), {},
                              smspdu::span<smspdu::sms_submit>(submits.data(), submits.size()))
      .value();
}
__attribute__((noinline)) std::size_t op_count_1k_mixed() { return count(text_1k_mixed); }
__attribute__((noinline)) std::size_t op_count_1k_gsm7() { return count(text_1k_gsm); }
__attribute__((noinline)) std::size_t op_split_1k_mixed() { return split(text_1k_mixed); }
__attribute__((noinline)) std::size_t op_split_1k_gsm7() { return split(text_1k_gsm); }

struct operation {
  const char* name;
  std::size_t (*run)();
  std::size_t expected;  // the result checked before counting
};

}  // namespace

int main(int argc, char** argv) {
  const long rounds = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 1;
  phone = smspdu::phone_number(smspdu_bench::phone).value();
  deliver_pdu = smspdu::encode(*smspdu::make_deliver(phone, smspdu_bench::ascii_160, smspdu_bench::deliver_time()))
                    .value();
  text_1k_mixed = smspdu_bench::mixed_text();
  text_1k_gsm = smspdu_bench::gsm_text();
  const std::size_t mixed_segments = smspdu::count_segments(text_1k_mixed)->segment_count();
  const std::size_t gsm_segments = smspdu::count_segments(text_1k_gsm)->segment_count();
  const operation operations[] = {
      {"pack_160_septets", op_pack_160_septets, 140},
      {"unpack_160_septets", op_unpack_160_septets, 160},
      {"utf8_to_gsm7_ascii_160", op_utf8_to_gsm7_ascii_160, 160},
      {"utf8_to_gsm7_mixed_160", op_utf8_to_gsm7_mixed_160, 160},
      {"gsm7_to_utf8_ascii_160", op_gsm7_to_utf8_ascii_160, smspdu_bench::ascii_160.size()},
      {"gsm7_to_utf8_mixed_160", op_gsm7_to_utf8_mixed_160, smspdu_bench::mixed_gsm.size()},
      {"utf8_to_ucs2_70", op_utf8_to_ucs2_70, 140},
      {"ucs2_to_utf8_70", op_ucs2_to_utf8_70, smspdu_bench::ucs2_70.size()},
      {"submit_encode_160", op_submit_encode_160, 153},
      {"submit_encode_direct_160", op_submit_encode_direct_160, 153},
      {"deliver_decode_160", op_deliver_decode_160, smspdu_bench::ascii_160.size()},
      {"count_1k_mixed", op_count_1k_mixed, mixed_segments},
      {"count_1k_gsm7", op_count_1k_gsm7, gsm_segments},
      {"split_1k_mixed", op_split_1k_mixed, mixed_segments},
      {"split_1k_gsm7", op_split_1k_gsm7, gsm_segments},
  };
  // The order matters once: the packed texts decoded below are those encoded above.
  for (const operation& op : operations) {
    const std::size_t result = op.run();
    if (result != op.expected) std::fprintf(stderr, "%s: %zu, expected %zu\n", op.name, result, op.expected);
    require(result == op.expected, op.name);
  }
  // The decoders' text, not just its length.
  const auto decoded_is = [](std::size_t (*run)(), const std::string& text) {
    return std::string_view(text_out.data(), run()) == text;
  };
  require(decoded_is(op_ucs2_to_utf8_70, smspdu_bench::ucs2_70), "UCS-2 round trip");
  require(decoded_is(op_gsm7_to_utf8_ascii_160, smspdu_bench::ascii_160), "GSM 7-bit ASCII round trip");
  require(decoded_is(op_gsm7_to_utf8_mixed_160, smspdu_bench::mixed_gsm), "GSM 7-bit mixed round trip");
  require(decoded_is(op_deliver_decode_160, smspdu_bench::ascii_160), "SMS-DELIVER text");
  for (long round = 1; round < rounds; ++round)
    for (const operation& op : operations) sink = sink + op.run();
  std::printf("%zu operations checked, %ld rounds\n", sizeof operations / sizeof operations[0], rounds);
  return 0;
}
