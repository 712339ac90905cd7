// 检查报告, 填充合计 and 移除检查批注 as the user runs them from the 年报 menu or toolbar.
#include "commands.hpp"

#include "comments.hpp"
#include "findings.hpp"
#include "nianbao/engine.hpp"
#include "nianbao/reader.hpp"
#include "review_actions.hpp"
#include "review_registry.hpp"
#include "sidebar_deck.hpp"
#include "ui.hpp"
#include "writer_document.hpp"
#include "writer_fill.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <memory>
#include <osl/file.hxx>

namespace nianbao::uno {
namespace {

using css::uno::Reference;
using css::uno::Sequence;
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

OUString string_arg(const Args& args, const char* name) {
    for (const auto& a : args) {
        OUString v;
        if (a.Name.equalsAscii(name) && (a.Value >>= v)) return v;
    }
    return {};
}

namespace {

// A document the office loaded hidden for us: closed whatever happens while it is read, so no
// invisible document stays open. close() may veto or throw; then the document is disposed.
class HiddenDocument {
public:
    HiddenDocument(const Context& context, Reference<css::lang::XComponent> component)
        : context_(context), component_(std::move(component)) {}
    ~HiddenDocument() { close(); }
    HiddenDocument(const HiddenDocument&) = delete;
    HiddenDocument& operator=(const HiddenDocument&) = delete;
    const Reference<css::lang::XComponent>& get() const { return component_; }

