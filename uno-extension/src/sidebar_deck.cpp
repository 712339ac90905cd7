// The sidebar API, as verified in notes/libreoffice-sidebar.md: right after setVisible(true) the
// decks are not there yet; one more trip through the event loop is enough.
#include "sidebar_deck.hpp"

#include "main_thread.hpp"

#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <cppuhelper/weakref.hxx>

namespace nianbao::uno {
namespace {

void show_deck(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::frame::XFrame>& frame, int attempt) {
    if (!frame.is()) return;
    css::uno::Reference<css::frame::XController2> controller(frame->getController(),
                                                             css::uno::UNO_QUERY);
    if (!controller.is()) return;
    css::uno::Reference<css::ui::XSidebarProvider> sidebar = controller->getSidebar();
    if (!sidebar.is()) return;
    if (!sidebar->isVisible()) sidebar->setVisible(true);
    css::uno::Reference<css::ui::XDecks> decks = sidebar->getDecks();
    const OUString id = OUString::createFromAscii(deck_id);
    if (!decks.is() || !decks->hasByName(id)) {
        if (attempt < 5) {
            css::uno::WeakReference<css::frame::XFrame> weak(frame);
            run_on_main_thread(context, "show deck", [context, weak, attempt] {
                show_deck(context, css::uno::Reference<css::frame::XFrame>(weak), attempt + 1);
            });
        } else {
            logger(context)->warn("the sidebar has no deck {}", deck_id);
        }
        return;
    }
    sidebar->showDecks(true); // when collapsed to its tab bar
    css::uno::Reference<css::ui::XDeck> deck(decks->getByName(id), css::uno::UNO_QUERY_THROW);
    if (!deck->isActive()) deck->activate(true);
}

} // namespace

void show_deck(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::frame::XFrame>& frame) {
    show_deck(context, frame, 0);
}

} // namespace nianbao::uno
