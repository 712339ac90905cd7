// One undo step around a group of edits, for every command that changes the document.
#pragma once

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include <rtl/ustring.hxx>

namespace nianbao::uno {

// The document's undo manager, or an empty reference when it has none.
css::uno::Reference<css::document::XUndoManager> undo_manager(const css::uno::Reference<css::text::XTextDocument>& doc);

// Enters an undo context and leaves it whatever happens, so a failure never leaves the
// document's undo stack open; everything done in between is undone by one Ctrl+Z.
class UndoStep {
public:
    UndoStep(const css::uno::Reference<css::text::XTextDocument>& doc, const rtl::OUString& title);
    ~UndoStep();
    UndoStep(const UndoStep&) = delete;
    UndoStep& operator=(const UndoStep&) = delete;

    // Leaves the context now (the destructor then does nothing).
    void leave();
    // Takes back what was done inside the step — and only that: when nothing was written in it
    // the office adds no undo action, and the action on top is the user's own, left alone.
    // Returns whether something was undone. Call after leave().
    bool undo_own_action();

private:
    css::uno::Reference<css::document::XUndoManager> manager_;
    rtl::OUString title_;
    css::uno::Sequence<rtl::OUString> before_;  // the undo titles when the step began
    bool open_ = false;
};

} // namespace nianbao::uno
