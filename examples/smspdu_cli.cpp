// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// smspdu: the command-line tool. It packs and unpacks GSM 7-bit and UCS-2
// text with the library's codecs, and prints errors with their offsets.
//
// Exit codes: 0 success; 1 the input was rejected (the message names the
// error and its offset); 2 the command line was wrong.
#include <smspdu/smspdu.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr int exit_ok = 0;
constexpr int exit_rejected = 1;
constexpr int exit_usage = 2;

const char* const usage_text =
    "usage: smspdu <command> [options]\n"
    "\n"
    "commands:\n"
    "  pack [--fill N] [--ussd] [--ucs2] TEXT\n"
    "      Encode TEXT (UTF-8) as GSM 7-bit packed septets, starting after N fill\n"
    "      bits (0..6, as after a user data header), or with --ussd using the\n"
    "      USSD/cell broadcast <CR> padding, or with --ucs2 as UCS-2 (UTF-16BE).\n"
    "  unpack [--fill N] [--ussd] [--ucs2] HEX [SEPTETS]\n"
    "      Decode packed GSM 7-bit HEX holding SEPTETS septets (the TP-UDL; by\n"
    "      default as many as fit), or USSD-packed text, or UCS-2 with --ucs2.\n"
    "  --version   print the version\n"
    "  --help      print this help\n"
    "\n"
    "exit codes: 0 success, 1 input rejected (error and offset on stderr), 2 usage error\n";

int usage_error(const std::string& message) {
  std::fprintf(stderr, "smspdu: %s\n\n%s", message.c_str(), usage_text);
  return exit_usage;
}

int rejected(const char* what, smspdu::error e, const char* unit) {
  std::fprintf(stderr, "smspdu: %s: %s (%s) at %s %zu\n", what,
               std::string(smspdu::describe(e.code)).c_str(),
               std::string(smspdu::to_string(e.code)).c_str(), unit, e.offset);
  return exit_rejected;
}

std::string to_hex(smspdu::octet_view octets) {
  std::string text(smspdu::hex_length_from_octets(octets.size()), '\0');
  (void)smspdu::octets_to_hex(octets, smspdu::span<char>(text));  // sized above: cannot fail
  return text;
}

struct options {
  unsigned fill_bits = 0;
  bool ussd = false;
  bool ucs2 = false;
  std::vector<std::string> arguments;
};

// Parses the options shared by pack and unpack; returns false on a usage error.
bool parse_options(int argc, char** argv, options& parsed, std::string& problem) {
  for (int i = 2; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--fill") {
      if (i + 1 >= argc) {
        problem = "--fill needs a value";
        return false;
      }
      const std::string value = argv[++i];
      if (value.size() != 1 || value[0] < '0' || value[0] > '6') {
        problem = "--fill takes 0..6";
        return false;
      }
      parsed.fill_bits = static_cast<unsigned>(value[0] - '0');
    } else if (arg == "--ussd") {
      parsed.ussd = true;
    } else if (arg == "--ucs2") {
      parsed.ucs2 = true;
    } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
      problem = "unknown option " + std::string(arg);
      return false;
    } else {
      parsed.arguments.emplace_back(arg);
    }
  }
  return true;
}

int pack(const options& o) {
  if (o.arguments.size() != 1) return usage_error("pack takes one TEXT");
  const std::string& text = o.arguments[0];
  if (o.ucs2) {
    const auto length = smspdu::ucs2_length_from_utf8(text);
    if (!length) return rejected("cannot encode TEXT", length.error(), "byte");
    std::vector<std::uint8_t> octets(*length);
    (void)smspdu::utf8_to_ucs2(text, octets);
    std::printf("alphabet: UCS-2\noctets:   %zu\nhex:      %s\n", octets.size(),
                to_hex(octets).c_str());
    return exit_ok;
  }
  const auto septet_count = smspdu::gsm7_length_from_utf8(text);
  if (!septet_count) return rejected("cannot encode TEXT", septet_count.error(), "byte");
  std::vector<std::uint8_t> septets(*septet_count);
  (void)smspdu::utf8_to_gsm7(text, septets);
  std::vector<std::uint8_t> octets;
  if (o.ussd) {
    octets.resize(smspdu::octets_length_from_septets_ussd(septets));
    (void)smspdu::pack_septets_ussd(septets, octets);
  } else {
    octets.resize(smspdu::octets_length_from_septets(septets.size(), o.fill_bits));
    (void)smspdu::pack_septets(septets, octets, o.fill_bits);
  }
  std::printf("alphabet: GSM 7-bit default%s\nseptets:  %zu\nfill:     %u bits\noctets:   %zu\nhex:      %s\n",
              o.ussd ? " (USSD <CR> padding)" : "", septets.size(), o.ussd ? 0u : o.fill_bits,
              octets.size(), to_hex(octets).c_str());
  return exit_ok;
}

int unpack(const options& o) {
  if (o.arguments.empty() || o.arguments.size() > 2)
    return usage_error("unpack takes HEX and optionally SEPTETS");
  const std::string& hex = o.arguments[0];
  std::vector<std::uint8_t> octets(smspdu::octets_length_from_hex(hex.size()));
  const auto n = smspdu::hex_to_octets(hex, octets);
  if (!n) return rejected("bad HEX", n.error(), "hex digit");
  std::string text;
  if (o.ucs2) {
    const auto length = smspdu::utf8_length_from_ucs2(octets);
    if (!length) return rejected("bad UCS-2", length.error(), "octet");
    text.resize(*length);
    (void)smspdu::ucs2_to_utf8(octets, smspdu::span<char>(text));
  } else {
    std::vector<std::uint8_t> septets;
    if (o.ussd) {
      septets.resize(smspdu::septets_length_from_octets_ussd(octets.size()));
      septets.resize(smspdu::unpack_septets_ussd(octets, septets).value());
    } else {
      std::size_t count = smspdu::septets_length_from_octets(octets.size(), o.fill_bits);
      if (o.arguments.size() == 2) {
        char* end = nullptr;
        count = std::strtoul(o.arguments[1].c_str(), &end, 10);
        if (end == o.arguments[1].c_str() || *end != '\0') return usage_error("SEPTETS must be a number");
      }
      septets.resize(count);
      const auto unpacked = smspdu::unpack_septets(octets, count, septets, o.fill_bits);
      if (!unpacked) return rejected("cannot unpack", unpacked.error(), "octet");
    }
    text.resize(smspdu::utf8_length_from_gsm7(septets));
    (void)smspdu::gsm7_to_utf8(septets, smspdu::span<char>(text));
  }
  std::printf("%s\n", text.c_str());
  return exit_ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage_error("no command");
  const std::string_view command = argv[1];
  if (command == "--help" || command == "-h" || command == "help") {
    std::fputs(usage_text, stdout);
    return exit_ok;
  }
  if (command == "--version") {
    std::printf("smspdu %s\n", SMSPDU_VERSION_STRING);
    return exit_ok;
  }
  options parsed;
  std::string problem;
  if (!parse_options(argc, argv, parsed, problem)) return usage_error(problem);
  if (command == "pack") return pack(parsed);
  if (command == "unpack") return unpack(parsed);
  return usage_error("unknown command " + std::string(command));
}
