// File names for exported agreements (export_file_name.hpp).
#include "ui/export_file_name.hpp"

namespace la {
namespace {

// Keeps letters of any script and digits; anything else (spaces, slashes, quotes, dots) becomes a
// single hyphen, which Windows, macOS, Linux and e-mail attachments all accept.
void append_name_part(std::string& out, const Text& part) {
  if (!part) return;
  bool pending_hyphen = !out.empty();
  for (unsigned char c : *part) {
    bool keep = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!keep) {
      pending_hyphen = !out.empty();
      continue;
    }
    if (pending_hyphen) out += '-';
    pending_hyphen = false;
    out += static_cast<char>(c);
  }
}

}  // namespace

std::string export_file_name(const Agreement& agreement, std::string_view date) {
  std::string name;
  if (agreement.student) {
    append_name_part(name, agreement.student->family_name);
    append_name_part(name, agreement.student->given_names);
  }
  std::string result = "learning-agreement-";
  if (!name.empty()) result += name + "-";
  result += std::string(date) + ".json";
  return result;
}

}  // namespace la
