// The three parties' signatures: who signs, in which role, with which e-mail, and when. The
// signing itself comes with a later issue; a timestamp can be typed or taken from the clock (view_sections.hpp).
#include "ui/field_access.hpp"
#include "ui/form_section.hpp"
#include "ui/form_widgets.hpp"
#include "ui/ui_text.hpp"
#include "ui/view_sections.hpp"

namespace la {

void draw_signature_fields(EditorView& view, const std::string& base) {
  const Agreement& agreement = view.session.agreement();
  for (const char* party : {"studentSignature", "sendingHeiSignature", "receivingHeiSignature"}) {
    const std::string signature = base + "/" + party;
    sub_heading(view, ui_text(std::string("ui.heading.") + party));
    if (begin_field_grid((signature + "#grid").c_str())) {
      next_field_cell();
      form_text(view, signature + "/signerName", {"ui.field.signerName"});
      next_field_cell();
      form_text(view, signature + "/signerPosition", {"ui.field.signerPosition"});
      next_field_cell();
      form_text(view, signature + "/signerEmail", {"ui.field.signerEmail", "ui.hint.email"});
      next_field_cell();
      form_timestamp(view, signature + "/timestamp", {"ui.field.timestamp", "ui.hint.timestamp", "ui.help.timestamp"});
      // Written by signing software, shown so that nothing in the file is hidden.
      if (text_value_at(agreement, signature + "/signerApp")) {
        next_field_cell();
        form_read_only_text(view, signature + "/signerApp", {"ui.field.signerApp"});
      }
      if (text_value_at(agreement, signature + "/contentHash")) {
        next_field_cell();
        form_read_only_text(view, signature + "/contentHash", {"ui.field.contentHash", nullptr, "ui.help.contentHash"});
      }
      end_field_grid();
    }
  }
}

void draw_signatures_section(EditorView& view) {
  if (!begin_section(view, FormSection::Signatures, section_anchor(FormSection::Signatures),
                     ui_text("ui.section.signatures"), "ui.intro.signatures")) {
    return;
  }
  draw_signature_fields(view, "/firstVersion");
  end_section();
}

}  // namespace la
