// la-check: checks Learning Agreement files with the same checker as the editor.
//   la-check [--lang LANG] [--json] [--la N] [--] FILE...   ("-" reads standard input; "--" ends the options)
//   la-check --to ewp-xml|json [--la N] FILE   (converts between JSON and EWP XML)
// Exit status: 0 no errors (warnings allowed), 1 some file has an error, 2 some file unreadable,
// 64 wrong command line, 74 the output could not be written (then a message on diagnostics).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace la {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUnreadable = 2;
constexpr int kExitUsage = 64;         // EX_USAGE: wrong command line
constexpr int kExitOutputFailed = 74;  // EX_IOERR: the report could not be written

int run_la_check(const std::vector<std::string>& arguments, std::istream& input, std::ostream& output,
                 std::ostream& diagnostics);

}  // namespace la
