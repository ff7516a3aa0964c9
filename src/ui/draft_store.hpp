// Autosaved drafts: where they are kept is the platform's business (localStorage in the browser);
// what is kept and how a damaged draft is survived is decided here. Each save first keeps the
// draft it replaces as "<key>.previous" if that one is readable, so one damaged write never
// loses the student's work.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/agreement.hpp"
#include "core/load_error.hpp"

namespace la {

// A key-value store of text; save() says in plain words why it failed (quota, no storage).
class DraftStorage {
 public:
  virtual ~DraftStorage() = default;
  virtual bool save(const std::string& key, const std::string& text, std::string* error) = 0;
  virtual std::optional<std::string> load(const std::string& key) = 0;
  virtual void remove(const std::string& key) = 0;
};

struct DraftSaveResult {
  bool saved = false;
  std::string error;  // the storage's reason, when not saved
};
DraftSaveResult save_draft(DraftStorage& storage, const std::string& key, const Agreement& agreement);

enum class DraftFound {
  None,             // nothing saved
  Restored,         // the last draft
  RestoredPrevious, // the last draft was damaged; the copy before it came back
  Damaged,          // there is a draft, but neither it nor a previous copy can be read
};
struct DraftRecovery {
  DraftFound found = DraftFound::None;
  std::optional<Agreement> agreement;
  LoadError damage;  // why the last draft could not be read (RestoredPrevious, Damaged)
};
DraftRecovery recover_draft(DraftStorage& storage, const std::string& key);

// Text typed into number fields that is not a number (yet), kept beside the draft as
// "<key>.typed": a JSON object by pointer (PendingNumbers::invalid_texts); "": the key goes.
void save_typed_texts(DraftStorage& storage, const std::string& key, const std::string& texts);
// The saved texts by pointer; an empty object when there are none or they are damaged.
nlohmann::json load_typed_texts(DraftStorage& storage, const std::string& key);

// Forgets the draft, its previous copy, its typed texts and what was exported ("Discard draft").
void discard_draft(DraftStorage& storage, const std::string& key);

// What was exported last (its SHA-256, as "<key>.exported"), so that a draft that holds just
// that comes back known as exported: no "Changes not exported", no leave-page prompt.
void remember_export(DraftStorage& storage, const std::string& key, const std::string& exported_json);
bool was_exported(DraftStorage& storage, const std::string& key, const Agreement& agreement);

}  // namespace la
