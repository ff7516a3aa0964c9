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
#include "core/signing.hpp"
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
  XmlLoading, ExportRefused,                                           // EWP XML
  CoursesPasted,                                                       // editing
  Signed, SignaturesRemoved, SignaturesBroken,                         // signing
  LanguageLoading, LanguageFailed,                                     // the interface language
};
enum class NoticeTone { Info, Success, Warning, Error };
enum class NoticeAction { None, DiscardDraft, ContinueHere, RetryGlyphs };
// What a notice says, kept as a message and its arguments rather than as text, so that it is said
// again in the language chosen next (data, not a function per notice: the first download is
// smaller so).
struct NoticeWords {
  std::string key;
  MessageArgs args = {};  // as they are: a file's name, a count, the browser's reason (in English)
  MessageArgs keys = {};  // name -> a message key, said in the interface language of the moment
  std::optional<LoadError> error = {};  // a file that could not be read: said as {reason}
  // {reason}: the browser's or a part's words if it gave some, else the message `key`.
  NoticeWords& reason(const std::string& given, const char* key);
  std::string say() const;
  // Words put together from several messages (an export's notes, which signatures broke): said
  // as they were composed, in the language of that moment. Only with an empty key.
  std::string said = {};
  static NoticeWords as_said(std::string text) { return {"", {}, {}, std::nullopt, std::move(text)}; }
};
struct Notice {
  NoticeKind kind;
  NoticeTone tone;
  NoticeWords words;  // said when the notice is added, and again when the language changes
  NoticeAction action = NoticeAction::None;  // its button, if it has one
  std::string text = {};                     // what words said last
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

  // --- Signing (editor_signing.cpp, signing.hpp)
  struct SignResult {
    bool ok = false;
    std::string error;  // in words, when not signed
    std::size_t errors = 0;  // the agreement's errors, when they stop the signing
    Findings findings;  // the check before signing (its warnings)
    std::string fingerprint;  // of what was signed
  };
  // Signs `party`'s block of signing_section() now (the browser's clock and time zone): one
  // undo step, and a notice with the fingerprint to keep.
  SignResult sign(Party party, const Signer& signer);
  // The embedding API's sign(party, signer): {"ok":true,"findings","fingerprint"} or
  // {"ok":false,"error":{"message"}}.
  std::string sign_json(std::string_view party, std::string_view signer_json);
  // An edit that changes signed content is held back and asks first (the view shows the
  // question): "This removes the signatures of …". Going on makes the edit and removes those
  // signatures in one undo step; not going on leaves the agreement as it was.
  bool void_question_open() const { return pending_void_.has_value(); }
  std::string void_question() const;
  // The field the held-back edit was in ("" for none): the view gives it the focus back.
  std::string void_question_field() const;
  void answer_void_question(bool go_on);
  // A step worked out elsewhere (a change to the proposal, proposal_edits.hpp) put in place as one
  // undo step under `field`, through the guard every edit goes through: a step that voids
  // signatures asks first. False when edits are blocked (read-only, a question open).
  bool replace_step(const std::string& field, Agreement next);
  // No edit is possible: read-only, or a question about voided signatures is open.
  bool edits_blocked() const { return read_only() || pending_void_.has_value(); }
  // "Compare with my copy": whether `section` is exactly what a party kept (a fingerprint or the
  // full content hash, or the file it kept), and with a file which fields differ, in words.
  struct Comparison {
    bool same = false;
    std::string text;
  };
  Comparison compare_with_fingerprint(Section section, std::string_view kept) const;
  Comparison compare_with_file(Section section, const ChosenFile& file) const;
  // Who signed the section being signed: "not signed yet", "signed by the student", …
  std::string signing_status_text() const;

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

