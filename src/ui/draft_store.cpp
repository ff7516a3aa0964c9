// Saving and recovering drafts (draft_store.hpp).
#include "ui/draft_store.hpp"

#include <nlohmann/json.hpp>

#include "core/json_codec.hpp"
#include "core/json_parse.hpp"
#include "core/sha256.hpp"

namespace la {
namespace {

std::string previous_key(const std::string& key) { return key + ".previous"; }
std::string exported_key(const std::string& key) { return key + ".exported"; }
std::string typed_key(const std::string& key) { return key + ".typed"; }

}  // namespace

DraftSaveResult save_draft(DraftStorage& storage, const std::string& key, const Agreement& agreement) {
  DraftSaveResult result;
  if (std::optional<std::string> current = storage.load(key)) {
    if (read_agreement(*current).agreement) {
      std::string ignored;  // a failed backup must not stop the save itself
      storage.save(previous_key(key), *current, &ignored);
    }
  }
  result.saved = storage.save(key, write_agreement(agreement), &result.error);
  return result;
}

DraftRecovery recover_draft(DraftStorage& storage, const std::string& key) {
  DraftRecovery recovery;
  std::optional<std::string> text = storage.load(key);
  if (!text) return recovery;
  ReadResult current = read_agreement(*text);
  if (current.agreement) {
    recovery.found = DraftFound::Restored;
    recovery.agreement = std::move(current.agreement);
    return recovery;
  }
  recovery.damage = current.error;
  if (std::optional<std::string> previous_text = storage.load(previous_key(key))) {
    ReadResult previous = read_agreement(*previous_text);
    if (previous.agreement) {
      recovery.found = DraftFound::RestoredPrevious;
      recovery.agreement = std::move(previous.agreement);
      return recovery;
    }
  }
  recovery.found = DraftFound::Damaged;
  return recovery;
}

void save_typed_texts(DraftStorage& storage, const std::string& key, const std::string& texts) {
  if (texts.empty()) storage.remove(typed_key(key));
  else storage.save(typed_key(key), texts, nullptr);  // lost: the field shows empty, marked as missing
}

nlohmann::json load_typed_texts(DraftStorage& storage, const std::string& key) {
  std::optional<std::string> saved = storage.load(typed_key(key));
  nlohmann::json texts = parse_json(saved ? std::string_view(*saved) : "{}");  // damaged: discarded
  return texts.is_object() ? texts : nlohmann::json::object();
}

void discard_draft(DraftStorage& storage, const std::string& key) {
  storage.remove(key);
  storage.remove(typed_key(key));
  storage.remove(previous_key(key));
  storage.remove(exported_key(key));
}

void remember_export(DraftStorage& storage, const std::string& key, const std::string& exported_json) {
  storage.save(exported_key(key), sha256_hex(exported_json), nullptr);  // lost: only the mark is wrong
}

bool was_exported(DraftStorage& storage, const std::string& key, const Agreement& agreement) {
  const std::optional<std::string> exported = storage.load(exported_key(key));
  return exported && *exported == sha256_hex(write_agreement(agreement));
}

}  // namespace la
