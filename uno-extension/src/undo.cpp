// One undo step around a group of edits.
#include "undo.hpp"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>

namespace nianbao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;

Reference<css::document::XUndoManager> undo_manager(const Reference<css::text::XTextDocument>& doc) {
    Reference<css::document::XUndoManagerSupplier> s(doc, UNO_QUERY);
    return s.is() ? s->getUndoManager() : nullptr;
}

UndoStep::UndoStep(const Reference<css::text::XTextDocument>& doc, const rtl::OUString& title) : manager_(undo_manager(doc)) {
    if (manager_.is()) manager_->enterUndoContext(title);
}

UndoStep::~UndoStep() {
    try {
        if (manager_.is()) manager_->leaveUndoContext();
    } catch (...) {
    }
}

} // namespace nianbao::uno
