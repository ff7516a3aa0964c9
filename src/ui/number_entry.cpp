// Parsing typed numbers and keeping typed text (number_entry.hpp).
#include "ui/number_entry.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "core/json_parse.hpp"
#include "core/text_formats.hpp"

namespace la {

std::optional<long long> parse_whole_number(std::string_view text) {
  text = trimmed(text);
  if (text.empty() || text.size() > 15) return std::nullopt;
  std::size_t i = text[0] == '-' || text[0] == '+' ? 1 : 0;
  if (i == text.size()) return std::nullopt;
  long long value = 0;
  for (std::size_t k = i; k < text.size(); ++k) {
    if (text[k] < '0' || text[k] > '9') return std::nullopt;
    value = value * 10 + (text[k] - '0');
  }
  return text[0] == '-' ? -value : value;
}

std::string decimal_text(double value) {
  if (!std::isfinite(value)) return {};
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.6f", value);
  std::string text = buffer;
  while (!text.empty() && text.back() == '0') text.pop_back();
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text == "-0" ? "0" : text;
}

std::string PendingNumbers::shown(const std::string& pointer, std::optional<double> stored) const {
  auto it = entries_.find(pointer);
  if (it != entries_.end()) return it->second.text;
  return stored ? decimal_text(*stored) : std::string();
}

PendingNumbers::Typed PendingNumbers::typed(const std::string& pointer, const std::string& text, Kind kind) {
  Typed result;
  if (is_blank(text)) {
    result.valid = true;
  } else if (kind == Kind::Whole) {
    std::optional<long long> whole = parse_whole_number(text);
    result.valid = whole.has_value();
    if (whole) result.value = static_cast<double>(*whole);
  } else {
    result.value = parse_decimal(text);
    result.valid = result.value.has_value();
  }
  entries_[pointer] = Entry{text, result.valid};
  return result;
}

void PendingNumbers::field_left(const std::string& pointer) {
  auto it = entries_.find(pointer);
  if (it != entries_.end() && it->second.valid) entries_.erase(it);
}

bool PendingNumbers::is_invalid(const std::string& pointer) const {
  auto it = entries_.find(pointer);
  return it != entries_.end() && !it->second.valid;
}

std::size_t PendingNumbers::invalid_count() const {
  std::size_t count = 0;
  for (const auto& [pointer, entry] : entries_) count += entry.valid ? 0 : 1;
  return count;
}

std::string PendingNumbers::invalid_texts() const {
  if (invalid_count() == 0) return std::string();  // every frame asks; mostly there are none
  nlohmann::json texts = nlohmann::json::object();
  for (const auto& [pointer, entry] : entries_) {
    if (!entry.valid) texts[pointer] = entry.text;
  }
  return json_text(texts);
}

void PendingNumbers::clear_below(std::string_view pointer_prefix) {
  auto it = entries_.lower_bound(pointer_prefix);
  while (it != entries_.end() && std::string_view(it->first).substr(0, pointer_prefix.size()) == pointer_prefix) {
    it = entries_.erase(it);
  }
}

}  // namespace la
