// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// `smspdu decode --reassemble`: the parts of concatenated messages (TS 23.040
// §9.2.3.24.1, .8) joined with the library's reassembler, printed as whole
// messages with the lines their parts came from; what is still incomplete at
// the end of the input is reported then.
#ifndef SMSPDU_EXAMPLES_CLI_REASSEMBLE_HPP
#define SMSPDU_EXAMPLES_CLI_REASSEMBLE_HPP

#include <smspdu/smspdu.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "describe.hpp"
#include "report.hpp"

namespace cli {

/// Where a PDU came from: "line 7" (standard input) or "PDU 2" (argument),
/// and that number.
struct origin {
  std::string where;
  std::size_t order = 0;
};

class joiner {
 public:
  /// At most this many incomplete messages each way; one more drops the
  /// oldest, which is then reported as incomplete.
  static constexpr std::size_t pending_messages = 16;

  /// Takes an SMS-DELIVER or SMS-SUBMIT (anything else: false) and prints
  /// the message once it is whole. False when the part was refused.
  bool add(const smspdu::pdu& p, const origin& from, printer& out) {
    const auto* deliver = std::get_if<smspdu::sms_deliver>(&p.message);
    const auto* submit = std::get_if<smspdu::sms_submit>(&p.message);
    if (deliver == nullptr && submit == nullptr) return false;
    // A reference is chosen by the sender: received and sent messages are
    // kept apart, each keyed by the other party (the reassembler's key).
    const bool sent = submit != nullptr;
    const smspdu::data_coding_scheme dcs = sent ? submit->dcs : deliver->dcs;
    const smspdu::user_data& ud = sent ? submit->ud : deliver->ud;
    store& s = sent ? *sent_ : *received_;
    const auto event = s.add(sent ? submit->destination : deliver->originator, dcs, ud, from.order);
    if (!event) {  // too_many_segments: more parts than any message may have
      std::fprintf(stderr, "smspdu: %s: %s\n", from.where.c_str(), smspdu::describe(event.error().code).data());
      return false;
    }
    if (event->evicted) {
      const record dropped = take(sent, event->evicted_key);
      out.print(incomplete(dropped, event->evicted_received,
                           "dropped: more than " + std::to_string(pending_messages) + " messages were pending"));
    }
    if (event->inconsistent_total)
      std::fprintf(stderr,
                   "smspdu: %s: warning: another message from the same party with reference %u has a different "
                   "number of parts\n",
                   from.where.c_str(), unsigned{event->key.reference});
    const auto concat = smspdu::header_of(ud).concatenation();
    const std::size_t sequence = event->key.total > 1 && concat ? concat->sequence : 1;
    const seen part{sequence, from};
    record& r = find(sent, event->key);
    if (sequence == 1 && deliver != nullptr) r.time = iso(deliver->service_centre_time);
    switch (event->status) {
      case smspdu::reassembly_status::stored:
        r.parts.push_back(part);
        return true;
      case smspdu::reassembly_status::complete: {
        r.parts.push_back(part);
        const record whole = take(sent, event->key);
        out.print(message(whole, *event, s));
        return true;
      }
      case smspdu::reassembly_status::duplicate:
        std::fprintf(stderr, "smspdu: %s: part %zu of %u repeats %s: ignored\n", from.where.c_str(), sequence,
                     unsigned{event->key.total}, where_is(r, sequence).c_str());
        return true;
      case smspdu::reassembly_status::conflicting_duplicate:
        std::fprintf(stderr, "smspdu: %s: part %zu of %u differs from %s, which is kept\n", from.where.c_str(),
                     sequence, unsigned{event->key.total}, where_is(r, sequence).c_str());
        return false;
      case smspdu::reassembly_status::mixed_coding:
        std::fprintf(stderr, "smspdu: %s: part %zu of %u is %s, the other parts are not: refused\n",
                     from.where.c_str(), sequence, unsigned{event->key.total},
                     event->is_text ? "text" : "8-bit data");
        return false;
    }
    return false;
  }

  /// Prints the messages still incomplete, and forgets them.
  void finish(printer& out) {
    for (const bool sent : {false, true}) {
      store& s = sent ? *sent_ : *received_;
      (void)s.expire(std::numeric_limits<std::uint64_t>::max(), 0, [&](const smspdu::expired_message& e) {
        out.print(incomplete(take(sent, e.key), e.received, "the input ends"));
      });
    }
  }

 private:
  using store = smspdu::reassembler<pending_messages, smspdu::max_concatenated_parts>;
  struct seen {
    std::size_t sequence = 0;
    origin from;
  };
  struct record {
    bool sent = false;
    smspdu::reassembly_key key;
    std::vector<seen> parts;
    std::string time;  // TP-SCTS of part 1 (DELIVER)
  };

