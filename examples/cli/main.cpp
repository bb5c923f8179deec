// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// smspdu: decode and encode SMS PDUs from the command line, and pack or
// unpack GSM 7-bit text.
//
// Exit codes: 0 success; 1 an input was rejected (the message on standard
// error names the error and where it is); 2 the command line was wrong.
#include <smspdu/smspdu.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if defined(_WIN32)
#include <io.h>
#else
#include <unistd.h>
#endif

#include "describe.hpp"
#include "modem.hpp"
#include "reassemble.hpp"
#include "report.hpp"

namespace {

constexpr int exit_ok = 0;
constexpr int exit_rejected = 1;
constexpr int exit_usage = 2;

const char* const main_help =
    "usage: smspdu <command> [options]\n"
    "\n"
    "commands:\n"
    "  decode   decode PDUs (hex, or a modem's +CMGL/+CMGR/+CMT output) and print\n"
    "           every field, or join concatenated parts into whole messages\n"
    "  encode   build the SMS-SUBMIT PDUs of a text for AT+CMGS (split when long)\n"
    "  count    how many segments a text needs, and why\n"
    "  pack     encode text as packed GSM 7-bit septets or UCS-2\n"
    "  unpack   decode packed GSM 7-bit septets or UCS-2 to text\n"
    "\n"
    "  smspdu <command> --help   help for one command\n"
    "  smspdu --version          the version\n"
    "\n"
    "exit codes: 0 success, 1 input rejected (error and offset on stderr), 2 usage error\n";

// Every command's help ends with the exit codes.
#define EXIT_CODES_HELP                                                              \
  "\n"                                                                               \
  "exit codes: 0 success, 1 an input was rejected (what and where on standard\n"     \
  "error), 2 a usage error\n"

const char* const decode_help =
    "usage: smspdu decode [--tpdu-only] [--direction sc-to-ms|ms-to-sc]\n"
    "                     [--report-form ack|error] [--reassemble]\n"
    "                     [--no-length-check] [--json] [HEX... | -]\n"
    "\n"
    "Decodes each PDU and prints every field in words, or with --json one JSON\n"
    "object per PDU and line. With -, or with no HEX when standard input is not a\n"
    "terminal, reads standard input: PDUs one per line, or a modem's output as it\n"
    "printed it in PDU mode (TS 27.005):\n"
    "\n"
    "  +CMGL: <index>,<stat>,[<alpha>],<length>   and the PDU on the next line\n"
    "  +CMGR: <stat>,[<alpha>],<length>           and the PDU on the next line\n"
    "  +CMT: [<alpha>],<length>                   a message received\n"
    "  +CDS: <length>                             a status report received\n"
    "  AT+CMGS=<length>, AT+CMGW=<length>         and the PDU after the \"> \" prompt\n"
    "\n"
    "<length>, the TPDU octets without the SMSC address, is checked against the\n"
    "PDU: a mismatch is an error for that PDU, with its line. Echoed commands, OK,\n"
    "blank lines and other result codes are passed over. Received (stat 0, 1) and\n"
    "stored (2, 3) messages are told apart by their TP-MTI.\n"
    "\n"
    "  --tpdu-only     the hex is a bare TPDU; by default it starts with the SMSC\n"
    "                  address, as modems print PDUs (00 for none)\n"
    "  --direction D   read TP-MTI for messages travelling SC to MS (received:\n"
    "                  DELIVER, SUBMIT-REPORT, STATUS-REPORT) or MS to SC (sent:\n"
    "                  SUBMIT, DELIVER-REPORT, COMMAND). By default TP-MTI is read\n"
    "                  as modem storage lists messages: DELIVER, SUBMIT, STATUS-REPORT\n"
    "                  (after +CMT and +CDS: SC to MS; after AT+CMGS: MS to SC)\n"
    "  --report-form F reports came in an RP-ACK (default) or an RP-ERROR (with TP-FCS)\n"
    "  --reassemble    join the parts of concatenated messages and print each\n"
    "                  message whole, with the lines its parts came from; those\n"
    "                  still incomplete are listed at the end\n"
    "  --no-length-check  decode a PDU even when <length> disagrees (some modems\n"
    "                  miscount status reports); the mismatch is then a warning\n"
    "  --json          one JSON object per PDU (or message) and line\n"
    EXIT_CODES_HELP;

// TS 23.038 Annex A tables the encoder may choose; shared by encode and count.
#define NATIONAL_OPTIONS_HELP                                                        \
  "  --national LANGS  allow these single shift tables when they save segments:\n"  \
  "                    a comma list of turkish (tr), spanish (es), portuguese\n"     \
  "                    (pt), bengali (bn), gujarati (gu), hindi (hi), kannada (kn),\n" \
  "                    malayalam (ml), oriya (or), punjabi (pa), tamil (ta),\n"     \
  "                    telugu (te), urdu (ur), or all\n"                             \
  "  --national-locking LANGS  also allow their locking shift tables (phones\n"     \
  "                    without them show nonsense; single shift degrades)\n"

const char* const encode_help =
    "usage: smspdu encode --to NUMBER (--text TEXT | --data HEX) [--smsc NUMBER]\n"
    "                     [--flash] [--replace N] [--validity DURATION]\n"
    "                     [--status-report] [--ucs2] [--reference MR]\n"
    "                     [--national LANGS] [--national-locking LANGS]\n"
    "                     [--concat-ref N] [--16bit-ref] [--port DEST[:SRC]]\n"
    "                     [--16bit-port] [--max-segments N] [--json]\n"
    "\n"
    "Builds the SMS-SUBMITs of TEXT (or of 8-bit data) and prints each PDU (SMSC\n"
    "address, then TPDU) with the <length> AT+CMGS wants. A message longer than\n"
    "one SMS is split into concatenated segments, one PDU a line, text never\n"
    "inside an escape pair, a surrogate pair or a grapheme cluster. Text is GSM\n"
    "7-bit when it can be, else UCS-2.\n"
    "\n"
    "  --to NUMBER       destination: +41791234567 (international) or digits\n"
    "  --text TEXT       the message text (UTF-8)\n"
    "  --data HEX        8-bit data instead of text (with --port: WAP push, OMA)\n"
    "  --smsc NUMBER     the SMSC address; by default 00 (the modem's own)\n"
    "  --flash           class 0: shown at once, not stored\n"
    "  --replace N       TP-PID 0x40+N (replace short message type N, 1..7)\n"
    "  --validity D      relative validity of at least D: 30m, 12h, 3d, 5w, 90s\n"
    "  --status-report   ask for a status report (TP-SRR); match it by TP-MR\n"
    "  --ucs2            UCS-2 even when GSM 7-bit would do\n"
    "  --reference MR    TP-MR of the first segment, 0..255 (default 0: most\n"
    "                    modems set it); segment i gets MR + i\n"
    NATIONAL_OPTIONS_HELP
    "  --concat-ref N    concatenation reference (default: random), 0..255, or\n"
    "                    0..65535 with --16bit-ref\n"
    "  --16bit-ref       16-bit concatenation reference (IE 0x08): 1 septet less\n"
    "  --port DEST[:SRC] application ports (IE 0x04, 8-bit, when both are 0..255,\n"
    "                    else IE 0x05, 16-bit); SRC is 0 when not given. WAP push:\n"
    "                    --port 2948:9200\n"
    "  --16bit-port      16-bit ports even when 8 bits would do\n"
    "  --max-segments N  refuse messages that need more than N segments (1..255)\n"
    "  --json            print a JSON object\n"
    EXIT_CODES_HELP;

const char* const count_help =
    "usage: smspdu count [--ucs2] [--national LANGS] [--national-locking LANGS]\n"
    "                    [--16bit-ref] [--port DEST[:SRC]] [--16bit-port] [--json]\n"
    "                    TEXT\n"
    "\n"
    "Says how TEXT (UTF-8) would be sent: the encoding and national language\n"
    "tables chosen, the segments and the units (septets or UTF-16 code units) in\n"
    "each, the room per segment and what is left in the last, and the characters\n"
    "that forced UCS-2.\n"
    "\n"
    "  --ucs2            UCS-2 even when GSM 7-bit would do\n"
    NATIONAL_OPTIONS_HELP
    "  --16bit-ref       count with a 16-bit concatenation reference\n"
    "  --port DEST[:SRC] count with an application port element in each segment\n"
    "  --16bit-port      ...of 16-bit ports\n"
    "  --json            print a JSON object\n"
    EXIT_CODES_HELP;

const char* const pack_help =
    "usage: smspdu pack [--fill N] [--ussd] [--ucs2] TEXT\n"
    "\n"
    "Encodes TEXT (UTF-8) as GSM 7-bit packed septets starting after N fill bits\n"
    "(0..6, as after a user data header), or with --ussd with the USSD/cell\n"
    "broadcast <CR> padding, or with --ucs2 as UCS-2 (UTF-16BE).\n"
    EXIT_CODES_HELP;

const char* const unpack_help =
    "usage: smspdu unpack [--fill N] [--ussd] [--ucs2] HEX [SEPTETS]\n"
    "\n"
    "Decodes packed GSM 7-bit HEX holding SEPTETS septets (the TP-UDL; by default\n"
    "as many as fit), USSD-packed text with --ussd, or UCS-2 with --ucs2.\n"
    EXIT_CODES_HELP;

int usage_error(const std::string& message, const char* help) {
  std::fprintf(stderr, "smspdu: %s\n\n%s", message.c_str(), help);
  return exit_usage;
}

std::string error_text(smspdu::error e) {
  return std::string(smspdu::describe(e.code)) + " (" + std::string(smspdu::to_string(e.code)) + ")";
}

int rejected(const std::string& what, smspdu::error e, const char* unit) {
  std::fprintf(stderr, "smspdu: %s: %s at %s %zu\n", what.c_str(), error_text(e).c_str(), unit,
               e.offset);
  return exit_rejected;
}

// Options as "--name value" or "--flag", and the remaining arguments.
class arguments {
 public:
  arguments(int argc, char** argv, int first) {
    for (int i = first; i < argc; ++i) all_.emplace_back(argv[i]);
  }
  bool flag(std::string_view name) {
    for (std::size_t i = 0; i < all_.size(); ++i)
      if (all_[i] == name) {
        all_.erase(all_.begin() + static_cast<long>(i));
        return true;
      }
    return false;
  }
  std::optional<std::string> value(std::string_view name, std::string& problem) {
    for (std::size_t i = 0; i < all_.size(); ++i)
      if (all_[i] == name) {
        if (i + 1 >= all_.size()) {
          problem = std::string(name) + " needs a value";
          return std::nullopt;
        }
        std::string v = all_[i + 1];
        all_.erase(all_.begin() + static_cast<long>(i), all_.begin() + static_cast<long>(i) + 2);
        return v;
      }
    return std::nullopt;
  }
  // What is left; an option among it is a usage error.
  std::vector<std::string> rest(std::string& problem) const {
    for (const auto& a : all_)
      if (a.size() > 1 && a[0] == '-' && a != "-" && problem.empty()) problem = "unknown option " + a;
    return all_;
  }

