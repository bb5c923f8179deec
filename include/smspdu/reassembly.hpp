// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Reassembly of concatenated messages (TS 23.040 §9.2.3.24.1 and .8) in
// bounded memory: the caller chooses at compile time how many messages may
// be pending and how many parts one may have. Parts may come in any order;
// each is decoded with its own header's national language tables and its own
// coding. Duplicates, conflicting duplicates, inconsistent totals, timeouts
// and eviction are reported, never silent.
#ifndef SMSPDU_REASSEMBLY_HPP
#define SMSPDU_REASSEMBLY_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "address.hpp"
#include "buffer.hpp"
#include "config.hpp"
#include "dcs.hpp"
#include "result.hpp"
#include "tpdu.hpp"
#include "udh.hpp"
#include "user_data.hpp"

SMSPDU_BEGIN_NAMESPACE

/// What identifies the parts of one message: originator, reference,
/// reference width and total (a reference is reused across senders and may
/// wrap around, so it alone does not identify a message).
struct reassembly_key {
  address originator;
  std::uint16_t reference = 0;
  bool sixteen_bit_reference = false;
  std::uint8_t total = 0;

  friend constexpr bool operator==(const reassembly_key& a, const reassembly_key& b) noexcept {
    return a.originator == b.originator && a.reference == b.reference &&
           a.sixteen_bit_reference == b.sixteen_bit_reference && a.total == b.total;
  }
  friend constexpr bool operator!=(const reassembly_key& a, const reassembly_key& b) noexcept {
    return !(a == b);
  }
};

/// What became of a part given to the reassembler.
enum class reassembly_status : std::uint8_t {
  complete,               ///< the message is whole (or was never split): text() or data() holds it
  stored,                 ///< kept; more parts are awaited
  duplicate,              ///< this part was already here, identical: ignored
  conflicting_duplicate,  ///< this part was already here with other content: the first is kept
  /// Refused: this part is text and the message's other parts are data, or
  /// the reverse; one of them does not belong to the message.
  mixed_coding,
};

/// The value's name, for messages and logs.
[[nodiscard]] constexpr std::string_view to_string(reassembly_status s) noexcept {
  switch (s) {
    case reassembly_status::complete: return "complete";
    case reassembly_status::stored: return "stored";
    case reassembly_status::duplicate: return "duplicate";
    case reassembly_status::conflicting_duplicate: return "conflicting_duplicate";
    case reassembly_status::mixed_coding: return "mixed_coding";
  }
  return "unknown";
}

/// Which parts of a message of up to 255 parts are present (or missing).
class part_set {
 public:
  [[nodiscard]] constexpr bool contains(std::size_t sequence) const noexcept {
    return sequence >= 1 && sequence <= 255 && (words_[(sequence - 1) / 32] >> ((sequence - 1) % 32) & 1u) != 0;
  }
  constexpr void insert(std::size_t sequence) noexcept {
    if (sequence >= 1 && sequence <= 255) words_[(sequence - 1) / 32] |= std::uint32_t{1} << ((sequence - 1) % 32);
  }
  [[nodiscard]] constexpr std::size_t size() const noexcept {
    std::size_t n = 0;
    for (std::size_t sequence = 1; sequence <= 255; ++sequence) n += contains(sequence) ? 1u : 0u;
    return n;
  }

 private:
  std::array<std::uint32_t, 8> words_{};
};

/// The outcome of reassembler::add.
struct reassembly_event {
  reassembly_status status = reassembly_status::stored;
  reassembly_key key;        ///< the message the part belongs to (total 1: not concatenated)
  std::size_t received = 0;  ///< parts of it held, this one included
  /// Complete only: text (GSM 7-bit or UCS-2: read text()) or data (8-bit or
  /// compressed: read data()), and the DCS and ports of part 1, which carry
  /// the message class and the application the message is for.
  bool is_text = true;
  data_coding_scheme dcs;
  std::optional<port_info> ports;
  /// Another message from the same originator with the same reference but a
  /// different total is pending: one of the senders' totals is wrong.
  bool inconsistent_total = false;
  /// Room was made for this message by dropping the oldest incomplete one.
  bool evicted = false;
  reassembly_key evicted_key;        ///< the message dropped
  std::size_t evicted_received = 0;  ///< how many of its parts had come
};

