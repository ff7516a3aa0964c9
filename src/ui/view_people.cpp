// The student and the two institutions with their contact people (view_sections.hpp).
#include <imgui_internal.h>

#include "ui/field_access.hpp"
#include "ui/form_section.hpp"
#include "ui/form_widgets.hpp"
#include "ui/ui_text.hpp"
#include "ui/view_sections.hpp"

namespace la {

void draw_student_fields(EditorView& view, const std::string& base) {
  if (!begin_field_grid((base + "#grid").c_str())) return;
  next_field_cell();
  form_text(view, base + "/givenNames", {"ui.field.givenNames", nullptr, "ui.help.givenNames"});
  next_field_cell();
  form_text(view, base + "/familyName", {"ui.field.familyName"});
  next_field_cell();
  form_date(view, base + "/birthDate", {"ui.field.birthDate", "ui.hint.date"}, DateKind::Birth);
  next_field_cell();
  form_picker(view, base + "/citizenship", {"ui.field.citizenship"}, PickerKind::Country);
  next_field_cell();
  form_text(view, base + "/email", {"ui.field.email", "ui.hint.email"});
  next_field_cell();
  form_number_picker(view, base + "/gender", {"ui.field.gender", nullptr, "ui.help.gender"}, PickerKind::Gender);
  end_field_grid();
  form_text(view, base + "/globalId", {"ui.field.globalId", "ui.hint.globalId", "ui.help.globalId"});
}

void draw_student_section(EditorView& view) {
  if (!begin_section(view, FormSection::Student, section_anchor(FormSection::Student),
                     ui_text("ui.section.student"), "ui.intro.student")) {
    return;
  }
  draw_student_fields(view, "/student");
  end_section();
}

void draw_institution_section(EditorView& view, FormSection section, const std::string& base) {
  if (!begin_section(view, section, section_anchor(section), ui_text(section_title_key(section)),
                     section == FormSection::SendingHei ? "ui.intro.sendingHei" : "ui.intro.receivingHei")) {
    return;
  }
  if (begin_field_grid((base + "#grid").c_str())) {
    next_field_cell();
    form_text(view, base + "/name", {"ui.field.heiName"});
    next_field_cell();
    form_picker(view, base + "/countryCode", {"ui.field.countryCode"}, PickerKind::Country);
    next_field_cell();
    form_text(view, base + "/heiId", {"ui.field.heiId", "ui.hint.heiId", "ui.help.heiId"});
    next_field_cell();
    form_text(view, base + "/erasmusCode", {"ui.field.erasmusCode", "ui.hint.erasmusCode", "ui.help.erasmusCode"});
    next_field_cell();
    form_text(view, base + "/ounitName", {"ui.field.ounitName"});
    next_field_cell();
    form_text(view, base + "/ounitId", {"ui.field.ounitId", nullptr, "ui.help.ounitId"});
    end_field_grid();
  }
  sub_heading(view, ui_text(section == FormSection::SendingHei ? "ui.heading.sendingContact" : "ui.heading.receivingContact"));
  const std::string person = base + "/contactPerson";
  if (begin_field_grid((person + "#grid").c_str())) {
    next_field_cell();
    form_text(view, person + "/givenNames", {"ui.field.contact.givenNames"});
    next_field_cell();
    form_text(view, person + "/familyName", {"ui.field.contact.familyName"});
    next_field_cell();
    form_text(view, person + "/email", {"ui.field.contact.email", "ui.hint.email"});
    const std::string phone = person + "/phoneNumber";
    next_field_cell();
    form_text(view, phone + "/e164", {"ui.field.phone.e164", "ui.hint.phone", "ui.help.phone"});
    next_field_cell();
    form_text(view, phone + "/ext", {"ui.field.phone.ext"});
    // EWP's last resort for a number not in international form: shown only where a file has one
    // (and while it is being emptied, so that it does not vanish under the keyboard).
    const std::string other = phone + "/otherFormat";
    if (text_value_at(view.session.agreement(), other) || ImGui::GetActiveID() == ImGui::GetID(("##" + other).c_str())) {
      next_field_cell();
      form_text(view, other, {"ui.field.phone.otherFormat"});
    }
    end_field_grid();
  }
  end_section();
}

}  // namespace la