  record& find(bool sent, const smspdu::reassembly_key& key) {
    for (auto& r : records_)
      if (r.sent == sent && r.key == key) return r;
    records_.push_back(record{sent, key, {}, {}});
    return records_.back();
  }
  record take(bool sent, const smspdu::reassembly_key& key) {
    record r = find(sent, key);
    for (auto it = records_.begin(); it != records_.end(); ++it)
      if (it->sent == sent && it->key == key) {
        records_.erase(it);
        break;
      }
    return r;
  }
  static std::string where_is(const record& r, std::size_t sequence) {
    for (const auto& p : r.parts)
      if (p.sequence == sequence) return p.from.where;
    return "an earlier part";
  }

  // The parts in order: "line 6 (part 1), line 4 (part 2)", and the numbers.
  static void parts_fields(const record& r, std::vector<field>& fields) {
    std::vector<seen> parts = r.parts;
    std::sort(parts.begin(), parts.end(), [](const seen& a, const seen& b) { return a.sequence < b.sequence; });
    std::vector<field> lines;
    std::string text;
    for (const auto& p : parts) {
      lines.push_back(field::number("", "", static_cast<long long>(p.from.order)));
      text += (text.empty() ? "" : ", ") + p.from.where +
              (r.key.total > 1 ? " (part " + std::to_string(p.sequence) + ")" : "");
    }
    fields.push_back(field::array("lines", "", std::move(lines)));
    fields.push_back(field::string("", "Parts at", text));
  }

  // What both a whole and an incomplete message show first.
  static std::vector<field> common_fields(const record& r, const char* kind, const std::string& headline) {
    const auto type = r.sent ? smspdu::message_type::sms_submit : smspdu::message_type::sms_deliver;
    std::vector<field> fields{
        field::string("kind", "", kind),
        field::string("", std::string(kind) == std::string("message") ? "Message" : "Incomplete message",
                      headline),
        field::string("type", "", std::string(smspdu::to_string(type))),
        field::string("type_key", "", type_key(type)),
        address_field(r.sent ? "destination" : "originator", r.sent ? "To" : "From", r.key.originator),
        field::number("parts", "", r.key.total)};
    if (r.key.total > 1) {
      fields.push_back(field::object(
          "concatenation", "Concatenation",
          {field::number("reference", "", r.key.reference),
           field::number("reference_bits", "", r.key.sixteen_bit_reference ? 16 : 8)},
          "reference " + std::to_string(r.key.reference) + (r.key.sixteen_bit_reference ? " (16-bit)" : " (8-bit)")));
    } else {
      fields.push_back(field::none("concatenation", ""));
    }
    parts_fields(r, fields);
    return fields;
  }

  static field message(const record& r, const smspdu::reassembly_event& e, const store& s) {
    const std::string type(r.sent ? "SMS-SUBMIT" : "SMS-DELIVER");
    std::vector<field> fields = common_fields(
        r, "message",
        type + (r.key.total > 1 ? ", " + std::to_string(r.key.total) + " parts" : std::string(", one part")));
    if (!r.time.empty()) fields.push_back(field::string("service_centre_time", "Time stamp", r.time));
    fields.push_back(dcs_field("dcs", e.dcs));
    fields.push_back(ports_field(e.ports));
    if (e.is_text) {
      fields.push_back(field::string("text", "Text", std::string(s.text())));
      fields.push_back(field::none("data", ""));
    } else {
      fields.push_back(field::none("text", ""));
      fields.push_back(field::string("data", "Data", hex_of(s.data())));
    }
    return field::object("", "", std::move(fields));
  }

  static field incomplete(const record& r, std::size_t received, const std::string& reason) {
    std::vector<field> present;
    std::vector<field> missing;
    std::string missing_text;
    std::vector<bool> have(r.key.total + 1u, false);
    for (const auto& p : r.parts)
      if (p.sequence < have.size()) have[p.sequence] = true;
    for (std::size_t sequence = 1; sequence <= r.key.total; ++sequence) {
      (have[sequence] ? present : missing).push_back(field::number("", "", static_cast<long long>(sequence)));
      if (!have[sequence]) missing_text += (missing_text.empty() ? "" : ", ") + std::to_string(sequence);
    }
    std::vector<field> fields = common_fields(
        r, "incomplete",
        std::string(r.sent ? "SMS-SUBMIT" : "SMS-DELIVER") + ", " + std::to_string(received) + " of " +
            std::to_string(r.key.total) + " parts (missing " + missing_text + "); " + reason);
    fields.push_back(field::number("received", "", static_cast<long long>(received)));
    fields.push_back(field::array("present", "", std::move(present)));
    fields.push_back(field::array("missing", "", std::move(missing)));
    fields.push_back(field::string("reason", "", reason));
    return field::object("", "", std::move(fields));
  }

  // About 700 KiB each: on the heap.
  std::unique_ptr<store> received_ = std::make_unique<store>();
  std::unique_ptr<store> sent_ = std::make_unique<store>();
  std::vector<record> records_;
};

}  // namespace cli

#endif  // SMSPDU_EXAMPLES_CLI_REASSEMBLE_HPP
