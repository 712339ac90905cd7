// Small UI helpers: message boxes parented to the document window. Call them on the main thread
// only (commands with windows are queued there by the protocol handler: main_thread.hpp).
#pragma once

#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/frame/XFrame.hpp>

#include "log.hpp"

namespace nianbao::uno {

// Shows a message box; returns the button pressed (css::awt::MessageBoxResults).
sal_Int16 message_box(const css::uno::Reference<css::uno::XComponentContext>& context,
                      const css::uno::Reference<css::frame::XFrame>& frame, css::awt::MessageBoxType type,
                      sal_Int32 buttons, const std::string& title, const std::string& text);

} // namespace nianbao::uno
