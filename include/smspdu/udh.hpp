// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// The user data header (TS 23.040 §9.2.3.24): a list of information elements
// (IEI, length, data), kept in wire order with unknown elements as raw
// octets, and typed access to the common ones: concatenation (8- and 16-bit
// references), application ports (8- and 16-bit) and the national language
// shift tables.
#ifndef SMSPDU_UDH_HPP
#define SMSPDU_UDH_HPP

#include <cstddef>
#include <cstdint>
#include <optional>

#include "buffer.hpp"
#include "config.hpp"
#include "gsm7_tables.hpp"
#include "limits.hpp"
#include "result.hpp"

SMSPDU_BEGIN_NAMESPACE

/// Information element identifiers (TS 23.040 §9.2.3.24). Any other value is
/// kept as an unknown element.
enum class iei : std::uint8_t {
  concatenated_8bit = 0x00,        ///< §9.2.3.24.1: reference, total, sequence
  special_sms_indication = 0x01,   ///< §9.2.3.24.2: message waiting, repeatable
  application_port_8bit = 0x04,    ///< §9.2.3.24.3: destination, originator
  application_port_16bit = 0x05,   ///< §9.2.3.24.4: destination, originator, big-endian
  smsc_control_parameters = 0x06,  ///< §9.2.3.24.5
  udh_source_indicator = 0x07,     ///< §9.2.3.24.6
  concatenated_16bit = 0x08,       ///< §9.2.3.24.8: reference (big-endian), total, sequence
  wireless_control_message = 0x09, ///< §9.2.3.24.9
  rfc822_email_header = 0x20,      ///< §9.2.3.24.11
  hyperlink_format = 0x21,         ///< §9.2.3.24.12
  reply_address = 0x22,            ///< §9.2.3.24.13
  enhanced_voice_mail = 0x23,      ///< §9.2.3.24.14
  national_single_shift = 0x24,    ///< §9.2.3.24.15: NLI of the single shift table
  national_locking_shift = 0x25,   ///< §9.2.3.24.16: NLI of the locking shift table
};

/// Most octets the elements of a header can take: TP-UD holds 140 octets,
/// one of which is TP-UDHL.
inline constexpr std::size_t max_udh_element_octets = max_user_data_octets - 1;

/// One information element: its identifier and data (a view into the header).
struct information_element {
  std::uint8_t id = 0;
  octet_view data;
};

/// The concatenation element (TS 23.040 §9.2.3.24.1 and .8).
struct concatenation_info {
  std::uint16_t reference = 0;  ///< the same in every part of one message
  std::uint8_t total = 0;       ///< number of parts, 1..255
  std::uint8_t sequence = 0;    ///< this part, 1..total
  bool sixteen_bit_reference = false;

  friend constexpr bool operator==(const concatenation_info& a, const concatenation_info& b) noexcept {
    return a.reference == b.reference && a.total == b.total && a.sequence == b.sequence &&
           a.sixteen_bit_reference == b.sixteen_bit_reference;
  }
  friend constexpr bool operator!=(const concatenation_info& a, const concatenation_info& b) noexcept {
    return !(a == b);
  }
};

/// The application port addressing element (TS 23.040 §9.2.3.24.3 and .4).
struct port_info {
  std::uint16_t destination = 0;
  std::uint16_t originator = 0;
  bool sixteen_bit = false;

  friend constexpr bool operator==(const port_info& a, const port_info& b) noexcept {
    return a.destination == b.destination && a.originator == b.originator &&
           a.sixteen_bit == b.sixteen_bit;
  }
  friend constexpr bool operator!=(const port_info& a, const port_info& b) noexcept {
    return !(a == b);
  }
};

/// A user data header: its information elements, in wire order, as sent.
class user_data_header {
 public:
  /// Iterates the elements. Valid only over a well-formed element list, which
  /// is what parse() and add() produce.
  class const_iterator {
   public:
    constexpr const_iterator(const std::uint8_t* at) noexcept : at_(at) {}
    constexpr information_element operator*() const noexcept {
      return information_element{at_[0], octet_view(at_ + 2, at_[1])};
    }
    constexpr const_iterator& operator++() noexcept {
      at_ += 2u + at_[1];
      return *this;
    }
    friend constexpr bool operator==(const_iterator a, const_iterator b) noexcept {
      return a.at_ == b.at_;
    }
    friend constexpr bool operator!=(const_iterator a, const_iterator b) noexcept {
      return a.at_ != b.at_;
    }

