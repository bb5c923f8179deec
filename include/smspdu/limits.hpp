// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// The maxima of the specifications, by name. Fixed-capacity storage in the
// library is sized from these, so that nothing is ever allocated and nothing a
// conforming peer can send is ever cut short.
#ifndef SMSPDU_LIMITS_HPP
#define SMSPDU_LIMITS_HPP

#include <cstddef>

#include "config.hpp"

SMSPDU_BEGIN_NAMESPACE

/// TP-UD holds at most 140 octets (TS 23.040 §9.2.3.24; TP-UDL §9.2.3.16).
inline constexpr std::size_t max_user_data_octets = 140;

/// 140 octets carry 160 septets of GSM 7-bit text (TS 23.040 §9.2.3.16).
inline constexpr std::size_t max_user_data_septets = max_user_data_octets * 8 / 7;

/// 140 octets carry 70 UCS-2 code units (TS 23.038 §6.2.3).
inline constexpr std::size_t max_user_data_ucs2_units = max_user_data_octets / 2;

/// Septet packing starts at most 6 fill bits into the first octet: the fill
/// bits only align the text after a user data header to a septet boundary
/// (TS 23.040 §9.2.3.24), and 7 would be a whole septet.
inline constexpr unsigned max_fill_bits = 6;

/// TP-OA/TP-DA/TP-RA carry at most 20 address digits (TS 23.040 §9.1.2.5).
inline constexpr std::size_t max_address_digits = 20;

/// An address field is 2 to 12 octets: length, type of address and up to 10
/// octets of semi-octets (TS 23.040 §9.1.2.5).
inline constexpr std::size_t max_address_octets = 12;

/// The longest TPDU, an SMS-SUBMIT with a 12-octet TP-DA and a 7-octet TP-VP:
/// 1 + 1 + 12 + 1 + 1 + 7 + 1 + 140 octets (TS 23.040 §9.2.2.2).
inline constexpr std::size_t max_tpdu_octets = 164;

/// Reports carry TP-UD within the 164 octets of a TPDU rather than within
/// 140: an SMS-DELIVER-REPORT (RP-ACK) with only TP-PI and TP-UDL has 161
/// octets for it. (Modem manuals quote the same rule for SMS-STATUS-REPORT:
/// "maximum 143 octets", 164 less its fixed fields.)
inline constexpr std::size_t max_report_user_data_octets = max_tpdu_octets - 3;

/// In PDU mode the TPDU is preceded by the SMSC address: a length octet and up
/// to 11 octets of RP address (TS 27.005 §3.3.1, TS 24.011 §8.2.5.1-2).
inline constexpr std::size_t max_smsc_prefix_octets = 12;

/// The longest PDU-mode PDU: SMSC prefix plus TPDU.
inline constexpr std::size_t max_pdu_octets = max_smsc_prefix_octets + max_tpdu_octets;

/// A concatenated message has at most 255 parts (TS 23.040 §9.2.3.24.1).
inline constexpr std::size_t max_concatenated_parts = 255;

static_assert(max_user_data_septets == 160, "TS 23.040 §9.2.3.16: 160 septets");
static_assert(max_user_data_ucs2_units == 70, "TS 23.038 §6.2.3: 70 UCS-2 characters");
static_assert(max_address_octets == 2 + (max_address_digits + 1) / 2,
              "TS 23.040 §9.1.2.5: 20 digits in 10 octets after length and type");

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_LIMITS_HPP
