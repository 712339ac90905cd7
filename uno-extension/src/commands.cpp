// 检查报告, 填充合计 and 移除检查批注 as the user runs them from the 年报 menu or toolbar.
#include "commands.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include "comments.hpp"
#include "findings.hpp"
#include "nianbao/engine.hpp"
#include "results_window.hpp"
#include "ui.hpp"
#include "writer_document.hpp"
#include "writer_fill.hpp"

namespace nianbao::uno {
namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
namespace Buttons = css::awt::MessageBoxButtons;
namespace Results = css::awt::MessageBoxResults;

Reference<css::text::XTextDocument> document_of(const Frame& frame) {
    if (!frame.is() || !frame->getController().is()) return nullptr;
    return Reference<css::text::XTextDocument>(frame->getController()->getModel(), UNO_QUERY);
}

CommandResult refuse(const Context& context, const Frame& frame, bool interactive, const std::string& why) {
    if (interactive)
        message_box(context, frame, css::awt::MessageBoxType_WARNINGBOX, Buttons::BUTTONS_OK, "年报", why);
    return {false, 0, why};
}

} // namespace

bool bool_arg(const Args& args, const char* name, bool fallback) {
    for (const auto& a : args) {
        bool v = fallback;
        if (a.Name.equalsAscii(name) && (a.Value >>= v)) return v;
    }
    return fallback;
}

CommandResult check_command(const Context& context, const Frame& frame, const Args& args) {
    const bool interactive = bool_arg(args, "Interactive", true);
    auto document = document_of(frame);
    if (!document.is()) return refuse(context, frame, interactive, "“检查报告”只能用于 Writer 文本文档。");
    WriterDocument doc = read_writer_document(document);
    std::vector<Finding> findings = check(doc.report);
    CommandResult result{true, sal_Int32(findings.size()), summary(findings)};
    logger(context)->info("check: {}", result.message);
    if (interactive) show_results_window(context, frame, document, std::move(doc), std::move(findings));
    return result;
}

CommandResult fill_command(const Context& context, const Frame& frame, const Args& args) {
    const bool interactive = bool_arg(args, "Interactive", true);
    auto document = document_of(frame);
    if (!document.is()) return refuse(context, frame, interactive, "“填充合计”只能用于 Writer 文本文档。");
    bool blank_as_zero = bool_arg(args, "BlankAsZero", false);
    if (interactive) {
        // Agencies usually type only the non-zero figures: offer to write the 0s first.
        int blanks = count_blank_value_cells(document);
        if (blanks > 0) {
            sal_Int16 answer = message_box(
                context, frame, css::awt::MessageBoxType_QUERYBOX, Buttons::BUTTONS_YES_NO_CANCEL, "填充合计",
                "表格中有 " + std::to_string(blanks) + " 个数值单元格是空白的。标准格式要求每一格都有数值。\n\n"
                "是否先把这些空白单元格填写为 0，再计算合计？\n（选“否”则只计算各项齐全的合计。）");
            if (answer == Results::CANCEL) return {false, 0, "已取消"};
            blank_as_zero = answer == Results::YES;
        }
    }
    FillOutcome out = fill_totals(document, blank_as_zero);
    if (!out.refusal.empty()) return refuse(context, frame, interactive, out.refusal);
    std::string message;
    if (out.zeros_written > 0) message += "已把 " + std::to_string(out.zeros_written) + " 个空白单元格填写为 0。\n";
    if (out.changes.empty() && out.zeros_written == 0) message += "各项合计均已正确，没有修改任何单元格。";
    else message += "已写入 " + std::to_string(out.changes.size() - std::size_t(out.zeros_written)) + " 个合计（可用“撤销”一步还原）：";
    int listed = 0;
    for (const auto& c : out.changes) {
        if (c.NewText == "0" && c.OldText.isEmpty() && out.zeros_written > 0) continue;
        if (++listed > 12) { message += "\n……"; break; }
        message += "\n  " + to_std(c.TableName) + " " + to_std(c.CellName) + "：“" + to_std(c.OldText) + "” → " + to_std(c.NewText);
    }
    if (!out.unfilled.empty()) {
        message += "\n\n以下合计无法计算：";
        for (std::size_t i = 0; i < out.unfilled.size() && i < 8; ++i) message += "\n  " + out.unfilled[i];
    }
    logger(context)->info("fill: {} cells, {} zeros, {} unfilled", out.changes.size(), out.zeros_written, out.unfilled.size());
    if (interactive)
        message_box(context, frame, css::awt::MessageBoxType_INFOBOX, Buttons::BUTTONS_OK, "填充合计", message);
    return {true, sal_Int32(out.changes.size()), message};
}

CommandResult insert_comments_command(const Context& context, const Frame& frame, const Args& args) {
    const bool interactive = bool_arg(args, "Interactive", true);
    auto document = document_of(frame);
    if (!document.is()) return refuse(context, frame, interactive, "只能用于 Writer 文本文档。");
    WriterDocument doc = read_writer_document(document);
    std::vector<Finding> findings = check(doc.report);
    int n = insert_comments(document, doc, findings);
    std::string message = "已插入 " + std::to_string(n) + " 条批注（作者“年报检查”）。";
    if (interactive)
        message_box(context, frame, css::awt::MessageBoxType_INFOBOX, Buttons::BUTTONS_OK, "年报", message);
    return {true, n, message};
}

CommandResult remove_comments_command(const Context& context, const Frame& frame, const Args& args) {
    const bool interactive = bool_arg(args, "Interactive", true);
    auto document = document_of(frame);
    if (!document.is()) return refuse(context, frame, interactive, "只能用于 Writer 文本文档。");
    int n = remove_comments(document);
    std::string message = "已移除 " + std::to_string(n) + " 条检查批注，其他批注未受影响。";
    if (interactive)
        message_box(context, frame, css::awt::MessageBoxType_INFOBOX, Buttons::BUTTONS_OK, "年报", message);
    return {true, n, message};
}

} // namespace nianbao::uno