 private:
  std::vector<std::string> all_;
};

bool parse_number(const std::string& text, unsigned long max, unsigned long& out) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos) return false;
  out = std::strtoul(text.c_str(), nullptr, 10);
  return out <= max;
}

// ---------------------------------------------------------------------------
// decode

struct decode_settings {
  bool tpdu_only = false;
  std::optional<smspdu::direction> way;
  smspdu::decode_options options;
  bool json = false;
  bool check_length = true;
};

struct decode_state {
  decode_settings settings;
  cli::printer out;
  std::optional<cli::joiner> join;  // --reassemble
  bool all_good = true;
};

// One PDU: its hex, where it came from, and the modem line that announced it.
struct pdu_input {
  std::string hex;
  cli::origin from;
  std::optional<cli::modem_header> header;
};

// <length> counts the TPDU octets, not the SMSC address in front (TS 27.005
// §3.1); a PDU line cut short or run together with the next shows here.
std::string length_problem(const cli::modem_header& h, const std::vector<std::uint8_t>& octets, bool tpdu_only) {
  const std::size_t smsc = tpdu_only || octets.empty() ? 0 : 1u + octets[0];
  const std::size_t tpdu = octets.size() > smsc ? octets.size() - smsc : 0;
  if (tpdu == h.length) return {};
  std::string text = "<length> " + std::to_string(h.length) + " of the " + h.response + " line (line " +
                     std::to_string(h.line) + ") does not match the PDU: " + std::to_string(tpdu) + " TPDU octets";
  if (!tpdu_only)
    text += " (" + std::to_string(octets.size()) + " octets less " + std::to_string(smsc) + " of SMSC address)";
  if (!tpdu_only && octets.size() == h.length) text += "; if the modem leaves the SMSC address out, use --tpdu-only";
  return text;
}