/// An incomplete message dropped by reassembler::expire.
struct expired_message {
  reassembly_key key;
  std::size_t received = 0;      ///< parts that came
  std::uint64_t first_seen = 0;  ///< the clock value of its first part
  part_set present;              ///< which ones
};

/// Reassembles concatenated messages in fixed memory: at most `Messages`
/// incomplete messages of at most `Parts` parts each. The complete text (or
/// data) is held inside until the next add().
///
/// Memory: about Messages * Parts * 190 octets for the parts plus Parts * 640
/// for the result, all inside the object (no heap); a reassembler<16, 8>
/// takes about 31 KiB (x86-64), so give a large one static storage.
template <std::size_t Messages, std::size_t Parts>
class reassembler {
  static_assert(Messages >= 1 && Parts >= 2 && Parts <= max_concatenated_parts,
                "a reassembler holds at least one message of 2..255 parts");

 public:
  /// Takes one received SMS-DELIVER; `now` is the caller's clock, in any
  /// unit expire() also uses. See the general overload.
  [[nodiscard]] constexpr result<reassembly_event> add(const sms_deliver& part, std::uint64_t now) noexcept {
    return add(part.originator, part.dcs, part.ud, now);
  }

  /// Takes one part from `peer` (the originator of a DELIVER; an SMSC
  /// reassembling SUBMITs passes the sending subscriber). A part with no
  /// concatenation element, or with an invalid one (total 0, sequence 0 or
  /// above total: TS 23.040 §9.2.3.24.1 says to ignore it), is a whole
  /// message by itself. Text parts are decoded each with its own coding and
  /// its own header's national language tables; 8-bit and compressed parts
  /// are joined as octets (TS 23.042 compression is not undone).
  ///
  /// Error (offset 0): too_many_segments when the message has more parts
  /// than `Parts`; the part is not stored.
  [[nodiscard]] constexpr result<reassembly_event> add(const address& peer, data_coding_scheme dcs,
                                                       const user_data& ud, std::uint64_t now) noexcept {
    text_.clear();
    data_.clear();
    reassembly_event event;
    const bool is_text = carries_text(dcs);
    const user_data_header header = header_of(ud);
    const auto concat = header.concatenation();
    if (!concat || concat->total == 1) {
      event.status = reassembly_status::complete;
      event.key = reassembly_key{peer, concat ? concat->reference : std::uint16_t{0},
                                 concat && concat->sixteen_bit_reference, 1};
      event.received = 1;
      event.is_text = is_text;
      event.dcs = dcs;
      event.ports = header.application_ports();
      append(ud, dcs);
      return event;
    }
    if (concat->total > Parts) return error{errc::too_many_segments, 0};
    event.key = reassembly_key{peer, concat->reference, concat->sixteen_bit_reference, concat->total};
    for (const auto& s : slots_)
      if (s.used && s.key.originator == peer && s.key.reference == concat->reference &&
          s.key.sixteen_bit_reference == concat->sixteen_bit_reference && s.key.total != concat->total)
        event.inconsistent_total = true;

    slot* target = find(event.key);
    if (target != nullptr && target->is_text != is_text) {
      event.status = reassembly_status::mixed_coding;
      event.received = target->received;
      return event;
    }
    if (target == nullptr) {
      target = free_slot();
      if (target == nullptr) {  // full: the oldest incomplete message makes room
        target = oldest();
        event.evicted = true;
        event.evicted_key = target->key;
        event.evicted_received = target->received;
      }
      *target = slot{};
      target->used = true;
      target->key = event.key;
      target->first_seen = now;
      target->is_text = is_text;
    }
    stored_part& p = target->parts[concat->sequence - 1u];
    if (p.present) {
      event.status = p.dcs == dcs && p.ud == ud ? reassembly_status::duplicate
                                                : reassembly_status::conflicting_duplicate;
      event.received = target->received;
      return event;
    }
    p.present = true;
    p.dcs = dcs;
    p.ud = ud;
    event.received = ++target->received;
    if (target->received < target->key.total) {
      event.status = reassembly_status::stored;
      return event;
    }
    for (std::size_t i = 0; i < target->key.total; ++i) append(target->parts[i].ud, target->parts[i].dcs);
    target->used = false;
    event.status = reassembly_status::complete;
    event.is_text = is_text;
    event.dcs = target->parts[0].dcs;
    event.ports = header_of(target->parts[0].ud).application_ports();
    return event;
  }

