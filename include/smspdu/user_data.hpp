// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// TP-UDL and TP-UD (TS 23.040 §9.2.3.16 and §9.2.3.24). user_data keeps both
// exactly as sent: TP-UDL (septets for GSM 7-bit text, octets otherwise),
// then TP-UD: TP-UDHL and the header's elements when TP-UDHI is set, the fill
// bits that align GSM 7-bit text to a septet boundary, and the text or 8-bit
// data. The text is a decoded view of it (text_of), with the national
// language tables that the header of this very message selects.
//
// Keeping the wire form makes encode and decode exact inverses, spare bits
// and unusual but valid choices included.
#ifndef SMSPDU_USER_DATA_HPP
#define SMSPDU_USER_DATA_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "buffer.hpp"
#include "config.hpp"
#include "dcs.hpp"
#include "detail/octet_io.hpp"
#include "detail/unicode.hpp"
#include "gsm7.hpp"
#include "limits.hpp"
#include "result.hpp"
#include "septet.hpp"
#include "ucs2.hpp"
#include "udh.hpp"

SMSPDU_BEGIN_NAMESPACE

/// Longest text one TP-UD can hold, as UTF-8: 160 septets of up to 3 octets.
inline constexpr std::size_t max_user_data_text = 480;

/// TP-UDHI, TP-UDL and TP-UD as sent. SMS-DELIVER and SMS-SUBMIT hold at most
/// 140 octets (160 septets); the reports may hold up to 161, what their 164
/// octets leave.
struct user_data {
  bool has_header = false;                                          ///< TP-UDHI
  std::uint8_t length = 0;                                          ///< TP-UDL as sent
  static_vector<std::uint8_t, max_report_user_data_octets> octets;  ///< TP-UD as sent

  friend constexpr bool operator==(const user_data& a, const user_data& b) noexcept {
    return a.has_header == b.has_header && a.length == b.length && a.octets == b.octets;
  }
  friend constexpr bool operator!=(const user_data& a, const user_data& b) noexcept {
    return !(a == b);
  }
};

/// Octets of TP-UD that the header takes: TP-UDHL and the elements, 0 when
/// there is none. Precondition: `ud` is well formed (decoded or built by smspdu).
[[nodiscard]] constexpr std::size_t header_octets(const user_data& ud) noexcept {
  return ud.has_header && !ud.octets.empty() ? 1u + ud.octets[0] : 0u;
}

/// The user data header (empty when TP-UDHI is clear). Precondition: `ud` is
/// well formed.
[[nodiscard]] constexpr user_data_header header_of(const user_data& ud) noexcept {
  const std::size_t n = header_octets(ud);
  if (n == 0) return user_data_header{};
  return user_data_header::parse(octet_view(ud.octets.data() + 1, n - 1)).value();
}

/// TP-UD after the header: the packed text (with its fill bits first), the
/// UCS-2 text or the 8-bit data.
[[nodiscard]] constexpr octet_view payload_of(const user_data& ud) noexcept {
  const std::size_t n = header_octets(ud);
  return octet_view(ud.octets.data() + n, ud.octets.size() - n);
}

