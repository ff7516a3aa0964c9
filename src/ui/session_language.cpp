// Switching the interface language (EditorSession::set_language): the catalogue of a language
// besides English is a part (lang-<code>.json, built by cmake/i18n_catalogue.py), loaded the first
// time the language is chosen; the student goes on in the current language meanwhile. English's
// ISCED-F search words are a part too (want_search_words).
#include <algorithm>

#include "core/messages.hpp"
#include "ui/editor_session.hpp"
#include "ui/ui_text.hpp"

namespace la {

bool EditorSession::set_language(std::string_view tag) {
  const std::string language = supported_language(tag);
  if (language.empty()) return false;
  language_waiting_.clear();
  if (has_catalogue(language)) {
    remove_notices({NoticeKind::LanguageLoading, NoticeKind::LanguageFailed});
    set_ui_language(language);
    retell_notices();
    return true;
  }
  language_waiting_ = language;
  remove_notices({NoticeKind::LanguageLoading, NoticeKind::LanguageFailed});
  add_notice({NoticeKind::LanguageLoading, NoticeTone::Info,
              {"ui.notice.languageLoading", {{"language", own_language_name(language)}}}});
  // One request per language at a time: choosing it again while it loads waits for the same one.
  if (std::find(languages_requested_.begin(), languages_requested_.end(), language) != languages_requested_.end()) {
    return true;
  }
  languages_requested_.push_back(language);
  platform_.load_part(language_part(language),
                      [this, language](const LoadedPart& part) { language_loaded(language, part); });
  return true;
}

void EditorSession::language_loaded(const std::string& language, const LoadedPart& part) {
  languages_requested_.erase(std::remove(languages_requested_.begin(), languages_requested_.end(), language),
                             languages_requested_.end());
  // A catalogue of another language (a wrong file on the server) is as broken as an unreadable one.
  const bool added = part.error.empty() && add_catalogue(part.bytes) && has_catalogue(language);
  if (language_waiting_ != language) return;  // another language was chosen since: it stays
  language_waiting_.clear();
  remove_notices({NoticeKind::LanguageLoading});
  if (added) {
    set_ui_language(language);
    retell_notices();
    return;
  }
  // Names in themselves (as the picker has them): the same in every language.
  NoticeWords failed{"ui.notice.languageFailed",
                     {{"language", own_language_name(language)}, {"current", own_language_name(ui_language())}}};
  add_notice({NoticeKind::LanguageFailed, NoticeTone::Error, std::move(failed.reason(part.error, "ui.notice.languageBroken"))});
}

void EditorSession::want_search_words(bool again_after_failure) {
  if (search_words_ == SearchWords::Asked || (search_words_ == SearchWords::Failed && !again_after_failure)) return;
  search_words_ = SearchWords::Asked;
  platform_.load_part(kSearchWordsPart, [this](const LoadedPart& part) {
    // The picker's choices are built again with them (catalogues_revision). Without them the
    // field is still found by code and name, so no notice: the list's next opening asks again.
    if (!part.error.empty() || !add_catalogue(part.bytes)) search_words_ = SearchWords::Failed;
  });
}

}  // namespace la