  /// The text of the message add() last completed, as UTF-8 (empty for data).
  [[nodiscard]] constexpr std::string_view text() const noexcept {
    return std::string_view(text_.data(), text_.size());
  }
  /// The octets of the data message add() last completed (empty for text).
  [[nodiscard]] constexpr octet_view data() const noexcept { return octet_view(data_.data(), data_.size()); }

  /// Drops every incomplete message whose first part came at `now - timeout`
  /// or earlier, handing each to `on_expired(const expired_message&)` first.
  /// Returns how many were dropped.
  template <class OnExpired>
  constexpr std::size_t expire(std::uint64_t now, std::uint64_t timeout, OnExpired&& on_expired) noexcept {
    std::size_t dropped = 0;
    for (auto& s : slots_) {
      if (!s.used || now < s.first_seen || now - s.first_seen < timeout) continue;
      expired_message e;
      e.key = s.key;
      e.received = s.received;
      e.first_seen = s.first_seen;
      for (std::size_t i = 0; i < s.key.total; ++i)
        if (s.parts[i].present) e.present.insert(i + 1);
      on_expired(e);
      s.used = false;
      ++dropped;
    }
    return dropped;
  }

  /// Incomplete messages held.
  [[nodiscard]] constexpr std::size_t pending() const noexcept {
    std::size_t n = 0;
    for (const auto& s : slots_) n += s.used ? 1u : 0u;
    return n;
  }

 private:
  struct stored_part {
    bool present = false;
    data_coding_scheme dcs;
    user_data ud;
  };
  struct slot {
    bool used = false;
    bool is_text = true;
    reassembly_key key;
    std::uint64_t first_seen = 0;
    std::size_t received = 0;
    std::array<stored_part, Parts> parts{};
  };

  static constexpr bool carries_text(data_coding_scheme dcs) noexcept {
    return !dcs.compressed() && dcs.character_set() != alphabet::eight_bit;
  }
  constexpr slot* find(const reassembly_key& key) noexcept {
    for (auto& s : slots_)
      if (s.used && s.key == key) return &s;
    return nullptr;
  }
  constexpr slot* free_slot() noexcept {
    for (auto& s : slots_)
      if (!s.used) return &s;
    return nullptr;
  }
  constexpr slot* oldest() noexcept {
    slot* found = &slots_[0];
    for (auto& s : slots_)
      if (s.first_seen < found->first_seen) found = &s;
    return found;
  }
  constexpr void append(const user_data& ud, data_coding_scheme dcs) noexcept {
    if (!carries_text(dcs)) {
      for (const std::uint8_t o : payload_of(ud)) data_.push_back(o);  // Parts * 140 octets: fits
      return;
    }
    const std::size_t at = text_.size();
    // Each part holds at most max_user_data_text octets of UTF-8 and the
    // coding is text, so this cannot fail (text_of: not_text or too small).
    const auto n = text_of(ud, dcs, span<char>(text_.data() + at, text_.capacity() - at));
    if (n) text_.set_size(at + *n);
  }

  std::array<slot, Messages> slots_{};
  static_vector<char, Parts * max_user_data_text> text_;
  static_vector<std::uint8_t, Parts * max_report_user_data_octets> data_;
};

SMSPDU_END_NAMESPACE

#endif  // SMSPDU_REASSEMBLY_HPP