namespace detail {

// Where GSM 7-bit text starts in TP-UD: the fill bits and the septets the
// header takes (TS 23.040 §9.2.3.24).
struct septet_layout {
  unsigned fill_bits = 0;
  std::size_t header_septets = 0;
};
constexpr septet_layout gsm7_layout(std::size_t header_octet_count) noexcept {
  if (header_octet_count == 0) return {};
  return {fill_bits_after_udh(header_octet_count), (header_octet_count * 8 + 6) / 7};
}

// The most TP-UDL may say when TP-UD may take `max_octets` octets: 160
// septets or 140 octets in SMS-DELIVER and SMS-SUBMIT (TS 23.040 §9.2.3.16).
constexpr std::size_t max_user_data_length(data_coding_scheme dcs, std::size_t max_octets) noexcept {
  return dcs.user_data_in_septets() ? max_octets * 8 / 7 : max_octets;
}

// The checks a received TP-UD must pass, shared by the decoder and the
// encoder (so that whatever encodes also decodes). `at` is the offset of
// TP-UDL in the caller's input; TP-UD starts at at + 1.
constexpr result<std::size_t> check_user_data(const user_data& ud, data_coding_scheme dcs,
                                              std::size_t at,
                                              std::size_t max_octets = max_user_data_octets) noexcept {
  const bool septets = dcs.user_data_in_septets();
  if (ud.length > max_user_data_length(dcs, max_octets)) return error{errc::user_data_too_long, at};
  const std::size_t expected = septets ? octets_length_from_septets(ud.length) : ud.length;
  if (ud.octets.size() != expected) return error{errc::inconsistent_user_data, at};
  std::size_t header = 0;
  // TP-UDHI with TP-UDL 0 announces a header there is no room for. It is read
  // as empty user data, as go-sms and Gammu read it (ModemManager refuses it):
  // nothing is lost or misread, and the bit is kept as received.
  if (ud.has_header && !ud.octets.empty()) {
    header = 1u + ud.octets[0];
    if (header > ud.octets.size() || (septets && gsm7_layout(header).header_septets > ud.length))
      return error{errc::udh_beyond_user_data, at + 1};
    const auto parsed = user_data_header::parse(octet_view(ud.octets.data() + 1, header - 1), at + 2);
    if (!parsed) return parsed.error();
  }
  if (dcs.character_set() == alphabet::ucs2 && !dcs.compressed()) {
    const octet_view text(ud.octets.data() + header, ud.octets.size() - header);
    const auto valid = utf8_length_from_ucs2(text);
    if (!valid) return error{valid.error().code, at + 1 + header + valid.error().offset};
  }
  return ud.octets.size();
}

// TP-UDL and TP-UD at the reader into `ud` (which starts empty); `dcs` says
// whether TP-UDL counts septets, and TP-UD may take at most `max_octets`
// octets. Filled in place: the TPDU decoders pass their own field.
constexpr error decode_user_data_into(octet_reader& in, data_coding_scheme dcs, bool has_header,
                                      user_data& ud,
                                      std::size_t max_octets = max_user_data_octets) noexcept {
  const std::size_t at = in.position();
  if (!in.has(1)) return in.truncated();
  ud.has_header = has_header;
  ud.length = in.take();
  if (ud.length > max_user_data_length(dcs, max_octets)) return error{errc::user_data_too_long, at};
  const std::size_t octets =
      dcs.user_data_in_septets() ? octets_length_from_septets(ud.length) : ud.length;
  if (!in.has(octets)) return error{errc::user_data_beyond_pdu, at};
  const octet_view field = in.take(octets);
  ud.octets.append(field.data(), field.size());
  const auto checked = check_user_data(ud, dcs, at, max_octets);
  if (!checked) return checked.error();
  return error{};
}

constexpr result<user_data> decode_user_data(octet_reader& in, data_coding_scheme dcs,
                                             bool has_header,
                                             std::size_t max_octets = max_user_data_octets) noexcept {
  return build_in_place<user_data>(
      [&](user_data& ud) { return decode_user_data_into(in, dcs, has_header, ud, max_octets); });
}

constexpr result<std::size_t> encode_user_data(const user_data& ud, data_coding_scheme dcs,
                                               octet_writer& out,
                                               std::size_t max_octets = max_user_data_octets) noexcept {
  const auto checked = check_user_data(ud, dcs, out.size(), max_octets);
  if (!checked) return checked.error();
  out.put(ud.length);
  out.put(ud.octets);
  return 1 + ud.octets.size();
}

// The code-unit offset of the first character that takes a text past
// `capacity` units: septets (GSM 7-bit, escapes counting 2) or UCS-2 code
// units. Precondition: the text encodes.
template <class CharT>
constexpr std::size_t first_unit_past(std::basic_string_view<CharT> text, bool gsm7,
                                      gsm7_tables tables, std::size_t capacity) noexcept {
  const gsm7_encoder encoder(tables);
  std::size_t used = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto step = next_code_point(text.data(), text.size(), i);
    used += gsm7 ? encoder.encode(step.value).septets : utf16_units(step.value);
    if (used > capacity) return i;
    i += step.units;
  }
  return text.size();
}

// How TP-UD was written: TP-UDHI, TP-UDL and the octets it takes.
struct user_data_shape {
  bool has_header = false;
  std::uint8_t length = 0;
  std::size_t octets = 0;
};

