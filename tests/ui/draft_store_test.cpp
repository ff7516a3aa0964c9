// Autosaved drafts: restored after a reload, survived when damaged, and storage errors reported.
#include <doctest/doctest.h>

#include "core/json_codec.hpp"
#include "memory_platform.hpp"
#include "test_files.hpp"
#include "ui/draft_store.hpp"

namespace la {
namespace {

using test::MemoryStorage;

TEST_CASE("a saved draft comes back as it was") {
  MemoryStorage storage;
  Agreement agreement = test::example("valid-blended");
  REQUIRE(save_draft(storage, "la.draft", agreement).saved);
  DraftRecovery recovery = recover_draft(storage, "la.draft");
  CHECK(recovery.found == DraftFound::Restored);
  REQUIRE(recovery.agreement);
  CHECK(write_agreement(*recovery.agreement) == write_agreement(agreement));
}

TEST_CASE("no draft, nothing to restore") {
  MemoryStorage storage;
  CHECK(recover_draft(storage, "la.draft").found == DraftFound::None);
}

TEST_CASE("a damaged draft gives back the copy before it and says why") {
  MemoryStorage storage;
  save_draft(storage, "la.draft", test::example("valid-semester"));
  save_draft(storage, "la.draft", test::example("valid-doctoral"));
  storage.items["la.draft"].resize(100);  // e.g. the browser was killed mid-write
  DraftRecovery recovery = recover_draft(storage, "la.draft");
  CHECK(recovery.found == DraftFound::RestoredPrevious);
  REQUIRE(recovery.agreement);
  CHECK(recovery.agreement->mobility_type == "semester");
  CHECK(recovery.damage.key == "load.not-json");
}

TEST_CASE("a damaged draft never replaces the last good copy") {
  MemoryStorage storage;
  save_draft(storage, "la.draft", test::example("valid-semester"));
  save_draft(storage, "la.draft", test::example("valid-doctoral"));
  storage.items["la.draft"] = "{broken";
  save_draft(storage, "la.draft", test::example("valid-blended"));
  CHECK(test::read_valid(storage.items["la.draft.previous"]).mobility_type == "semester");
}

TEST_CASE("when every copy is damaged the student is told, and nothing is invented") {
  MemoryStorage storage;
  storage.items["la.draft"] = "{\"formatVersion\": 9}";
  DraftRecovery recovery = recover_draft(storage, "la.draft");
  CHECK(recovery.found == DraftFound::Damaged);
  CHECK_FALSE(recovery.agreement);
  CHECK(recovery.damage.key == "load.newer-format-version");
}

TEST_CASE("a full storage reports why the draft was not saved") {
  MemoryStorage storage;
  storage.refuse_with = "The browser's storage for this page is full.";
  DraftSaveResult result = save_draft(storage, "la.draft", test::example("valid-semester"));
  CHECK_FALSE(result.saved);
  CHECK(result.error == "The browser's storage for this page is full.");
}

TEST_CASE("discarding forgets the draft and its previous copy") {
  MemoryStorage storage;
  save_draft(storage, "la.draft", test::example("valid-semester"));
  save_draft(storage, "la.draft", test::example("valid-semester"));
  discard_draft(storage, "la.draft");
  CHECK(storage.items.empty());
}

}  // namespace
}  // namespace la
