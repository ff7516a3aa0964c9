// The editor's session: edits, files, drafts, notices and the embedding contract (editor_session.hpp).
#include "ui/editor_session.hpp"

#include <algorithm>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/component_lists.hpp"
#include "core/credit_totals.hpp"
#include "core/json_codec.hpp"
#include "core/json_parse.hpp"
#include "core/load_error.hpp"
#include "core/messages.hpp"
#include "core/text_formats.hpp"
#include "ui/component_rows.hpp"
#include "ui/export_file_name.hpp"
#include "ui/ewp_xml_files.hpp"
#include "ui/field_access.hpp"
#include "ui/new_agreement.hpp"
#include "ui/ui_samples.hpp"
#include "ui/ui_text.hpp"

namespace la {
namespace {

constexpr std::string_view kPartnerList = "/bip/partnerHeis";

// A row of a table as undo and redo go to it; no row: the table itself (its "Add" button).
std::string row_place(std::string_view list_pointer, std::optional<std::size_t> row) {
  return row ? std::string(list_pointer) + "/" + std::to_string(*row) : std::string(list_pointer);
}

std::string count_text(std::size_t count, std::string_view key) {
  return ui_text(std::string(key) + (count == 1 ? ".one" : ".other"), {{"count", std::to_string(count)}});
}

nlohmann::json findings_array(const Findings& findings) {
  nlohmann::json list = nlohmann::json::array();
  for (const Finding& finding : findings) {
    // English, as la-check prints them: the contract is "the same findings as la-check".
    list.push_back({{"rule", finding.rule_id()},
                    {"severity", severity_name(finding.severity())},
                    {"path", finding.pointer},
                    {"message", finding_message(finding, "en")}});
  }
  return list;
}

}  // namespace

EditorSession::EditorSession(EditorPlatform& platform, std::string draft_key)
    : platform_(platform), draft_key_(draft_key.empty() ? kDefaultDraftKey : std::move(draft_key)) {}

void EditorSession::start(std::string_view document_text) {
  if (!document_text.empty()) {
    ReadResult read = read_agreement(document_text);
    if (read.agreement) {
      document_ = EditorDocument(std::move(*read.agreement));
      fields_to_fill_.show_all();  // the page's agreement, filled in elsewhere
    } else {
      document_ = EditorDocument(la::new_agreement(MobilityType::Semester));
      add_notice({NoticeKind::OpenFailed, NoticeTone::Error, {"ui.notice.pageDocumentFailed", {}, {}, read.error}});
    }
  } else {
    DraftRecovery recovery = recover_draft(platform_.storage(), draft_key_);
    switch (recovery.found) {
      case DraftFound::None:
        document_ = EditorDocument(la::new_agreement(MobilityType::Semester));
        break;
      case DraftFound::Restored:
        document_ = EditorDocument(std::move(*recovery.agreement));
        restore_typed_texts();
        mark_unexported_unless_exported();
        add_notice({NoticeKind::DraftRestored, NoticeTone::Info, {"ui.notice.draftRestored"}, NoticeAction::DiscardDraft});
        break;
      case DraftFound::RestoredPrevious:
        document_ = EditorDocument(std::move(*recovery.agreement));
        mark_unexported_unless_exported();
        add_notice({NoticeKind::DraftPreviousRestored, NoticeTone::Warning, {"ui.notice.draftPreviousRestored", {}, {}, recovery.damage},
                    NoticeAction::DiscardDraft});
        break;
      case DraftFound::Damaged:
        document_ = EditorDocument(la::new_agreement(MobilityType::Semester));
        add_notice({NoticeKind::DraftDamaged, NoticeTone::Error, {"ui.notice.draftDamaged", {}, {}, recovery.damage}});
        break;
    }
  }
  nothing_to_save();
  emitted_revision_ = document_.revision();
  last_change_ms_ = platform_.now_ms();
}

// Text typed into number fields that was not a number when the draft was saved: shown again,
// marked, where the field still has no value.
void EditorSession::restore_typed_texts() {
  const nlohmann::json texts = load_typed_texts(platform_.storage(), draft_key_);
  for (auto it = texts.begin(); it != texts.end(); ++it) {
    const std::string& pointer = it.key();
    const FieldKind kind = field_kind(pointer);
    const bool empty = (kind == FieldKind::Number && !number_at(document_.agreement(), pointer)) ||
                       (kind == FieldKind::WholeNumber && !whole_number_at(document_.agreement(), pointer));
    if (empty && it->is_string()) pending_.restore_invalid(pointer, it->get<std::string>());
  }
}

const FindingMarks& EditorSession::marks() {
  if (marked_revision_ != document_.revision()) {
    marks_ = mark_findings(document_.findings(), document_.agreement());
    marked_revision_ = document_.revision();
  }
  return marks_;
}

const FillFlags& EditorSession::to_fill() {
  return fields_to_fill_.of(document_.findings(), marks(), document_.agreement(), document_.revision());
}

EditorStatus EditorSession::status() {
  const Findings& findings = document_.findings();
  EditorStatus status{count_errors(findings), count_warnings(findings), pending_.invalid_count()};
  const FillFlags& to_fill = this->to_fill();
  status.to_fill_errors = static_cast<std::size_t>(std::count(to_fill.begin(), to_fill.end(), true));
  status.fields_to_fill =
      fields_to_fill_.widget_count(findings, marks(), document_.agreement(), document_.revision());
  return status;
}

std::string EditorSession::status_text() {
  EditorStatus s = status();
  std::string text;
  auto join = [&text](const std::string& part) { text += (text.empty() ? "" : ", ") + part; };
  if (s.ready()) {
    // No errors is not the end: the parties still sign.
    text = std::string(ui_text("ui.status.noErrors")) + " · " + signing_status_text();
    if (s.warnings > 0) text += " · " + count_text(s.warnings, "ui.status.warnings");
    return text;
  }
  if (s.fields_to_fill > 0) join(count_text(s.fields_to_fill, "ui.status.toFill"));
  if (s.errors > s.to_fill_errors) join(count_text(s.errors - s.to_fill_errors, "ui.status.errors"));
  if (s.warnings > 0) join(count_text(s.warnings, "ui.status.warnings"));
  if (s.invalid_entries > 0) join(count_text(s.invalid_entries, "ui.status.invalid"));
  return text;
}

// ---- edits

void EditorSession::edit_text(std::string_view pointer, const std::string& text, bool pasted) {
  EditGuard edit(*this);
  if (!edit.allowed()) return;
  const Text* current = text_at(document_.agreement(), pointer);
  Text wanted = text.empty() ? Text() : Text(text);
  if ((current ? *current : Text()) == wanted) return;
  if (!current && !wanted) return;
  if (tidied_ && tidied_->pointer == pointer) tidied_.reset();
  // A pause in typing, a paste, or more than typing (a selection typed over) starts a new undo
  // step; after a paste or more than typing, the next keystroke starts one too.
  const bool typing = !pasted && is_typing_edit(current && *current ? std::string_view(**current) : std::string_view(), text);
  const double now = platform_.now_ms();
  if (!typing || now - last_typed_ms_ >= kTypingPauseMs) document_.end_edit_burst();
  document_.will_change(pointer);
  if (!typing) document_.end_edit_burst();
  last_typed_ms_ = now;
  if (Text* slot = text_for_write(document_.mutable_agreement(), pointer)) *slot = std::move(wanted);
}

void EditorSession::pick_text(std::string_view pointer, std::optional<std::string> code) {
  EditGuard edit(*this);
  if (!edit.allowed()) return;
  const Text* current = text_at(document_.agreement(), pointer);
  if ((current ? *current : Text()) == code) return;
  document_.will_change_step(pointer);
  if (Text* slot = text_for_write(document_.mutable_agreement(), pointer)) *slot = std::move(code);
}

void EditorSession::edit_number(std::string_view pointer, const std::string& typed, PendingNumbers::Kind kind) {
  EditGuard edit(*this);
  if (!edit.allowed()) return;
  std::string key(pointer);
  PendingNumbers::Typed result = pending_.typed(key, typed, kind);
  Agreement& agreement = document_.mutable_agreement();
  if (kind == PendingNumbers::Kind::Whole) {
    WholeNumber wanted = result.value ? WholeNumber(static_cast<long long>(*result.value)) : std::nullopt;
    if (whole_number_at(agreement, pointer) == wanted) return;
    document_.will_change(pointer);
    if (WholeNumber* slot = whole_number_for_write(document_.mutable_agreement(), pointer)) *slot = wanted;
    return;
  }
  if (number_at(agreement, pointer) == result.value) return;
  document_.will_change(pointer);
  if (Number* slot = number_for_write(document_.mutable_agreement(), pointer)) *slot = result.value;
}

void EditorSession::pick_whole_number(std::string_view pointer, std::optional<long long> value) {
  EditGuard edit(*this);
  if (!edit.allowed() || whole_number_at(document_.agreement(), pointer) == value) return;
  document_.will_change_step(pointer);
  if (WholeNumber* slot = whole_number_for_write(document_.mutable_agreement(), pointer)) *slot = value;
}

void EditorSession::set_flag(std::string_view pointer, std::optional<bool> value) {
  EditGuard edit(*this);
  if (!edit.allowed() || flag_at(document_.agreement(), pointer) == value) return;
  document_.will_change_step(pointer);
  if (Flag* slot = flag_for_write(document_.mutable_agreement(), pointer)) *slot = value;
}

void EditorSession::set_term(std::string_view row_pointer, std::optional<std::pair<long long, long long>> term) {
  EditGuard edit(*this);
  if (!edit.allowed()) return;
  std::string number = std::string(row_pointer) + "/termId/termNumber";
  std::string total = std::string(row_pointer) + "/termId/totalTerms";
  Agreement& agreement = document_.mutable_agreement();
  if (term && whole_number_at(agreement, number) == term->first && whole_number_at(agreement, total) == term->second) return;
  document_.will_change_step(std::string(row_pointer) + "/termId");
  if (!term) {
    // No term: the termId object goes (the form writes no empty objects for absent values).
    std::vector<Component>* rows = list_for_write(parent_pointer(row_pointer));
    std::optional<std::size_t> index = list_index(last_token(row_pointer));
    if (rows && index && *index < rows->size()) (*rows)[*index].term_id.reset();
    return;
  }
  if (WholeNumber* slot = whole_number_for_write(document_.mutable_agreement(), number)) *slot = term->first;
  if (WholeNumber* slot = whole_number_for_write(document_.mutable_agreement(), total)) *slot = term->second;
}

void EditorSession::set_mobility_type(MobilityType type) {
  EditGuard edit(*this);
  if (!edit.allowed() || mobility_type_of(document_.agreement()) == type) return;
  document_.will_change_step("/mobilityType");
  change_mobility_type(document_.mutable_agreement(), type);
}

void EditorSession::field_left(std::string_view pointer) {
  EditGuard edit(*this, true);
  // Spaces around a value are never meant, and a date pasted as "2027-03-08 " would read as "not
  // a date": they go when the student leaves the field, in the same undo step as the typing.
  const std::string* text = !edit.allowed() ? nullptr : text_value_at(document_.agreement(), pointer);
  const std::string_view kept_text = text ? trimmed(*text) : std::string_view();
  if (text && kept_text.size() != text->size()) {
    Text kept = kept_text.empty() ? Text() : Text(std::string(kept_text));
    document_.will_amend(pointer);
    if (Text* slot = text_for_write(document_.mutable_agreement(), pointer)) *slot = std::move(kept);
  }
  // A phone number, an Erasmus code, an e-mail written as people write them takes its canonical
  // form, never silently: the view shows what it was (tidied()), and undo brings it back.
  const std::string* left = !edit.allowed() ? nullptr : text_value_at(document_.agreement(), pointer);
  if (std::optional<std::string> tidy = left ? tidied_field_text(pointer, *left) : std::nullopt) {
    put_tidied(pointer, std::move(*tidy));
  }
  document_.end_edit_burst();
  pending_.field_left(std::string(pointer));
}

std::optional<std::string> EditorSession::suggestion(std::string_view pointer) const {
  const std::string* text = read_only() ? nullptr : text_value_at(document_.agreement(), pointer);
  return text ? suggested_field_text(pointer, *text) : std::nullopt;
}

bool EditorSession::accept_suggestion(std::string_view pointer) {
  std::optional<std::string> suggested = suggestion(pointer);
  if (!suggested) return false;
  put_tidied(pointer, std::move(*suggested));
  document_.end_edit_burst();
  return true;
}

void EditorSession::put_tidied(std::string_view pointer, std::string tidy) {
  const std::string* before = text_value_at(document_.agreement(), pointer);
  tidied_ = TidiedField{std::string(pointer), before ? *before : std::string()};
  document_.will_change_step(pointer);
  if (Text* slot = text_for_write(document_.mutable_agreement(), pointer)) *slot = std::move(tidy);
}

// ---- rows

std::vector<Component>* EditorSession::list_for_write(std::string_view list_pointer) {
  Agreement& agreement = document_.mutable_agreement();
  std::string_view section = parent_pointer(list_pointer);
  ComponentsList* lists = nullptr;
  if (section == "/firstVersion") lists = agreement.first_version ? &*agreement.first_version : nullptr;
  if (section == "/approvedChanges") lists = agreement.approved_changes ? &*agreement.approved_changes : nullptr;
  if (section == "/changesProposal") lists = agreement.changes_proposal ? &*agreement.changes_proposal : nullptr;
  std::optional<ListKind> kind = list_kind_named(last_token(list_pointer));
  if (!lists || !kind) return nullptr;
  List<Component>& list = list_of(*lists, *kind);
  return list ? &*list : nullptr;
}

std::size_t EditorSession::row_count(std::string_view list_pointer) const {
  const Agreement& agreement = document_.agreement();
  if (list_pointer == kPartnerList) {
    return agreement.bip && agreement.bip->partner_heis ? agreement.bip->partner_heis->size() : 0;
  }
  for (const ComponentListRef& list : component_lists(agreement)) {
    if (list.pointer == list_pointer) return list.components->size();
  }
  return 0;
}

std::optional<std::size_t> EditorSession::add_row(std::string_view list_pointer) {
  EditGuard edit(*this);
  if (!edit.allowed()) return std::nullopt;
  pending_.clear_below(list_pointer);
  document_.will_change_step(list_pointer);
  std::optional<std::size_t> added = append_row(list_pointer);
  // Undone, the focus goes to the row above it, or to "Add" in a table left empty.
  if (added) document_.set_last_step_places(row_place(list_pointer, *added ? std::optional(*added - 1) : std::nullopt),
                                            row_place(list_pointer, added));
  return added;
}

std::optional<std::size_t> EditorSession::append_row(std::string_view list_pointer) {
  Agreement& agreement = document_.mutable_agreement();
  if (list_pointer == kPartnerList) {
    Bip& bip = agreement.bip ? *agreement.bip : agreement.bip.emplace();
    if (!bip.partner_heis) bip.partner_heis.emplace();
    bip.partner_heis->emplace_back();
    return bip.partner_heis->size() - 1;
  }
  // An absent list (or section) is created by writing through its first row's title.
  std::vector<Component>* rows = list_for_write(list_pointer);
  if (!rows) {
    text_for_write(agreement, std::string(list_pointer) + "/0/title");
    rows = list_for_write(list_pointer);
    if (!rows) return std::nullopt;
    rows->clear();
  }
  // A copy: the scheme's text lives in the rows that add_row may move.
  std::string scheme(agreement_credit_scheme(component_lists(agreement)));
  return la::add_row(*rows, scheme.empty() ? "ects" : scheme);
}

template <class Operation>
auto EditorSession::on_rows(std::string_view list_pointer, Operation operation) {
  if (list_pointer == kPartnerList) return operation(*document_.mutable_agreement().bip->partner_heis);
  return operation(*list_for_write(list_pointer));
}

std::optional<std::size_t> EditorSession::duplicate_row(std::string_view list_pointer, std::size_t row) {
  EditGuard edit(*this);
  if (!edit.allowed() || row >= row_count(list_pointer)) return std::nullopt;
  pending_.clear_below(list_pointer);
  document_.will_change_step(list_pointer);
  const std::size_t copy = on_rows(list_pointer, [&](auto& rows) { return la::duplicate_row(rows, row); });
  document_.set_last_step_places(row_place(list_pointer, row), row_place(list_pointer, copy));
  return copy;
}

std::optional<std::size_t> EditorSession::delete_row(std::string_view list_pointer, std::size_t row) {
  EditGuard edit(*this);
  if (!edit.allowed() || row >= row_count(list_pointer)) return std::nullopt;
  pending_.clear_below(list_pointer);
  document_.will_change_step(list_pointer);
  const std::optional<std::size_t> next = on_rows(list_pointer, [&](auto& rows) { return la::delete_row(rows, row); });
  document_.set_last_step_places(row_place(list_pointer, row), row_place(list_pointer, next));
  return next;
}

std::optional<std::size_t> EditorSession::move_row(std::string_view list_pointer, std::size_t row, int delta) {
  EditGuard edit(*this);
  std::size_t count = row_count(list_pointer);
  if (!edit.allowed() || row >= count) return std::nullopt;
  if ((delta < 0 && row == 0) || (delta > 0 && row + 1 == count)) return row;
  pending_.clear_below(list_pointer);
  document_.will_change_step(list_pointer);
  const std::size_t moved = on_rows(list_pointer, [&](auto& rows) { return la::move_row(rows, row, delta); });
  document_.set_last_step_places(row_place(list_pointer, row), row_place(list_pointer, moved));
  return moved;
}

std::optional<std::size_t> EditorSession::paste_courses(std::string_view list_pointer, std::size_t row,
                                                        const std::vector<PastedCourse>& courses) {
  EditGuard edit(*this);
  if (!edit.allowed() || courses.empty() || row >= row_count(list_pointer) || list_pointer == kPartnerList) {
    return std::nullopt;
  }
  pending_.clear_below(list_pointer);
  document_.will_change_step(list_pointer);
  std::string scheme(agreement_credit_scheme(component_lists(document_.agreement())));
  const std::size_t last = la::paste_courses(*list_for_write(list_pointer), row, courses, scheme.empty() ? "ects" : scheme);
  document_.set_last_step_places(row_place(list_pointer, row), row_place(list_pointer, row));
  add_notice({NoticeKind::CoursesPasted, NoticeTone::Success,
              {courses.size() == 1 ? "ui.notice.coursesPasted.one" : "ui.notice.coursesPasted.other",
               {{"count", std::to_string(courses.size())}}}});
  return last;
}

void EditorSession::remove_list(std::string_view list_pointer) {
  EditGuard edit(*this);
  if (!edit.allowed() || parent_pointer(list_pointer) != "/firstVersion" || !list_for_write(list_pointer)) return;
  pending_.clear_below(list_pointer);
  document_.will_change_step(list_pointer);
  list_of(*document_.mutable_agreement().first_version, *list_kind_named(last_token(list_pointer))).reset();
}

bool EditorSession::undo() {
  if (edits_blocked() || !document_.undo()) return false;
  pending_.clear();
  tidied_.reset();
  remove_notices({NoticeKind::CoursesPasted});  // it would count rows no longer there
  return true;
}

bool EditorSession::redo() {
  if (edits_blocked() || !document_.redo()) return false;
  pending_.clear();
  tidied_.reset();
  remove_notices({NoticeKind::CoursesPasted});
  return true;
}

// ---- files

void EditorSession::replace_document(Agreement agreement, bool keep_history) {
  if (keep_history) document_.replace(std::move(agreement));
  else document_ = EditorDocument(std::move(agreement));
  pending_void_.reset();  // the edit it held back was made to another agreement
  pending_.clear();
  tidied_.reset();
  remove_notices({NoticeKind::CoursesPasted});
  document_.mark_exported();  // a file or sample just opened, or a new form: nothing to lose yet
  ++replacements_;
}

void EditorSession::replace_when_agreed(const char* question_key, Replacement replacement) {
  if (!document_.has_unexported_changes()) {
    apply(std::move(replacement));
    return;
  }
  replace_question_ = question_key;
  pending_replacement_ = std::move(replacement);
}

void EditorSession::answer_replace_question(bool replace) {
  std::optional<Replacement> pending = std::move(pending_replacement_);
  pending_replacement_.reset();
  replace_question_.clear();
  if (replace && pending && !read_only()) apply(std::move(*pending));
}

void EditorSession::apply(Replacement replacement) {
  const bool had_changes = document_.has_unexported_changes();
  if (replacement.discards_draft) la::discard_draft(platform_.storage(), draft_key_);
  replace_document(std::move(replacement.agreement), true);
  // A new form is a to-do list; a file or sample (they come with a notice) was filled in by
  // someone, and what it lacks is a mistake.
  fields_to_fill_.reset();
  if (replacement.notice) fields_to_fill_.show_all();
  remove_notices({NoticeKind::Opened, NoticeKind::OpenFailed, NoticeKind::Exported, NoticeKind::NewStarted,
                  NoticeKind::Signed, NoticeKind::SignaturesRemoved, NoticeKind::SignaturesBroken});
  if (!replacement.broken_signatures.empty()) {
    add_notice({NoticeKind::SignaturesBroken, NoticeTone::Error, NoticeWords::as_said(std::move(replacement.broken_signatures))});
  }
  if (replacement.discards_draft) {
    remove_notices({NoticeKind::DraftRestored, NoticeKind::DraftPreviousRestored});
    nothing_to_save();  // until the next edit
  }
  if (replacement.notice) {
    add_notice(std::move(*replacement.notice));
  } else if (had_changes && !replacement.discards_draft) {
    add_notice({NoticeKind::NewStarted, NoticeTone::Info, {"ui.notice.newStarted"}});
  }
}

void EditorSession::new_agreement(MobilityType type) {
  if (read_only()) return;
  replace_when_agreed("ui.replace.", {la::new_agreement(type), std::nullopt, false, {}});
}

bool EditorSession::open_file(const ChosenFile& file) {
  if (read_only()) return false;
  if (file.error.empty() && is_xml_file(file.name, file.bytes)) {
    open_xml(file);
    return true;
  }
  NoticeWords failed{"ui.notice.openFailed", {{"file", file.name}}};
  if (file.error.empty()) {
    ReadResult read = read_agreement(file.bytes);
    if (read.agreement) {
      Notice opened{NoticeKind::Opened, NoticeTone::Success, {"ui.notice.opened", {{"file", file.name}}}};
      std::string broken = broken_signatures_text(*read.agreement);
      replace_when_agreed("ui.replace.", {std::move(*read.agreement), std::move(opened), false, std::move(broken)});
      return true;
    }
    failed.error = std::move(read.error);
  } else {
    failed.args.emplace_back("reason", file.error);  // the browser's, in English
  }
  open_failed(std::move(failed));
  return false;
}

void EditorSession::open_failed(NoticeWords words) {
  remove_notices({NoticeKind::Opened, NoticeKind::OpenFailed, NoticeKind::Exported, NoticeKind::NewStarted,
                  NoticeKind::ExportRefused});
  add_notice({NoticeKind::OpenFailed, NoticeTone::Error, std::move(words)});
}

bool EditorSession::open_sample(std::string_view id) {
  const Sample* sample = find_sample(id);
  if (!sample || read_only()) return false;
  auto text = sample_texts_.find(id);
  if (text == sample_texts_.end()) {
    const bool loading = !sample_waiting_.empty();
    sample_waiting_ = std::string(id);
    if (loading) return true;  // the set is on its way: this one opens instead
    add_notice({NoticeKind::SamplesLoading, NoticeTone::Info, {"ui.notice.samplesLoading"}});
    platform_.load_part(kSampleSetPart, [this](const LoadedPart& part) { samples_loaded(part); });
    return true;
  }
  ReadResult read = read_agreement(text->second);
  if (!read.agreement) return false;  // a test proves every sample reads
  Notice opened{NoticeKind::Opened, NoticeTone::Success, {"ui.notice.sampleOpened", {}, {{"sample", std::string(sample->title_key)}}}};
  std::string broken = broken_signatures_text(*read.agreement);
  replace_when_agreed("ui.replace.", {std::move(*read.agreement), std::move(opened), false, std::move(broken)});
  return true;
}

void EditorSession::samples_loaded(const LoadedPart& part) {
  remove_notices({NoticeKind::SamplesLoading});
  const std::string id = std::move(sample_waiting_);
  sample_waiting_.clear();
  sample_texts_ = read_sample_set(part.bytes);
  if (sample_texts_.count(id)) {
    open_sample(id);
    return;
  }
  add_notice({NoticeKind::OpenFailed, NoticeTone::Error,
              NoticeWords{"ui.notice.samplesFailed"}.reason(part.error, "ui.notice.samplesBroken")});
}

void EditorSession::glyphs_failed(const std::string& reason) {
  add_notice({NoticeKind::GlyphsFailed, NoticeTone::Warning, {"ui.notice.glyphsFailed", {{"reason", reason}}},
              NoticeAction::RetryGlyphs});
}

void EditorSession::glyphs_arrived() { remove_notices({NoticeKind::GlyphsFailed}); }

void EditorSession::retry_glyphs() {
  remove_notices({NoticeKind::GlyphsFailed});
  platform_.retry_glyphs();
}

EditorSession::ExportedFile EditorSession::exported_file() {
  return {export_file_name(document_.agreement(), platform_.today()), write_agreement(document_.agreement())};
}

void EditorSession::export_agreement() {
  ExportedFile file = exported_file();
  // A page that takes the file (to upload it with its own form) leaves no file to submit.
  const bool page_took_it = platform_.page_takes_export(file.json, file.name);
  if (!page_took_it) platform_.download(file.name, "application/json", file.json);
  document_.mark_exported();
  if (!read_only()) remember_export(platform_.storage(), draft_key_, file.json);
  ++export_count_;
  remove_notices({NoticeKind::Opened, NoticeKind::OpenFailed, NoticeKind::Exported, NoticeKind::NewStarted,
                  NoticeKind::ExportRefused});
  const bool ready = status().ready();
  const char* key = page_took_it ? (ready ? "ui.notice.givenToPage" : "ui.notice.givenToPageWithErrors")
                                 : (ready ? "ui.notice.exported" : "ui.notice.exportedWithErrors");
  add_notice({NoticeKind::Exported, ready ? NoticeTone::Success : NoticeTone::Warning, {key, {{"file", file.name}}}});
}

// ---- drafts

void EditorSession::discard_draft() {
  if (read_only()) return;
  replace_when_agreed("ui.discard.", {la::new_agreement(MobilityType::Semester), std::nullopt, true, {}});
}

void EditorSession::save_now() {
  saved_revision_ = document_.revision();
  saved_typed_ = pending_.invalid_texts();
  if (read_only()) return;
  DraftSaveResult result = save_draft(platform_.storage(), draft_key_, document_.agreement());
  if (result.saved) save_typed_texts(platform_.storage(), draft_key_, saved_typed_);
  if (!result.saved && !storage_warned_) {
    storage_warned_ = true;  // said once, calmly; the student keeps working and exports
    add_notice({NoticeKind::StorageFailed, NoticeTone::Warning, {"ui.notice.storageFailed"}});
  }
}

// A draft is not known to have been exported, unless it is just what was exported last.
void EditorSession::mark_unexported_unless_exported() {
  if (!was_exported(platform_.storage(), draft_key_, document_.agreement())) document_.mark_unexported();
}

void EditorSession::page_hidden() {
  if (document_.revision() != saved_revision_ || pending_.invalid_texts() != saved_typed_) save_now();
}

void EditorSession::nothing_to_save() {
  saved_revision_ = seen_revision_ = document_.revision();
  saved_typed_ = seen_typed_ = pending_.invalid_texts();
}

void EditorSession::draft_open_elsewhere(bool went_on_there) {
  if (went_on_there) page_hidden();  // what this tab has, the other one takes
  draft_elsewhere_ = true;
  remove_notices({NoticeKind::DraftRestored, NoticeKind::DraftPreviousRestored});
  add_notice({NoticeKind::DraftElsewhere, NoticeTone::Warning,
              {went_on_there ? "ui.notice.wentOnElsewhere" : "ui.notice.openElsewhere"},
              NoticeAction::ContinueHere});
}

void EditorSession::continue_here() {
  if (draft_elsewhere_) platform_.take_draft();
}

void EditorSession::draft_handed_over(std::string_view document_text) {
  if (!draft_elsewhere_) return;
  draft_elsewhere_ = false;
  remove_notices({NoticeKind::DraftElsewhere});
  std::optional<Agreement> handed;
  if (!document_text.empty()) handed = std::move(read_agreement(document_text).agreement);
  if (!handed) handed = std::move(recover_draft(platform_.storage(), draft_key_).agreement);
  if (handed) {
    replace_document(std::move(*handed), true);  // one undo step, as any other load
    mark_unexported_unless_exported();
  }
  nothing_to_save();  // it is the draft
}

void EditorSession::after_frame() {
  const std::uint64_t revision = document_.revision();
  const double now = platform_.now_ms();
  std::string typed = pending_.invalid_texts();
  if (revision != seen_revision_ || typed != seen_typed_) {
    seen_revision_ = revision;
    seen_typed_ = std::move(typed);
    last_change_ms_ = now;
    if (!read_only()) platform_.wake_after(kAutosaveDelayMs + 5);
  }
  if (revision != emitted_revision_) {
    emitted_revision_ = revision;
    if (platform_.page_wants_changes()) platform_.page_changed(document_json());
  }
  const bool unsaved = revision != saved_revision_ || seen_typed_ != saved_typed_;  // seen_typed_: now
  if (unsaved && now - last_change_ms_ >= kAutosaveDelayMs) save_now();
  std::string text = status_text();
  if (text != announced_status_) {
    announced_status_ = text;
    platform_.announce_status(text);
  }
}

// ---- notices

NoticeWords& NoticeWords::reason(const std::string& given, const char* reason_key) {
  if (given.empty()) keys.emplace_back("reason", reason_key);
  else args.emplace_back("reason", given);
  return *this;
}

std::string NoticeWords::say() const {
  if (key.empty()) return said;
  MessageArgs all = args;
  for (const auto& [name, message] : keys) all.emplace_back(name, ui_text(message));
  if (error) all.emplace_back("reason", load_error_text(*error));
  return ui_text(key, all);
}

void EditorSession::add_notice(Notice notice) {
  remove_notices({notice.kind});
  notice.text = notice.words.say();
  notices_.push_back(std::move(notice));
}

void EditorSession::retell_notices() {
  for (Notice& notice : notices_) notice.text = notice.words.say();
}

void EditorSession::remove_notices(std::initializer_list<NoticeKind> kinds) {
  notices_.erase(std::remove_if(notices_.begin(), notices_.end(),
                                [&](const Notice& n) { return std::find(kinds.begin(), kinds.end(), n.kind) != kinds.end(); }),
                 notices_.end());
}

void EditorSession::dismiss_notice(std::size_t index) {
  if (index < notices_.size()) notices_.erase(notices_.begin() + static_cast<std::ptrdiff_t>(index));
}

// ---- embedding

std::string EditorSession::document_json() const { return write_agreement(document_.agreement()); }

std::string EditorSession::set_document_json(std::string_view text) {
  ReadResult read = read_agreement(text);
  if (!read.agreement) {
    nlohmann::json error = {{"message", load_error_text(read.error)}};
    if (read.error.line > 0) {
      error["line"] = read.error.line;
      error["column"] = read.error.column;
    }
    if (!read.error.pointer.empty()) error["path"] = read.error.pointer;
    return json_text({{"ok", false}, {"error", std::move(error)}});
  }
  replace_document(std::move(*read.agreement), true);
  fields_to_fill_.show_all();  // the page's agreement, filled in elsewhere
  emitted_revision_ = document_.revision();  // the page set it: no echo through laOnChange
  return json_text({{"ok", true}, {"findings", findings_array(document_.findings())}});
}

std::string EditorSession::findings_json() { return json_text(findings_array(document_.findings())); }

}  // namespace la
