// Selecting a finding's place.
#include "selection.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

namespace nianbao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;

void select_finding(const Reference<css::text::XTextDocument>& document, const WriterDocument& doc,
                    const Finding& f) {
    Reference<css::view::XSelectionSupplier> selection(document->getCurrentController(), UNO_QUERY);
    if (!selection.is()) return;
    const SourcePos& s = f.location.source;
    if (!s.table_name.empty() && !s.cell_name.empty()) {
        Reference<css::text::XTextCursor> cursor =
            cell_text(document, s.table_name, s.cell_name)->createTextCursor();
        cursor->gotoStart(false);
        cursor->gotoEnd(true);
        selection->select(Any(cursor));
        return;
    }
    if (s.line > 0 && std::size_t(s.line) <= doc.ranges.size() &&
        doc.ranges[std::size_t(s.line - 1)].is()) {
        auto range = doc.ranges[std::size_t(s.line - 1)];
        Reference<css::text::XTextCursor> cursor = range->getText()->createTextCursorByRange(range);
        selection->select(Any(cursor));
    }
}

} // namespace nianbao::uno
