// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Addresses: TP-OA, TP-DA and TP-RA (TS 23.040 §9.1.2.5), and the SMSC
// address that precedes the TPDU in PDU mode (TS 27.005 §3.1, an RP address
// of TS 24.011 §8.2.5.1-2).
//
// An address is a type of number, a numbering plan and a value. The value is
// text: the digits for a number ("0-9", "*", "#", "a", "b", "c"; no "+", the
// type of number says "international"), or the UTF-8 text of an alphanumeric
// address (type of number 101, GSM 7-bit default alphabet).
#ifndef SMSPDU_ADDRESS_HPP
#define SMSPDU_ADDRESS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "buffer.hpp"
#include "config.hpp"
#include "detail/octet_io.hpp"
#include "gsm7.hpp"
#include "limits.hpp"
#include "result.hpp"

SMSPDU_BEGIN_NAMESPACE

/// Type of number, bits 6..4 of the Type-of-Address octet (TS 23.040 §9.1.2.5).
enum class type_of_number : std::uint8_t {
  unknown = 0,
  international = 1,  ///< the number carries no "+": the type implies it
  national = 2,
  network_specific = 3,
  subscriber = 4,
  alphanumeric = 5,  ///< GSM 7-bit default alphabet text (TS 23.038 §6.2.1)
  abbreviated = 6,
  reserved = 7,
};

/// Numbering plan, bits 3..0 of the Type-of-Address octet (TS 23.040
/// §9.1.2.5). Reserved values are kept as received.
enum class numbering_plan : std::uint8_t {
  unknown = 0,
  isdn = 1,  ///< ISDN/telephone numbering plan (E.164/E.163)
  data = 3,  ///< X.121
  telex = 4,
  sc_specific_5 = 5,
  sc_specific_6 = 6,
  national = 8,
  private_plan = 9,
  ermes = 10,
  reserved_for_extension = 15,
};

/// The type of number in words ("international", "alphanumeric", ...).
[[nodiscard]] constexpr std::string_view to_string(type_of_number ton) noexcept {
  switch (ton) {
    case type_of_number::unknown: return "unknown";
    case type_of_number::international: return "international";
    case type_of_number::national: return "national";
    case type_of_number::network_specific: return "network specific";
    case type_of_number::subscriber: return "subscriber";
    case type_of_number::alphanumeric: return "alphanumeric";
    case type_of_number::abbreviated: return "abbreviated";
    case type_of_number::reserved: return "reserved";
  }
  return "reserved";
}

/// The numbering plan in words ("ISDN/telephone", ...), "reserved" otherwise.
[[nodiscard]] constexpr std::string_view to_string(numbering_plan npi) noexcept {
  switch (npi) {
    case numbering_plan::unknown: return "unknown";
    case numbering_plan::isdn: return "ISDN/telephone";
    case numbering_plan::data: return "data (X.121)";
    case numbering_plan::telex: return "telex";
    case numbering_plan::sc_specific_5: return "SC specific (5)";
    case numbering_plan::sc_specific_6: return "SC specific (6)";
    case numbering_plan::national: return "national";
    case numbering_plan::private_plan: return "private";
    case numbering_plan::ermes: return "ERMES";
    case numbering_plan::reserved_for_extension: return "reserved for extension";
  }
  return "reserved";
}

/// Longest address value as UTF-8: 11 GSM 7-bit characters of up to 3 octets each.
inline constexpr std::size_t max_address_text = 33;