   private:
    const std::uint8_t* at_;
  };

  [[nodiscard]] constexpr const_iterator begin() const noexcept { return elements_.begin(); }
  [[nodiscard]] constexpr const_iterator end() const noexcept { return elements_.end(); }
  [[nodiscard]] constexpr bool empty() const noexcept { return elements_.empty(); }
  /// The element octets as sent (without TP-UDHL).
  [[nodiscard]] constexpr octet_view octets() const noexcept { return elements_; }
  /// TP-UDHL and the elements: the octets the header takes in TP-UD.
  [[nodiscard]] constexpr std::size_t size_in_octets() const noexcept {
    return 1 + elements_.size();
  }
  /// The septets the header takes in GSM 7-bit TP-UD, fill bits included
  /// (TS 23.040 §9.2.3.24): ceil(8 * octets / 7).
  [[nodiscard]] constexpr std::size_t size_in_septets() const noexcept {
    return (size_in_octets() * 8 + 6) / 7;
  }

  /// Appends an element. Errors: user_data_too_long (offset: the octets the
  /// header would need) when the header would pass 140 octets with UDHL.
  constexpr result<std::size_t> add(std::uint8_t id, octet_view data) noexcept {
    const std::size_t need = elements_.size() + 2 + data.size();
    if (need > max_udh_element_octets || data.size() > 255)
      return error{errc::user_data_too_long, 1 + need};
    elements_.push_back(id);
    elements_.push_back(static_cast<std::uint8_t>(data.size()));
    for (std::uint8_t octet : data) elements_.push_back(octet);
    return elements_.size();
  }
  constexpr result<std::size_t> add(iei id, octet_view data) noexcept {
    return add(static_cast<std::uint8_t>(id), data);
  }

  /// Appends a concatenation element: IEI 0x00 with an 8-bit reference, or
  /// IEI 0x08 with a 16-bit one. Precondition: 1 <= sequence <= total, and
  /// reference < 256 unless sixteen_bit.
  constexpr result<std::size_t> add_concatenation(std::uint16_t reference, std::uint8_t total,
                                                  std::uint8_t sequence, bool sixteen_bit) noexcept {
    SMSPDU_ASSERT(total >= 1 && sequence >= 1 && sequence <= total);
    SMSPDU_ASSERT(sixteen_bit || reference <= 0xFF);
    if (sixteen_bit) {
      const std::uint8_t data[] = {static_cast<std::uint8_t>(reference >> 8),
                                   static_cast<std::uint8_t>(reference & 0xFF), total, sequence};
      return add(iei::concatenated_16bit, data);
    }
    const std::uint8_t data[] = {static_cast<std::uint8_t>(reference), total, sequence};
    return add(iei::concatenated_8bit, data);
  }

  /// Appends an application port element: IEI 0x04 (8-bit ports) or 0x05.
  /// Precondition: both ports < 256 unless sixteen_bit.
  constexpr result<std::size_t> add_application_ports(std::uint16_t destination,
                                                      std::uint16_t originator,
                                                      bool sixteen_bit) noexcept {
    SMSPDU_ASSERT(sixteen_bit || (destination <= 0xFF && originator <= 0xFF));
    if (sixteen_bit) {
      const std::uint8_t data[] = {
          static_cast<std::uint8_t>(destination >> 8), static_cast<std::uint8_t>(destination & 0xFF),
          static_cast<std::uint8_t>(originator >> 8), static_cast<std::uint8_t>(originator & 0xFF)};
      return add(iei::application_port_16bit, data);
    }
    const std::uint8_t data[] = {static_cast<std::uint8_t>(destination),
                                 static_cast<std::uint8_t>(originator)};
    return add(iei::application_port_8bit, data);
  }

  /// Appends the national language elements that `tables` needs: 0x25 for a
  /// locking shift table, 0x24 for a single shift table (TS 23.040
  /// §9.2.3.24.15-16); nothing for the default tables.
  constexpr result<std::size_t> add_national_language(gsm7_tables tables) noexcept {
    if (tables.locking_shift != national_language::none) {
      const std::uint8_t nli[] = {static_cast<std::uint8_t>(tables.locking_shift)};
      const auto r = add(iei::national_locking_shift, nli);
      if (!r) return r;
    }
    if (tables.single_shift != national_language::none) {
      const std::uint8_t nli[] = {static_cast<std::uint8_t>(tables.single_shift)};
      const auto r = add(iei::national_single_shift, nli);
      if (!r) return r;
    }
    return elements_.size();
  }

