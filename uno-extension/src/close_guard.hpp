// Keeps a document from being closed while we read it: a script may close it from another thread
// in the middle of a check (issue 12), and Writer crashes when its body is enumerated while it
// goes away. A close asked for meanwhile is vetoed; when the closer handed us the ownership
// (close(true)), we close the document ourselves as soon as we are done.
#pragma once

#include "log.hpp"

#include <com/sun/star/util/XCloseable.hpp>

namespace nianbao::uno {

class CloseGuard {
public:
    explicit CloseGuard(const css::uno::Reference<css::uno::XInterface>& document);
    ~CloseGuard();
    CloseGuard(const CloseGuard&) = delete;
    CloseGuard& operator=(const CloseGuard&) = delete;

private:
    css::uno::Reference<css::util::XCloseable> closeable_;
    css::uno::Reference<css::util::XCloseListener> listener_;
};

} // namespace nianbao::uno
