// The form's sections, one function each, drawn by view_form.cpp in the official form's order.
#pragma once

#include <string>

#include "ui/editor_view.hpp"

namespace la {

void draw_student_section(EditorView& view);
// The student's fields under `base` ("/student", or "/changesProposal/student" for changed data).
void draw_student_fields(EditorView& view, const std::string& base);
void draw_institution_section(EditorView& view, FormSection section, const std::string& base);
void draw_mobility_section(EditorView& view);
void draw_bip_section(EditorView& view);
void draw_component_sections(EditorView& view);  // Tables A, B, C and lists the type does not use
// One component table with its rows, totals and row details; `changes` adds status and reason.
void draw_component_table(EditorView& view, const std::string& list_pointer, FormSection section, bool changes);
void draw_language_section(EditorView& view);
void draw_recognition_section(EditorView& view);
void draw_signatures_section(EditorView& view);
// The three signatures of one components list ("/firstVersion", "/changesProposal", …).
void draw_signature_fields(EditorView& view, const std::string& base);
void draw_changes_sections(EditorView& view);
void draw_document_section(EditorView& view);  // fields this program does not know, if any

}  // namespace la
