// One check of a document as the panel shows it.
#include "review.hpp"

#include "close_guard.hpp"
#include "findings.hpp"
#include "nianbao/dismissals.hpp"
#include "nianbao/place.hpp"

#include <chrono>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>

namespace nianbao::uno {

std::string tables_layout(const css::uno::Reference<css::text::XTextDocument>& document) {
    css::uno::Reference<css::text::XTextTablesSupplier> supplier(document, css::uno::UNO_QUERY);
    if (!supplier.is()) return {};
    css::uno::Reference<css::container::XIndexAccess> tables(supplier->getTextTables(),
                                                            css::uno::UNO_QUERY_THROW);
    std::string out;
    for (sal_Int32 i = 0; i < tables->getCount(); ++i) {
        css::uno::Reference<css::text::XTextTable> table(tables->getByIndex(i),
                                                        css::uno::UNO_QUERY);
        if (!table.is()) continue;
        out += to_std(css::uno::Reference<css::container::XNamed>(table, css::uno::UNO_QUERY_THROW)
                          ->getName());
        out += ':';
        for (const auto& name : table->getCellNames())
            out += to_std(name) + ',';
        out += '\n';
    }
    return out;
}

std::shared_ptr<const Review>
run_review(const css::uno::Reference<css::text::XTextDocument>& document,
           std::shared_ptr<const Report> previous) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    auto review = std::make_shared<Review>();
    review->started = start;
    {
        CloseGuard guard(document); // a script closing it meanwhile waits for us
        review->doc = read_writer_document(document);
        review->tables_layout = tables_layout(document);
    }
    const auto read = Clock::now();
    review->doc.report.previous = previous;
    review->previous = std::move(previous);
    review->outcome = check_outcome(review->doc.report);
    review->sections = group_findings(review->outcome.findings);
    review->check_ms = std::chrono::duration<double, std::milli>(Clock::now() - read).count();
    for (const auto& line : review->doc.lines)
        for (const auto& cell : line.row.cells)
            review->cell_texts[cell.source.table_name + "/" + cell.source.cell_name] = cell.text;
    css::uno::Reference<css::frame::XStorable> storable(document, css::uno::UNO_QUERY);
    review->read_only = storable.is() && storable->isReadonly();
    review->milliseconds = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    return review;
}

std::string group_key(const Finding& first) {
    return first.rule + "@" + place_key(first.location);
}

std::vector<ReviewRow> review_rows(const Review& review, const std::set<std::string>& expanded,
                                   const std::string& dismissed_heading) {
    using Kind = ReviewRow::Kind;
    std::vector<ReviewRow> rows;
    const auto& findings = review.outcome.findings;
    // A damaged record: said first, in the words of the reader (line numbers); the lines that
    // could be read are honoured, and nothing is written until the user dismisses or restores.
    if (!review.doc.dismissal_errors.empty()) {
        rows.push_back({Kind::notice,
                        "■ 忽略记录（文档属性 NianbaoDismissals）有误，未改动：",
                        {},
                        -1,
                        -1});
        for (const auto& e : review.doc.dismissal_errors)
            rows.push_back({Kind::notice, "    " + e, {}, -1, -1});
    }
    for (const auto& section : review.sections) {
        rows.push_back({Kind::section, "■ " + section.heading, {}, -1, -1});
        for (const auto& g : section.groups) {
            const int first = int(g.members.front());
            if (!g.repeated()) {
                rows.push_back({Kind::finding, "    " + g.title, {}, first, -1});
                continue;
            }
            const std::string key = group_key(findings[std::size_t(first)]);
            const bool open = expanded.count(key) > 0;
            rows.push_back(
                {Kind::group, std::string(open ? "  [−] " : "  [+] ") + g.title, key, first, -1});
            if (!open) continue;
            for (std::size_t i : g.members)
                rows.push_back(
                    {Kind::finding, "        " + finding_line(findings[i]), key, int(i), -1});
        }
    }
    if (!review.outcome.dismissed.empty()) {
        rows.push_back({Kind::dismissed_heading,
                        "■ " + dismissed_heading + "（" +
                            std::to_string(review.outcome.dismissed.size()) + "）",
                        {},
                        -1,
                        -1});
        for (std::size_t i = 0; i < review.outcome.dismissed.size(); ++i) {
            const auto& d = review.outcome.dismissed[i];
            std::string line = "    " + finding_line(d.finding);
            if (!d.dismissal.reason.empty()) line += " — 理由：" + d.dismissal.reason;
            rows.push_back({Kind::dismissed, line, {}, -1, int(i)});
        }
    }
    return rows;
}

std::string review_summary(const Review& review) {
    std::string s = summary(review.outcome.findings);
    if (!review.outcome.dismissed.empty())
        s += " · 已忽略 " + std::to_string(review.outcome.dismissed.size()) + " 个";
    if (!review.doc.error.empty() && review.doc.report.tables.empty())
        s += " · " + review.doc.error;
    if (!review.doc.dismissal_errors.empty())
        s += " · 忽略记录有 " + std::to_string(review.doc.dismissal_errors.size()) + " 处无法读取";
    return s;
}

std::vector<int> findings_of_row(const Review& review, const std::vector<ReviewRow>& rows,
                                 std::size_t row) {
    if (row >= rows.size()) return {};
    const ReviewRow& r = rows[row];
    if (r.kind == ReviewRow::Kind::finding) return {r.finding};
    if (r.kind != ReviewRow::Kind::group) return {};
    for (const auto& section : review.sections)
        for (const auto& g : section.groups)
            if (g.repeated() && int(g.members.front()) == r.finding)
                return {g.members.begin(), g.members.end()};
    return {};
}

} // namespace nianbao::uno
