// The steps of changes during the mobility as the editor takes them (issue 14, section 3):
// open a proposal, delete or add a component with a reason, withdraw it, apply it once the three
// parties signed. Each is one undo step of the session's document, autosaved like any edit; the
// core (changes_proposal.hpp) decides what each step does, the editor only records it.
//
//   if (std::string why = start_proposal(session); !why.empty()) show(ui_text(why));
//   delete_in_proposal(session, ListKind::Studied, 1, "timetable-conflict", "");
//
// Every step returns an empty string when it was taken, else a message key saying why not
// (nothing changed then). A read-only editor (the page's choice, or the draft open in another
// tab) takes none.
#pragma once

#include <cstddef>
#include <string>

#include "core/agreement.hpp"
#include "core/component_lists.hpp"
#include "ui/editor_session.hpp"

namespace la {

std::string start_proposal(EditorSession& session);
// `index` counts the components of the list as it stands with the proposal (current_components).
std::string delete_in_proposal(EditorSession& session, ListKind kind, std::size_t index, const std::string& reason_code,
                               const std::string& reason_text);
std::string add_to_proposal(EditorSession& session, ListKind kind, Component component, const std::string& reason_code,
                            const std::string& reason_text);
// Discards the proposal and its signatures: the agreement stands as before it was opened.
std::string withdraw_proposal(EditorSession& session);
// The proposal, signed by all three with signatures that hold, becomes the approved changes.
std::string apply_proposal(EditorSession& session);

}  // namespace la
