// Every word the editor shows comes from the message table: the keys the code names exist in
// English, every field of the format has a label, and the views hold no text of their own.
#include <doctest/doctest.h>

#include <cctype>
#include <set>

#include "core/agreement.hpp"
#include "core/component_lists.hpp"
#include "core/messages.hpp"
#include "core/signing.hpp"
#include "test_files.hpp"
#include "ui/finding_locations.hpp"
#include "ui/picker_options.hpp"
#include "ui/ui_samples.hpp"

namespace la {
namespace {

// The string literals of a C++ source file, in order.
std::vector<std::string> literals(const std::string& source) {
  std::vector<std::string> found;
  for (std::size_t i = 0; i < source.size(); ++i) {
    if (source[i] == '/' && i + 1 < source.size() && source[i + 1] == '/') {
      i = source.find('\n', i);
      if (i == std::string::npos) break;
      continue;
    }
    if (source[i] == '\'' ) {  // a character literal: '"' must not start a string
      i = source.find('\'', i + (source[i + 1] == '\\' ? 3 : 2));
      continue;
    }
    if (source[i] != '"') continue;
    std::string text;
    for (++i; i < source.size() && source[i] != '"'; ++i) {
      if (source[i] == '\\' && i + 1 < source.size()) text += source[i++];
      text += source[i];
    }
    found.push_back(text);
  }
  return found;
}

std::vector<std::string> editor_sources() {
  std::vector<std::string> files;
  for (const char* folder : {"src/ui", "src/platform/web/editor"}) {
    for (const char* extension : {".cpp", ".hpp"}) {
      for (const std::string& file : test::files_in(test::source_path(folder), extension)) files.push_back(file);
    }
  }
  return files;
}

// Every scalar field of the format, with index 0 for list items ("/firstVersion/componentsStudied/0/title").
struct FieldLister {
  std::string base;
  std::vector<std::string>& out;
  template <class T>
  void operator()(const char* name, const std::optional<T>&) {
    if constexpr (std::is_class_v<T> && !std::is_same_v<T, std::string>) {
      FieldLister child{base + "/" + name, out};
      const T prototype{};
      T::visit_fields(prototype, child);
    } else {
      out.push_back(base + "/" + name);
    }
  }
  template <class T>
  void operator()(const char* name, const std::optional<std::vector<T>>&) {
    FieldLister child{base + "/" + name + "/0", out};
    const T prototype{};
    T::visit_fields(prototype, child);
  }
};

TEST_CASE("every ui key the editor's code names exists in the English table") {
  std::size_t keys = 0;
  for (const std::string& file : editor_sources()) {
    for (const std::string& text : literals(test::read_file(file))) {
      if (text.rfind("ui.", 0) != 0 || text.back() == '.') continue;  // a prefix: "ui.sample." + id
      CAPTURE(file);
      // A plural family ("ui.status.errors") is named without its ".one" / ".other".
      bool plural = has_message(text + ".one") && has_message(text + ".other");
      CHECK_MESSAGE((has_message(text) || plural), text);
      ++keys;
    }
  }
  CHECK(keys > 150);
}

TEST_CASE("keys the editor builds from codes exist too") {
  for (const char* family : {"ui.status.errors", "ui.status.warnings", "ui.status.invalid", "ui.status.toFill"}) {
    CHECK(has_message(std::string(family) + ".one"));
    CHECK(has_message(std::string(family) + ".other"));
  }
  for (const char* question : {"ui.replace.", "ui.discard."}) {
    for (const char* part : {"title", "question", "keep", "go"}) CHECK(has_message(std::string(question) + part));
  }
  for (std::size_t s = 0; s < kFormSectionCount; ++s) CHECK(has_message(section_title_key(static_cast<FormSection>(s))));
  for (ListKind kind : kAllListKinds) {
    CHECK(has_message("ui.list." + std::string(list_field_name(kind))));
    CHECK(has_message("ui.intro." + std::string(list_field_name(kind))));
  }
  for (const char* type : {"semester", "blended", "short-term-doctoral"}) {
    CHECK(has_message("ui.mobilityType." + std::string(type)));
    CHECK(has_message("ui.new.description." + std::string(type)));
  }
  for (const char* party : {"studentSignature", "sendingHeiSignature", "receivingHeiSignature"}) {
    CHECK(has_message("ui.heading." + std::string(party)));
  }
  for (Party party : kParties) {
    CHECK(has_message("ui.party." + std::string(party_name(party))));
    CHECK(has_message("ui.button.sign." + std::string(party_name(party))));
  }
  for (Section section : {Section::FirstVersion, Section::ApprovedChanges, Section::ChangesProposal}) {
    CHECK(has_message("ui.signSection." + std::string(section_field_name(section))));
  }
  for (const Sample& sample : samples()) {
    CHECK(has_message(sample.title_key));
    CHECK(has_message(sample.description_key));
  }
  for (PickerKind kind : {PickerKind::Gender, PickerKind::MobilityType, PickerKind::ChangeStatus, PickerKind::Term,
                          PickerKind::StudyCycle}) {
    for (const PickerOption& option : picker_options(kind)) CHECK(option.label.rfind("ui.", 0) != 0);
  }
}

TEST_CASE("every field of the format has a label where findings say where they are") {
  std::vector<std::string> fields;
  FieldLister lister{"", fields};
  const Agreement prototype{};
  Agreement::visit_fields(prototype, lister);
  REQUIRE(fields.size() > 100);
  for (const std::string& field : fields) {
    CAPTURE(field);
    CHECK(has_message(field_label_key(field)));
  }
}

TEST_CASE("the views hold no words of their own") {
  for (const std::string& file : editor_sources()) {
    std::string name = file.substr(file.rfind('/') + 1);
    bool view = name.rfind("view_", 0) == 0 || name.rfind("form_", 0) == 0 || name.rfind("editor_view", 0) == 0;
    if (!view) continue;
    for (const std::string& text : literals(test::read_file(file))) {
      // Words: a space between letters, or a capitalised word ("Export"). Keys, ids and names are
      // lower case without spaces ("ui.button.new", "button#new", "##search", "semester").
      bool spaced = false, capitalised = false;
      for (std::size_t i = 1; i + 1 < text.size(); ++i) {
        if (text[i] == ' ' && std::isalpha(static_cast<unsigned char>(text[i - 1])) &&
            std::isalpha(static_cast<unsigned char>(text[i + 1]))) {
          spaced = true;
        }
      }
      if (text.size() >= 2 && std::isupper(static_cast<unsigned char>(text[0])) &&
          std::islower(static_cast<unsigned char>(text[1]))) {
        capitalised = true;
      }
      CAPTURE(name);
      CHECK_MESSAGE(!(spaced || capitalised), "user-visible text in a view: \"" << text << "\"");
    }
  }
}

}  // namespace
}  // namespace la
