// A course list pasted into a component table: lines copied from a partner's catalogue or a
// spreadsheet (code, title and credits separated by tabs, or one title per line) read as one
// course per line, so that the editor adds a row for each.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace la {

struct PastedCourse {
  std::string code;                // losCode; empty when the line has no code column
  std::string title;
  std::optional<double> credits;   // none when the line has no credits column
};

// The courses of `text`, one per line that is not blank. Columns are tab-separated: the last is
// the credits when it reads as credits ("6", "6,0", "7.5", "6 ECTS"); before it come the code and
// the title, or the title alone. A first line whose credits column is words ("Code, Title, ECTS")
// where the others have numbers is a spreadsheet's header and is left out.
// Empty when the text holds fewer than two courses: one line is pasted as text, as usual.
std::vector<PastedCourse> read_course_list(std::string_view text);

// Credits as catalogues write them: a decimal with a point or a comma, optionally followed by a
// unit in words ("6 ECTS", "7,5 ECTS credits", "5 cr."). Not negative; nothing for other text.
std::optional<double> read_credits(std::string_view text);

}  // namespace la
