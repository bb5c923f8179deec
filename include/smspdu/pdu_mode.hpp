// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// PDU mode of the AT command interface (TS 27.005 §3, <pdu>): the SMSC
// address (an RP address, TS 24.011 §8.2.5.1-2; "00" for the modem's
// default), then the TPDU, usually written as hex. AT+CMGS and AT+CMGW take
// the TPDU length in octets, without the SMSC part.
#ifndef SMSPDU_PDU_MODE_HPP
#define SMSPDU_PDU_MODE_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "address.hpp"
#include "buffer.hpp"
#include "config.hpp"
#include "hex.hpp"
#include "limits.hpp"
#include "result.hpp"
#include "tpdu.hpp"

SMSPDU_BEGIN_NAMESPACE

/// A PDU-mode PDU: the optional SMSC address and the TPDU.
struct pdu {
  std::optional<address> smsc;  ///< empty: "00", the modem's default SMSC
  tpdu message;

  friend constexpr bool operator==(const pdu& a, const pdu& b) noexcept {
    return a.smsc == b.smsc && a.message == b.message;
  }
  friend constexpr bool operator!=(const pdu& a, const pdu& b) noexcept { return !(a == b); }
};

/// Sizes of an encoded PDU.
struct pdu_length {
  std::size_t octets = 0;       ///< the whole PDU, SMSC address included
  std::size_t tpdu_octets = 0;  ///< the <length> of AT+CMGS / AT+CMGW

  friend constexpr bool operator==(pdu_length a, pdu_length b) noexcept {
    return a.octets == b.octets && a.tpdu_octets == b.tpdu_octets;
  }
  friend constexpr bool operator!=(pdu_length a, pdu_length b) noexcept { return !(a == b); }
};

namespace detail {
// A PDU: the SMSC address, then the TPDU that `decode_tpdu_into(octets,
// base, tpdu&)` fills in place in the returned result.
template <class DecodeInto>
constexpr result<pdu> decode_pdu_with(octet_view octets, DecodeInto decode_tpdu_into_at) noexcept {
  return build_in_place<pdu>([&](pdu& p) -> error {
    octet_reader in(octets);
    address smsc;
    const auto present = decode_smsc_address(in, smsc);
    if (!present) return present.error();
    if (*present) p.smsc = std::optional<address>(smsc);
    const std::size_t start = in.position();
    return decode_tpdu_into_at(octet_view(octets.data() + start, octets.size() - start), start, p.message);
  });
}
}  // namespace detail

/// Decodes a PDU-mode PDU (SMSC address, then a TPDU travelling in `d`).
/// Errors as decode_tpdu, with offsets counting octets of the whole PDU;
/// address_too_long or invalid_address_digit in the SMSC address.
[[nodiscard]] constexpr result<pdu> decode_pdu(octet_view octets, direction d,
                                               decode_options options = {}) noexcept {
  return detail::decode_pdu_with(octets, [d, options](octet_view tpdu_octets, std::size_t base, tpdu& t) {
    return detail::decode_tpdu_into(tpdu_octets, d, options, base, t);
  });
}

/// Decodes a PDU as +CMGL/+CMGR list it from message storage: TP-MTI 00 is
/// SMS-DELIVER, 01 SMS-SUBMIT, 10 SMS-STATUS-REPORT. Errors as decode_pdu.
[[nodiscard]] constexpr result<pdu> decode_stored_pdu(octet_view octets) noexcept {
  return detail::decode_pdu_with(octets, [](octet_view tpdu_octets, std::size_t base, tpdu& t) {
    return detail::decode_stored_tpdu_into(tpdu_octets, base, t);
  });
}

