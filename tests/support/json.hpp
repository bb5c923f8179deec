// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// A small JSON reader for the test vectors (tests/data/*.jsonl). Test-only:
// it allocates and throws, which the library itself never does.
#ifndef SMSPDU_TESTS_SUPPORT_JSON_HPP
#define SMSPDU_TESTS_SUPPORT_JSON_HPP

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace test {

/// Appends the UTF-8 form of a code point (test helper; no validation).
inline void append_utf8(std::string& out, std::uint32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

class json {
 public:
  enum class kind { null, boolean, number, string, array, object };

  static json parse(std::string_view text) {
    std::size_t at = 0;
    json value = parse_value(text, at);
    skip_space(text, at);
    if (at != text.size()) throw std::runtime_error("json: trailing characters");
    return value;
  }

  kind type() const { return kind_; }
  bool is_null() const { return kind_ == kind::null; }
  bool has(std::string_view key) const {
    if (kind_ != kind::object) return false;
    for (const auto& member : members_)
      if (member.first == key) return true;
    return false;
  }
  const json& operator[](std::string_view key) const {
    if (kind_ != kind::object) throw std::runtime_error("json: not an object");
    for (const auto& member : members_)
      if (member.first == key) return member.second;
    throw std::runtime_error("json: no key " + std::string(key));
  }
  const json& operator[](std::size_t index) const { return array().at(index); }
  const std::string& str() const {
    if (kind_ != kind::string) throw std::runtime_error("json: not a string");
    return string_;
  }
  double number() const {
    if (kind_ != kind::number) throw std::runtime_error("json: not a number");
    return number_;
  }
  long long integer() const { return static_cast<long long>(number()); }
  bool boolean() const {
    if (kind_ != kind::boolean) throw std::runtime_error("json: not a boolean");
    return boolean_;
  }
  const std::vector<json>& array() const {
    if (kind_ != kind::array) throw std::runtime_error("json: not an array");
    return elements_;
  }
  const std::vector<std::pair<std::string, json>>& members() const { return members_; }

 private:
  static void skip_space(std::string_view t, std::size_t& at) {
    while (at < t.size() && (t[at] == ' ' || t[at] == '\n' || t[at] == '\r' || t[at] == '\t')) ++at;
  }
  static void expect(std::string_view t, std::size_t& at, std::string_view word) {
    if (t.substr(at, word.size()) != word) throw std::runtime_error("json: bad literal");
    at += word.size();
  }
  static std::uint32_t hex4(std::string_view t, std::size_t& at) {
    if (at + 4 > t.size()) throw std::runtime_error("json: short \\u escape");
    const std::uint32_t value = static_cast<std::uint32_t>(std::stoul(std::string(t.substr(at, 4)), nullptr, 16));
    at += 4;
    return value;
  }
  static std::string parse_string(std::string_view t, std::size_t& at) {
    ++at;  // opening quote
    std::string out;
    while (at < t.size() && t[at] != '"') {
      char c = t[at++];
      if (c != '\\') {
        out += c;
        continue;
      }
      if (at >= t.size()) break;
      c = t[at++];
      switch (c) {
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
          std::uint32_t unit = hex4(t, at);
          if (unit >= 0xD800 && unit <= 0xDBFF && t.substr(at, 2) == "\\u") {
            at += 2;
            const std::uint32_t low = hex4(t, at);
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
          }
          append_utf8(out, unit);
          break;
        }
        default: out += c;  // \" \\ \/
      }
    }
    if (at >= t.size()) throw std::runtime_error("json: unterminated string");
    ++at;  // closing quote
    return out;
  }
  static json parse_value(std::string_view t, std::size_t& at) {
    skip_space(t, at);
    if (at >= t.size()) throw std::runtime_error("json: unexpected end");
    json value;
    const char c = t[at];
    if (c == '{') {
      value.kind_ = kind::object;
      ++at;
      skip_space(t, at);
      if (t[at] == '}') {
        ++at;
        return value;
      }
      for (;;) {
        skip_space(t, at);
        std::string key = parse_string(t, at);
        skip_space(t, at);
        expect(t, at, ":");
        value.members_.emplace_back(std::move(key), parse_value(t, at));
        skip_space(t, at);
        if (t[at] == ',') {
          ++at;
          continue;
        }
        expect(t, at, "}");
        return value;
      }
    }
    if (c == '[') {
      value.kind_ = kind::array;
      ++at;
      skip_space(t, at);
      if (t[at] == ']') {
        ++at;
        return value;
      }
      for (;;) {
        value.elements_.push_back(parse_value(t, at));
        skip_space(t, at);
        if (t[at] == ',') {
          ++at;
          continue;
        }
        expect(t, at, "]");
        return value;
      }
    }
    if (c == '"') {
      value.kind_ = kind::string;
      value.string_ = parse_string(t, at);
      return value;
    }
    if (c == 't') {
      expect(t, at, "true");
      value.kind_ = kind::boolean;
      value.boolean_ = true;
      return value;
    }
    if (c == 'f') {
      expect(t, at, "false");
      value.kind_ = kind::boolean;
      return value;
    }
    if (c == 'n') {
      expect(t, at, "null");
      return value;
    }
    std::size_t end = at;
    while (end < t.size() && std::string_view("+-0123456789.eE").find(t[end]) != std::string_view::npos) ++end;
    if (end == at) throw std::runtime_error("json: unexpected character");
    value.kind_ = kind::number;
    value.number_ = std::stod(std::string(t.substr(at, end - at)));
    at = end;
    return value;
  }

  kind kind_ = kind::null;
  bool boolean_ = false;
  double number_ = 0;
  std::string string_;
  std::vector<json> elements_;
  std::vector<std::pair<std::string, json>> members_;
};

}  // namespace test

#endif  // SMSPDU_TESTS_SUPPORT_JSON_HPP
