// Numbers as students type them, and what they typed while it is not a number (yet).
// "7,5" is 7.5: many countries write a decimal comma. Text that is not a number is never dropped
// silently: the field keeps showing it, marked, until it is corrected; the model (which holds
// numbers) has no value meanwhile, so the checker reports the value as missing where it is required.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace la {

// "7", "7.5", "7,5", " -2 ", ".5"; not "", "7.5.1", "1e3", "seven", nor ±2^53 and beyond.
std::optional<double> parse_decimal(std::string_view text);
// "18", " 18 "; not "18.5", "", "eighteen".
std::optional<long long> parse_whole_number(std::string_view text);
// A value as an editable text: "7.5", "6", "0.125" (no exponent, no trailing zeros).
std::string decimal_text(double value);

// Typed text of number fields by pointer, while it differs from the stored value's text.
class PendingNumbers {
 public:
  enum class Kind { Decimal, Whole };
  struct Typed {
    bool valid = false;          // empty or a number of the field's kind
    std::optional<double> value; // what the model should hold now (nothing when invalid or empty)
  };

  // What the field shows: the typed text while there is one, else the stored value.
  std::string shown(const std::string& pointer, std::optional<double> stored) const;
  // The student changed the field's text.
  Typed typed(const std::string& pointer, const std::string& text, Kind kind);
  // The field lost the focus: a valid text gives way to the stored value's usual form; an
  // invalid one stays, marked, until corrected.
  void field_left(const std::string& pointer);
  bool is_invalid(const std::string& pointer) const;
  std::size_t invalid_count() const;
  // The texts that are not numbers, as a JSON object by pointer ("" when there are none): kept
  // with the draft, so that a reload shows them again, marked, instead of an empty field.
  std::string invalid_texts() const;
  void restore_invalid(const std::string& pointer, const std::string& text) { entries_[pointer] = Entry{text, false}; }
  // The fields' values changed under them (undo, redo, another file): show the values again.
  void clear() { entries_.clear(); }
  // Rows moved or were deleted in a table: its fields' typed texts no longer belong to them.
  void clear_below(std::string_view pointer_prefix);

 private:
  struct Entry {
    std::string text;
    bool valid = true;
  };
  std::map<std::string, Entry, std::less<>> entries_;
};

}  // namespace la