// TP-MTI is read for the direction the modem line says: received (+CMT,
// +CDS), being sent (AT+CMGS), or as storage lists it (+CMGL, +CMGR,
// AT+CMGW and bare PDUs), unless --direction says otherwise.
smspdu::result<smspdu::pdu> decode_with(smspdu::octet_view octets, const decode_settings& s,
                                        std::optional<smspdu::direction> way) {
  if (s.tpdu_only) {
    const auto t = way ? smspdu::decode_tpdu(octets, *way, s.options) : smspdu::decode_stored_tpdu(octets);
    if (!t) return t.error();
    return smspdu::pdu{std::nullopt, *t};
  }
  return way ? smspdu::decode_pdu(octets, *way, s.options) : smspdu::decode_stored_pdu(octets);
}

smspdu::result<smspdu::pdu> decode_octets(const std::vector<std::uint8_t>& octets, const decode_settings& s,
                                          const std::optional<cli::modem_header>& header, std::string& note) {
  std::optional<smspdu::direction> way = s.way;
  if (!way && header) {
    if (header->response == "+CMT" || header->response == "+CDS") way = smspdu::direction::sc_to_ms;
    if (header->response == "AT+CMGS") way = smspdu::direction::ms_to_sc;
  }
  const auto decoded = decode_with(octets, s, way);
  // Some modems store a received message with TP-MTI 01 (Gammu's
  // tests/at-sms/01.dump: "+CMGR: 1,,78"). When it is no SUBMIT, <stat>
  // (received) decides, as Gammu decides: read it as an SMS-DELIVER.
  const std::size_t first = s.tpdu_only || octets.empty() ? 0 : 1u + octets[0];
  if (decoded || way || !header || !header->stat || !cli::stat_is_received(*header->stat) ||
      first >= octets.size() || (octets[first] & 3u) != 1u)
    return decoded;
  std::vector<std::uint8_t> as_deliver = octets;
  as_deliver[first] = static_cast<std::uint8_t>(as_deliver[first] & 0xFCu);
  const auto deliver = decode_with(as_deliver, s, smspdu::direction::sc_to_ms);
  if (!deliver) return decoded;
  note = "TP-MTI 01 (SMS-SUBMIT) does not decode; <stat> " + std::to_string(*header->stat) + " (" +
         cli::stat_name(*header->stat) + ") says received, so it is read as an SMS-DELIVER";
  return deliver;
}

// Where the modem line and the PDU disagree: the type is taken from TP-MTI,
// as the storage view reads it, and the disagreement shown. (Modems do list
// a SUBMIT as "REC READ", or a status report as "STO SENT".)
std::string stat_note(const cli::modem_header& h, smspdu::message_type t) {
  using smspdu::message_type;
  const std::string type(smspdu::to_string(t));
  const bool received = t == message_type::sms_deliver || t == message_type::sms_status_report;
  if (h.stat && cli::stat_is_received(*h.stat) != received)
    return "<stat> " + std::to_string(*h.stat) + " (" + cli::stat_name(*h.stat) + ") lists " +
           (received ? "stored" : "received") + " messages, but this PDU is an " + type + " (read by its TP-MTI)";
  if (h.response == "+CMT" && t != message_type::sms_deliver)
    return "+CMT announces an SMS-DELIVER, but this PDU is an " + type;
  if (h.response == "+CDS" && t != message_type::sms_status_report)
    return "+CDS announces an SMS-STATUS-REPORT, but this PDU is an " + type;
  return {};
}

