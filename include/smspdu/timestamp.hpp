// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Time stamps (TP-SCTS §9.2.3.11, TP-DT §9.2.3.13, absolute TP-VP
// §9.2.3.12.2) and validity periods (TP-VPF §9.2.3.3, TP-VP §9.2.3.12) of
// TS 23.040.
//
// The century rule: the time stamp carries a two-digit year. smspdu reads
// 90..99 as 1990..1999 and 00..89 as 2000..2089 (as Android does), and
// refuses to encode a year outside 1990..2089, so that every time stamp it
// encodes decodes to the same year.
#ifndef SMSPDU_TIMESTAMP_HPP
#define SMSPDU_TIMESTAMP_HPP

#include <array>
#include <cstddef>
#include <cstdint>

#include "buffer.hpp"
#include "config.hpp"
#include "detail/octet_io.hpp"
#include "result.hpp"

SMSPDU_BEGIN_NAMESPACE

/// First and last year the two-digit year field can stand for.
inline constexpr unsigned first_timestamp_year = 1990;
inline constexpr unsigned last_timestamp_year = 2089;

/// A local date and time with its offset from UTC, as the service centre
/// sends it. The fields are local time; UTC is local time minus the offset.
struct timestamp {
  std::uint16_t year = 2000;  ///< 1990..2089 (see the century rule above)
  std::uint8_t month = 1;     ///< 1..12
  std::uint8_t day = 1;       ///< 1..31, valid for the month
  std::uint8_t hour = 0;      ///< 0..23
  std::uint8_t minute = 0;    ///< 0..59
  std::uint8_t second = 0;    ///< 0..59
  /// Offset of local time from UTC in quarter hours, -79..79; negative west
  /// of Greenwich.
  std::int8_t utc_offset_quarters = 0;

  /// The offset from UTC in minutes.
  [[nodiscard]] constexpr int utc_offset_minutes() const noexcept {
    return utc_offset_quarters * 15;
  }

  friend constexpr bool operator==(const timestamp& a, const timestamp& b) noexcept {
    return a.year == b.year && a.month == b.month && a.day == b.day && a.hour == b.hour &&
           a.minute == b.minute && a.second == b.second &&
           a.utc_offset_quarters == b.utc_offset_quarters;
  }
  friend constexpr bool operator!=(const timestamp& a, const timestamp& b) noexcept {
    return !(a == b);
  }
};

