// The panel's per-finding actions: select, preview and apply a fix, dismiss and restore.
#include "review_actions.hpp"

#include "dismissal_property.hpp"
#include "l10n.hpp"
#include "nianbao/dismissals.hpp"
#include "nianbao/place.hpp"
#include "review_registry.hpp"
#include "selection.hpp"
#include "undo.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

namespace nianbao::uno {
namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;

Reference<css::text::XTextDocument> document_of(const Frame& frame) {
    if (!frame.is() || !frame->getController().is()) return nullptr;
    return Reference<css::text::XTextDocument>(frame->getController()->getModel(), UNO_QUERY);
}

// The review and the rows a Row argument refers to: the panel's rows at the time of the call.
struct Target {
    ReviewState state;
    std::vector<ReviewRow> rows;
    std::size_t row = 0;
    Reference<css::text::XTextDocument> document;
    std::string refusal; // Chinese: why the command cannot act
};

Target target(const Context& context, const Frame& frame, const Args& args, bool writes) {
    Target t;
    t.document = document_of(frame);
    t.state = review_state(frame);
    if (!t.document.is()) {
        t.refusal = "只能用于 Writer 文本文档。";
        return t;
    }
    if (!t.state.review) {
        t.refusal = "尚未检查：请先运行“检查”。";
        return t;
    }
    t.rows = review_rows(*t.state.review, t.state.expanded, text(context, Text::dismissed_heading));
    sal_Int32 row = -1;
    for (const auto& a : args)
        if (a.Name == "Row") a.Value >>= row;
    if (row < 0 || std::size_t(row) >= t.rows.size()) {
        t.refusal = "没有第 " + std::to_string(row + 1) + " 行（列表共 " +
                    std::to_string(t.rows.size()) + " 行）。";
        return t;
    }
    t.row = std::size_t(row);
    if (writes && t.state.review->read_only)
        t.refusal = "文档以只读方式打开，不能修正、忽略或恢复。请另存为可编辑的文档后再试。";
    return t;
}

// Tables or rows removed or inserted since the check: the Writer cell names it found may now name
// other cells (B28 is the row below once a row above is deleted), so nothing is selected or
// written by them. Checks again and says so; empty when the tables are as they were.
std::string moved_since_check(const Context& context, const Frame& frame, const Target& t) {
    if (tables_layout(t.document) == t.state.review->tables_layout) return {};
    logger(context)->info("tables changed since the check: re-checking before acting");
    recheck(context, frame);
    return "文档中的表格在检查后有增删（表或行），原来的位置已不可靠：已重新检查，请在新的列表中再选。";
}

CommandResult with_rows(const Context& context, const Frame& frame, CommandResult r) {
    r.rows = panel_rows(context, frame);
    return r;
}

CommandResult refused(const Context& context, const Frame& frame, const std::string& why) {
    return with_rows(context, frame, {false, 0, why, std::nullopt});
}

// A finding's fix as a cell write, when it has one.
struct CellWrite {
    std::string table_name, cell_name, place, old_text, new_text;
};

std::vector<CellWrite> writes_of(const Review& review, const std::vector<int>& findings) {
    std::vector<CellWrite> out;
    for (int i : findings) {
        const Finding& f = review.outcome.findings[std::size_t(i)];
        const SourcePos& s = f.location.source;
        if (!f.fix || f.location.kind != Location::Kind::cell || s.table_name.empty() ||
            s.cell_name.empty())
            continue;
        auto it = review.cell_texts.find(s.table_name + "/" + s.cell_name);
        out.push_back({s.table_name, s.cell_name, place_in_words(f.location),
                       it == review.cell_texts.end() ? std::string() : it->second, *f.fix});
    }
    return out;
}

std::string preview_of(const Context& context, const std::vector<CellWrite>& writes) {
    if (writes.empty()) return text(context, Text::no_fix);
    if (writes.size() == 1)
        return text(context, Text::fix_preview) + writes[0].place + " “" + writes[0].old_text +
               "” → “" + writes[0].new_text + "”";
    std::string s = text(context, Text::group_fix_preview) + std::to_string(writes.size()) + "：";
    for (std::size_t i = 0; i < writes.size() && i < 3; ++i)
        s += (i ? "；" : "") + writes[i].place + " “" + writes[i].old_text + "” → “" +
             writes[i].new_text + "”";
    if (writes.size() > 3) s += "……";
    return s;
}

CommandResult change_dismissals(const Context& context, const Frame& frame, const Target& t,
                                const std::function<void(std::vector<Dismissal>&)>& change,
                                const std::string& done) {
    // From the document itself, not the review: another window or a script may have added some.
    std::vector<std::string> unreadable;
    std::vector<Dismissal> list =
        read_dismissals(Reference<css::lang::XComponent>(t.document, UNO_QUERY), &unreadable);
    change(list);
    write_dismissals(Reference<css::lang::XComponent>(t.document, UNO_QUERY), list);
    auto review = recheck(context, frame);
    // The user acted on a damaged record: it is rewritten from the entries that could be read.
    std::string message = done;
    if (!unreadable.empty())
        message += "原忽略记录中无法读取的 " + std::to_string(unreadable.size()) +
                   " 处已随之删去（" + unreadable.front() + (unreadable.size() > 1 ? "……" : "") +
                   "）。";
    return with_rows(
        context, frame,
        {true, review ? sal_Int32(review->outcome.findings.size()) : 0, message, std::nullopt});
}

} // namespace

std::vector<std::string> panel_rows(const Context& context, const Frame& frame) {
    ReviewState state = review_state(frame);
    std::vector<std::string> out;
    if (!state.review) return out;
    for (auto& r :
         review_rows(*state.review, state.expanded, text(context, Text::dismissed_heading)))
        out.push_back(std::move(r.text));
    return out;
}

