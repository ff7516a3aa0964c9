// Text from a file or the command line made safe for la-check's human output: one finding per
// line, and no terminal escape codes from a student's values, field names or a file's name.
#pragma once

#include <string>
#include <string_view>

namespace la {

// `text` with every control character (C0, DEL and the UTF-8 encoded C1 U+0080..U+009F) written
// as an escape: \n, \r and \t, else \u001B and the like, as JSON writes them. Backslashes are
// left as they are: the point is that nothing can start a line or move the cursor, and a
// doubled backslash in every Windows path or title would be harder to read.
std::string escaped_for_terminal(std::string_view text);

}  // namespace la
