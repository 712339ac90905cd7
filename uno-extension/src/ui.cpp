// Message boxes.
#include "ui.hpp"

#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>

namespace nianbao::uno {

sal_Int16 message_box(const css::uno::Reference<css::uno::XComponentContext>& context,
                      const css::uno::Reference<css::frame::XFrame>& frame, css::awt::MessageBoxType type,
                      sal_Int32 buttons, const std::string& title, const std::string& text) {
    css::uno::Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(context), css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::awt::XWindowPeer> parent(frame.is() ? frame->getContainerWindow() : nullptr, css::uno::UNO_QUERY);
    auto box = factory->createMessageBox(parent, type, buttons, to_ou(title), to_ou(text));
    return box->execute();
}

} // namespace nianbao::uno
