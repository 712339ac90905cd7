// Writes autofill edits into Writer cells: only the cells autofill names, inside one undo
// context, replacing the cell's text through a cursor so its character formatting stays.
// A failure undoes this command's own undo action only, and is logged.
#include "writer_fill.hpp"

#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>

#include "nianbao/autofill.hpp"
#include "nianbao/identities.hpp"
#include "writer_document.hpp"
#include "undo.hpp"

namespace nianbao::uno {
namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

bool read_only(const Reference<css::text::XTextDocument>& doc) {
    Reference<css::frame::XStorable> storable(doc, UNO_QUERY);
    return storable.is() && storable->isReadonly();
}

// Writes the edits in order; throws when a cell cannot be written (the caller undoes).
void write_cells(const Reference<css::text::XTextDocument>& document, const std::vector<CellEdit>& edits,
                 FillOutcome& out) {
    for (const auto& e : edits) {
        if (e.source.table_name.empty() || e.source.cell_name.empty()) continue;
        Reference<css::text::XTextCursor> cursor = cell_text(document, e.source.table_name, e.source.cell_name)->createTextCursor();
        cursor->gotoStart(false);
        cursor->gotoEnd(true);
        cursor->setString(to_ou(e.new_text));
        org::nianbao::CellChange change{to_ou(e.source.table_name), to_ou(e.source.cell_name), to_ou(e.old_text), to_ou(e.new_text)};
        out.changes.push_back(change);
        if (e.reason != "blank-as-zero") out.totals.push_back(change);
    }
}

} // namespace

int count_blank_value_cells(const Reference<css::text::XTextDocument>& document) {
    WriterDocument doc = read_writer_document(document);
    FillResult r = autofill(doc.report, FillOptions{.blank_as_zero = true});
    return r.zeros_written;
}

FillOutcome fill_totals(const Reference<css::uno::XComponentContext>& context,
                        const Reference<css::text::XTextDocument>& document, bool blank_as_zero) {
    FillOutcome out;
    if (read_only(document)) {
        out.refusal = "文档以只读方式打开，无法写入合计。请另存为可编辑的文档后再试。";
        return out;
    }
    WriterDocument doc = read_writer_document(document);
    if (doc.report.tables.empty()) {
        out.refusal = "没有识别到标准统计表（表二、表三、表四），没有可以填充的合计。";
        return out;
    }
    FillResult result = autofill(doc.report, FillOptions{.blank_as_zero = blank_as_zero});
    out.zeros_written = result.zeros_written;
    for (const auto& u : result.unfilled) out.unfilled.push_back(std::string(table_short_name(u.table)) + u.message);
    if (result.edits.empty()) return out;

    UndoStep undo(document, to_ou("填充合计"));
    try {
        write_cells(document, result.edits, out);
        undo.leave();
        return out;
    } catch (...) {
        log_caught(context, "填充合计: writing cell " + std::to_string(out.changes.size() + 1) + " of " +
                                std::to_string(result.edits.size()));
    }
    // A cell could not be written: take back what this command wrote, so nothing is half-changed.
    try {
        undo.leave();
        const bool undone = undo.undo_own_action();
        logger(context)->info("填充合计: {} cells written before the failure, {}", out.changes.size(),
                              undone ? "undone" : "nothing of ours to undo");
    } catch (...) {
        log_caught(context, "填充合计: undoing the cells written");
    }
    out.changes.clear();
    out.totals.clear();
    out.refusal = "写入合计时出错，已撤销本次全部修改（详情见 nianbao.log）。";
    return out;
}

} // namespace nianbao::uno
