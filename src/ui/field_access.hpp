// Fields of the agreement by JSON Pointer: the editor names every field by its pointer (its ImGui
// id, its undo key, where findings point), and reads and writes it through that same pointer,
// so a widget can never show one field and write another.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/agreement.hpp"

namespace la {

// What a pointer names in the format (agreement.hpp), whether or not the document holds it.
enum class FieldKind { Unknown, Text, Number, WholeNumber, Flag, Object, List, ListItem };
FieldKind field_kind(std::string_view pointer);

// Reading never changes the document: absent fields (or absent parents) read as nothing.
const Text* text_at(const Agreement& agreement, std::string_view pointer);
// The text itself, null when the field (or a parent) is absent.
const std::string* text_value_at(const Agreement& agreement, std::string_view pointer);
Number number_at(const Agreement& agreement, std::string_view pointer);
WholeNumber whole_number_at(const Agreement& agreement, std::string_view pointer);
Flag flag_at(const Agreement& agreement, std::string_view pointer);

// Writing creates the objects on the way ("/student/email" creates "student"), and a list item
// only at the end of its list ("/…/credits/0/value" in an empty list adds the first credit).
// Returns null when the pointer names no field of that kind or a list item that cannot exist.
Text* text_for_write(Agreement& agreement, std::string_view pointer);
Number* number_for_write(Agreement& agreement, std::string_view pointer);
WholeNumber* whole_number_for_write(Agreement& agreement, std::string_view pointer);
Flag* flag_for_write(Agreement& agreement, std::string_view pointer);

// A component list ("/firstVersion/componentsStudied"), absent when the document has none.
const List<Component>& component_list_at(const Agreement& agreement, std::string_view list_pointer);
// Its rows, null when it is absent.
const std::vector<Component>* components_at(const Agreement& agreement, std::string_view list_pointer);
// The BIP's partner institutions ("/bip/partnerHeis"), null when absent.
const std::vector<BipPartner>* partners_at(const Agreement& agreement);

// The pointer without its last token ("/student/email" -> "/student"; "" stays "").
std::string_view parent_pointer(std::string_view pointer);
// The last token ("/student/email" -> "email").
std::string_view last_token(std::string_view pointer);
// A list index token ("3"), or nothing for any other token ("03", "-1", "title").
std::optional<std::size_t> list_index(std::string_view token);

}  // namespace la