cli::field modem_field(const cli::modem_header& h, const std::string& note) {
  using cli::field;
  std::string summary = h.response + " on line " + std::to_string(h.line);
  if (h.index) summary += ", index " + std::to_string(*h.index);
  if (h.stat) summary += ", stat " + std::to_string(*h.stat) + " (" + cli::stat_name(*h.stat) + ")";
  if (h.alpha) summary += ", \"" + *h.alpha + "\"";
  summary += ", length " + std::to_string(h.length);
  return field::object(
      "modem", "Modem line",
      {field::string("response", "", h.response), field::number("line", "", static_cast<long long>(h.line)),
       h.index ? field::number("index", "", *h.index) : field::none("index", ""),
       h.stat ? field::number("stat", "", *h.stat) : field::none("stat", ""),
       h.stat ? field::string("stat_name", "", cli::stat_name(*h.stat)) : field::none("stat_name", ""),
       h.alpha ? field::string("alpha", "", *h.alpha) : field::none("alpha", ""),
       field::number("length", "", static_cast<long long>(h.length)),
       note.empty() ? field::none("note", "") : field::string("note", "", note)},
      summary);
}

// Decodes one PDU and prints it, or with --reassemble hands a DELIVER or
// SUBMIT on to be joined; reports what is wrong and where. Returns success.
bool decode_input(const pdu_input& in, decode_state& st) {
  const decode_settings& s = st.settings;
  const char* where = in.from.where.c_str();
  std::vector<std::uint8_t> octets(smspdu::octets_length_from_hex(in.hex.size()));
  const auto n = smspdu::hex_to_octets(in.hex, octets);
  if (!n) {
    rejected(in.from.where, n.error(), "hex digit");
    return false;
  }
  if (in.header) {
    const std::string problem = length_problem(*in.header, octets, s.tpdu_only);
    if (!problem.empty()) {
      std::fprintf(stderr, "smspdu: %s: %s%s\n", where, s.check_length ? "" : "warning: ", problem.c_str());
      if (s.check_length) return false;
    }
  }
  std::string note;
  const auto decoded = decode_octets(octets, s, in.header, note);
  if (!decoded) {
    const auto e = decoded.error();
    std::fprintf(stderr, "smspdu: %s: %s at octet %zu (hex digit %zu)\n", where, error_text(e).c_str(), e.offset,
                 2 * e.offset);
    return false;
  }
  const auto type = smspdu::type_of(decoded->message);
  if (note.empty() && in.header) note = stat_note(*in.header, type);
  if (st.join && (type == smspdu::message_type::sms_deliver || type == smspdu::message_type::sms_submit)) {
    if (!note.empty()) std::fprintf(stderr, "smspdu: %s: note: %s\n", where, note.c_str());
    return st.join->add(*decoded, in.from, st.out);
  }
  cli::field report = cli::describe(in.hex, *decoded, !s.tpdu_only);
  if (in.header) {
    auto at = report.children.begin() + 1;  // after "pdu"
    if (!note.empty()) at = report.children.insert(at, cli::field::string("", "Note", note));
    report.children.insert(at, modem_field(*in.header, note));
  }
  st.out.print(report);
  return true;
}

// Modem output, or PDUs one per line: each PDU is decoded with the line
// before it that announced it, if any. Every problem is reported with its
// line, and the rest still decoded.
void decode_stream(std::istream& input, decode_state& st) {
  std::optional<cli::modem_header> pending;  // a header whose PDU line has not come yet
  bool skip_text = false;                     // a text-mode header: its message text comes next
  const auto orphan = [&](const std::string& instead) {
    std::fprintf(stderr, "smspdu: line %zu: %s announces a PDU, but %s\n", pending->line,
                 pending->response.c_str(), instead.c_str());
    st.all_good = false;
    pending.reset();
  };
  std::string text;
  std::size_t number = 0;
  while (std::getline(input, text)) {
    ++number;
    const cli::modem_line line = cli::classify(text, number);
    const std::string here = "line " + std::to_string(number);
    switch (line.kind) {
      case cli::line_kind::blank:
        break;
      case cli::line_kind::chatter:
        if (pending) orphan(here + " is \"" + line.text + "\"");
        skip_text = false;
        break;
      case cli::line_kind::header:
        if (pending) orphan(here + " is another " + line.header.response + " line");
        if (line.problem.empty()) {
          pending = line.header;
        } else {
          std::fprintf(stderr, "smspdu: %s: bad %s line: %s%s\n", here.c_str(), line.header.response.c_str(),
                       line.problem.c_str(), line.text_mode ? "" : " (its PDU is decoded without the length check)");
          st.all_good = false;
          skip_text = line.text_mode;
        }
        break;
      case cli::line_kind::pdu:
        if (std::exchange(skip_text, false)) break;
        st.all_good &= decode_input(pdu_input{line.text, cli::origin{here, number}, pending}, st);
        pending.reset();
        break;
    }
  }
  if (pending) orphan("the input ends");
}

bool stdin_is_terminal() {
#if defined(_WIN32)
  return _isatty(_fileno(stdin)) != 0;
#else
  return isatty(fileno(stdin)) != 0;
#endif
}

