// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The smspdu authors
//
// A decoded PDU as a tree of named fields, printed either for people (labels,
// words, indentation) or as one JSON object per line with stable keys
// (documented in README.md, "The smspdu command-line tool").
#ifndef SMSPDU_EXAMPLES_CLI_REPORT_HPP
#define SMSPDU_EXAMPLES_CLI_REPORT_HPP

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace cli {

/// One field: a scalar, or an object or array of fields.
struct field {
  enum class kind { text, number, boolean, null, object, array };

  std::string key;    ///< JSON key (ignored inside arrays; empty in an object: for people only)
  std::string label;  ///< for people; empty: not shown to people
  kind type = kind::null;
  std::string text;   ///< kind::text, or the digits of kind::number
  bool flag = false;  ///< kind::boolean
  /// For people, one line instead of the children (for example
  /// "+27381000015 (international, ISDN/telephone)").
  std::string summary;
  std::vector<field> children;

  static field make(std::string key, std::string label, kind type) {
    field f;
    f.key = std::move(key);
    f.label = std::move(label);
    f.type = type;
    return f;
  }
  static field string(std::string key, std::string label, std::string value) {
    field f = make(std::move(key), std::move(label), kind::text);
    f.text = std::move(value);
    return f;
  }
  static field number(std::string key, std::string label, long long value) {
    field f = make(std::move(key), std::move(label), kind::number);
    f.text = std::to_string(value);
    return f;
  }
  static field boolean(std::string key, std::string label, bool value) {
    field f = make(std::move(key), std::move(label), kind::boolean);
    f.flag = value;
    return f;
  }
  static field none(std::string key, std::string label) {
    return make(std::move(key), std::move(label), kind::null);
  }
  static field object(std::string key, std::string label, std::vector<field> children,
                      std::string summary = {}) {
    field f = make(std::move(key), std::move(label), kind::object);
    f.children = std::move(children);
    f.summary = std::move(summary);
    return f;
  }
  static field array(std::string key, std::string label, std::vector<field> children) {
    field f = make(std::move(key), std::move(label), kind::array);
    f.children = std::move(children);
    return f;
  }
};

inline void append_json_string(std::string& out, const std::string& s) {
  out += '"';
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04X", c);
          out += escaped;
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

inline void append_json(std::string& out, const field& f) {
  switch (f.type) {
    case field::kind::text: append_json_string(out, f.text); break;
    case field::kind::number: out += f.text; break;
    case field::kind::boolean: out += f.flag ? "true" : "false"; break;
    case field::kind::null: out += "null"; break;
    case field::kind::object:
    case field::kind::array: {
      const bool object = f.type == field::kind::object;
      out += object ? '{' : '[';
      bool first = true;
      for (std::size_t i = 0; i < f.children.size(); ++i) {
        if (object && f.children[i].key.empty()) continue;  // for people only
        if (!first) out += ',';
        first = false;
        if (object) {
          append_json_string(out, f.children[i].key);
          out += ':';
        }
        append_json(out, f.children[i]);
      }
      out += object ? '}' : ']';
      break;
    }
  }
}

/// The JSON of a field tree, on one line.
inline std::string to_json(const field& root) {
  std::string out;
  append_json(out, root);
  return out;
}

// Control characters would garble a terminal: show them as escapes.
inline std::string printable(const std::string& s) {
  std::string out;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02X", c);
      out += escaped;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

inline void append_human(std::string& out, const field& f, int depth) {
  if (f.label.empty()) return;
  const std::string indent(static_cast<std::size_t>(2 * depth), ' ');
  std::string line = indent + f.label + ":";
  if (line.size() < 26) line.resize(26, ' ');
  else line += ' ';
  if (!f.summary.empty()) {
    out += line + printable(f.summary) + "\n";
    return;
  }
  switch (f.type) {
    case field::kind::text: out += line + printable(f.text) + "\n"; break;
    case field::kind::number: out += line + f.text + "\n"; break;
    case field::kind::boolean: out += line + (f.flag ? "yes" : "no") + "\n"; break;
    case field::kind::null: out += line + "none\n"; break;
    case field::kind::object:
    case field::kind::array:
      if (f.children.empty()) {
        out += line + "none\n";
        break;
      }
      out += indent + f.label + ":\n";
      for (const auto& child : f.children) append_human(out, child, depth + 1);
      break;
  }
}

/// The field tree for people: one "label: value" line per field.
inline std::string to_human(const field& root) {
  std::string out;
  for (const auto& child : root.children) append_human(out, child, 0);
  return out;
}

/// Prints field trees one after another: as JSON, one per line, or for
/// people with a blank line between them.
class printer {
 public:
  explicit printer(bool json) : json_(json) {}
  void print(const field& root) {
    if (json_) {
      std::printf("%s\n", to_json(root).c_str());
      return;
    }
    if (count_++ != 0) std::printf("\n");
    std::printf("%s", to_human(root).c_str());
  }

 private:
  bool json_;
  std::size_t count_ = 0;
};

}  // namespace cli

#endif  // SMSPDU_EXAMPLES_CLI_REPORT_HPP