// Runs `write(field, shape)`, a TP-UD writer of the kind below, on the
// storage of `ud` (which starts empty), and when it succeeds sets the fields
// of `ud` the octets were written for: how make_submit, make_deliver and
// text_user_data fill the user data they return (no copy of 140 octets).
template <class Write>
constexpr error write_into(user_data& ud, Write&& write) noexcept {
  user_data_shape shape;
  const error e = write(ud.octets.storage().data(), shape);
  if (failed(e)) return e;
  ud.has_header = shape.has_header;
  ud.length = shape.length;
  ud.octets.set_size(shape.octets);
  return e;
}

// Writes the text part of TP-UD at `field`, which has room for
// max_user_data_octets octets and holds a header of `header_octet_count`
// octets (TP-UDHL and the elements; 0 for none) at its start: GSM 7-bit text
// after the header's fill bits (TS 23.040 §9.2.3.24), or UCS-2 text. Sets
// shape.octets and shape.length; the caller sets shape.has_header. The
// splitter writes each segment's header from a template and then calls this.
template <class CharT>
constexpr error write_text_after_header(std::basic_string_view<CharT> text, data_coding_scheme dcs,
                                        std::size_t header_octet_count, gsm7_tables tables,
                                        std::uint8_t* field, user_data_shape& shape) noexcept {
  if (dcs.user_data_in_septets()) {
    // One pass: the packer writes while there is room and counts the rest,
    // so a text that is too long is found without a separate length pass.
    const septet_layout layout = gsm7_layout(header_octet_count);
    const auto packed = to_gsm7_packed(
        text, octet_span(field + header_octet_count, max_user_data_octets - header_octet_count),
        layout.fill_bits, tables);
    const std::size_t capacity = max_user_data_septets - layout.header_septets;
    if (!packed) {
      if (packed.error().code != errc::output_too_small) return packed.error();
      return error{errc::text_too_long, first_unit_past(text, true, tables, capacity)};
    }
    if (packed->septets > capacity)  // fits the octets, not TP-UDL's 160 septets
      return error{errc::text_too_long, first_unit_past(text, true, tables, capacity)};
    shape.octets = header_octet_count + packed->octets;
    shape.length = static_cast<std::uint8_t>(layout.header_septets + packed->septets);
    return error{};
  }
  // One pass as well: to_ucs2 checks the whole text whatever the room, so
  // malformed text is reported before a text that is too long, and a text
  // that fits is written straight into its place.
  const std::size_t capacity = max_user_data_octets - header_octet_count;
  const auto written = to_ucs2(text, octet_span(field + header_octet_count, capacity));
  if (!written) {
    if (written.error().code != errc::output_too_small) return written.error();
    return error{errc::text_too_long, first_unit_past(text, false, tables, capacity / 2)};
  }
  shape.octets = header_octet_count + *written;
  shape.length = static_cast<std::uint8_t>(shape.octets);
  return error{};
}

// Writes TP-UD holding `header` (when not null) and `text` at `field`, which
// has room for max_user_data_octets octets: the user data of a message being
// built, or the TP-UD place of a TPDU being encoded (encode_submit). On
// success the octets past shape.octets are left as they were; after an error
// any of the field may have been written.
template <class CharT>
constexpr error write_text_user_data(std::basic_string_view<CharT> text, data_coding_scheme dcs,
                                     const user_data_header* header, gsm7_tables tables,
                                     std::uint8_t* field, user_data_shape& shape) noexcept {
  if (dcs.compressed() || dcs.character_set() == alphabet::eight_bit)
    return error{errc::not_text, 0};
  std::size_t header_octet_count = 0;
  shape.has_header = header != nullptr;
  if (header != nullptr) {
    header_octet_count = header->size_in_octets();
    field[0] = static_cast<std::uint8_t>(header_octet_count - 1);
    copy_elements(header->octets().data(), header->octets().size(), field + 1);
  }
  return write_text_after_header(text, dcs, header_octet_count, tables, field, shape);
}

template <class CharT>
constexpr result<user_data> text_user_data(std::basic_string_view<CharT> text, data_coding_scheme dcs,
                                           const user_data_header* header, gsm7_tables tables) noexcept {
  return build_in_place<user_data>([&](user_data& ud) {
    return write_into(ud, [&](std::uint8_t* field, user_data_shape& shape) {
      return write_text_user_data(text, dcs, header, tables, field, shape);
    });
  });
}

}  // namespace detail

