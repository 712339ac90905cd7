// Dismissals (忽略): findings a reviewer has accepted, kept in the report file itself so that every
// re-check — in Writer or by the CLI on the same file — leaves them out until their figures change.
//
// Stored as text (in a .odt/.docx, the user-defined document property `NianbaoDismissals`):
//     nianbao-dismissals 1
//     <rule id> TAB <place key> TAB <fingerprint> TAB <reason>
//     ...
// one line per dismissal; in the reason (and any field) a backslash, tab and line break are written
// \\, \t and \n. The place key says where without Writer names (they change when a table is
// inserted): "cell:requests/3.7/natural", "table:requests", "text:overview/1", "document".
// The fingerprint is 16 hex digits of a hash of the figures in the finding's message and its fix:
// when the figures change, the finding no longer matches and comes back.
// docs/dismissals.md describes the format for people and other tools.
#pragma once

#include "nianbao/dismissal.hpp"
#include "nianbao/export.hpp"
#include "nianbao/finding.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace nianbao {

struct ParsedDismissals {
    std::vector<Dismissal> dismissals;
    std::vector<std::string> errors; // Chinese, one per line that could not be read (skipped)
};

NIANBAO_API std::string place_key(const Location& location);
NIANBAO_API std::string figures_fingerprint(const Finding& finding);
// The dismissal that accepts exactly this finding as it is now.
NIANBAO_API Dismissal dismissal_for(const Finding& finding, std::string reason = {});
NIANBAO_API bool dismisses(const Dismissal& dismissal, const Finding& finding);

NIANBAO_API ParsedDismissals parse_dismissals(std::string_view text);
NIANBAO_API std::string format_dismissals(const std::vector<Dismissal>& dismissals);

// Adds (updating the reason of the same rule, place and fingerprint) or removes a dismissal.
NIANBAO_API void add_dismissal(std::vector<Dismissal>& list, Dismissal dismissal);
NIANBAO_API bool remove_dismissal(std::vector<Dismissal>& list, const Dismissal& dismissal);

} // namespace nianbao
