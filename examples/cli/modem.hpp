// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// Lines of modem output in PDU mode (TS 27.005): the result lines that
// announce a PDU on the next line, the PDU lines, and the rest (command
// echoes, OK, other result codes), which the decoder passes over.
//
//   +CMGL: <index>,<stat>,[<alpha>],<length>   list messages (§3.4.2, §4.1)
//   +CMGR: <stat>,[<alpha>],<length>           read a message (§3.4.3, §4.2)
//   +CMT: [<alpha>],<length>                   new message indication (§3.4.1)
//   +CDS: <length>                             new status report (§3.4.1)
//   AT+CMGS=<length> / AT+CMGW=<length>[,<stat>]  a send or write, echoed (§4.3, §4.4);
//                                              the PDU follows the "> " prompt
//
// <length> is the TPDU in octets, without the SMSC address in front (§3.1),
// so it checks that the PDU line came through whole. Modems differ: some
// leave the empty <alpha> out altogether ("+CMGR: 0,23"), so it is optional.
#ifndef SMSPDU_EXAMPLES_CLI_MODEM_HPP
#define SMSPDU_EXAMPLES_CLI_MODEM_HPP

#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace cli {

/// A line that announces a PDU on the next line.
struct modem_header {
  std::string response;             ///< "+CMGL", "+CMGR", "+CMT", "+CDS", "AT+CMGS" or "AT+CMGW"
  std::optional<long> index;        ///< +CMGL: <index>, the storage location
  std::optional<int> stat;          ///< +CMGL, +CMGR, AT+CMGW: <stat> 0..3
  std::optional<std::string> alpha; ///< <alpha> (the phonebook name) when not empty
  std::size_t length = 0;           ///< <length>: TPDU octets
  std::size_t line = 0;             ///< where it stands in the input
};

/// <stat> in PDU mode (TS 27.005 §3.1): 0 received unread, 1 received read,
/// 2 stored unsent, 3 stored sent. (4, "all", is only a +CMGL argument.)
inline const char* stat_name(int stat) {
  static const char* const names[] = {"REC UNREAD", "REC READ", "STO UNSENT", "STO SENT"};
  return stat >= 0 && stat <= 3 ? names[stat] : "reserved";
}

/// Received messages (stat 0, 1) are SMS-DELIVERs or SMS-STATUS-REPORTs;
/// stored ones (2, 3) are SMS-SUBMITs or SMS-COMMANDs.
inline bool stat_is_received(int stat) { return stat == 0 || stat == 1; }

enum class line_kind {
  blank,    ///< empty, or only the "> " prompt
  chatter,  ///< an echoed command, OK, ERROR, an unrelated result code
  header,   ///< announces a PDU (see modem_header)
  pdu,      ///< anything else: read as a PDU in hex
};

struct modem_line {
  line_kind kind = line_kind::blank;
  std::string text;          ///< the line without surrounding blanks (pdu: the hex)
  modem_header header;       ///< kind header
  std::string problem;       ///< kind header: what is wrong with it (empty: nothing)
  bool text_mode = false;    ///< kind header: a text-mode line; message text follows, not a PDU
};