/// A TP address or an SMSC address.
struct address {
  type_of_number ton = type_of_number::unknown;
  numbering_plan npi = numbering_plan::isdn;
  /// Digits (0-9 * # a b c), or UTF-8 text when ton is alphanumeric.
  static_vector<char, max_address_text> value;
  /// Bit 7 of Type-of-Address. TS 23.040 §9.1.2.5 sets it to 1; a received 0
  /// is kept so that the address re-encodes exactly.
  bool type_bit_7 = true;
  /// The semi-octet after an odd number of digits: 1111 by TS 23.040
  /// §9.1.2.3, kept as received when it is not.
  std::uint8_t fill_semi_octet = 0x0F;
  /// Alphanumeric only, kept so that a received address re-encodes exactly:
  /// the Address-Length as received when it is not the usual ceil(7n / 4)
  /// semi-octets for n septets (0: that usual value), and the bits after the
  /// last septet in the last octet, which TS 23.040 §9.1.2.5 leaves open
  /// (normally 0).
  std::uint8_t alphanumeric_length = 0;
  std::uint8_t alphanumeric_padding = 0;

  /// The value as a string_view (not NUL-terminated).
  [[nodiscard]] constexpr std::string_view text() const noexcept {
    return std::string_view(value.data(), value.size());
  }
  /// The Type-of-Address octet: bit 7 set, TON, NPI.
  [[nodiscard]] constexpr std::uint8_t type_octet() const noexcept {
    return static_cast<std::uint8_t>((type_bit_7 ? 0x80u : 0u) |
                                     ((static_cast<unsigned>(ton) & 7u) << 4) |
                                     (static_cast<unsigned>(npi) & 0x0Fu));
  }

  friend constexpr bool operator==(const address& a, const address& b) noexcept {
    const bool odd_digits = a.ton != type_of_number::alphanumeric && a.value.size() % 2 == 1;
    const bool alphanumeric = a.ton == type_of_number::alphanumeric;
    return a.ton == b.ton && a.npi == b.npi && a.value == b.value &&
           a.type_bit_7 == b.type_bit_7 &&
           (!odd_digits || (a.fill_semi_octet & 0x0F) == (b.fill_semi_octet & 0x0F)) &&
           (!alphanumeric || (a.alphanumeric_length == b.alphanumeric_length &&
                              a.alphanumeric_padding == b.alphanumeric_padding));
  }
  friend constexpr bool operator!=(const address& a, const address& b) noexcept {
    return !(a == b);
  }
};

namespace detail {
// Semi-octet values 0..14 as characters (TS 23.040 §9.1.2.3): 1010 "*",
// 1011 "#", 1100 "a", 1101 "b", 1110 "c"; 1111 is the fill and no digit.
inline constexpr char semi_octet_digits[] = "0123456789*#abc";

// The inverse of semi_octet_digits by character code: 0xFF for any other
// character. A table rather than tests: every encoded address digit goes
// through here.
struct semi_octet_value_table {
  std::uint8_t value[256];
};
constexpr semi_octet_value_table make_semi_octet_values() noexcept {
  semi_octet_value_table t{};
  for (unsigned c = 0; c < 256; ++c) t.value[c] = 0xFF;
  for (unsigned v = 0; v < 15; ++v) t.value[static_cast<unsigned char>(semi_octet_digits[v])] = static_cast<std::uint8_t>(v);
  return t;
}
inline constexpr semi_octet_value_table semi_octet_values = make_semi_octet_values();

// The semi-octet of an address character, -1 when it is none.
constexpr int semi_octet_of(char c) noexcept {
  const std::uint8_t v = semi_octet_values.value[static_cast<unsigned char>(c)];
  return v == 0xFF ? -1 : v;
}

// The two digits an address octet holds, low semi-octet first, as the
// characters' codes in one 16-bit value (first character in the low byte);
// 0 when either semi-octet is the 1111 fill. One lookup per octet instead of
// two nibble tests and two appends (TS 23.040 §9.1.2.3).
struct semi_octet_pair_table {
  std::uint16_t pair[256];
};
constexpr semi_octet_pair_table make_semi_octet_pairs() noexcept {
  semi_octet_pair_table t{};
  for (unsigned octet = 0; octet < 256; ++octet) {
    const unsigned low = octet & 0x0Fu;
    const unsigned high = octet >> 4;
    if (low == 0x0F || high == 0x0F) continue;
    t.pair[octet] = static_cast<std::uint16_t>(static_cast<unsigned char>(semi_octet_digits[low]) |
                                               static_cast<unsigned>(static_cast<unsigned char>(semi_octet_digits[high])) << 8);
  }
  return t;
}
inline constexpr semi_octet_pair_table semi_octet_pairs = make_semi_octet_pairs();

constexpr std::uint8_t alphanumeric_septet_capacity = 11;  // 10 octets, 80 bits
}  // namespace detail

