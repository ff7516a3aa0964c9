// What the session's notices say, for the tests of src/ui.
#pragma once

#include <doctest/doctest.h>

#include "ui/editor_session.hpp"

namespace la::test {

inline bool has_notice(const EditorSession& session, NoticeKind kind) {
  for (const Notice& notice : session.notices()) {
    if (notice.kind == kind) return true;
  }
  return false;
}

inline const Notice& notice_of(const EditorSession& session, NoticeKind kind) {
  for (const Notice& notice : session.notices()) {
    if (notice.kind == kind) return notice;
  }
  FAIL("no such notice");
  return session.notices().front();
}

}  // namespace la::test
