// Opening the 年报检查 deck of the sidebar (Sidebar.xcu) in a document window.
#pragma once

#include "log.hpp"

#include <com/sun/star/frame/XFrame.hpp>

namespace nianbao::uno {

inline constexpr const char* deck_id = "NianbaoDeck";

// Shows the sidebar on our deck, whatever state it is in (hidden, collapsed, on another deck,
// already on ours: it stays open — unlike .uno:SidebarDeck, which toggles). Main thread only.
void show_deck(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::frame::XFrame>& frame);

} // namespace nianbao::uno
