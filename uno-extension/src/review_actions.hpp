// What the 年报检查 panel does, as commands: each acts on the frame's current review and on one
// row of the panel's list (argument Row, 0-based, as the panel shows it). The panel's buttons call
// these; scripts and tests dispatch them as vnd.nianbao:<name> and get the rows back ("Rows").
//   panel          the rows, the summary (Message) — changes nothing
//   toggle         expands or collapses the group on Row
//   select         selects the place of the finding on Row in the document
//   preview        says what 修正 would write for Row (Message), changes nothing
//   fixFinding     writes the fix of Row alone (a group: of every member) in one undo step
//   dismiss        accepts Row (argument Reason, optional) in the document's NianbaoDismissals
//   restore        takes back the dismissal of a row under 已忽略
// Every one refuses with a Chinese message when there is no review yet, when the row has no such
// action, and (fixFinding, dismiss, restore) when the document is read-only.
#pragma once

#include "commands.hpp"

namespace nianbao::uno {

CommandResult panel_command(const Context& context, const Frame& frame, const Args& args);
CommandResult toggle_command(const Context& context, const Frame& frame, const Args& args);
CommandResult select_command(const Context& context, const Frame& frame, const Args& args);
CommandResult preview_command(const Context& context, const Frame& frame, const Args& args);
CommandResult fix_finding_command(const Context& context, const Frame& frame, const Args& args);
CommandResult dismiss_command(const Context& context, const Frame& frame, const Args& args);
CommandResult restore_command(const Context& context, const Frame& frame, const Args& args);

// The rows as the panel shows them now (empty when the frame was never checked).
std::vector<std::string> panel_rows(const Context& context, const Frame& frame);

} // namespace nianbao::uno