int decode_command(arguments args) {
  if (args.flag("--help")) {
    std::fputs(decode_help, stdout);
    return exit_ok;
  }
  decode_settings s;
  std::string problem;
  s.tpdu_only = args.flag("--tpdu-only");
  s.json = args.flag("--json");
  const bool reassemble = args.flag("--reassemble");
  s.check_length = !args.flag("--no-length-check");
  if (const auto d = args.value("--direction", problem)) {
    if (*d == "sc-to-ms") {
      s.way = smspdu::direction::sc_to_ms;
    } else if (*d == "ms-to-sc") {
      s.way = smspdu::direction::ms_to_sc;
    } else {
      return usage_error("--direction takes sc-to-ms or ms-to-sc", decode_help);
    }
  }
  if (const auto f = args.value("--report-form", problem)) {
    if (*f != "ack" && *f != "error") return usage_error("--report-form takes ack or error", decode_help);
    s.options.reports = *f == "error" ? smspdu::report_form::error : smspdu::report_form::ack;
  }
  const auto inputs = args.rest(problem);
  if (!problem.empty()) return usage_error(problem, decode_help);
  // No PDU given: modem output piped in, unless standard input is a terminal.
  if (inputs.empty() && stdin_is_terminal())
    return usage_error("decode needs HEX, or - (or input piped in) to read modem output", decode_help);
  decode_state st{s, cli::printer(s.json), std::nullopt, true};
  if (reassemble) st.join.emplace();
  std::size_t argument = 0;
  for (const auto& input : inputs) {
    ++argument;
    if (input == "-") {
      decode_stream(std::cin, st);
    } else {
      st.all_good &= decode_input(pdu_input{input, cli::origin{"PDU " + std::to_string(argument), argument}, {}}, st);
    }
  }
  if (inputs.empty()) decode_stream(std::cin, st);
  if (st.join) st.join->finish(st.out);
  return st.all_good ? exit_ok : exit_rejected;
}

// ---------------------------------------------------------------------------
// encode

// "30m", "12h", "3d", "5w", "90s" -> seconds; 0 on error.
std::uint32_t parse_duration(const std::string& text) {
  if (text.size() < 2) return 0;
  unsigned long amount = 0;
  if (!parse_number(text.substr(0, text.size() - 1), 63ul * 7 * 86400, amount)) return 0;
  switch (text.back()) {
    case 's': return static_cast<std::uint32_t>(amount);
    case 'm': return static_cast<std::uint32_t>(amount * 60);
    case 'h': return static_cast<std::uint32_t>(amount * 3600);
    case 'd': return static_cast<std::uint32_t>(amount * 86400);
    case 'w': return static_cast<std::uint32_t>(amount * 7 * 86400);
    default: return 0;
  }
}

// ISO 639-1 codes of the national languages, by NLI (TS 23.038 §6.2.1.2.4).
constexpr const char* language_codes[smspdu::national_language_count] = {
    "", "tr", "es", "pt", "bn", "gu", "hi", "kn", "ml", "or", "pa", "ta", "te", "ur"};

// "turkish,hi" or "all" -> the languages; false on an unknown name.
bool parse_languages(const std::string& list, std::uint16_t& mask) {
  std::size_t at = 0;
  while (at <= list.size()) {
    const std::size_t comma = std::min(list.find(',', at), list.size());
    const std::string name = list.substr(at, comma - at);
    bool known = false;
    for (std::size_t nli = 1; nli < smspdu::national_language_count; ++nli) {
      const auto language = static_cast<smspdu::national_language>(nli);
      if (name == "all" || name == smspdu::to_string(language) || name == language_codes[nli]) {
        mask = static_cast<std::uint16_t>(mask | (1u << nli));
        known = true;
      }
    }
    if (!known) return false;
    at = comma + 1;
  }
  return true;
}

// "2948", "2948:9200": application ports (TS 23.040 §9.2.3.24.3-4), 8-bit
// when both fit and 16-bit is not asked for. The originator port is 0 when
// not given, as Android sends data messages.
bool parse_ports(const std::string& text, bool sixteen_bit, smspdu::port_info& ports) {
  const std::size_t colon = text.find(':');
  unsigned long destination = 0;
  unsigned long originator = 0;
  if (!parse_number(text.substr(0, colon), 65535, destination)) return false;
  if (colon != std::string::npos && !parse_number(text.substr(colon + 1), 65535, originator)) return false;
  ports.destination = static_cast<std::uint16_t>(destination);
  ports.originator = static_cast<std::uint16_t>(originator);
  ports.sixteen_bit = sixteen_bit || destination > 255 || originator > 255;
  return true;
}

// The options encode and count share: encoding, national tables, reference
// width, application ports.
bool parse_segment_options(arguments& args, smspdu::message_options& options, std::string& problem) {
  if (args.flag("--ucs2")) options.encoding = smspdu::text_encoding::ucs2;
  options.sixteen_bit_reference = args.flag("--16bit-ref");
  const bool sixteen_bit_port = args.flag("--16bit-port");
  if (const auto ports = args.value("--port", problem)) {
    smspdu::port_info p;
    if (!parse_ports(*ports, sixteen_bit_port, p)) problem = "--port takes DEST or DEST:SRC, each 0..65535";
    options.ports = p;
  } else if (sixteen_bit_port && problem.empty()) {
    problem = "--16bit-port needs --port";
  }
  std::uint16_t single = 0;
  std::uint16_t locking = 0;
  if (const auto list = args.value("--national", problem))
    if (!parse_languages(*list, single)) problem = "--national takes language names (see --help) or all";
  if (const auto list = args.value("--national-locking", problem))
    if (!parse_languages(*list, locking)) problem = "--national-locking takes language names (see --help) or all";
  // Locking shift alone is allowed; a language's single shift table comes with it.
  for (std::size_t nli = 1; nli < smspdu::national_language_count; ++nli) {
    const auto language = static_cast<smspdu::national_language>(nli);
    if ((static_cast<unsigned>(locking) >> nli & 1u) != 0) options.languages = options.languages | smspdu::national_languages::both(language);
    if ((static_cast<unsigned>(single) >> nli & 1u) != 0) options.languages = options.languages | smspdu::national_languages::single(language);
  }
  return problem.empty();
}

