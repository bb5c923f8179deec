// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// smspdu against libGammu (1.42, Debian libgammu-dev) and libosmocore (1.7,
// Debian libosmocore-dev): the same operations on the same fixtures
// (fixtures.hpp, those of smspdu_bench_text and smspdu_bench_tpdu) in one
// binary, then a table of peer time / smspdu time per operation. No peer code
// is copied here: the peers are only called, the way their own callers do.
//
// Before anything is timed, every peer's output is compared with smspdu's
// (same octets, same text, same fields). A peer that differs because of a
// known bug (listed in tests/peers/differential_test.cpp) is
// reported and not timed; one that differs otherwise is reported as a
// failure, not timed, and the program exits 1 after the run (so the ctest
// smoke run catches it).
//
// What each peer is asked to do:
//   pack / unpack   Gammu GSM_PackSevenBitsToEight / GSM_UnpackEightBitsToSeven
//                   (exported by libGammu, absent from its public headers:
//                   declared below as in gammu's libgammu/misc/coding/coding.h);
//                   libosmocore gsm_septet_pack (gsm_septets2octets is its
//                   deprecated form); libosmocore exports no septet unpacker.
//   text -> GSM 7   Gammu: DecodeUTF8 + EncodeDefault + GSM_PackSevenBitsToEight,
//                   the chain its SMS encoder runs; libosmocore gsm_7bit_encode_n,
//                   which reads Latin-1, not UTF-8: ASCII fixture only.
//   GSM 7 -> text   Gammu: GSM_UnpackEightBitsToSeven + DecodeDefault + EncodeUTF8;
//                   libosmocore gsm_7bit_decode_n (writes Latin-1).
//   SMS-SUBMIT      Gammu: a GSM_SMSMessage given the UTF-8 text (DecodeUTF8),
//                   GSM_EncodeSMSFrame, the TPDU taken from its frame by the
//                   layout offsets (as python-gammu's EncodePDU does);
//                   libosmocore has no TPDU codec: a composition of header
//                   octets written by hand, gsm340_gen_oa and gsm_7bit_encode_n.
//   SMS-DELIVER     Gammu GSM_DecodePDUFrame + EncodeUTF8 of the text;
//                   libosmocore: a composition of octets read by hand,
//                   osmo_bcd2str, gsm338_get_sms_alphabet, gsm340_scts and
//                   gsm_7bit_decode_n_hdr.
//   UCS-2           Gammu DecodeUTF8 / EncodeUTF8 (its UTF-16BE strings are the
//                   wire format; EncodeUnicode/DecodeUnicode go through the C
//                   locale's mbtowc/wctomb instead); libosmocore has no UCS-2
//                   codec.
// The SMS-SUBMIT of smspdu carries TP-VP relative FF here (tpdu_bench's has
// none), because GSM_EncodeSMSFrame always writes one: the octets can then be
// compared one for one.
//
// Usage: smspdu_bench_peers [Google Benchmark flags], e.g.
// --benchmark_repetitions=5 for medians (the table uses the median aggregate
// when there is one, else the median of the runs reported).
#include <smspdu/smspdu.hpp>

#include <benchmark/benchmark.h>

#include "fixtures.hpp"

#include <gammu.h>  // declares itself extern "C"

// libosmocore's headers have no extern "C" of their own.
extern "C" {
#include <osmocom/core/logging.h>
#include <osmocom/core/utils.h>
#include <osmocom/gsm/gsm_utils.h>
#include <osmocom/gsm/protocol/gsm_03_40.h>
#include <osmocom/gsm/protocol/gsm_04_11.h>  // enum sms_alphabet, used by gsm0411_utils.h
#include <osmocom/gsm/gsm0411_utils.h>

// Exported by libGammu but not declared in /usr/include/gammu: prototypes as
// in gammu's libgammu/misc/coding/coding.h.
int GSM_PackSevenBitsToEight(size_t offset, const unsigned char* input, unsigned char* output, size_t length);
int GSM_UnpackEightBitsToSeven(size_t offset, size_t in_length, size_t out_length, const unsigned char* input,
                               unsigned char* output);
void EncodeDefault(unsigned char* dest, const unsigned char* src, size_t* len, gboolean UseExtensions,
                   unsigned char* ExtraAlphabet);
void DecodeDefault(unsigned char* dest, const unsigned char* src, size_t len, gboolean UseExtensions,
                   unsigned char* ExtraAlphabet);
}

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <unistd.h>  // isatty

