// The canonical writer of JSON format v1 (json_codec.hpp): text written straight from the model's
// field lists, without building a JSON tree first (signature hashes write the agreement on every
// check, so this is on the editor's keystroke path).
#include <cmath>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/json_codec.hpp"
#include "core/json_prescan.hpp"

namespace la {
namespace {

// Writes JSON text in the layout nlohmann::json::dump(2) gives, field by field.
struct CanonicalWriter {
  std::string out;

  template <class T>
  void write_object(const T& object) {
    open_object();
    write_fields(object);
    close_object();
  }

  void open_object() {
    field_count_.push_back(0);
    out += '{';
    ++depth_;
  }

  // The model's fields in canonical order, then the unknown ones (sorted by name).
  template <class T>
  void write_fields(const T& object) {
    FieldWriter visitor{*this};
    T::visit_fields(object, visitor);
    if (object.unknown.is_object()) {
      for (const auto& [key, value] : object.unknown.items()) {
        begin_field(key);
        write_unknown(value);
      }
    }
  }

  void close_object() {
    --depth_;
    if (field_count_.back() > 0) newline();
    out += '}';
    field_count_.pop_back();
  }

  void begin_field(std::string_view name) {
    out += field_count_.back()++ > 0 ? ",\n" : "\n";
    indent();
    write_string(name);
    out += ": ";
  }

  struct FieldWriter {
    CanonicalWriter& writer;
    template <class Field>
    void operator()(const char* name, const Field& field) {
      if (!field) return;
      writer.begin_field(name);
      writer.write_value(*field);
    }
  };

  void indent() { out.append(2 * depth_, ' '); }
  void newline() {
    out += '\n';
    indent();
  }

  void write_value(const std::string& text) { write_string(text); }
  void write_value(bool flag) { out += flag ? "true" : "false"; }

  void write_value(long long number) { out += std::to_string(number); }
  void write_value(double number) {
    // Whole numbers are written without a fraction: 6, not 6.0 (what people and XML tools expect).
    if (std::trunc(number) == number && std::fabs(number) < kMaxNumberMagnitude) {
      out += std::to_string(static_cast<long long>(number));
    } else {
      out += nlohmann::json(number).dump();  // shortest text that reads back as the same number
    }
  }
  template <class T>
  void write_value(const std::vector<T>& items) {
    if (items.empty()) {
      out += "[]";
      return;
    }
    out += '[';
    ++depth_;
    for (std::size_t i = 0; i < items.size(); ++i) {
      out += i > 0 ? ",\n" : "\n";
      indent();
      write_object(items[i]);
    }
    --depth_;
    newline();
    out += ']';
  }
  template <class T>
  void write_value(const T& object) { write_object(object); }

  // Unknown values keep nlohmann's own layout (keys sorted), shifted to this depth.
  void write_unknown(const nlohmann::json& value) {
    std::string text = value.dump(2, ' ', false, nlohmann::detail::error_handler_t::replace);
    std::string shift = "\n" + std::string(2 * depth_, ' ');
    for (char c : text) {
      if (c == '\n') out += shift;
      else out += c;
    }
  }

  // JSON string escaping as nlohmann writes it; bytes that are not UTF-8 become U+FFFD.
  void write_string(std::string_view text) {
    static const char kHex[] = "0123456789abcdef";
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
      unsigned char c = text[i];
      if (c >= 0x80) {
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
          out += "\xEF\xBF\xBD";
          ++i;
        } else {
          out.append(text.data() + i, length);
          i += length;
        }
        continue;
      }
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          if (c < 0x20) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
          } else {
            out += static_cast<char>(c);
          }
      }
      ++i;
    }
    out += '"';
  }

  std::size_t depth_ = 0;
  std::vector<std::size_t> field_count_;  // fields written so far, per open object
};

}  // namespace

std::string write_agreement(const Agreement& agreement) {
  CanonicalWriter writer;
  writer.out.reserve(4096);
  writer.open_object();
  writer.begin_field("formatVersion");  // first in every file, before the model's fields
  writer.write_value(kFormatVersion);
  writer.write_fields(agreement);
  writer.close_object();
  writer.out += '\n';
  return writer.out;
}

}  // namespace la