  /// The concatenation of the last concatenation element (8- or 16-bit: the
  /// two exclude each other and the last wins, TS 23.040 §9.2.3.24). An
  /// element with total 0, sequence 0, sequence above total or the wrong
  /// length is ignored as the spec requires, and the message is then read as
  /// a single part.
  [[nodiscard]] constexpr std::optional<concatenation_info> concatenation() const noexcept {
    // Built without assigning to an optional, which C++17 cannot do in a
    // constant expression.
    concatenation_info last;
    bool valid = false;
    for (const information_element e : *this) {
      const bool narrow = e.id == static_cast<std::uint8_t>(iei::concatenated_8bit);
      const bool wide = e.id == static_cast<std::uint8_t>(iei::concatenated_16bit);
      if (!narrow && !wide) continue;
      valid = e.data.size() == (wide ? 4u : 3u);
      if (!valid) continue;
      last.sixteen_bit_reference = wide;
      last.reference = static_cast<std::uint16_t>(wide ? (e.data[0] << 8) | e.data[1] : e.data[0]);
      last.total = e.data[wide ? 2 : 1];
      last.sequence = e.data[wide ? 3 : 2];
      valid = last.total != 0 && last.sequence != 0 && last.sequence <= last.total;
    }
    return valid ? std::optional<concatenation_info>(last) : std::nullopt;
  }

  /// The ports of the last application port element (8- or 16-bit).
  [[nodiscard]] constexpr std::optional<port_info> application_ports() const noexcept {
    port_info last;
    bool found = false;
    for (const information_element e : *this) {
      if (e.id == static_cast<std::uint8_t>(iei::application_port_8bit) && e.data.size() == 2) {
        last = port_info{e.data[0], e.data[1], false};
        found = true;
      } else if (e.id == static_cast<std::uint8_t>(iei::application_port_16bit) &&
                 e.data.size() == 4) {
        last = port_info{static_cast<std::uint16_t>((e.data[0] << 8) | e.data[1]),
                         static_cast<std::uint16_t>((e.data[2] << 8) | e.data[3]), true};
        found = true;
      }
    }
    return found ? std::optional<port_info>(last) : std::nullopt;
  }

  /// The NLI of the last national language single shift element, or none.
  [[nodiscard]] constexpr national_language national_single_shift() const noexcept {
    return last_nli(iei::national_single_shift);
  }
  /// The NLI of the last national language locking shift element, or none.
  [[nodiscard]] constexpr national_language national_locking_shift() const noexcept {
    return last_nli(iei::national_locking_shift);
  }
  /// The GSM 7-bit tables the national language elements select for the text
  /// of this message part (TS 23.038 §6.2.1.2.4).
  [[nodiscard]] constexpr gsm7_tables tables() const noexcept {
    return gsm7_tables{national_locking_shift(), national_single_shift()};
  }

  /// A header from the elements of a received one (the octets after
  /// TP-UDHL). `base` is the offset of the first of them in the caller's
  /// input, for error offsets.
  ///
  /// Errors: information_element_beyond_udh at the IEI octet of an element
  /// whose length octet or data runs past the end; user_data_too_long (at the
  /// 140th octet) when there are more than 139 octets.
  [[nodiscard]] static constexpr result<user_data_header> parse(octet_view elements,
                                                                std::size_t base = 0) noexcept {
    if (elements.size() > max_udh_element_octets)
      return error{errc::user_data_too_long, base + max_udh_element_octets};
    std::size_t at = 0;
    while (at < elements.size()) {
      if (at + 2 > elements.size() || at + 2u + elements[at + 1] > elements.size())
        return error{errc::information_element_beyond_udh, base + at};
      at += 2u + elements[at + 1];
    }
    user_data_header header;
    for (std::uint8_t octet : elements) header.elements_.push_back(octet);
    return header;
  }

  friend constexpr bool operator==(const user_data_header& a, const user_data_header& b) noexcept {
    return a.elements_ == b.elements_;
  }
  friend constexpr bool operator!=(const user_data_header& a, const user_data_header& b) noexcept {
    return !(a == b);
  }

 private:
  constexpr national_language last_nli(iei id) const noexcept {
    national_language found = national_language::none;
    for (const information_element e : *this)
      if (e.id == static_cast<std::uint8_t>(id) && e.data.size() == 1)
        found = static_cast<national_language>(e.data[0]);
    return found;
  }

  static_vector<std::uint8_t, max_udh_element_octets> elements_;
};

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_UDH_HPP