std::string tables_text(smspdu::gsm7_tables t) {
  if (t == smspdu::gsm7_tables{}) return "default alphabet";
  std::string text;
  if (t.locking_shift != smspdu::national_language::none)
    text += std::string(smspdu::to_string(t.locking_shift)) + " locking shift";
  if (t.single_shift != smspdu::national_language::none)
    text += std::string(text.empty() ? "" : ", ") + std::string(smspdu::to_string(t.single_shift)) + " single shift";
  return text;
}

const char* unit_name(const smspdu::segment_plan& plan) {
  switch (plan.encoding) {
    case smspdu::alphabet::gsm7: return "septets";
    case smspdu::alphabet::ucs2: return "UTF-16 units";
    case smspdu::alphabet::eight_bit: break;
  }
  return "octets";
}

const char* encoding_name(smspdu::alphabet a) {
  switch (a) {
    case smspdu::alphabet::gsm7: return "GSM 7-bit";
    case smspdu::alphabet::ucs2: return "UCS-2";
    case smspdu::alphabet::eight_bit: break;
  }
  return "8-bit data";
}

std::string code_point_text(char32_t c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
  return buffer;
}

// The fields of a plan that encode and count both print.
std::vector<cli::field> plan_fields(const smspdu::segment_plan& plan) {
  std::vector<cli::field> units;
  std::string per_segment;
  for (const auto& span : plan.segments) {
    units.push_back(cli::field::number("", "", span.units));
    per_segment += (per_segment.empty() ? "" : ", ") + std::to_string(span.units);
  }
  std::vector<cli::field> forced;
  std::string forced_text;
  for (const auto& f : plan.forced_ucs2) {
    forced.push_back(cli::field::object(
        "", "", {cli::field::string("code_point", "", code_point_text(f.code_point)),
                 cli::field::number("offset", "", static_cast<long long>(f.offset))}));
    forced_text += (forced_text.empty() ? "" : ", ") + code_point_text(f.code_point) + " at byte " +
                   std::to_string(f.offset);
  }
  if (plan.forced_ucs2_count > plan.forced_ucs2.size())
    forced_text += " and " + std::to_string(plan.forced_ucs2_count - plan.forced_ucs2.size()) + " more";
  const std::string unit = unit_name(plan);
  std::vector<cli::field> fields = {
      cli::field::string("encoding", "", std::string(smspdu::to_string(plan.encoding))),
      cli::field::string("", "Encoding", encoding_name(plan.encoding)),
      cli::field::string("locking_shift", "", std::string(smspdu::to_string(plan.tables.locking_shift))),
      cli::field::string("single_shift", "", std::string(smspdu::to_string(plan.tables.single_shift))),
      cli::field::string("", "Tables", plan.encoding == smspdu::alphabet::gsm7 ? tables_text(plan.tables) : "-"),
      cli::field::number("segments", "Segments", static_cast<long long>(plan.segment_count())),
      cli::field::number("units", "", static_cast<long long>(plan.units)),
      cli::field::string("", "Units", std::to_string(plan.units) + " " + unit + " (" + per_segment + ")"),
      cli::field::array("per_segment", "", units),
      cli::field::number("capacity", "", static_cast<long long>(plan.capacity)),
      cli::field::number("header_octets", "", static_cast<long long>(plan.header_octets)),
      cli::field::string("", "Per segment",
                         std::to_string(plan.capacity) + " " + unit +
                             (plan.header_octets == 0 ? std::string(" (no user data header)")
                                                      : " (user data header of " +
                                                            std::to_string(plan.header_octets) + " octets)")),
      cli::field::number("remaining", "", static_cast<long long>(plan.units_remaining())),
      cli::field::string("", "Remaining", std::to_string(plan.units_remaining()) + " " + unit + " in the last segment"),
      cli::field::array("forced_ucs2", "", forced),
      cli::field::number("forced_ucs2_count", "", static_cast<long long>(plan.forced_ucs2_count)),
  };
  if (!forced_text.empty()) fields.push_back(cli::field::string("", "UCS-2 forced by", forced_text));
  return fields;
}

int count_command(arguments args) {
  if (args.flag("--help")) {
    std::fputs(count_help, stdout);
    return exit_ok;
  }
  std::string problem;
  smspdu::message_options options;
  const bool json = args.flag("--json");
  parse_segment_options(args, options, problem);
  auto text = args.value("--text", problem);
  const auto rest = args.rest(problem);
  if (!problem.empty()) return usage_error(problem, count_help);
  if (!text && rest.size() == 1) text = rest.front();
  if (!text || (rest.size() != 0 && rest.size() != 1) || (text && !rest.empty() && *text != rest.front()))
    return usage_error("count takes one TEXT", count_help);
  const auto plan = smspdu::count_segments(*text, options);
  if (!plan) return rejected("cannot encode TEXT", plan.error(), "byte");
  const cli::field root = cli::field::object("", "", plan_fields(*plan));
  std::printf("%s", json ? (cli::to_json(root) + "\n").c_str() : cli::to_human(root).c_str());
  return exit_ok;
}

