// Sums the standard tables over a region's reports (see rollup.hpp).
#include "rollup.hpp"

#include "nianbao/identities.hpp"

#include <map>

namespace nianbao::cli::review {
namespace {

std::optional<int> rollup_year(const std::vector<Reviewed>& reports) {
    std::map<int, int> count;
    for (const auto& r : reports)
        if (r.ok && r.report.meta.year) ++count[*r.report.meta.year];
    std::optional<int> best;
    for (const auto& [year, n] : count)
        if (!best || n >= count[*best]) best = year;
    return best;
}

// Why this table cannot be added to the roll-up; empty when it can.
std::string why_not(const Table* t, TableId id) {
    const std::string name(table_short_name(id));
    if (!t) return "未找到" + name;
    if (t->format->version != FormatVersion::v2021)
        return name + "为 2019 年试行格式，不能与 2021 年格式的表相加";
    if (!t->problems.empty())
        return name + "有 " + std::to_string(t->problems.size()) + " 处行或数值未能识别：" +
               t->problems.front().message;
    std::size_t not_numbers = 0;
    std::string first;
    for (const Cell& c : t->cells) {
        if (c.present && c.value.has_number()) continue;
        if (not_numbers++ == 0)
            first =
                cell_label(*t, c) + (c.present ? "为" + describe_state(c.value, c.raw) : "缺失");
    }
    if (not_numbers)
        return name + "有 " + std::to_string(not_numbers) + " 个单元格不是数字（" + first + "）";
    for (const IdentityInstance& inst : identity_instances(*t)) {
        IdentityResult r = evaluate(inst);
        if (r.holds()) continue;
        std::string place = inst.target ? cell_label(*t, *inst.target) : name;
        std::string numbers =
            r.computable() ? "：" + format_amount(*r.lhs) + " ≠ " + format_amount(*r.rhs) : "";
        return name + "的勾稽关系不成立（" + place + numbers + "）";
    }
    return {};
}

} // namespace

Rollup compute_rollup(const std::vector<Reviewed>& reports) {
    Rollup out;
    out.year = rollup_year(reports);
    for (TableId id : {TableId::disclosure, TableId::requests, TableId::disputes}) {
        TableRollup tr;
        tr.id = id;
        tr.sum = make_table(table_format(id, FormatVersion::v2021));
        for (Cell& c : tr.sum.cells) {
            c.present = true;
            c.value.state = ValueState::number;
        }
        for (std::size_t i = 0; i < reports.size(); ++i) {
            const Reviewed& r = reports[i];
            if (!r.ok) continue;
            std::string reason;
            if (!r.report.meta.year)
                reason = "未能识别报告年度";
            else if (*r.report.meta.year != *out.year)
                reason = "报告年度为 " + std::to_string(*r.report.meta.year) + " 年，汇总的是 " +
                         std::to_string(*out.year) + " 年";
            else if (!r.duplicates.empty())
                reason = "同一机关同一年度有 " + std::to_string(r.duplicates.size() + 1) +
                         " 份报告，请确认哪一份有效";
            else
                reason = why_not(r.report.table(id), id);
            if (reason.empty()) {
                // Sum into a copy first: a report that would overflow a cell is left out whole.
                Table next = tr.sum;
                const Table& t = *r.report.table(id);
                for (std::size_t k = 0; k < next.cells.size() && reason.empty(); ++k) {
                    auto s = checked_add(next.cells[k].value.amount, t.cells[k].value.amount);
                    if (!s)
                        reason = "数值过大，相加溢出";
                    else
                        next.cells[k].value.amount = *s;
                }
                if (reason.empty()) {
                    tr.sum = std::move(next);
                    tr.included.push_back(i);
                    continue;
                }
            }
            tr.left_out.push_back({i, reason});
        }
        for (Cell& c : tr.sum.cells)
            c.raw = format_amount(c.value.amount);
        out.tables.push_back(std::move(tr));
    }
    return out;
}

} // namespace nianbao::cli::review