/// User data holding `text` in the alphabet of `dcs`, with no header.
/// GSM 7-bit text uses `tables`; national tables need their IEs in a header,
/// so pass one to the overload below.
///
/// Errors (offsets count code units of `text`): not_text when `dcs` is 8-bit
/// or compressed; the text errors of the GSM 7-bit or UCS-2 encoder;
/// text_too_long at the first character past 160 septets or 140 octets.
[[nodiscard]] constexpr result<user_data> text_user_data(std::string_view text,
                                                         data_coding_scheme dcs) noexcept {
  return detail::text_user_data(text, dcs, nullptr, gsm7_tables{});
}

/// User data holding `header` and then `text` in the alphabet of `dcs`.
/// GSM 7-bit text uses the tables the header's national language elements
/// select. The capacity is what the header leaves: 153 septets after an
/// 8-bit concatenation element, for instance. Errors as above.
[[nodiscard]] constexpr result<user_data> text_user_data(std::string_view text,
                                                         data_coding_scheme dcs,
                                                         const user_data_header& header) noexcept {
  return detail::text_user_data(text, dcs, &header, header.tables());
}

/// User data holding 8-bit `data`, after `header` when one is given.
/// Errors: user_data_too_long (offset: the octets needed) past 140 octets.
[[nodiscard]] constexpr result<user_data> data_user_data(
    octet_view data, const user_data_header* header = nullptr) noexcept {
  user_data ud;
  if (header != nullptr) {
    ud.has_header = true;
    ud.octets.push_back(static_cast<std::uint8_t>(header->size_in_octets() - 1));
    for (std::uint8_t octet : header->octets()) ud.octets.push_back(octet);
  }
  const std::size_t need = ud.octets.size() + data.size();
  if (need > max_user_data_octets) return error{errc::user_data_too_long, need};
  for (std::uint8_t octet : data) ud.octets.push_back(octet);
  ud.length = static_cast<std::uint8_t>(ud.octets.size());
  return ud;
}

/// Decodes the text of `ud` to UTF-8 into `out`; returns the code units
/// written. GSM 7-bit text (and reserved codings, read as GSM 7-bit) uses the
/// national language tables of this message's own header.
///
/// Errors: not_text (offset 0) for 8-bit data or compressed text;
/// output_too_small with the code units needed. Malformed user data is
/// refused when decoded or encoded, so nothing else can fail here.
[[nodiscard]] constexpr result<std::size_t> text_of(const user_data& ud, data_coding_scheme dcs,
                                                    span<char> out) noexcept {
  if (dcs.compressed() || dcs.character_set() == alphabet::eight_bit)
    return error{errc::not_text, 0};
  const octet_view payload = payload_of(ud);
  if (dcs.character_set() == alphabet::ucs2) return ucs2_to_utf8(payload, out);
  const std::size_t header = header_octets(ud);
  const detail::septet_layout layout = detail::gsm7_layout(header);
  const std::size_t septets = ud.length - layout.header_septets;
  const gsm7_tables tables = header != 0 ? header_of(ud).tables() : gsm7_tables{};
  return gsm7_packed_to_utf8(payload, septets, out, layout.fill_bits, tables);
}

/// The text of `ud` as a fixed-capacity UTF-8 string. Errors as above.
[[nodiscard]] constexpr result<static_vector<char, max_user_data_text>> text_of(
    const user_data& ud, data_coding_scheme dcs) noexcept {
  static_vector<char, max_user_data_text> text;
  const auto n = text_of(ud, dcs, text.storage());
  if (!n) return n.error();
  text.set_size(*n);
  return text;
}

/// Characters of text in `ud`: septets for GSM 7-bit (escapes count 2), code
/// units for UCS-2, octets for 8-bit data: the units a segment budget counts.
[[nodiscard]] constexpr std::size_t payload_units(const user_data& ud,
                                                  data_coding_scheme dcs) noexcept {
  if (dcs.user_data_in_septets())
    return ud.length - detail::gsm7_layout(header_octets(ud)).header_septets;
  const std::size_t octets = ud.octets.size() - header_octets(ud);
  return dcs.character_set() == alphabet::ucs2 && !dcs.compressed() ? octets / 2 : octets;
}

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_USER_DATA_HPP