    void close() noexcept {
        Reference<css::lang::XComponent> component = std::move(component_);
        component_.clear();
        if (!component.is()) return;
        try {
            Reference<css::util::XCloseable> closeable(component, UNO_QUERY);
            if (closeable.is()) {
                closeable->close(true);
                return;
            }
        } catch (...) {
            log_caught(context_, "closing last year's report");
        }
        try {
            component->dispose();
        } catch (...) {
            log_caught(context_, "disposing last year's report");
        }
    }

private:
    Context context_;
    Reference<css::lang::XComponent> component_;
};

// Last year's report from a file URL: plain text through the text reader, anything else loaded
// hidden by the office and read like the open document. Empty error on success.
std::shared_ptr<const Report> read_previous(const Context& context, const OUString& url, std::string& error) {
    const std::string lower = to_std(url.toAsciiLowerCase());
    if (lower.ends_with(".txt") || lower.ends_with(".md") || lower.ends_with(".text")) {
        OUString path;
        if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None || path.isEmpty()) {
            error = "“" + to_std(url) + "”不是本机上的文件";
            return nullptr;
        }
        ReadResult r = read_text_file(to_std(path));
        if (!r.ok) { error = r.error; return nullptr; }
        return std::make_shared<const Report>(std::move(r.report));
    }
    Reference<css::frame::XDesktop2> desktop = css::frame::Desktop::create(context);
    Sequence<css::beans::PropertyValue> props(2);
    props.getArray()[0].Name = "Hidden";
    props.getArray()[0].Value <<= true;
    props.getArray()[1].Name = "ReadOnly";
    props.getArray()[1].Value <<= true;
    HiddenDocument loaded(context, desktop->loadComponentFromURL(url, "_blank", 0, props));
    Reference<css::text::XTextDocument> text(loaded.get(), UNO_QUERY);
    if (!text.is()) {
        error = "无法作为 Writer 文本文档打开";
        return nullptr;
    }
    WriterDocument previous = read_writer_document(text);  // may throw: `loaded` still closes
    loaded.close();
    if (!previous.error.empty()) { error = previous.error; return nullptr; }
    return std::make_shared<const Report>(std::move(previous.report));
}

// Runs every check (with last year's report when given), keeps it as the frame's review and,
// when interactive, opens the 年报检查 deck on it.
CommandResult check_and_show(const Context& context, const Frame& frame, const Reference<css::text::XTextDocument>& document,
                             std::shared_ptr<const Report> previous, bool interactive) {
    auto review = run_review(document, std::move(previous));
    const auto& findings = review->outcome.findings;
    CommandResult result{true, sal_Int32(findings.size()), review_summary(*review), std::nullopt};
    logger(context)->info("{}: {} ({:.1f} ms, of which checking {:.1f} ms)",
                          review->previous ? "compare" : "check", result.message,
                          review->milliseconds, review->check_ms);
    store_review(context, frame, review);
    if (interactive) show_deck(context, frame);
    result.rows = panel_rows(context, frame);
    return result;
}

OUString pick_file(const Context& context) {
    Reference<css::ui::dialogs::XFilePicker3> picker = css::ui::dialogs::FilePicker::createWithMode(
        context, css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    picker->setTitle(to_ou("选择上年的年度报告"));
    picker->appendFilter(to_ou("年度报告（*.odt;*.docx;*.doc;*.txt;*.md）"), "*.odt;*.docx;*.doc;*.txt;*.md");
    picker->appendFilter(to_ou("所有文件"), "*.*");
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK) return {};
    auto files = picker->getSelectedFiles();
    return files.getLength() > 0 ? files[0] : OUString();
}

} // namespace

CommandResult compare_command(const Context& context, const Frame& frame, const Args& args) {
    const bool interactive = bool_arg(args, "Interactive", true);
    auto document = document_of(frame);
    if (!document.is()) return refuse(context, frame, interactive, "“与上年报告比对”只能用于 Writer 文本文档。");
    OUString url = string_arg(args, "PreviousURL");
    if (url.isEmpty() && interactive) url = pick_file(context);
    if (url.isEmpty()) return {false, 0, "没有选择上年报告"};
    std::string error;
    auto previous = read_previous(context, url, error);
    if (!previous) return refuse(context, frame, interactive, "上年报告无法作为年度报告读取：" + error);
    return check_and_show(context, frame, document, previous, interactive);
}

CommandResult check_command(const Context& context, const Frame& frame, const Args& args) {
    const bool interactive = bool_arg(args, "Interactive", true);
    auto document = document_of(frame);
    if (!document.is()) return refuse(context, frame, interactive, "“检查报告”只能用于 Writer 文本文档。");
    return check_and_show(context, frame, document, nullptr, interactive);
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
    FillOutcome out = fill_totals(context, document, blank_as_zero);
    if (!out.refusal.empty()) return refuse(context, frame, interactive, out.refusal);
    std::string message;
    if (out.zeros_written > 0) message += "已把 " + std::to_string(out.zeros_written) + " 个空白单元格填写为 0。\n";
    if (out.changes.empty() && out.zeros_written == 0) message += "各项合计均已正确，没有修改任何单元格。";
    else message += "已写入 " + std::to_string(out.totals.size()) + " 个合计（可用“撤销”一步还原）：";
    int listed = 0;
    for (const auto& c : out.totals) {
        if (++listed > 12) { message += "\n……"; break; }
        message += "\n  " + to_std(c.TableName) + " " + to_std(c.CellName) + "：“" + to_std(c.OldText) + "” → " + to_std(c.NewText);
    }
    if (!out.unfilled.empty()) {
        message += "\n\n以下合计无法计算：";
        for (std::size_t i = 0; i < out.unfilled.size() && i < 8; ++i) message += "\n  " + out.unfilled[i];
    }
    logger(context)->info("fill: {} cells, {} zeros, {} unfilled", out.changes.size(), out.zeros_written, out.unfilled.size());
    if (!out.changes.empty() || review_state(frame).review)
        recheck(context, frame); // the panel shows what is left
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
    int n = remove_comments(context, document);
    std::string message = "已移除 " + std::to_string(n) + " 条检查批注，其他批注未受影响。";
    if (interactive)
        message_box(context, frame, css::awt::MessageBoxType_INFOBOX, Buttons::BUTTONS_OK, "年报", message);
    return {true, n, message};
}

} // namespace nianbao::uno