namespace detail {

inline std::string strip(const std::string& s) {
  std::size_t first = 0;
  std::size_t last = s.size();
  // Ctrl-Z ends a PDU sent with AT+CMGS (TS 27.005 §4.3); ESC cancels it.
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\x1A'; };
  while (first < last && blank(s[first])) ++first;
  while (last > first && blank(s[last - 1])) --last;
  return s.substr(first, last - first);
}

inline bool starts_with_nocase(const std::string& s, const char* prefix) {
  std::size_t i = 0;
  for (; prefix[i] != '\0'; ++i)
    if (i >= s.size() || std::toupper(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

// Comma-separated fields; commas inside "quoted" text (an <alpha>) do not split.
inline std::vector<std::string> fields_of(const std::string& s) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (const char c : s) {
    if (c == '"') quoted = !quoted;
    if (c == ',' && !quoted) {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  for (auto& f : fields) f = strip(f);
  return fields;
}

// A decimal number of at most 9 digits; nullopt otherwise.
inline std::optional<long> number_of(const std::string& s) {
  if (s.empty() || s.size() > 9) return std::nullopt;
  long n = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

// The fields of each header, in order. Fields marked '?' may be left out,
// the last of them first: modems drop the empty <alpha> ("+CMGR: 0,23") and
// even <stat> ("+CMGR: 24"; both in Gammu's tests/at-sms dumps, 10 and 38).
struct header_syntax {
  const char* response;
  const char* prefix;  // upper case, as matched
  const char* usage;
  std::vector<std::string> fields;
};

inline const header_syntax* syntax_of(const std::string& line) {
  static const header_syntax all[] = {
      {"+CMGL", "+CMGL:", "+CMGL: <index>,<stat>,[<alpha>],<length>", {"index", "stat", "alpha?", "length"}},
      {"+CMGR", "+CMGR:", "+CMGR: <stat>,[<alpha>],<length>", {"stat?", "alpha?", "length"}},
      {"+CMT", "+CMT:", "+CMT: [<alpha>],<length>", {"alpha?", "length"}},
      {"+CDS", "+CDS:", "+CDS: <length>", {"length"}},
      {"AT+CMGS", "AT+CMGS=", "AT+CMGS=<length>", {"length"}},
      {"AT+CMGW", "AT+CMGW=", "AT+CMGW=<length>[,<stat>]", {"length", "stat?"}},
  };
  for (const auto& s : all)
    if (starts_with_nocase(line, s.prefix)) return &s;
  return nullptr;
}

inline bool is_result_code(const std::string& line) {
  static const char* const codes[] = {"OK", "ERROR", "RING", "NO CARRIER", "BUSY", "NO ANSWER", "NO DIALTONE",
                                      "CONNECT"};
  for (const char* code : codes)
    if (line == code) return true;
  // An echoed command, or another result code ("+CMGS: 12", "+CMS ERROR: 321",
  // "+CMTI: \"SM\",3", "^RSSI: 12"); no PDU starts with A, + or ^.
  return starts_with_nocase(line, "AT") || line[0] == '+' || line[0] == '^';
}

// Fills `h` from the fields after the prefix; returns the problem, if any.
inline std::string parse_header(const header_syntax& syntax, const std::string& rest, modem_header& h) {
  const auto values = fields_of(rest);
  const std::size_t all = syntax.fields.size();
  std::size_t optional = 0;
  for (const auto& name : syntax.fields) optional += name.back() == '?' ? 1u : 0u;
  if (values.size() > all || values.size() + optional < all) return std::string("expected ") + syntax.usage;
  // Leave out the last `missing` optional fields.
  std::size_t missing = all - values.size();
  std::vector<bool> present(all, true);
  for (std::size_t i = all; i-- > 0 && missing > 0;)
    if (syntax.fields[i].back() == '?') {
      present[i] = false;
      --missing;
    }
  std::size_t at = 0;
  for (std::size_t i = 0; i < all; ++i) {
    if (!present[i]) continue;
    const std::string& name = syntax.fields[i];
    const bool is_optional = name.back() == '?';
    const std::string& value = values[at++];
    const std::string field = is_optional ? name.substr(0, name.size() - 1) : name;
    if (field == "alpha") {
      std::string alpha = value;
      if (alpha.size() >= 2 && alpha.front() == '"' && alpha.back() == '"') alpha = alpha.substr(1, alpha.size() - 2);
      if (!alpha.empty()) h.alpha = alpha;
      continue;
    }
    const auto number = number_of(value);
    if (field == "stat") {
      if (!number || *number > 3) return "<stat> \"" + value + "\" is not 0..3 (TS 27.005 §3.1, PDU mode)";
      h.stat = static_cast<int>(*number);
    } else if (!number) {
      return "<" + field + "> \"" + value + "\" is not a number";
    } else if (field == "index") {
      h.index = *number;
    } else {
      h.length = static_cast<std::size_t>(*number);
    }
  }
  return {};
}

}  // namespace detail

/// What line `number` of modem output is.
inline modem_line classify(const std::string& raw, std::size_t number) {
  modem_line l;
  std::string line = detail::strip(raw);
  // The prompt of AT+CMGS/AT+CMGW (TS 27.005 §4.3): "> " and then the PDU typed after it.
  while (!line.empty() && line[0] == '>') line = detail::strip(line.substr(1));
  l.text = line;
  if (line.empty()) return l;
  if (const auto* syntax = detail::syntax_of(line)) {
    l.kind = line_kind::header;
    l.header.response = syntax->response;
    l.header.line = number;
    const std::string rest = line.substr(std::string(syntax->prefix).size());
    // Text mode quotes <stat> ("REC UNREAD", TS 27.005 §3.1); its next line is text, not a PDU.
    l.text_mode = rest.find("\"REC ") != std::string::npos || rest.find("\"STO ") != std::string::npos;
    l.problem = l.text_mode ? "text mode output (AT+CMGF=1); smspdu reads PDU mode (AT+CMGF=0)"
                            : detail::parse_header(*syntax, rest, l.header);
    return l;
  }
  l.kind = detail::is_result_code(line) ? line_kind::chatter : line_kind::pdu;
  return l;
}

}  // namespace cli

#endif  // SMSPDU_EXAMPLES_CLI_MODEM_HPP