namespace detail {
// Hex text into octets, then `decode`; octet offsets of decoding errors are
// turned into the offset of the offending octet's first hex digit.
template <class Decode>
constexpr result<pdu> decode_hex_with(std::string_view hex, Decode decode) noexcept {
  // One octet more than any PDU can have: a longer input then shows up as
  // trailing_octets at the right place instead of being cut short.
  std::array<std::uint8_t, max_pdu_octets + 1> octets{};
  const std::size_t digits = hex.size() < 2 * octets.size() ? hex.size() : 2 * octets.size();
  const auto n = hex_to_octets(hex.substr(0, digits), octets);
  // One named result, returned once: the PDU is decoded where the caller
  // receives it (a few hundred octets not copied).
  result<pdu> decoded = n ? decode(octet_view(octets.data(), *n)) : result<pdu>(n.error());
  if (n && !decoded) decoded = result<pdu>(error{decoded.error().code, 2 * decoded.error().offset});
  else if (n && digits < hex.size()) decoded = result<pdu>(error{errc::trailing_octets, digits});
  return decoded;
}
}  // namespace detail

/// decode_pdu from hex text. Error offsets count hex digits: the first digit
/// of the offending octet, or the offending digit for hex errors.
[[nodiscard]] constexpr result<pdu> decode_pdu_hex(std::string_view hex, direction d,
                                                   decode_options options = {}) noexcept {
  return detail::decode_hex_with(hex, [d, options](octet_view octets) {
    return decode_pdu(octets, d, options);
  });
}

/// decode_stored_pdu from hex text; offsets as decode_pdu_hex.
[[nodiscard]] constexpr result<pdu> decode_stored_pdu_hex(std::string_view hex) noexcept {
  return detail::decode_hex_with(hex, [](octet_view octets) { return decode_stored_pdu(octets); });
}

/// Encodes a PDU-mode PDU into `out`: the SMSC address ("00" when there is
/// none) and the TPDU. Returns both lengths; tpdu_octets is what AT+CMGS
/// wants. Errors as encode(tpdu), offsets counting octets of the whole PDU
/// (address and text errors count characters); the SMSC address errors.
[[nodiscard]] constexpr result<pdu_length> encode_pdu(const pdu& p, octet_span out) noexcept {
  detail::octet_writer w(out);
  if (p.smsc) {
    const auto a = detail::encode_smsc_address(*p.smsc, w);
    if (!a) return a.error();
  } else {
    w.put(0x00);
  }
  const std::size_t prefix = w.size();
  const octet_span rest = out.size() > prefix ? out.subspan(prefix) : octet_span();
  const auto t = encode(p.message, rest);
  if (!t) {
    const error e = t.error();
    const bool in_pdu = e.code != errc::address_too_long && e.code != errc::invalid_address_digit &&
                        e.code != errc::unencodable_character && e.code != errc::invalid_utf8;
    return error{e.code, in_pdu ? prefix + e.offset : e.offset};
  }
  if (prefix > out.size()) return error{errc::output_too_small, prefix + *t};
  return pdu_length{prefix + *t, *t};
}

/// The lengths encode_pdu would report, or its error.
[[nodiscard]] constexpr result<pdu_length> encoded_pdu_length(const pdu& p) noexcept {
  const auto r = encode_pdu(p, octet_span());
  if (r || r.error().code != errc::output_too_small) return r;
  // The TPDU part of the need is what the TPDU encoder reports.
  const auto t = encoded_length(p.message);
  if (!t) return t.error();
  return pdu_length{r.error().offset, *t};
}

/// A PDU as upper-case hex, the way AT+CMGS wants the line after its prompt.
struct pdu_hex {
  static_vector<char, 2 * max_pdu_octets> digits;
  std::size_t tpdu_octets = 0;  ///< the <length> for AT+CMGS=<length>

  [[nodiscard]] constexpr std::string_view text() const noexcept {
    return std::string_view(digits.data(), digits.size());
  }
};

/// Encodes a PDU-mode PDU as hex. Errors as encode_pdu.
[[nodiscard]] constexpr result<pdu_hex> encode_pdu_hex(const pdu& p) noexcept {
  std::array<std::uint8_t, max_pdu_octets> octets{};
  const auto length = encode_pdu(p, octets);
  if (!length) return length.error();
  pdu_hex hex;
  const auto digits = octets_to_hex(octet_view(octets.data(), length->octets), hex.digits.storage());
  hex.digits.set_size(*digits);
  hex.tpdu_octets = length->tpdu_octets;
  return hex;
}

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_PDU_MODE_HPP