CommandResult panel_command(const Context& context, const Frame& frame, const Args&) {
    ReviewState state = review_state(frame);
    if (!state.review) return refused(context, frame, "尚未检查：请先运行“检查”。");
    return with_rows(context, frame,
                     {true, sal_Int32(state.review->outcome.findings.size()),
                      review_summary(*state.review), std::nullopt});
}

CommandResult toggle_command(const Context& context, const Frame& frame, const Args& args) {
    Target t = target(context, frame, args, false);
    if (!t.refusal.empty()) return refused(context, frame, t.refusal);
    if (t.rows[t.row].group.empty())
        return refused(context, frame, "这一行不是一组同类问题，无需展开。");
    toggle_group(context, frame, t.rows[t.row].group);
    return with_rows(context, frame, {true, 0, "", std::nullopt});
}

CommandResult select_command(const Context& context, const Frame& frame, const Args& args) {
    Target t = target(context, frame, args, false);
    if (!t.refusal.empty()) return refused(context, frame, t.refusal);
    const ReviewRow& r = t.rows[t.row];
    const Finding* f = r.finding >= 0 ? &t.state.review->outcome.findings[std::size_t(r.finding)]
                       : r.dismissed >= 0
                           ? &t.state.review->outcome.dismissed[std::size_t(r.dismissed)].finding
                           : nullptr;
    if (!f) return refused(context, frame, "这一行是标题，没有对应的位置。");
    if (auto moved = moved_since_check(context, frame, t); !moved.empty())
        return refused(context, frame, moved);
    select_finding(t.document, t.state.review->doc, *f);
    return with_rows(context, frame, {true, 1, place_in_words(f->location), std::nullopt});
}

CommandResult preview_command(const Context& context, const Frame& frame, const Args& args) {
    Target t = target(context, frame, args, false);
    if (!t.refusal.empty()) return refused(context, frame, t.refusal);
    auto writes = writes_of(*t.state.review, findings_of_row(*t.state.review, t.rows, t.row));
    return with_rows(
        context, frame,
        {!writes.empty(), sal_Int32(writes.size()), preview_of(context, writes), std::nullopt});
}

CommandResult fix_finding_command(const Context& context, const Frame& frame, const Args& args) {
    Target t = target(context, frame, args, true);
    if (!t.refusal.empty()) return refused(context, frame, t.refusal);
    auto writes = writes_of(*t.state.review, findings_of_row(*t.state.review, t.rows, t.row));
    if (writes.empty()) return refused(context, frame, text(context, Text::no_fix));
    if (auto moved = moved_since_check(context, frame, t); !moved.empty())
        return refused(context, frame, moved);
    // A cell edited since the check (or a table removed) is not overwritten: check again first.
    for (const auto& w : writes) {
        std::string now;
        try {
            now = to_std(cell_text(t.document, w.table_name, w.cell_name)->getString());
        } catch (...) {
            log_caught(context, "fix: reading " + w.table_name + " " + w.cell_name);
            recheck(context, frame);
            return refused(context, frame, w.place + " 已不在文档中，已重新检查，请再试。");
        }
        for (auto& ch : now)
            if (ch == '\n' || ch == '\r') ch = ' ';
        if (now != w.old_text) {
            recheck(context, frame);
            return refused(context, frame,
                           w.place + " 在检查后已改为“" + now + "”，已重新检查，请再试。");
        }
    }
    UndoStep undo(t.document, to_ou("年报修正：" + writes.front().place));
    for (const auto& w : writes) {
        Reference<css::text::XTextCursor> cursor =
            cell_text(t.document, w.table_name, w.cell_name)->createTextCursor();
        cursor->gotoStart(false);
        cursor->gotoEnd(true);
        cursor->setString(to_ou(w.new_text)); // through a cursor: the cell's formatting stays
    }
    undo.leave();
    logger(context)->info("fix: {} cells from {}", writes.size(), writes.front().place);
    recheck(context, frame);
    return with_rows(
        context, frame,
        {true, sal_Int32(writes.size()), "已修正：" + preview_of(context, writes), std::nullopt});
}

CommandResult dismiss_command(const Context& context, const Frame& frame, const Args& args) {
    Target t = target(context, frame, args, true);
    if (!t.refusal.empty()) return refused(context, frame, t.refusal);
    const std::vector<int> findings = findings_of_row(*t.state.review, t.rows, t.row);
    if (findings.empty())
        return refused(context, frame, "请选中一条问题（或一组同类问题）再忽略。");
    const std::string reason = to_std(string_arg(args, "Reason"));
    std::vector<Dismissal> add;
    for (int i : findings)
        add.push_back(dismissal_for(t.state.review->outcome.findings[std::size_t(i)], reason));
    return change_dismissals(
        context, frame, t,
        [&](std::vector<Dismissal>& list) {
            for (auto& d : add)
                add_dismissal(list, d);
        },
        "已忽略 " + std::to_string(add.size()) +
            " 个问题（记录在文档属性 NianbaoDismissals 中，数字变化后会重新提示）。");
}

CommandResult restore_command(const Context& context, const Frame& frame, const Args& args) {
    Target t = target(context, frame, args, true);
    if (!t.refusal.empty()) return refused(context, frame, t.refusal);
    const ReviewRow& r = t.rows[t.row];
    if (r.kind != ReviewRow::Kind::dismissed)
        return refused(context, frame, "请在“已忽略”下选中一条再恢复。");
    const Dismissal d = t.state.review->outcome.dismissed[std::size_t(r.dismissed)].dismissal;
    return change_dismissals(
        context, frame, t, [&](std::vector<Dismissal>& list) { remove_dismissal(list, d); },
        "已恢复 1 个问题。");
}

} // namespace nianbao::uno
