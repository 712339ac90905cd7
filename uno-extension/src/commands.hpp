// The Writer commands, one function each; the protocol handler only routes URLs to them.
// Every command accepts dispatch arguments so that tests and macros can run it without dialogs:
// Interactive (boolean, default true) and, for fill, BlankAsZero (boolean).
#pragma once

#include "log.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <optional>
#include <string>
#include <vector>

namespace nianbao::uno {

struct CommandResult {
    bool ok = true;
    sal_Int32 count = 0;    // findings (check), changed cells (fill), removed comments
    std::string message;    // Chinese summary
    // The panel's rows after the command (panel commands: review_actions.hpp), for callers
    // that show or test them; reported as "Rows" by dispatchWithNotification.
    std::optional<std::vector<std::string>> rows{};
};

using Args = css::uno::Sequence<css::beans::PropertyValue>;
using Context = css::uno::Reference<css::uno::XComponentContext>;
using Frame = css::uno::Reference<css::frame::XFrame>;

CommandResult check_command(const Context& context, const Frame& frame, const Args& args);
CommandResult fill_command(const Context& context, const Frame& frame, const Args& args);
// Compares with last year's report: PreviousURL (file URL) when not interactive, else a file picker.
CommandResult compare_command(const Context& context, const Frame& frame, const Args& args);
CommandResult insert_comments_command(const Context& context, const Frame& frame, const Args& args);
CommandResult remove_comments_command(const Context& context, const Frame& frame, const Args& args);

bool bool_arg(const Args& args, const char* name, bool fallback);
OUString string_arg(const Args& args, const char* name);

} // namespace nianbao::uno
