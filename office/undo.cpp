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

UndoStep::UndoStep(const Reference<css::text::XTextDocument>& doc, const rtl::OUString& title)
    : manager_(undo_manager(doc)), title_(title) {
    if (!manager_.is()) return;
    before_ = manager_->getAllUndoActionTitles();
    manager_->enterUndoContext(title);
    open_ = true;
}

UndoStep::~UndoStep() {
    try {
        leave();
    } catch (...) {  // a destructor cannot report; leave() failing means the office is going away
    }
}

void UndoStep::leave() {
    if (!open_) return;
    open_ = false;
    manager_->leaveUndoContext();
}

bool UndoStep::undo_own_action() {
    if (!manager_.is() || open_ || !manager_->isUndoPossible()) return false;
    const auto now = manager_->getAllUndoActionTitles();
    // Ours only if the stack changed since the step began and its top carries our title.
    if (now == before_ || now.getLength() == 0 || now[0] != title_) return false;
    manager_->undo();
    return true;
}

} // namespace nianbao::uno