namespace {

namespace fx = smspdu_bench;

enum peer : std::size_t { smspdu_peer, gammu_peer, osmocore_peer };
constexpr std::array<const char*, 3> peer_names = {"smspdu", "gammu", "osmocore"};
constexpr std::array<const char*, 3> peer_titles = {"smspdu", "Gammu", "libosmocore"};

// ---------------------------------------------------------------------------
// Small helpers for the checks (never timed).

std::string hex(const std::string& octets) {
  static constexpr char digits[] = "0123456789ABCDEF";
  std::string s;
  for (const char c : octets) {
    const auto v = static_cast<unsigned char>(c);
    s += digits[v >> 4];
    s += digits[v & 0x0F];
  }
  return s;
}

std::string as_string(const void* data, std::size_t size) {
  return std::string(static_cast<const char*>(data), size);
}

// libosmocore writes and reads Latin-1.
std::string utf8_of_latin1(const char* text) {
  std::string s;
  for (; *text != '\0'; ++text) {
    const auto c = static_cast<unsigned char>(*text);
    if (c < 0x80) {
      s += static_cast<char>(c);
    } else {
      s += static_cast<char>(0xC0 | (c >> 6));
      s += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return s;
}

// Gammu's strings: UTF-16BE, ending in a 0x0000 unit.
std::string utf8_of_gammu(const unsigned char* text) {
  std::vector<char> out(4 * UnicodeLength(text) + 1);
  EncodeUTF8(out.data(), text);
  return std::string(out.data());
}

// The fields the SMS-DELIVER benchmarks decode, as one comparable string.
std::string fields(const std::string& number, int year, int month, int day, int hour, int minute, int second,
                   int zone_minutes, const std::string& text) {
  char when[64];
  std::snprintf(when, sizeof when, "%04d-%02d-%02d %02d:%02d:%02d %+d min", year, month, day, hour, minute, second,
                zone_minutes);
  return "number " + number + ", time " + when + ", text \"" + text + "\"";
}

// ---------------------------------------------------------------------------
// The table: one row per operation and fixture, a cell per implementation.

struct cell {
  std::string benchmark;  // registered benchmark, empty when not timed
  std::string mark;       // shown in the table when not timed
  std::string note;       // footnote
};

struct table_row {
  std::string operation;
  std::array<cell, 3> cells;
};

// Collects the real time of every run as it is reported (and lets the
// console reporter print it as usual).
class collecting_reporter : public benchmark::ConsoleReporter {
 public:
  // Colours only on a terminal (the flag --benchmark_color applies to the
  // default reporter, which this one replaces).
  collecting_reporter() : ConsoleReporter(isatty(STDOUT_FILENO) != 0 ? OO_Color : OO_None) {}

  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs) {
      const std::string& name = run.run_name.function_name;
      repetitions_ = std::max(repetitions_, static_cast<std::int64_t>(run.repetitions));
      if (run.run_type == Run::RT_Aggregate) {
        if (run.aggregate_name == "median") medians_[name] = run.GetAdjustedRealTime();
      } else {
        times_[name].push_back(run.GetAdjustedRealTime());
      }
    }
    ConsoleReporter::ReportRuns(runs);
  }

  // Median real time in ns of benchmark `name`; < 0 if it did not run.
  double median(const std::string& name) const {
    if (const auto m = medians_.find(name); m != medians_.end()) return m->second;
    const auto t = times_.find(name);
    if (t == times_.end() || t->second.empty()) return -1;
    std::vector<double> v = t->second;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
  // Repetitions of each benchmark (--benchmark_repetitions).
  std::int64_t repetitions() const { return repetitions_; }

 private:
  std::map<std::string, double> medians_;
  std::map<std::string, std::vector<double>> times_;
  std::int64_t repetitions_ = 0;
};

class registry {
 public:
  // Starts the row of `operation`; `id` names its benchmarks (id/peer).
  void row(std::string operation, std::string id) {
    rows_.push_back({std::move(operation), {}});
    id_ = std::move(id);
    expected_.clear();
    std::printf("%s\n", rows_.back().operation.c_str());
  }

  // Runs `op` once, compares `output()` with smspdu's (smspdu comes first in
  // each row), and registers `op` as a benchmark when they agree. When they
  // do not and `known_bug` is given, that bug is the explanation: reported,
  // not timed, not a failure. `note` is printed under the table.
  template <class Op, class Output>
  void add(peer p, Op op, Output output, std::int64_t bytes, std::string note = {}, const char* known_bug = nullptr) {
    cell& c = rows_.back().cells[p];
    c.note = std::move(note);
    (void)op();
    const std::string got = output();
    if (p == smspdu_peer) {
      expected_ = got;
    } else if (got != expected_) {
      if (known_bug == nullptr) {
        failed_ = true;
        c.mark = "FAIL";
        c.note = "output differs from smspdu's (not timed)";
        std::printf("  %-9s FAIL: output differs from smspdu's; not timed\n", peer_names[p]);
        std::printf("            %s: %s\n            smspdu: %s\n", peer_names[p], shown(got).c_str(),
                    shown(expected_).c_str());
      } else {
        c.mark = "bug";
        c.note = std::string("known peer bug, not timed: ") + known_bug;
        std::printf("  %-9s known peer bug: %s; not timed\n", peer_names[p], known_bug);
        std::printf("            %s: %s\n            smspdu: %s\n", peer_names[p], shown(got).c_str(),
                    shown(expected_).c_str());
      }
      return;
    }
    if (p != smspdu_peer) {
      std::printf("  %-9s same output as smspdu%s\n", peer_names[p], known_bug != nullptr ? " (known bug did not show)" : "");
    }
    c.benchmark = id_ + "/" + peer_names[p];
    benchmark::RegisterBenchmark(c.benchmark.c_str(),
                                 [op, bytes](benchmark::State& state) mutable {
                                   for (auto _ : state) {
                                     auto r = op();
                                     benchmark::DoNotOptimize(r);
                                     benchmark::ClobberMemory();
                                   }
                                   state.SetBytesProcessed(state.iterations() * bytes);
                                 })
        ->Unit(benchmark::kNanosecond);
  }

  // A cell that is not timed: `mark` in the table, `why` under it.
  void skip(peer p, const char* mark, std::string why) {
    cell& c = rows_.back().cells[p];
    c.mark = mark;
    c.note = std::move(why);
    std::printf("  %-9s %s: %s\n", peer_names[p], mark, c.note.c_str());
  }

  bool failed() const { return failed_; }

  void print_table(const collecting_reporter& times) const {
    const std::int64_t reps = times.repetitions();
    std::printf("\nsmspdu vs peers: real time per operation in ns, %s; ratio = peer / smspdu\n",
                reps > 1 ? ("median of " + std::to_string(reps) + " repetitions").c_str()
                         : "one run (--benchmark_repetitions=5 for medians)");
    std::printf("%-38s %12s %14s %8s %14s %8s\n", "operation", peer_titles[0], peer_titles[1], "ratio", peer_titles[2],
                "ratio");
    std::vector<std::string> notes;
    for (const table_row& r : rows_) {
      const double base = time_of(times, r.cells[smspdu_peer]);
      std::printf("%-38s %12s", r.operation.c_str(), figure(times, r, smspdu_peer, notes).c_str());
      for (peer p : {gammu_peer, osmocore_peer}) {
        const double t = time_of(times, r.cells[p]);
        char ratio[32] = "";
        if (t > 0 && base > 0) std::snprintf(ratio, sizeof ratio, "%.1fx", t / base);
        std::printf(" %14s %8s", figure(times, r, p, notes).c_str(), ratio);
      }
      std::printf("\n");
    }
    std::printf("\n");
    for (std::size_t i = 0; i < notes.size(); ++i) std::printf("[%zu] %s\n", i + 1, notes[i].c_str());
  }

 private:
  static std::string shown(const std::string& s) {
    for (const char c : s)
      if (static_cast<unsigned char>(c) < 0x20) return hex(s);
    return s;
  }
  static double time_of(const collecting_reporter& times, const cell& c) {
    return c.benchmark.empty() ? -1 : times.median(c.benchmark);
  }
  // The cell's time or mark, with a footnote number when it has a note.
  static std::string figure(const collecting_reporter& times, const table_row& r, peer p, std::vector<std::string>& notes) {
    const cell& c = r.cells[p];
    std::string s;
    if (!c.benchmark.empty()) {
      const double t = times.median(c.benchmark);
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "%.1f", t);
      s = t < 0 ? "not run" : buffer;
    } else {
      s = c.mark;
    }
    if (!c.note.empty()) {
      notes.push_back(r.operation + ", " + peer_titles[p] + ": " + c.note);
      s += "[" + std::to_string(notes.size()) + "]";
    }
    return s;
  }

  std::vector<table_row> rows_;
  std::string id_;
  std::string expected_;
  bool failed_ = false;
};

// ---------------------------------------------------------------------------
// Inputs and buffers. Each benchmark reads its input through a pointer that
// goes through benchmark::DoNotOptimize, so nothing can be folded.

template <class T>
const T* opaque(const T* p) {
  benchmark::DoNotOptimize(p);
  return p;
}

struct buffers {
  std::array<std::uint8_t, 1024> out{};
  std::array<std::uint8_t, 1024> work{};  // intermediate form (UTF-16BE, septets)
  std::array<char, 1024> text{};
  std::size_t size = 0;
  GSM_SMSMessage sms{};  // large: the buffers live on the heap
};

// Buffers owned for the whole run (the benchmarks keep pointers to them).
buffers& new_buffers() {
  static std::vector<std::unique_ptr<buffers>> all;
  all.push_back(std::make_unique<buffers>());
  return *all.back();
}

// ---------------------------------------------------------------------------
// 1, 2: septet packing.

void septet_packing(registry& r) {
  static const std::array<std::uint8_t, 160> septets = fx::septet_pattern();
  {
    r.row("pack 160 septets -> 140 octets", "pack_160_septets");
    buffers& a = new_buffers();
    buffers& b = new_buffers();
    buffers& c = new_buffers();
    r.add(
        smspdu_peer,
        [&a] { return smspdu::pack_septets(smspdu::septet_view(opaque(septets.data()), 160), a.out).value(); },
        [&a] { return as_string(a.out.data(), 140); }, 160);
    r.add(
        gammu_peer, [&b] { return GSM_PackSevenBitsToEight(0, opaque(septets.data()), b.out.data(), 160); },
        [&b] { return as_string(b.out.data(), 140); }, 160, "GSM_PackSevenBitsToEight");
    r.add(
        osmocore_peer, [&c] { return gsm_septet_pack(c.out.data(), opaque(septets.data()), 160, 0); },
        [&c] { return as_string(c.out.data(), 140); }, 160, "gsm_septet_pack (gsm_septets2octets is deprecated)");
  }
  {
    r.row("unpack 140 octets -> 160 septets", "unpack_160_septets");
    static std::array<std::uint8_t, 140> packed{};
    (void)smspdu::pack_septets(septets, packed).value();
    buffers& a = new_buffers();
    buffers& b = new_buffers();
    r.add(
        smspdu_peer,
        [&a] { return smspdu::unpack_septets(smspdu::octet_view(opaque(packed.data()), 140), 160, a.out).value(); },
        [&a] { return as_string(a.out.data(), 160); }, 140);
    fx::require(as_string(septets.data(), 160) == as_string(a.out.data(), 160), "unpack gives the septets back");
    r.add(
        gammu_peer, [&b] { return GSM_UnpackEightBitsToSeven(0, 140, 160, opaque(packed.data()), b.out.data()); },
        [&b] { return as_string(b.out.data(), 160); }, 140, "GSM_UnpackEightBitsToSeven");
    r.skip(osmocore_peer, "-",
           "libosmocore exports no septet unpacker (gsm_7bit_decode_n unpacks and maps to Latin-1 in one step: "
           "see GSM 7-bit -> UTF-8)");
  }
}

// ---------------------------------------------------------------------------
// 3, 4: UTF-8 text <-> packed GSM 7-bit.

void utf8_to_gsm7(registry& r, const std::string& text, const char* fixture, bool ascii) {
  r.row(std::string("UTF-8 -> GSM 7-bit packed, ") + fixture, std::string("utf8_to_gsm7_packed/") + fixture);
  fx::require(smspdu::gsm7_length_from_utf8(text).value() == 160, "fixture is 160 septets");
  const auto bytes = static_cast<std::int64_t>(text.size());
  buffers& a = new_buffers();
  buffers& b = new_buffers();
  buffers& c = new_buffers();
  r.add(
      smspdu_peer,
      [&a, &text] {
        a.size = smspdu::utf8_to_gsm7_packed(std::string_view(opaque(text.data()), text.size()), a.out).value().octets;
        return a.size;
      },
      [&a] { return as_string(a.out.data(), a.size); }, bytes);
  r.add(
      gammu_peer,
      [&b, &text] {
        DecodeUTF8(b.work.data(), opaque(text.data()), text.size());
        std::array<unsigned char, 2 * 160 + 2> septets;
        std::size_t n = UnicodeLength(b.work.data());
        EncodeDefault(septets.data(), b.work.data(), &n, TRUE, nullptr);
        b.size = static_cast<std::size_t>(GSM_PackSevenBitsToEight(0, septets.data(), b.out.data(), n));
        return b.size;
      },
      [&b] { return as_string(b.out.data(), b.size); }, bytes,
      "DecodeUTF8 + EncodeDefault + GSM_PackSevenBitsToEight");
  if (!ascii) {
    r.skip(osmocore_peer, "n/c",
           "not comparable: gsm_7bit_encode_n reads Latin-1, and the text's Greek capitals and euro signs have "
           "no Latin-1 form");
    return;
  }
  r.add(
      osmocore_peer,
      [&c, &text] {
        int octets = 0;
        (void)gsm_7bit_encode_n(c.out.data(), 140, opaque(text.c_str()), &octets);
        c.size = static_cast<std::size_t>(octets);
        return c.size;
      },
      [&c] { return as_string(c.out.data(), c.size); }, bytes,
      "gsm_7bit_encode_n (Latin-1 input; ASCII is the same); it mallocs a work buffer per call");
}

void gsm7_to_utf8(registry& r, const std::string& text, const char* fixture, bool ascii) {
  r.row(std::string("GSM 7-bit packed -> UTF-8, ") + fixture, std::string("gsm7_packed_to_utf8/") + fixture);
  buffers& in = new_buffers();
  const auto packed = smspdu::utf8_to_gsm7_packed(text, in.out).value();
  fx::require(packed.septets == 160 && packed.octets == 140, "fixture packs to 140 octets");
  const std::uint8_t* data = in.out.data();
  buffers& a = new_buffers();
  buffers& b = new_buffers();
  buffers& c = new_buffers();
  r.add(
      smspdu_peer,
      [&a, data] {
        a.size = smspdu::gsm7_packed_to_utf8(smspdu::octet_view(opaque(data), 140), 160, a.text).value();
        return a.size;
      },
      [&a] { return std::string(a.text.data(), a.size); }, 140);
  fx::require(std::string(a.text.data(), a.size) == text, "smspdu decodes the text back");
  r.add(
      gammu_peer,
      [&b, data] {
        std::array<unsigned char, 168> septets;  // 160 and some room
        const int n = GSM_UnpackEightBitsToSeven(0, 140, 160, opaque(data), septets.data());
        DecodeDefault(b.work.data(), septets.data(), static_cast<std::size_t>(n), TRUE, nullptr);
        return EncodeUTF8(b.text.data(), b.work.data());
      },
      [&b] { return std::string(b.text.data()); }, 140,
      "GSM_UnpackEightBitsToSeven + DecodeDefault + EncodeUTF8");
  r.add(
      osmocore_peer, [&c, data] { return gsm_7bit_decode_n(c.text.data(), c.text.size(), opaque(data), 160); },
      [&c] { return utf8_of_latin1(c.text.data()); }, 140, ascii ? "gsm_7bit_decode_n (writes Latin-1; ASCII is the same)" : "",
      ascii ? nullptr
            : "gsm_7bit_decode_n maps through a Latin-1 table searched backwards: the Greek capitals and "
              "inverted question mark decode to 0xFF, and several other letters and the euro sign to other "
              "characters (see tests/peers/differential_test.cpp)");
}

// ---------------------------------------------------------------------------
// 5: SMS-SUBMIT, 160 GSM characters from UTF-8, to TPDU octets.

// Twice: smspdu's two ways (a message built and encoded, or encode_submit
// straight from the text), each against the same peer code.
void submit_encode(registry& r, bool direct) {
  if (direct) r.row("SMS-SUBMIT encode_submit, 160 chars", "submit_encode_direct_160");
  else r.row("SMS-SUBMIT encode, 160 GSM chars", "submit_encode_160");
  static const std::string& text = fx::ascii_160;
  const auto bytes = static_cast<std::int64_t>(text.size());
  static const smspdu::address to = smspdu::phone_number(fx::phone).value();
  smspdu::submit_options options;
  options.validity = smspdu::validity_period::relative_code(0xFF);  // as Gammu writes it
  buffers& a = new_buffers();
  buffers& b = new_buffers();
  buffers& c = new_buffers();
  if (direct) {
    r.add(
        smspdu_peer,
        [&a, options] {
          a.size = smspdu::encode_submit(to, std::string_view(opaque(text.data()), text.size()), a.out, options).value();
          return a.size;
        },
        [&a] { return as_string(a.out.data(), a.size); }, bytes, "encode_submit, TP-VP relative FF as Gammu writes it");
  } else {
    r.add(
        smspdu_peer,
        [&a, options] {
          const auto submit = smspdu::make_submit(to, std::string_view(opaque(text.data()), text.size()), options);
          a.size = smspdu::encode(*submit, a.out).value();
          return a.size;
        },
        [&a] { return as_string(a.out.data(), a.size); }, bytes, "make_submit + encode, TP-VP relative FF as Gammu writes it");
  }

  // Gammu: the message set up once as a caller would (number, coding, no
  // class, relative validity FF), the UTF-8 text converted and the frame
  // encoded on every iteration, then the TPDU read out of the frame.
  GSM_SMSMessage& g = b.sms;
  GSM_SetDefaultSMSData(&g);
  g.PDU = SMS_Submit;
  g.Class = -1;
  g.Coding = SMS_Coding_Default_No_Compression;
  g.UDH.Type = UDH_NoUDH;
  g.SMSC.Validity.Format = SMS_Validity_RelativeFormat;
  g.SMSC.Validity.Relative = SMS_VALID_Max_Time;
  g.MessageReference = 0;
  DecodeUTF8(g.Number, fx::phone.data(), fx::phone.size());
  g.SMSC.Number[0] = g.SMSC.Number[1] = 0;
  r.add(
      gammu_peer,
      [&b] {
        GSM_SMSMessage& m = b.sms;
        DecodeUTF8(m.Text, opaque(text.data()), text.size());
        m.Length = static_cast<int>(UnicodeLength(m.Text));
        unsigned char* frame = b.work.data();
        int length = 0;
        (void)GSM_EncodeSMSFrame(nullptr, &m, frame, PHONE_SMSSubmit, &length, TRUE);
        // TS 23.040 order: first octet, TP-MR, TP-DA, TP-PID, TP-DCS, TP-VP, TP-UDL, TP-UD.
        const GSM_SMSMessageLayout& l = PHONE_SMSSubmit;
        std::uint8_t* out = b.out.data();
        std::size_t at = 0;
        out[at++] = frame[l.firstbyte];
        out[at++] = frame[l.TPMR];
        const std::size_t address = 2u + (frame[l.Number] + 1u) / 2u;
        std::memcpy(out + at, frame + l.Number, address);
        at += address;
        out[at++] = frame[l.TPPID];
        out[at++] = frame[l.TPDCS];
        out[at++] = frame[l.TPVP];
        out[at++] = frame[l.TPUDL];
        const auto ud = static_cast<std::size_t>(length - l.Text);
        std::memcpy(out + at, frame + l.Text, ud);
        b.size = at + ud;
        return b.size;
      },
      [&b] { return as_string(b.out.data(), b.size); }, bytes,
      "DecodeUTF8 into a GSM_SMSMessage + GSM_EncodeSMSFrame + TPDU read from the frame layout");

  r.add(
      osmocore_peer,
      [&c] {
        // Composition: libosmocore has helpers, no TPDU encoder.
        std::uint8_t* out = c.out.data();
        std::size_t at = 0;
        out[at++] = 0x11;  // SMS-SUBMIT, TP-VPF relative
        out[at++] = 0x00;  // TP-MR
        const int address = gsm340_gen_oa(out + at, 12, GSM340_TYPE_INTERNATIONAL, GSM340_PLAN_ISDN,
                                          opaque(fx::phone.data()) + 1);  // digits after '+'
        at += static_cast<std::size_t>(address);
        out[at++] = 0x00;  // TP-PID
        out[at++] = 0x00;  // TP-DCS: GSM 7-bit
        out[at++] = 0xFF;  // TP-VP
        int octets = 0;
        const int septets = gsm_7bit_encode_n(out + at + 1, 140, opaque(text.c_str()), &octets);
        out[at++] = static_cast<std::uint8_t>(septets);  // TP-UDL
        c.size = at + static_cast<std::size_t>(octets);
        return c.size;
      },
      [&c] { return as_string(c.out.data(), c.size); }, bytes,
      "composition: header octets by hand + gsm340_gen_oa + gsm_7bit_encode_n (Latin-1 input; ASCII is the same)");
}

// ---------------------------------------------------------------------------
// 6: SMS-DELIVER, the same text, to fields and UTF-8 text.

void deliver_decode(registry& r) {
  r.row("SMS-DELIVER decode, 160 GSM chars", "deliver_decode_160");
  static const std::string& text = fx::ascii_160;
  const smspdu::timestamp when = fx::deliver_time();
  const auto deliver = smspdu::make_deliver(smspdu::phone_number(fx::phone).value(), text, when);
  const auto encoded = smspdu::encode(*deliver).value();
  // Zeroed slack after the TPDU: Gammu's septet unpacker reads one octet
  // past TP-UD (gammu pull request 1184; the differential test does the same).
  static std::array<std::uint8_t, smspdu::max_tpdu_octets + 16> pdu{};
  std::copy(encoded.data(), encoded.data() + encoded.size(), pdu.begin());
  static const std::size_t size = encoded.size();
  const auto bytes = static_cast<std::int64_t>(size);
  buffers& a = new_buffers();
  buffers& b = new_buffers();
  buffers& c = new_buffers();

  r.add(
      smspdu_peer,
      [&a] {
        const auto d = smspdu::decode_sms_deliver(smspdu::octet_view(opaque(pdu.data()), size));
        a.size = smspdu::text_of(d->ud, d->dcs, a.text).value();
        return a.size;
      },
      [&a] {
        const auto d = smspdu::decode_sms_deliver(smspdu::octet_view(pdu.data(), size)).value();
        const smspdu::timestamp& t = d.service_centre_time;
        const std::string number =
            (d.originator.ton == smspdu::type_of_number::international ? "+" : "") + std::string(d.originator.text());
        return fields(number, t.year, t.month, t.day, t.hour, t.minute, t.second, t.utc_offset_minutes(),
                      std::string(a.text.data(), a.size));
      },
      bytes, "decode_sms_deliver + text_of");

  r.add(
      gammu_peer,
      [&b] {
        std::size_t end = 0;
        (void)GSM_DecodePDUFrame(nullptr, &b.sms, opaque(pdu.data()), size, &end, FALSE);
        return EncodeUTF8(b.text.data(), b.sms.Text);
      },
      [&b] {
        const GSM_DateTime& t = b.sms.DateTime;
        return fields(utf8_of_gammu(b.sms.Number), t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second,
                      t.Timezone / 60, std::string(b.text.data()));
      },
      bytes, "GSM_DecodePDUFrame (bare TPDU) + EncodeUTF8 of the text; the TPDU has zeroed slack after it");

  // libosmocore: the octets read by hand around its helpers. gsm340_scts
  // reads an 8th octet (the one after TP-SCTS, here TP-UDL) as the zone
  // (see the differential test): it is given a copy with a zero 8th octet.
  std::array<std::uint8_t, 8> direct{};
  std::copy(pdu.begin() + 3 + 6 + 2, pdu.begin() + 3 + 6 + 2 + 8, direct.begin());
  const time_t with_udl = gsm340_scts(direct.data());
  direct[7] = 0;
  const bool over_read_shows = with_udl != gsm340_scts(direct.data());
  struct osmocore_deliver {
    char number[24];
    int international;
    int alphabet;
    time_t time;
  };
  static osmocore_deliver o{};
  r.add(
      osmocore_peer,
      [&c] {
        const std::uint8_t* p = opaque(pdu.data());
        const bool udhi = (p[0] & 0x40) != 0;
        const unsigned digits = p[1];
        o.international = (p[2] & 0x70) == 0x10;
        (void)osmo_bcd2str(o.number, sizeof o.number, p + 3, 0, static_cast<int>(digits), false);
        std::size_t at = 3 + (digits + 1) / 2;
        at += 1;  // TP-PID
        o.alphabet = gsm338_get_sms_alphabet(p[at++]);
        std::array<std::uint8_t, 8> scts{};
        std::memcpy(scts.data(), p + at, 7);
        o.time = gsm340_scts(scts.data());
        at += 7;
        const std::uint8_t udl = p[at++];
        return gsm_7bit_decode_n_hdr(c.text.data(), c.text.size(), p + at, udl, static_cast<std::uint8_t>(udhi ? 1 : 0));
      },
      [&c] {
        std::tm t{};
        gmtime_r(&o.time, &t);
        const std::string number = std::string(o.international ? "+" : "") + o.number;
        const std::string decoded = o.alphabet == DCS_7BIT_DEFAULT ? utf8_of_latin1(c.text.data()) : "(not GSM 7-bit)";
        return fields(number, t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, 0, decoded);
      },
      bytes,
      std::string("composition: octets read by hand + osmo_bcd2str + gsm338_get_sms_alphabet + gsm340_scts (UTC "
                  "time_t; the zone octet is ignored) + gsm_7bit_decode_n_hdr. gsm340_scts is given a copy of "
                  "TP-SCTS with a zero 8th octet, because it reads the octet after the field as the zone") +
          (over_read_shows ? " (seen here: TP-UDL as the zone moves the time)" : ""));
}

// ---------------------------------------------------------------------------
// 7: UCS-2, 70 code units.

void ucs2(registry& r) {
  static const std::string& text = fx::ucs2_70;
  {
    r.row("UTF-8 -> UCS-2, 70 units", "utf8_to_ucs2_70");
    buffers& a = new_buffers();
    buffers& b = new_buffers();
    r.add(
        smspdu_peer,
        [&a] { return smspdu::utf8_to_ucs2(std::string_view(opaque(text.data()), text.size()), a.out).value(); },
        [&a] { return as_string(a.out.data(), 140); }, 140);
    r.add(
        gammu_peer,
        [&b] {
          DecodeUTF8(b.out.data(), opaque(text.data()), text.size());
          return b.out[0];
        },
        [&b] { return as_string(b.out.data(), 2 * UnicodeLength(b.out.data())); }, 140,
        "DecodeUTF8 (Gammu's strings are UTF-16BE)");
    r.skip(osmocore_peer, "-", "libosmocore has no UCS-2 codec");
  }
  {
    r.row("UCS-2 -> UTF-8, 70 units", "ucs2_to_utf8_70");
    static std::array<std::uint8_t, 142> octets{};  // and a 0x0000 unit, which Gammu's strings end in
    fx::require(smspdu::utf8_to_ucs2(text, octets).value() == 140, "fixture is 70 UCS-2 units");
    buffers& a = new_buffers();
    buffers& b = new_buffers();
    r.add(
        smspdu_peer,
        [&a] {
          a.size = smspdu::ucs2_to_utf8(smspdu::octet_view(opaque(octets.data()), 140), a.text).value();
          return a.size;
        },
        [&a] { return std::string(a.text.data(), a.size); }, 140);
    fx::require(std::string(a.text.data(), a.size) == text, "smspdu decodes the UCS-2 text back");
    r.add(
        gammu_peer, [&b] { return EncodeUTF8(b.text.data(), opaque(octets.data())); },
        [&b] { return std::string(b.text.data()); }, 140, "EncodeUTF8");
    r.skip(osmocore_peer, "-", "libosmocore has no UCS-2 codec");
  }
}

}  // namespace

int main(int argc, char** argv) {
  // gsm340_scts goes through mktime(): UTC, whatever the machine's zone.
  setenv("TZ", "UTC0", 1);
  tzset();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  // libosmocore logs to stderr until logging is set up; with no target its
  // notices go nowhere.
  static const struct log_info no_categories = {};
  log_init(&no_categories, nullptr);

  std::printf("Checking each peer's output against smspdu's before timing:\n");
  registry r;
  septet_packing(r);
  utf8_to_gsm7(r, fx::ascii_160, "ASCII 160", true);
  utf8_to_gsm7(r, fx::mixed_gsm, "mixed 160", false);
  gsm7_to_utf8(r, fx::ascii_160, "ASCII 160", true);
  gsm7_to_utf8(r, fx::mixed_gsm, "mixed 160", false);
  submit_encode(r, false);
  submit_encode(r, true);
  deliver_decode(r);
  ucs2(r);
  std::printf("\n");
  std::fflush(stdout);

  collecting_reporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  r.print_table(reporter);
  benchmark::Shutdown();
  log_fini();
  if (r.failed()) {
    std::printf("\nSOME PEER OUTPUTS DIFFER FROM SMSPDU'S (see above)\n");
    return 1;
  }
  return 0;
}