/// An address from a phone number as people write it: a leading "+" makes it
/// international (ISDN plan), otherwise the type of number is unknown (ISDN
/// plan). The rest must be digits, "*", "#", "a", "b" or "c", at most 20.
///
/// Errors (offsets count characters of `number`): invalid_address_digit;
/// address_too_long at the 21st digit.
[[nodiscard]] constexpr result<address> phone_number(std::string_view number) noexcept {
  address a;
  std::size_t i = 0;
  if (!number.empty() && number[0] == '+') {
    a.ton = type_of_number::international;
    i = 1;
  }
  for (; i < number.size(); ++i) {
    if (detail::semi_octet_of(number[i]) < 0) return error{errc::invalid_address_digit, i};
    if (a.value.size() == max_address_digits) return error{errc::address_too_long, i};
    a.value.push_back(number[i]);
  }
  return a;
}

/// An alphanumeric address (type of number 101, numbering plan unknown) from
/// UTF-8 text in the GSM 7-bit default alphabet, at most 11 septets.
///
/// Errors (offsets count bytes of `text`): the text errors of
/// gsm7_length_from_utf8; address_too_long at the character that does not fit.
[[nodiscard]] constexpr result<address> alphanumeric_address(std::string_view text) noexcept {
  address a;
  a.ton = type_of_number::alphanumeric;
  a.npi = numbering_plan::unknown;
  const auto septets = gsm7_length_from_utf8(text);
  if (!septets) return septets.error();
  if (*septets > detail::alphanumeric_septet_capacity) {
    // Find the first character that takes the count past 11 septets.
    std::size_t used = 0;
    for (std::size_t i = 0; i < text.size();) {
      const auto step = detail::next_code_point(text.data(), text.size(), i);
      used += detail::gsm7_encoder({}).encode(step.value).septets;
      if (used > detail::alphanumeric_septet_capacity) return error{errc::address_too_long, i};
      i += step.units;
    }
  }
  if (text.size() > max_address_text) return error{errc::address_too_long, max_address_text};
  for (char c : text) a.value.push_back(c);
  return a;
}

