// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Turkish and Portuguese text with the national language tables of TS 23.038
// Annex A. Without them, one character outside the default alphabet (ı, ş, ç,
// ã, õ...) sends the whole text as UCS-2, 67 characters a segment. A single
// shift table (user data header element 0x24, TS 23.040 §9.2.3.24.16) adds
// the language's letters as escape pairs of two septets; a locking shift table
// (element 0x25, §9.2.3.24.15) replaces the alphabet, one septet each.
//
// The texts are sent, decoded back and compared. The tables themselves are
// checked against oFono's unit test (unit/test-sms.c, sms_charset_turkey_ext
// and sms_charset_portugal_ext): its packed user data and its text.
#include <smspdu/smspdu.hpp>

#include <array>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct outcome {
  std::size_t ucs2_segments = 0;
  std::size_t segments = 0;
  smspdu::gsm7_tables tables;
  std::string first_pdu;
  bool same_text = false;
};

std::string tables_text(smspdu::gsm7_tables t) {
  std::string text;
  if (t.locking_shift != smspdu::national_language::none)
    text += std::string(smspdu::to_string(t.locking_shift)) + " locking shift";
  if (t.single_shift != smspdu::national_language::none)
    text += (text.empty() ? "" : " + ") + std::string(smspdu::to_string(t.single_shift)) + " single shift";
  return text.empty() ? "default alphabet" : text;
}

void report(const char* language, const outcome& o) {
  std::printf("%s: UCS-2 %zu segments; with %s %zu\n  %s\n  decoded back: %s\n", language, o.ucs2_segments,
              tables_text(o.tables).c_str(), o.segments, o.first_pdu.c_str(),
              o.same_text ? "the same text" : "DIFFERENT");
}

// Counts `text` without and with `languages`, sends it as SMS-SUBMITs, reads
// the PDUs back as the recipient's phone would, and says how it went.
outcome send_and_read(const char* language, std::string_view to, std::string_view text,
                      smspdu::national_languages languages) {
  outcome o;
  const auto plain = smspdu::count_segments(text);  // the default alphabet or UCS-2
  if (plain) o.ucs2_segments = plain->segment_count();

  smspdu::submit_options options;
  options.languages = languages;  // allowed; used only when they save segments
  options.reference = 7;
  std::vector<std::string> pdus;
  const auto plan = smspdu::split_submit_hex(std::nullopt, smspdu::phone_number(to).value(), text, options,
                                             [&](const smspdu::pdu_hex& hex) { pdus.emplace_back(hex.text()); });
  if (!plan || pdus.empty()) return o;
  o.segments = plan->segment_count();
  o.tables = plan->tables;
  o.first_pdu = pdus.front();

  // The recipient's side: each PDU decoded, its text read with the tables
  // its own header names, the parts joined.
  smspdu::reassembler<1, 4> joiner;  // a few KiB
  for (const auto& hex : pdus) {
    const auto pdu = smspdu::decode_pdu_hex(hex, smspdu::direction::ms_to_sc);
    if (!pdu) return o;
    const auto& submit = std::get<smspdu::sms_submit>(pdu->message);
    const auto event = joiner.add(submit.destination, submit.dcs, submit.ud, 0);
    if (event && event->status == smspdu::reassembly_status::complete) o.same_text = joiner.text() == text;
  }
  report(language, o);
  return o;
}



std::string hex_of(smspdu::octet_view octets) {
  std::string hex(2 * octets.size(), '\0');
  (void)smspdu::octets_to_hex(octets, smspdu::span<char>(hex));
  return hex;
}

// oFono's vector: `text` packed with both tables of `language` must give
// `user_data`, and `user_data` must read back as `text`.
bool agrees_with_ofono(smspdu::national_language language, std::string_view text, std::string_view user_data) {
  const smspdu::gsm7_tables tables{language, language};
  std::array<std::uint8_t, 140> packed{};
  const auto size = smspdu::utf8_to_gsm7_packed(text, packed, 0, tables);
  if (!size || hex_of(smspdu::octet_view(packed.data(), size->octets)) != user_data) return false;
  std::array<char, 480> back{};
  const auto n = smspdu::gsm7_packed_to_utf8(smspdu::octet_view(packed.data(), size->octets), size->septets,
                                             back, 0, tables);
  return n && std::string_view(back.data(), *n) == text;
}

}  // namespace

int main() {
  using smspdu::national_language;
  using smspdu::national_languages;

  // 136 characters; ı, ş and ç (10 of them) are not in the default alphabet
  // (ü and ö are). UCS-2: 136 units, 67 a segment = 3 segments. Turkish
  // single shift: 136 + 10 escapes = 146 septets, and a header of 4 octets
  // (TP-UDHL, element 24 01 01) leaves 160 - 5 = 155: one segment.
  const std::string_view turkish =
      "Merhaba! Yarın saat üçte toplantı var. Lütfen raporları getirin ve müşteriye şu bilgileri "
      "iletin: ödeme yapıldı, teslimat çarşamba günü.";
  const auto tr =
      send_and_read("Turkish", "+905321234567", turkish, national_languages::both(national_language::turkish));

  // 147 characters, 16 of them (á, ã, ç, õ) outside the default alphabet.
  // UCS-2: 3 segments. Portuguese single shift: 163 septets, 2 segments of 149.
  // Locking shift: every character is one septet, 147 <= 155: one segment.
  const std::string_view portuguese =
      "Olá! A reunião de amanhã é às nove horas. Não se esqueça da apresentação: informações sobre "
      "a função, a previsão e as ações em curso. Até já, João.";
  const auto pt_single =
      send_and_read("Portuguese", "+351912345678", portuguese, national_languages::single(national_language::portuguese));
  const auto pt =
      send_and_read("Portuguese", "+351912345678", portuguese, national_languages::both(national_language::portuguese));

  // oFono's test texts: every character of the extension table and the
  // national letters, packed with the locking and the single shift table.
  const bool ofono_turkish = agrees_with_ofono(
      national_language::turkish, "\f^{}\\[~]|ĞİŞç€ğış", "1BC586B2416D529BD786B7E96D7C1BE002C8011318870E");
  const bool ofono_portuguese = agrees_with_ofono(
      national_language::portuguese, "êç\fÔôÁáΦΓ^ΩΠΨΣΘÊ{}\\[~]|ÀÍÓÚÃÕÂ€íóúãõâ",
      "84C446B160381E1BC96662D9543696CD6583D9643C1BD42675D9F0C01B9F8602CC74B75C0EE68030ECF91D");
  std::printf("oFono's Turkish and Portuguese vectors: %s\n", ofono_turkish && ofono_portuguese ? "agree" : "DIFFER");

  const bool ok =
      tr.ucs2_segments == 3 && tr.segments == 1 && tr.same_text &&
      tr.tables == smspdu::gsm7_tables{national_language::none, national_language::turkish} &&
      // TP-PID, TP-DCS, TP-UDL 151 (0x97: 146 septets of text and 5 of
      // header), the header 03 24 01 01: single shift, NLI 1 (Turkish).
      tr.first_pdu.find("00009703240101") != std::string::npos &&
      pt_single.ucs2_segments == 3 && pt_single.segments == 2 && pt_single.same_text &&
      pt.segments == 1 && pt.same_text &&
      pt.tables == smspdu::gsm7_tables{national_language::portuguese, national_language::none} &&
      // 147 + 5 = 152 septets (0x98); 03 25 01 03: locking shift, NLI 3 (Portuguese).
      pt.first_pdu.find("00009803250103") != std::string::npos && ofono_turkish && ofono_portuguese;
  return ok ? 0 : 1;
}