/// Days in a month of the proleptic Gregorian calendar.
[[nodiscard]] constexpr unsigned days_in_month(unsigned year, unsigned month) noexcept {
  constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

/// Whether every field of `t` is in range (the conditions encode checks).
[[nodiscard]] constexpr bool is_valid(const timestamp& t) noexcept {
  return t.year >= first_timestamp_year && t.year <= last_timestamp_year && t.month >= 1 &&
         t.month <= 12 && t.day >= 1 && t.day <= days_in_month(t.year, t.month) && t.hour <= 23 &&
         t.minute <= 59 && t.second <= 59 && t.utc_offset_quarters >= -79 &&
         t.utc_offset_quarters <= 79;
}

/// `t` in ISO 8601 with its offset: "2026-11-24T13:45:00+01:00" (25
/// characters). The fields are written as they are, valid or not.
[[nodiscard]] constexpr std::array<char, 25> to_iso8601(const timestamp& t) noexcept {
  std::array<char, 25> out{};
  const auto two = [&out](std::size_t at, unsigned value) {
    out[at] = static_cast<char>('0' + value / 10 % 10);
    out[at + 1] = static_cast<char>('0' + value % 10);
  };
  two(0, t.year / 100u);
  two(2, t.year % 100u);
  out[4] = '-';
  two(5, t.month);
  out[7] = '-';
  two(8, t.day);
  out[10] = 'T';
  two(11, t.hour);
  out[13] = ':';
  two(14, t.minute);
  out[16] = ':';
  two(17, t.second);
  const int minutes = t.utc_offset_minutes();
  const unsigned magnitude = static_cast<unsigned>(minutes < 0 ? -minutes : minutes);
  out[19] = minutes < 0 ? '-' : '+';
  two(20, magnitude / 60);
  out[22] = ':';
  two(23, magnitude % 60);
  return out;
}

/// TP-VPF, bits 4..3 of the SMS-SUBMIT first octet (TS 23.040 §9.2.3.3).
/// The values are the on-air codes: note that 10 is relative, 01 enhanced.
enum class validity_format : std::uint8_t {
  none = 0,
  enhanced = 1,
  relative = 2,
  absolute = 3,
};

/// The validity period format inside an enhanced TP-VP, bits 2..0 of its
/// functionality indicator (TS 23.040 §9.2.3.12.3). 4..7 are reserved.
enum class enhanced_validity_format : std::uint8_t {
  none = 0,              ///< no validity period specified
  relative = 1,          ///< one octet coded as a relative TP-VP
  relative_seconds = 2,  ///< one octet, 1..255 seconds
  relative_hhmmss = 3,   ///< three semi-octet octets: hours, minutes, seconds
};

/// The length, in seconds, of relative TP-VP code `code` (TS 23.040
/// §9.2.3.12.1): 5-minute steps to 12 h, 30-minute steps to 24 h, days to
/// 30 days, then weeks to 63 weeks.
[[nodiscard]] constexpr std::uint32_t relative_validity_seconds(std::uint8_t code) noexcept {
  const std::uint32_t v = code;
  if (v <= 143) return (v + 1) * 5 * 60;
  if (v <= 167) return 12 * 3600 + (v - 143) * 30 * 60;
  if (v <= 196) return (v - 166) * 24 * 3600;
  return (v - 192) * 7 * 24 * 3600;
}

/// The relative TP-VP code of the shortest period that is at least
/// `seconds` long. Errors: invalid_validity_period (offset 0) above 63 weeks.
[[nodiscard]] constexpr result<std::uint8_t> relative_validity_code(std::uint32_t seconds) noexcept {
  for (unsigned code = 0; code <= 255; ++code)
    if (relative_validity_seconds(static_cast<std::uint8_t>(code)) >= seconds)
      return static_cast<std::uint8_t>(code);
  return error{errc::invalid_validity_period, 0};
}

/// An enhanced TP-VP (TS 23.040 §9.2.3.12.3): the seven octets as sent, with
/// accessors for what they mean. Reserved formats are kept as they are.
struct enhanced_validity {
  std::array<std::uint8_t, 7> octets{};

  /// b6 of the functionality indicator: the SC makes one delivery attempt only.
  [[nodiscard]] constexpr bool single_shot() const noexcept { return (octets[0] & 0x40u) != 0; }
  /// b7: another functionality indicator octet follows (its bits are reserved).
  [[nodiscard]] constexpr bool extended() const noexcept { return (octets[0] & 0x80u) != 0; }
  /// The validity period format, b2..b0 (4..7 are reserved values).
  [[nodiscard]] constexpr enhanced_validity_format format() const noexcept {
    return static_cast<enhanced_validity_format>(octets[0] & 0x07u);
  }
  /// Index of the first octet after the functionality indicator(s).
  [[nodiscard]] constexpr std::size_t period_offset() const noexcept {
    std::size_t at = 1;
    while (at < octets.size() && (octets[at - 1] & 0x80u) != 0) ++at;
    return at;
  }
  /// The period in seconds for the relative formats; 0 when none is given,
  /// the format is reserved, or a relative-seconds octet is 0 (reserved).
  [[nodiscard]] constexpr std::uint32_t seconds() const noexcept {
    const std::size_t at = period_offset();
    if (at >= octets.size()) return 0;
    switch (format()) {
      case enhanced_validity_format::relative: return relative_validity_seconds(octets[at]);
      case enhanced_validity_format::relative_seconds: return octets[at];
      case enhanced_validity_format::relative_hhmmss:
        if (at + 2 >= octets.size()) return 0;
        return bcd(octets[at]) * 3600u + bcd(octets[at + 1]) * 60u + bcd(octets[at + 2]);
      default: return 0;
    }
  }

  /// Relative format: `code` as in a relative TP-VP.
  [[nodiscard]] static constexpr enhanced_validity relative(std::uint8_t code,
                                                            bool single_shot = false) noexcept {
    return make(enhanced_validity_format::relative, single_shot, {code, 0, 0});
  }
  /// Relative format in whole seconds, 1..255.
  [[nodiscard]] static constexpr enhanced_validity relative_seconds(std::uint8_t seconds,
                                                                    bool single_shot = false) noexcept {
    return make(enhanced_validity_format::relative_seconds, single_shot, {seconds, 0, 0});
  }
  /// Relative format in hours (0..99), minutes and seconds (0..59).
  /// Precondition: the values are in range.
  [[nodiscard]] static constexpr enhanced_validity relative_hhmmss(unsigned hours, unsigned minutes,
                                                                   unsigned seconds,
                                                                   bool single_shot = false) noexcept {
    SMSPDU_ASSERT(hours <= 99 && minutes <= 59 && seconds <= 59);
    return make(enhanced_validity_format::relative_hhmmss, single_shot,
                {to_bcd(hours), to_bcd(minutes), to_bcd(seconds)});
  }
  /// No validity period, only the functionality indicator (for single shot).
  [[nodiscard]] static constexpr enhanced_validity none(bool single_shot = false) noexcept {
    return make(enhanced_validity_format::none, single_shot, {0, 0, 0});
  }

  friend constexpr bool operator==(const enhanced_validity& a, const enhanced_validity& b) noexcept {
    for (std::size_t i = 0; i < 7; ++i)
      if (a.octets[i] != b.octets[i]) return false;
    return true;
  }
  friend constexpr bool operator!=(const enhanced_validity& a, const enhanced_validity& b) noexcept {
    return !(a == b);
  }

 private:
  // Semi-octets, tens in the low nibble (as in the time stamp).
  static constexpr unsigned bcd(std::uint8_t octet) noexcept {
    return (octet & 0x0Fu) * 10u + (octet >> 4);
  }
  static constexpr std::uint8_t to_bcd(unsigned value) noexcept {
    return static_cast<std::uint8_t>((value / 10) | ((value % 10) << 4));
  }
  static constexpr enhanced_validity make(enhanced_validity_format format, bool single_shot,
                                          std::array<std::uint8_t, 3> period) noexcept {
    enhanced_validity v;
    v.octets[0] = static_cast<std::uint8_t>((single_shot ? 0x40u : 0u) | static_cast<unsigned>(format));
    v.octets[1] = period[0];
    v.octets[2] = period[1];
    v.octets[3] = period[2];
    return v;
  }
};

/// TP-VPF with its TP-VP. Only the member that `format` selects is part of
/// the value (and of equality).
struct validity_period {
  validity_format format = validity_format::none;
  std::uint8_t relative = 0;       ///< TP-VP relative code (format relative)
  timestamp absolute{};            ///< format absolute
  enhanced_validity enhanced{};    ///< format enhanced

  /// Relative validity by its code (TS 23.040 §9.2.3.12.1).
  [[nodiscard]] static constexpr validity_period relative_code(std::uint8_t code) noexcept {
    validity_period v;
    v.format = validity_format::relative;
    v.relative = code;
    return v;
  }
  /// Relative validity of at least `seconds` (rounded up to the next code).
  [[nodiscard]] static constexpr result<validity_period> at_least(std::uint32_t seconds) noexcept {
    const auto code = relative_validity_code(seconds);
    if (!code) return code.error();
    return relative_code(*code);
  }
  /// Absolute validity: the time the message expires.
  [[nodiscard]] static constexpr validity_period until(const timestamp& expiry) noexcept {
    validity_period v;
    v.format = validity_format::absolute;
    v.absolute = expiry;
    return v;
  }
  /// Enhanced validity (TS 23.040 §9.2.3.12.3).
  [[nodiscard]] static constexpr validity_period enhanced_format(const enhanced_validity& e) noexcept {
    validity_period v;
    v.format = validity_format::enhanced;
    v.enhanced = e;
    return v;
  }

  /// Octets TP-VP takes: 0, 1 or 7.
  [[nodiscard]] constexpr std::size_t octets() const noexcept {
    return format == validity_format::none ? 0 : format == validity_format::relative ? 1 : 7;
  }

  friend constexpr bool operator==(const validity_period& a, const validity_period& b) noexcept {
    if (a.format != b.format) return false;
    switch (a.format) {
      case validity_format::relative: return a.relative == b.relative;
      case validity_format::absolute: return a.absolute == b.absolute;
      case validity_format::enhanced: return a.enhanced == b.enhanced;
      default: return true;
    }
  }
  friend constexpr bool operator!=(const validity_period& a, const validity_period& b) noexcept {
    return !(a == b);
  }
};

namespace detail {

// Two semi-octets, tens digit in the low nibble (TS 23.040 §9.2.3.11); -1
// when either nibble is not a decimal digit.
constexpr int swapped_bcd(std::uint8_t octet) noexcept {
  const unsigned tens = octet & 0x0Fu;
  const unsigned units = octet >> 4;
  if (tens > 9 || units > 9) return -1;
  return static_cast<int>(tens * 10 + units);
}
constexpr std::uint8_t to_swapped_bcd(unsigned value) noexcept {
  return static_cast<std::uint8_t>((value / 10) | ((value % 10) << 4));
}

// TS 23.040 §9.2.3.11: YY MM DD hh mm ss TZ, each in swapped BCD; TZ in
// quarter hours with the sign in bit 3.
constexpr error decode_timestamp_into(octet_reader& in, timestamp& t) noexcept {
  if (!in.has(7)) return in.truncated();
  const std::size_t start = in.position();
  // The six date and time octets are read as one word (a byte each) and
  // checked together, so that a valid stamp takes one branch here, not six;
  // the error still names the first bad octet. TS 23.040 §9.2.3.11: tens in
  // bits 3..0, units in bits 7..4.
  const std::uint64_t word = load_le(in.take(6).data(), 6);
  constexpr std::uint64_t low_nibbles = 0x0F0F0F0F0F0Full;
  const std::uint64_t tens = word & low_nibbles;
  const std::uint64_t units = (word >> 4) & low_nibbles;
  // A semi-octet above 9 carries into bit 4 of its byte when 6 is added.
  const std::uint64_t not_bcd = ((tens + 0x060606060606ull) | (units + 0x060606060606ull)) & 0x101010101010ull;
  if (not_bcd != 0) {
    std::size_t first_bad = 0;
    while ((not_bcd >> (8 * first_bad + 4) & 1u) == 0) ++first_bad;
    return error{errc::invalid_timestamp, start + first_bad};
  }
  const std::uint64_t values = (tens << 3) + (tens << 1) + units;  // at most 99 a byte: no carry
  const auto field = [values](unsigned i) { return static_cast<unsigned>(values >> (8 * i)) & 0xFFu; };
  const unsigned fields[6] = {field(0), field(1), field(2), field(3), field(4), field(5)};
  const std::uint8_t zone = in.take();
  const unsigned zone_tens = zone & 0x07u;
  const unsigned zone_units = zone >> 4;
  if (zone_units > 9) return error{errc::invalid_timestamp, start + 6};
  t.year = static_cast<std::uint16_t>(fields[0] >= 90 ? 1900u + fields[0] : 2000u + fields[0]);
  t.month = static_cast<std::uint8_t>(fields[1]);
  t.day = static_cast<std::uint8_t>(fields[2]);
  t.hour = static_cast<std::uint8_t>(fields[3]);
  t.minute = static_cast<std::uint8_t>(fields[4]);
  t.second = static_cast<std::uint8_t>(fields[5]);
  const int quarters = static_cast<int>(zone_tens * 10 + zone_units);
  t.utc_offset_quarters = static_cast<std::int8_t>((zone & 0x08u) != 0 ? -quarters : quarters);
  if (t.month < 1 || t.month > 12) return error{errc::invalid_timestamp, start + 1};
  if (t.day < 1 || t.day > days_in_month(t.year, t.month))
    return error{errc::invalid_timestamp, start + 2};
  if (t.hour > 23) return error{errc::invalid_timestamp, start + 3};
  if (t.minute > 59) return error{errc::invalid_timestamp, start + 4};
  if (t.second > 59) return error{errc::invalid_timestamp, start + 5};
  return error{};
}

constexpr result<timestamp> decode_timestamp(octet_reader& in) noexcept {
  timestamp t;
  if (const error e = decode_timestamp_into(in, t); failed(e)) return e;
  return t;
}

constexpr result<std::size_t> encode_timestamp(const timestamp& t, octet_writer& out) noexcept {
  const std::size_t start = out.size();
  if (!is_valid(t)) return error{errc::invalid_timestamp, start};
  out.put(to_swapped_bcd(t.year % 100u));
  out.put(to_swapped_bcd(t.month));
  out.put(to_swapped_bcd(t.day));
  out.put(to_swapped_bcd(t.hour));
  out.put(to_swapped_bcd(t.minute));
  out.put(to_swapped_bcd(t.second));
  const int offset = t.utc_offset_quarters;
  const unsigned quarters = static_cast<unsigned>(offset < 0 ? -offset : offset);
  out.put(static_cast<std::uint8_t>((quarters / 10) | (offset < 0 ? 0x08u : 0u) |
                                    ((quarters % 10) << 4)));
  return std::size_t{7};
}

// TP-VP in the format the first octet's TP-VPF gives.
constexpr result<validity_period> decode_validity(octet_reader& in, validity_format format) noexcept {
  validity_period v;
  v.format = format;
  switch (format) {
    case validity_format::none: return v;
    case validity_format::relative:
      if (!in.has(1)) return in.truncated();
      v.relative = in.take();
      return v;
    case validity_format::absolute: {
      const auto t = decode_timestamp(in);
      if (!t) return t.error();
      v.absolute = *t;
      return v;
    }
    case validity_format::enhanced: {
      if (!in.has(7)) return in.truncated();
      const std::size_t start = in.position();
      for (auto& octet : v.enhanced.octets) octet = in.take();
      if (v.enhanced.format() == enhanced_validity_format::relative_hhmmss) {
        const std::size_t at = v.enhanced.period_offset();
        for (std::size_t k = 0; k < 3; ++k) {
          if (at + k >= 7) return error{errc::invalid_validity_period, start + at};
          const int value = swapped_bcd(v.enhanced.octets[at + k]);
          if (value < 0 || (k > 0 && value > 59))
            return error{errc::invalid_validity_period, start + at + k};
        }
      }
      return v;
    }
  }
  return v;
}

constexpr result<std::size_t> encode_validity(const validity_period& v, octet_writer& out) noexcept {
  switch (v.format) {
    case validity_format::none: return std::size_t{0};
    case validity_format::relative: out.put(v.relative); return std::size_t{1};
    case validity_format::absolute: return encode_timestamp(v.absolute, out);
    case validity_format::enhanced: {
      // What decode_validity refuses, encode refuses too.
      std::array<std::uint8_t, 7> octets = v.enhanced.octets;
      octet_reader check(octets);
      const auto decoded = decode_validity(check, validity_format::enhanced);
      if (!decoded) return error{decoded.error().code, out.size() + decoded.error().offset};
      out.put(octets);
      return std::size_t{7};
    }
  }
  return std::size_t{0};
}

}  // namespace detail

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_TIMESTAMP_HPP