  // EWP XML (editor_session_xml.cpp). The XML codec is a part (ewp_xml.wasm) loaded on first
  // use; until it answers a notice says it is on its way and the student goes on editing.
  // Export: downloads the agreement as EWP XML and names, in the form's words, what EWP XML does
  // not carry; where a value EWP needs is missing, says what to fill in (field_to_show()) and
  // writes no file. The agreement stays "not exported": the XML lacks our extensions.
  void export_ewp_xml();
  // Several agreements in an opened response: the student picks one (pick_xml_agreement).
  struct XmlChoice {
    std::string student, omobility_id, sending_hei, receiving_hei;
  };
  const std::vector<XmlChoice>& xml_choices() const { return xml_choices_; }
  const std::string& xml_choices_file() const { return xml_file_name_; }
  void pick_xml_agreement(std::optional<std::size_t> index);  // none: nothing opens
  // The field an EWP XML export needs filled in, once, for the view to go to.
  std::optional<std::string> take_field_to_show();

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
  // Switches the interface to `language` (a tag: "de", "de-AT"): at once if its catalogue is
  // here, else when its part (language_part()) has arrived, the current language staying until
  // then (a notice says so, and why if it fails). The agreement and its file never change.
  // False, and nothing changes, if the editor does not speak it (session_language.cpp).
  bool set_language(std::string_view language);
  // The language chosen last, on its way; empty when none is loading.
  const std::string& language_loading() const { return language_waiting_; }
  static std::string language_part(std::string_view language) { return "lang-" + std::string(language) + ".json"; }
  // The English ISCED-F search words ("computer science" for 0613) are a part, asked for the
  // first time the student goes to the field of education (the view calls this when it is
  // focused, pointed at or opened); until they arrive, or if they cannot, the field is found by
  // its code and the words of its name (session_language.cpp). Words that could not be loaded
  // are asked for again only `again_after_failure` (a new opening of the list), not at every
  // frame the field keeps the focus.
  void want_search_words(bool again_after_failure = false);
  static constexpr const char* kSearchWordsPart = "isced-en.json";
  bool has_unexported_changes() const { return !read_only() && document_.has_unexported_changes(); }

  // Numbers for tests and the benchmark.
  std::uint64_t saved_revision() const { return saved_revision_; }
  std::uint64_t checked_revision() const { return marked_revision_; }
  std::uint64_t export_count() const { return export_count_; }

 private:
  void add_notice(Notice notice);
  void retell_notices();  // in the language just chosen
  // Puts `tidy` in place of what the field holds, as an undo step of its own that tidied() tells.
  void put_tidied(std::string_view pointer, std::string tidy);
  void remove_notices(std::initializer_list<NoticeKind> kinds);
  void replace_document(Agreement agreement, bool keep_history);
  // What New, Open, a sample or "Discard draft" put in place of the agreement, and what it says.
  struct Replacement {
    Agreement agreement;
    std::optional<Notice> notice;  // after the replacement ("Opened …"); none: "New started" if it replaced changes
    bool discards_draft = false;
    std::string broken_signatures;  // broken_signatures_text(), said after the replacement
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
  void open_xml(const ChosenFile& file);
  void read_xml(std::size_t index, bool with_choices);
  void xml_read(const LoadedPart& answer);
  void xml_written(const std::string& file_name, const LoadedPart& answer);
  void open_failed(NoticeWords words);
  void language_loaded(const std::string& language, const LoadedPart& part);
  std::vector<Component>* list_for_write(std::string_view list_pointer);
  std::optional<std::size_t> append_row(std::string_view list_pointer);  // add_row's change
  // A row operation on the table at list_pointer, the BIP's partners or a list of components.
  template <class Operation>
  auto on_rows(std::string_view list_pointer, Operation operation);

  // Which signatures of an agreement being opened no longer hold, and what changed where a copy
  // of the signed content is at hand (the agreement it replaces, the draft): a notice's text, or
  // empty when every signature holds.
  std::string broken_signatures_text(const Agreement& opened);

  // Every edit runs inside one: an edit of signed content is taken back and waits for the
  // student's answer (void_question()). quiet: such an edit is only dropped (tidying a field as
  // it is left was never meant to change what was signed).
  class EditGuard {
   public:
    explicit EditGuard(EditorSession& session, bool quiet = false);
    ~EditGuard();
    EditGuard(const EditGuard&) = delete;
    EditGuard& operator=(const EditGuard&) = delete;
    bool allowed() const { return allowed_; }

   private:
    EditorSession& session_;
    bool allowed_, quiet_, on_trial_ = false;
  };
  struct PendingVoid {
    Agreement agreement;  // the edit made, the signatures it voids removed
    std::string field;
    std::vector<SignatureSlot> voided;
  };
  std::optional<PendingVoid> pending_void_;

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
  std::string language_waiting_;  // chosen while its catalogue loads
  std::vector<std::string> languages_requested_;  // parts asked for and not answered yet
  enum class SearchWords { NotAsked, Asked, Failed };
  SearchWords search_words_ = SearchWords::NotAsked;  // Asked: here or on its way
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
  std::string xml_text_, xml_file_name_;  // the XML file being opened, until it is
  std::vector<XmlChoice> xml_choices_;
  bool xml_waiting_ = false;               // a call to the XML part is on its way
  std::optional<std::string> field_to_show_;
};

}  // namespace la