int encode_command(arguments args) {
  if (args.flag("--help")) {
    std::fputs(encode_help, stdout);
    return exit_ok;
  }
  std::string problem;
  smspdu::submit_options options;
  const bool json = args.flag("--json");
  if (args.flag("--flash")) options.message_class = smspdu::message_class::class_0;
  if (args.flag("--status-report")) options.status_report = true;
  parse_segment_options(args, options, problem);
  const auto to = args.value("--to", problem);
  const auto text = args.value("--text", problem);
  const auto data = args.value("--data", problem);
  const auto smsc = args.value("--smsc", problem);
  if (const auto n = args.value("--replace", problem)) {
    unsigned long type = 0;
    if (!parse_number(*n, 7, type) || type == 0) return usage_error("--replace takes 1..7", encode_help);
    options.pid = smspdu::protocol_identifier::replace_short_message(static_cast<unsigned>(type));
  }
  if (const auto v = args.value("--validity", problem)) {
    const std::uint32_t seconds = parse_duration(*v);
    const auto validity = smspdu::validity_period::at_least(seconds);
    if (seconds == 0 || !validity)
      return usage_error("--validity takes a duration from 1s to 63w, such as 30m, 12h, 3d or 5w", encode_help);
    options.validity = *validity;
  }
  if (const auto r = args.value("--reference", problem)) {
    unsigned long mr = 0;
    if (!parse_number(*r, 255, mr)) return usage_error("--reference takes 0..255", encode_help);
    options.message_reference = static_cast<std::uint8_t>(mr);
  }
  // A new concatenation reference for every message (TS 23.040 §9.2.3.24.1),
  // unless the caller fixes one.
  options.reference = static_cast<std::uint16_t>(std::random_device{}() & 0xFFFFu);
  if (const auto r = args.value("--concat-ref", problem)) {
    unsigned long reference = 0;
    const unsigned long most = options.sixteen_bit_reference ? 65535 : 255;
    if (!parse_number(*r, most, reference))
      return usage_error("--concat-ref takes 0..255, or 0..65535 with --16bit-ref", encode_help);
    options.reference = static_cast<std::uint16_t>(reference);
  }
  if (const auto m = args.value("--max-segments", problem)) {
    unsigned long most = 0;
    if (!parse_number(*m, 255, most) || most == 0) return usage_error("--max-segments takes 1..255", encode_help);
    options.max_segments = most;
  }
  const auto rest = args.rest(problem);
  if (!problem.empty()) return usage_error(problem, encode_help);
  if (!rest.empty()) return usage_error("unexpected argument " + rest.front(), encode_help);
  if (!to || !text == !data) return usage_error("encode needs --to and --text (or --data)", encode_help);
  if (data && (options.encoding != smspdu::text_encoding::automatic || options.languages.any()))
    return usage_error("--ucs2 and --national are for --text, not --data", encode_help);

  const auto destination = smspdu::phone_number(*to);
  if (!destination) return rejected("bad --to", destination.error(), "character");
  std::optional<smspdu::address> smsc_address;
  if (smsc) {
    const auto address = smspdu::phone_number(*smsc);
    if (!address) return rejected("bad --smsc", address.error(), "character");
    smsc_address = *address;
  }
  std::vector<std::pair<std::string, std::size_t>> pdus;  // hex, AT+CMGS length
  smspdu::result<smspdu::segment_plan> plan = smspdu::error{};
  if (data) {
    // 8-bit data (DCS 0x04, or 0xF4..0xF7 with a class), split into
    // segments of 140 octets less the header; WAP push goes to port 2948.
    std::vector<std::uint8_t> octets(smspdu::octets_length_from_hex(data->size()));
    const auto n = smspdu::hex_to_octets(*data, octets);
    if (!n) return rejected("bad --data", n.error(), "hex digit");
    std::optional<smspdu::error> failed;
    plan = smspdu::split_data_submit(*destination, octets, options, [&](const smspdu::sms_submit& part) {
      const auto hex = smspdu::encode_pdu_hex(smspdu::pdu{smsc_address, part});
      if (hex) {
        pdus.emplace_back(std::string(hex->text()), hex->tpdu_octets);
      } else if (!failed) {
        failed = hex.error();
      }
    });
    if (plan && failed) plan = *failed;
    if (!plan) return rejected("cannot encode --data", plan.error(), "octet");
  } else {
    plan = smspdu::split_submit_hex(smsc_address, *destination, *text, options, [&](const smspdu::pdu_hex& hex) {
      pdus.emplace_back(std::string(hex.text()), hex.tpdu_octets);
    });
    if (!plan) return rejected("cannot encode --text", plan.error(), "byte");
  }
  std::vector<cli::field> parts;
  std::string lines;
  for (std::size_t i = 0; i < pdus.size(); ++i) {
    const auto& [pdu, length] = pdus[i];
    parts.push_back(cli::field::object("", "", {cli::field::string("pdu", "", pdu),
                                                cli::field::number("tpdu_length", "", static_cast<long long>(length))}));
    std::string label = pdus.size() == 1 ? "PDU:" : "PDU " + std::to_string(i + 1) + "/" + std::to_string(pdus.size()) + ":";
    label.resize(std::max<std::size_t>(label.size() + 1, 11), ' ');
    lines += label + pdu + "\nAT+CMGS=" + std::to_string(length) + "\n";
  }
  if (json) {
    std::vector<cli::field> fields = plan_fields(*plan);
    fields.push_back(cli::field::number("concatenation_reference", "",
                                        plan->segment_count() > 1 ? static_cast<long long>(options.reference) : -1));
    fields.push_back(cli::field::array("pdus", "", parts));
    if (parts.size() == 1) {  // the one PDU also at the top, as before long messages
      fields.push_back(parts.front().children[0]);
      fields.push_back(parts.front().children[1]);
    }
    std::printf("%s\n", cli::to_json(cli::field::object("", "", fields)).c_str());
  } else {
    std::printf("%s", lines.c_str());
  }
  return exit_ok;
}

// ---------------------------------------------------------------------------
// pack / unpack

