// The panel's own words (labels, buttons, tooltips) in the office's UI language: Chinese on a
// Chinese office, English otherwise. Findings and their places stay Chinese (they quote the
// report's own Chinese labels). Deck and panel titles are localised in Sidebar.xcu.
#pragma once

#include "log.hpp"

namespace nianbao::uno {

enum class Text {
    check,
    check_tip,
    fill,
    fill_tip,
    compare,
    compare_tip,
    insert_comments,
    insert_comments_tip,
    remove_comments,
    remove_comments_tip,
    fix,
    fix_tip,
    dismiss,
    dismiss_tip,
    restore,
    restore_tip,
    expand,
    collapse,
    expand_tip,
    reason_label,
    reason_tip,
    list_tip,
    not_checked,
    dismissed_heading,
    read_only,
    no_fix,
    fix_preview,
    select_hint,
    group_fix_preview,
    checking_stale,
};

// Whether the office's UI is Chinese (/org.openoffice.Setup/L10N/ooLocale starts with "zh").
// Read once per process: the UI language only changes with a restart.
bool chinese_ui(const css::uno::Reference<css::uno::XComponentContext>& context);

// UTF-8 text in the UI language.
const char* text(const css::uno::Reference<css::uno::XComponentContext>& context, Text id);

} // namespace nianbao::uno
