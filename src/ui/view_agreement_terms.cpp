// Language competence, and recognition: the links to learning outcomes and to the provisions for
// components not completed, the credit system when it is not ECTS, agreed exceptions (view_sections.hpp).
#include "core/component_lists.hpp"
#include "core/credit_totals.hpp"
#include "ui/form_section.hpp"
#include "ui/form_widgets.hpp"
#include "ui/ui_text.hpp"
#include "ui/view_sections.hpp"

namespace la {

void draw_language_section(EditorView& view) {
  if (!begin_section(view, FormSection::Language, section_anchor(FormSection::Language), ui_text("ui.section.language"),
                     "ui.intro.language")) {
    return;
  }
  if (begin_field_grid("#language-grid")) {
    next_field_cell();
    form_picker(view, "/studentLanguageSkill/language", {"ui.field.language"}, PickerKind::Language);
    next_field_cell();
    form_picker(view, "/studentLanguageSkill/cefrLevel", {"ui.field.cefrLevel", nullptr, "ui.help.cefrLevel"},
                PickerKind::CefrLevel);
    end_field_grid();
  }
  end_section();
}

void draw_recognition_section(EditorView& view) {
  if (!begin_section(view, FormSection::Recognition, section_anchor(FormSection::Recognition),
                     ui_text("ui.section.recognition"), "ui.intro.recognition")) {
    return;
  }
  if (begin_field_grid("#links-grid")) {
    next_field_cell();
    form_text(view, "/learningOutcomesUrl", {"ui.field.learningOutcomesUrl", "ui.hint.url", "ui.help.learningOutcomesUrl"});
    next_field_cell();
    form_text(view, "/provisionsUrl", {"ui.field.provisionsUrl", "ui.hint.url", "ui.help.provisionsUrl"});
    end_field_grid();
  }
  form_text(view, "/recognitionAnnex", {"ui.field.recognitionAnnex", nullptr, "ui.help.recognitionAnnex"}, 3);
  // The credit system matters only when credits are not ECTS (G), or when the file names one.
  const Agreement& agreement = view.session.agreement();
  const std::string_view scheme = agreement_credit_scheme(component_lists(agreement));
  if ((!scheme.empty() && scheme != "ects") || agreement.credit_system) {
    sub_heading(view, ui_text("ui.heading.creditSystem"));
    if (begin_field_grid("#credit-system-grid")) {
      next_field_cell();
      form_text(view, "/creditSystem/name", {"ui.field.creditSystem.name"});
      next_field_cell();
      form_text(view, "/creditSystem/url", {"ui.field.creditSystem.url", "ui.hint.url"});
      end_field_grid();
    }
  }
  end_section();
}

}  // namespace la
