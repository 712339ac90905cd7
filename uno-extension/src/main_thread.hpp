// Work that must run on the office's main thread: every window, dialog and message box.
// A remote client (a script over a socket, the project's own tools) calls us on a URP bridge
// thread; a window created or run there holds the caller and runs the office's event loop on
// that thread (issue 12 saw the office exit). The extension has no VCL headers, so the hop is
// css.awt.AsyncCallback, which the office runs from its event loop.
#pragma once

#include "log.hpp"

#include <functional>

namespace nianbao::uno {

// Queues fn for the main thread and returns at once. Whatever fn throws is logged under `what`
// and goes no further: nothing may reach the office's event loop.
void run_on_main_thread(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const char* what, std::function<void()> fn);

} // namespace nianbao::uno