struct packing {
  unsigned fill_bits = 0;
  bool ussd = false;
  bool ucs2 = false;
};

bool parse_packing(arguments& args, packing& p, std::string& problem) {
  p.ussd = args.flag("--ussd");
  p.ucs2 = args.flag("--ucs2");
  if (const auto fill = args.value("--fill", problem)) {
    unsigned long bits = 0;
    if (!parse_number(*fill, 6, bits)) {
      problem = "--fill takes 0..6";
      return false;
    }
    p.fill_bits = static_cast<unsigned>(bits);
  }
  return problem.empty();
}

int pack_command(arguments args) {
  if (args.flag("--help")) {
    std::fputs(pack_help, stdout);
    return exit_ok;
  }
  packing p;
  std::string problem;
  if (!parse_packing(args, p, problem)) return usage_error(problem, pack_help);
  const auto rest = args.rest(problem);
  if (!problem.empty()) return usage_error(problem, pack_help);
  if (rest.size() != 1) return usage_error("pack takes one TEXT", pack_help);
  const std::string& text = rest[0];
  if (p.ucs2) {
    const auto length = smspdu::ucs2_length_from_utf8(text);
    if (!length) return rejected("cannot encode TEXT", length.error(), "byte");
    std::vector<std::uint8_t> octets(*length);
    (void)smspdu::utf8_to_ucs2(text, octets);
    std::printf("alphabet: UCS-2\noctets:   %zu\nhex:      %s\n", octets.size(), cli::hex_of(octets).c_str());
    return exit_ok;
  }
  const auto septet_count = smspdu::gsm7_length_from_utf8(text);
  if (!septet_count) return rejected("cannot encode TEXT", septet_count.error(), "byte");
  std::vector<std::uint8_t> septets(*septet_count);
  (void)smspdu::utf8_to_gsm7(text, septets);
  std::vector<std::uint8_t> octets;
  if (p.ussd) {
    octets.resize(smspdu::octets_length_from_septets_ussd(septets));
    (void)smspdu::pack_septets_ussd(septets, octets);
  } else {
    octets.resize(smspdu::octets_length_from_septets(septets.size(), p.fill_bits));
    (void)smspdu::pack_septets(septets, octets, p.fill_bits);
  }
  std::printf("alphabet: GSM 7-bit default%s\nseptets:  %zu\nfill:     %u bits\noctets:   %zu\nhex:      %s\n",
              p.ussd ? " (USSD <CR> padding)" : "", septets.size(), p.ussd ? 0u : p.fill_bits,
              octets.size(), cli::hex_of(octets).c_str());
  return exit_ok;
}

int unpack_command(arguments args) {
  if (args.flag("--help")) {
    std::fputs(unpack_help, stdout);
    return exit_ok;
  }
  packing p;
  std::string problem;
  if (!parse_packing(args, p, problem)) return usage_error(problem, unpack_help);
  const auto rest = args.rest(problem);
  if (!problem.empty()) return usage_error(problem, unpack_help);
  if (rest.empty() || rest.size() > 2) return usage_error("unpack takes HEX and optionally SEPTETS", unpack_help);
  const std::string& hex = rest[0];
  std::vector<std::uint8_t> octets(smspdu::octets_length_from_hex(hex.size()));
  const auto n = smspdu::hex_to_octets(hex, octets);
  if (!n) return rejected("bad HEX", n.error(), "hex digit");
  std::string text;
  if (p.ucs2) {
    const auto length = smspdu::utf8_length_from_ucs2(octets);
    if (!length) return rejected("bad UCS-2", length.error(), "octet");
    text.resize(*length);
    (void)smspdu::ucs2_to_utf8(octets, smspdu::span<char>(text));
  } else {
    std::vector<std::uint8_t> septets;
    if (p.ussd) {
      septets.resize(smspdu::septets_length_from_octets_ussd(octets.size()));
      septets.resize(smspdu::unpack_septets_ussd(octets, septets).value());
    } else {
      unsigned long count = smspdu::septets_length_from_octets(octets.size(), p.fill_bits);
      if (rest.size() == 2 && !parse_number(rest[1], 100000, count))
        return usage_error("SEPTETS must be a number", unpack_help);
      septets.resize(count);
      const auto unpacked = smspdu::unpack_septets(octets, count, septets, p.fill_bits);
      if (!unpacked) return rejected("cannot unpack", unpacked.error(), "octet");
    }
    text.resize(smspdu::utf8_length_from_gsm7(septets));
    (void)smspdu::gsm7_to_utf8(septets, smspdu::span<char>(text));
  }
  std::printf("%s\n", text.c_str());
  return exit_ok;
}

int run(int argc, char** argv) {
  if (argc < 2) return usage_error("no command", main_help);
  const std::string_view command = argv[1];
  if (command == "--help" || command == "-h" || command == "help") {
    std::fputs(main_help, stdout);
    return exit_ok;
  }
  if (command == "--version") {
    std::printf("smspdu %s\n", SMSPDU_VERSION_STRING);
    return exit_ok;
  }
  const arguments args(argc, argv, 2);
  if (command == "decode") return decode_command(args);
  if (command == "encode") return encode_command(args);
  if (command == "count") return count_command(args);
  if (command == "pack") return pack_command(args);
  if (command == "unpack") return unpack_command(args);
  return usage_error("unknown command " + std::string(command), main_help);
}

}  // namespace

int main(int argc, char** argv) {
  // The library never throws; std::string and std::vector here may, when
  // memory runs out.
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "smspdu: %s\n", e.what());
    return exit_rejected;
  }
}
