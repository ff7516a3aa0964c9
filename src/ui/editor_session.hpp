// The editor without its drawing: the agreement being edited with undo, what the student typed,
// the findings mapped onto the form, files in and out, drafts kept safe, notices, and the
// embedding contract (document and findings as JSON, read-only, language). Views call it; the
// browser glue (src/platform/web/editor) calls it; tests drive it with an in-memory platform.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/course_list_paste.hpp"
#include "ui/editor_document.hpp"
#include "ui/editor_platform.hpp"
#include "ui/fields_to_fill.hpp"
#include "ui/field_tidying.hpp"
#include "ui/finding_locations.hpp"
#include "ui/number_entry.hpp"

namespace la {

enum class NoticeKind {
  DraftRestored, DraftPreviousRestored, DraftDamaged, StorageFailed, DraftElsewhere,  // drafts
  Opened, OpenFailed, Exported, NewStarted, SamplesLoading,           // files
  PrintLoading, PrintFailed,                                           // printing
  GlyphsFailed,                                                        // the page
  CoursesPasted,                                                       // editing
};
enum class NoticeTone { Info, Success, Warning, Error };
enum class NoticeAction { None, DiscardDraft, ContinueHere, RetryGlyphs };
struct Notice {
  NoticeKind kind;
  NoticeTone tone;
  std::string text;
  NoticeAction action = NoticeAction::None;  // its button, if it has one
};

struct EditorStatus {
  std::size_t errors = 0, warnings = 0;  // every finding, as la-check counts them
  std::size_t invalid_entries = 0;  // number fields holding text that is not a number
  // Of the errors, those about fields not filled in yet (fields_to_fill.hpp), and their fields.
  std::size_t to_fill_errors = 0, fields_to_fill = 0;
  bool ready() const { return errors == 0 && invalid_entries == 0; }
};

class EditorSession {
 public:
  static constexpr double kAutosaveDelayMs = 1000;  // after the last change
  static constexpr double kTypingPauseMs = 2000;    // a pause this long in a field ends an undo step
  static constexpr const char* kDefaultDraftKey = "la-studio-draft";

  EditorSession(EditorPlatform& platform, std::string draft_key);

  // Begins with `document_text` when the page gave one (opened like a file), else with the
  // autosaved draft, else with a new semester agreement.
  void start(std::string_view document_text = {});

  EditorDocument& document() { return document_; }
  const Agreement& agreement() const { return document_.agreement(); }
  PendingNumbers& pending() { return pending_; }
  const Findings& findings() { return document_.findings(); }
  const FindingMarks& marks();
  EditorStatus status();
  std::string status_text();
  // Per finding: whether it shows as a field to fill in rather than as an error (fields_to_fill.hpp).
  const FillFlags& to_fill();
  // The student left a widget, or asked to export: its findings, or all, show as they are.
  void widget_left(std::string_view widget) { fields_to_fill_.left(widget); }
  void show_all_findings() { fields_to_fill_.show_all(); }
  // Counts the agreements put in place of the one shown (New, Open, a sample, the page's): the
  // view starts each at the top of the form.
  std::uint64_t replacements() const { return replacements_; }

  // Edits, each announced to the undo stack under the field's pointer.
  // Emptied: removed from the file. pasted: the change is a paste (an undo step of its own).
  void edit_text(std::string_view pointer, const std::string& text, bool pasted = false);
  void pick_text(std::string_view pointer, std::optional<std::string> code);  // one undo step
  void edit_number(std::string_view pointer, const std::string& typed, PendingNumbers::Kind kind);
  void pick_whole_number(std::string_view pointer, std::optional<long long> value);
  void set_flag(std::string_view pointer, std::optional<bool> value);
  void set_term(std::string_view row_pointer, std::optional<std::pair<long long, long long>> term);
  void set_mobility_type(MobilityType type);
  // The widget lost the focus: ends the typing burst, trims spaces around the text, and puts a
  // text with a canonical form into it (an undo step of its own: tidied()).
  void field_left(std::string_view pointer);
  // The field last tidied and what it held, while that tidying stands (not edited nor undone).
  const std::optional<TidiedField>& tidied() const { return tidied_; }
  // What a field's text is offered as (a date in its ISO form: suggested_field_text), and the
  // student accepting it: put in as tidying is (an undo step, tidied()). false: nothing offered.
  std::optional<std::string> suggestion(std::string_view pointer) const;
  bool accept_suggestion(std::string_view pointer);

  // Table rows ("/firstVersion/componentsStudied", "/bip/partnerHeis"); each is one undo step.
  // They return the row that has the focus afterwards.
  std::optional<std::size_t> add_row(std::string_view list_pointer);
  std::optional<std::size_t> duplicate_row(std::string_view list_pointer, std::size_t row);
  std::optional<std::size_t> delete_row(std::string_view list_pointer, std::size_t row);
  std::optional<std::size_t> move_row(std::string_view list_pointer, std::size_t row, int delta);
  // A course list pasted into a cell of `row` of a component table (component_rows.hpp,
  // paste_courses): one undo step, and a notice saying how many courses it added.
  std::optional<std::size_t> paste_courses(std::string_view list_pointer, std::size_t row,
                                           const std::vector<PastedCourse>& courses);
  // Removes a whole list the mobility type does not use (kept until the student decides).
  void remove_list(std::string_view list_pointer);
  std::size_t row_count(std::string_view list_pointer) const;

  bool undo();
  bool redo();