namespace detail {

// TS 23.040 §9.1.2.5: length in semi-octets, Type-of-Address, value.
constexpr error decode_address_into(octet_reader& in, address& a) noexcept {
  const std::size_t start = in.position();
  if (!in.has(2)) return in.truncated();
  const std::uint8_t length = in.take();  // useful semi-octets
  const std::uint8_t type = in.take();
  a.ton = static_cast<type_of_number>((type >> 4) & 7u);
  a.npi = static_cast<numbering_plan>(type & 0x0Fu);
  a.type_bit_7 = (type & 0x80u) != 0;
  const std::size_t octets = (static_cast<std::size_t>(length) + 1) / 2;
  if (octets > max_address_octets - 2) return error{errc::address_too_long, start};
  if (!in.has(octets)) return in.truncated();
  const std::size_t value_start = in.position();
  const octet_view value = in.take(octets);
  if (a.ton == type_of_number::alphanumeric) {
    // Septets packed from bit 0; the count is what the semi-octets hold. A
    // length one semi-octet too long (libosmocore writes twice the octets) is
    // read, but not one that adds an octet holding no septet at all.
    const std::size_t septets = static_cast<std::size_t>(length) * 4 / 7;
    if (octets_length_from_septets(septets) != octets) return error{errc::invalid_address_length, start};
    std::array<std::uint8_t, alphanumeric_septet_capacity> received{};
    (void)unpack_septets(value, septets, received);  // cannot fail: length checked
    std::array<char, max_address_text> text{};
    const auto n = gsm7_to_utf8(septet_view(received.data(), septets), text);
    // The address is kept as text, so it must be text that encodes back to
    // these very septets: escapes the spec reserves (ESC ESC, ESC before a
    // code the extension table lacks) have no place in a sender's name.
    std::array<std::uint8_t, 2 * max_address_text> again{};
    const auto m = utf8_to_gsm7(std::string_view(text.data(), *n), again);
    if (!m || *m != septets) return error{errc::invalid_address_digit, value_start};
    for (std::size_t i = 0; i < septets; ++i)
      if (again[i] != received[i]) return error{errc::invalid_address_digit, value_start + i * 7 / 8};
    for (std::size_t i = 0; i < *n; ++i) a.value.push_back(text[i]);
    if ((septets * 7 + 3) / 4 != length) a.alphanumeric_length = length;
    // The last octet's bits past the septets (none when the septets fill it).
    if (septets * 7 % 8 != 0)
      a.alphanumeric_padding = static_cast<std::uint8_t>(value[octets - 1] >> (septets * 7 % 8));
    return error{};
  }
  if (length > max_address_digits) return error{errc::address_too_long, start};
  // Two digits an octet; a 1111 semi-octet among the digits is refused at its
  // octet. The characters go straight into the value's storage.
  char* digits = a.value.storage().data();
  const std::size_t whole_octets = length / 2u;
  for (std::size_t k = 0; k < whole_octets; ++k) {
    const std::uint16_t two = semi_octet_pairs.pair[value[k]];
    if (two == 0) return error{errc::invalid_address_digit, value_start + k};
    digits[2 * k] = static_cast<char>(two & 0xFFu);
    digits[2 * k + 1] = static_cast<char>(two >> 8);
  }
  if (length % 2 == 1) {
    const std::uint8_t last = value[whole_octets];
    if ((last & 0x0Fu) == 0x0F) return error{errc::invalid_address_digit, value_start + whole_octets};
    digits[length - 1] = semi_octet_digits[last & 0x0Fu];
    a.fill_semi_octet = static_cast<std::uint8_t>(last >> 4);
  }
  a.value.set_size(length);
  return error{};
}

constexpr result<address> decode_address(octet_reader& in) noexcept {
  return build_in_place<address>([&in](address& a) { return decode_address_into(in, a); });
}

// BCD digits of a number, low semi-octet first, 1111 fill when odd.
constexpr result<std::size_t> put_semi_octets(const address& a, octet_writer& out) noexcept {
  const std::string_view digits = a.text();
  if (digits.size() > max_address_digits) return error{errc::address_too_long, max_address_digits};
  const auto value_of = [&digits](std::size_t i) {
    return semi_octet_values.value[static_cast<unsigned char>(digits[i])];
  };
  const std::size_t whole_octets = digits.size() / 2;
  for (std::size_t k = 0; k < whole_octets; ++k) {
    const unsigned low = value_of(2 * k);
    const unsigned high = value_of(2 * k + 1);
    if (((low | high) & 0x80u) != 0)  // 0xFF: not a digit
      return error{errc::invalid_address_digit, low == 0xFF ? 2 * k : 2 * k + 1};
    out.put(static_cast<std::uint8_t>(high << 4 | low));
  }
  if (digits.size() % 2 == 1) {
    const unsigned low = value_of(digits.size() - 1);
    if (low == 0xFF) return error{errc::invalid_address_digit, digits.size() - 1};
    out.put(static_cast<std::uint8_t>((a.fill_semi_octet & 0x0Fu) << 4 | low));
  }
  return (digits.size() + 1) / 2;
}

// TS 23.040 §9.1.2.5. Errors carry the character offset in the value.
constexpr result<std::size_t> encode_address(const address& a, octet_writer& out) noexcept {
  if (a.ton == type_of_number::alphanumeric) {
    std::array<std::uint8_t, 10> packed{};
    const auto size = utf8_to_gsm7_packed(a.text(), packed);
    if (!size) {
      if (size.error().code != errc::output_too_small) return size.error();
      return error{errc::address_too_long, a.value.size()};
    }
    if (size->septets > alphanumeric_septet_capacity)
      return error{errc::address_too_long, a.value.size()};
    // The length counts the semi-octets the septets occupy: ceil(7n / 4),
    // unless a received address said otherwise (for the same septets).
    std::size_t length = (size->septets * 7 + 3) / 4;
    if (a.alphanumeric_length != 0) {
      if (a.alphanumeric_length * 4u / 7u != size->septets ||
          (a.alphanumeric_length + 1u) / 2u != size->octets)
        return error{errc::invalid_address_length, a.value.size()};
      length = a.alphanumeric_length;
    }
    const unsigned used_bits = static_cast<unsigned>(size->septets * 7 % 8);
    if (used_bits != 0)
      packed[size->octets - 1] = static_cast<std::uint8_t>(packed[size->octets - 1] |
                                                            ((static_cast<unsigned>(a.alphanumeric_padding) << used_bits) & 0xFFu));
    out.put(static_cast<std::uint8_t>(length));
    out.put(a.type_octet());
    out.put(octet_view(packed.data(), size->octets));
    return 2 + size->octets;
  }
  const std::string_view digits = a.text();
  if (digits.size() > max_address_digits) return error{errc::address_too_long, max_address_digits};
  out.put(static_cast<std::uint8_t>(digits.size()));
  out.put(a.type_octet());
  const auto octets = put_semi_octets(a, out);
  if (!octets) return octets.error();
  return 2 + *octets;
}

// The SMSC address of PDU mode: a length in octets (Type-of-Address and
// value), 00 for none, then the BCD digits (TS 24.011 §8.2.5.1-2). There is no
// digit count: a final 1111 semi-octet is the fill.
constexpr result<bool> decode_smsc_address(octet_reader& in, address& out) noexcept {
  const std::size_t start = in.position();
  if (!in.has(1)) return in.truncated();
  const std::uint8_t length = in.take();
  if (length == 0) return false;
  if (length > max_address_octets - 1) return error{errc::address_too_long, start};
  if (!in.has(length)) return in.truncated();
  const std::uint8_t type = in.take();
  out = address{};
  out.ton = static_cast<type_of_number>((type >> 4) & 7u);
  out.npi = static_cast<numbering_plan>(type & 0x0Fu);
  out.type_bit_7 = (type & 0x80u) != 0;
  for (std::size_t k = 1; k < length; ++k) {
    const std::size_t at = in.position();
    const std::uint8_t octet = in.take();
    const unsigned low = octet & 0x0Fu;
    const unsigned high = octet >> 4;
    if (low == 0x0F) return error{errc::invalid_address_digit, at};
    out.value.push_back(semi_octet_digits[low]);
    if (high == 0x0F) {
      if (k + 1 != length) return error{errc::invalid_address_digit, at};
      break;
    }
    out.value.push_back(semi_octet_digits[high]);
  }
  return true;
}

// Whatever the type of number says, an RP address holds semi-octets: a value
// that is not digits is refused like any other bad digit.
constexpr result<std::size_t> encode_smsc_address(const address& a, octet_writer& out) noexcept {
  const std::string_view digits = a.text();
  if (digits.size() > max_address_digits) return error{errc::address_too_long, max_address_digits};
  const std::size_t octets = (digits.size() + 1) / 2;
  out.put(static_cast<std::uint8_t>(1 + octets));
  out.put(a.type_octet());
  const auto written = put_semi_octets(a, out);
  if (!written) return written.error();
  return 2 + octets;
}

}  // namespace detail

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_ADDRESS_HPP