  // Files.
  void new_agreement(MobilityType type);
  bool open_file(const ChosenFile& file);  // false: a notice says why, the agreement is kept
  // The samples' texts are a part, loaded the first time one is opened: until they arrive a
  // notice says they are loading and the student goes on editing; then the last sample chosen
  // opens (asking first, as for a file). If they cannot be loaded a notice says why and the
  // agreement stays. false: no such sample, or read-only.
  bool open_sample(std::string_view id);
  struct ExportedFile {
    std::string name, json;
  };
  ExportedFile exported_file();
  // Downloads the file (or gives it to the page's laOnExport); the view asks first when
  // status() is not ready.
  void export_agreement();
  // "Print or save as PDF" (editor_print.cpp): the print part lays the agreement out in the
  // interface's language, then the browser's print dialog opens on it. A notice says that it is
  // being prepared, or why it could not be; the agreement stays as it is either way.
  void print_agreement();
  bool printing() const { return printing_; }

  // The glyphs of other scripts (a part of the page, web_font.hpp) could not be loaded: a notice
  // says why such letters show as the replacement sign, and offers to try again; it goes when
  // they arrive.
  void glyphs_failed(const std::string& reason);
  void glyphs_arrived();
  void retry_glyphs();

  // New, Open, a sample and "Discard draft" would replace an agreement with changes that were
  // not exported: they wait for the student's answer (the view asks; undo alone would not do,
  // as it does not outlive the page). The question's message keys ("ui.replace." and title,
  // question, keep, go), empty when none is asked.
  const std::string& replace_question() const { return replace_question_; }
  void answer_replace_question(bool replace);

  // Drafts.
  void discard_draft();
  void page_hidden();  // the page is being hidden or left: save the draft now
  // One draft, one tab: the same agreement (draft key) open in two tabs or windows would have
  // each overwrite the other's draft. Another tab has the draft: this one shows it and takes no
  // edits (a notice says so) until the student goes on here. went_on_there: this tab had it,
  // and the student went on in the other one (which has the draft just saved).
  void draft_open_elsewhere(bool went_on_there);
  // The notice's "Go on here": the platform asks the other tab to save and let go.
  void continue_here();
  // The other tab let go, handing over its agreement as JSON text (empty: it is gone): this one
  // takes that agreement (else the saved draft), and edits.
  void draft_handed_over(std::string_view document_text);
  bool draft_is_elsewhere() const { return draft_elsewhere_; }
  const std::string& draft_key() const { return draft_key_; }
  // Once per frame, after drawing: autosave when due, tell the page about changes, announce the status.
  void after_frame();

  const std::vector<Notice>& notices() const { return notices_; }
  void dismiss_notice(std::size_t index);

  // The embedding contract (docs/editor.md).
  std::string document_json() const;
  std::string set_document_json(std::string_view text);
  std::string findings_json();
  void set_read_only(bool read_only) { page_read_only_ = read_only; }
  // The page made it read-only, or another tab has the draft.
  bool read_only() const { return page_read_only_ || draft_elsewhere_; }
  bool page_read_only() const { return page_read_only_; }
  void set_language(std::string_view language);
  bool has_unexported_changes() const { return !read_only() && document_.has_unexported_changes(); }

  // Numbers for tests and the benchmark.
  std::uint64_t saved_revision() const { return saved_revision_; }
  std::uint64_t checked_revision() const { return marked_revision_; }
  std::uint64_t export_count() const { return export_count_; }

 private:
  void add_notice(Notice notice);
  // Puts `tidy` in place of what the field holds, as an undo step of its own that tidied() tells.
  void put_tidied(std::string_view pointer, std::string tidy);
  void remove_notices(std::initializer_list<NoticeKind> kinds);
  void replace_document(Agreement agreement, bool keep_history);
  // What New, Open, a sample or "Discard draft" put in place of the agreement, and what it says.
  struct Replacement {
    Agreement agreement;
    std::optional<Notice> notice;  // after the replacement ("Opened …"); none: "New started" if it replaced changes
    bool discards_draft = false;
  };
  // Replaces now, or after the student agrees when there are changes not exported.
  void replace_when_agreed(const char* question_key, Replacement replacement);
  void apply(Replacement replacement);
  void save_now();
  void nothing_to_save();  // the draft holds what the editor shows
  void restore_typed_texts();
  void mark_unexported_unless_exported();
  void samples_loaded(const LoadedPart& part);
  void print_answered(const LoadedPart& answer);
  std::vector<Component>* list_for_write(std::string_view list_pointer);
  std::optional<std::size_t> append_row(std::string_view list_pointer);  // add_row's change
  // A row operation on the table at list_pointer, the BIP's partners or a list of components.
  template <class Operation>
  auto on_rows(std::string_view list_pointer, Operation operation);

  EditorPlatform& platform_;
  std::string draft_key_;
  EditorDocument document_;
  PendingNumbers pending_;
  FindingMarks marks_;
  std::uint64_t marked_revision_ = ~std::uint64_t{0};
  std::vector<Notice> notices_;
  std::map<std::string, std::string, std::less<>> sample_texts_;  // the sample set, once loaded
  std::string sample_waiting_;  // chosen while the sample set loads
  bool printing_ = false;       // the print part is preparing the document
  bool page_read_only_ = false;
  bool draft_elsewhere_ = false;
  bool storage_warned_ = false;
  std::uint64_t export_count_ = 0;
  std::uint64_t seen_revision_ = 0, saved_revision_ = 0, emitted_revision_ = 0;
  double last_change_ms_ = 0;
  std::string announced_status_;
  double last_typed_ms_ = 0;
  std::string seen_typed_, saved_typed_;  // PendingNumbers::invalid_texts()
  std::string replace_question_;
  std::optional<Replacement> pending_replacement_;
  FieldsToFill fields_to_fill_;
  std::uint64_t replacements_ = 0;
  std::optional<TidiedField> tidied_;
};

}  // namespace la
