// Units against columns (format.md §5). Readers keep the unit a number was written with; this is
// where it meets the column's kind: "5000元" in 本年收费金额（单位：万元） is 0.5 万元, "3万元" in
// a count column is not a count.
#include "nianbao/units.hpp"

#include <memory>

namespace nianbao {
namespace {

bool is_money_unit(std::string_view unit) {
    return unit == "元" || unit == "万元";
}

Value not_of_column(Value v, std::string problem) {
    v.state = ValueState::text;
    v.problem = std::move(problem);
    return v;
}

bool changes(const Value& v, const ColumnDecl& column) {
    if (v.state != ValueState::number || v.unit.empty()) return false;
    if (column.kind == ValueKind::count) return is_money_unit(v.unit);
    if (!is_money_unit(v.unit)) return true;
    return v.unit == "元" && column.unit == "万元";
}

bool report_changes(const Report& report) {
    for (const auto& t : report.tables) {
        if (!t.format) continue;
        for (const auto& c : t.cells)
            if (!c.value.unit.empty())
                if (const ColumnDecl* col = t.format->column(c.column);
                    col && changes(c.value, *col))
                    return true;
    }
    return false;
}

} // namespace

Value value_in_column(Value v, const ColumnDecl& column) {
    if (!changes(v, column)) return v;
    if (column.kind == ValueKind::count) {
        std::string problem = "“" + v.unit + "”是金额单位，本列填写的是件数";
        return not_of_column(std::move(v), std::move(problem));
    }
    if (!is_money_unit(v.unit)) {
        std::string problem = "“" + v.unit + "”是件数单位，本列填写的是金额";
        return not_of_column(std::move(v), std::move(problem));
    }
    // 元 in a 万元 column: one 万元 is 10 000 元, exactly, as long as the result keeps within the
    // six decimals an amount holds (0.01 元 = 0.000001 万元).
    constexpr std::int64_t yuan_per_wan = 10'000;
    if (v.amount.micros % yuan_per_wan != 0)
        return not_of_column(std::move(v), "以元为单位的金额换算为万元超出 6 位小数，无法换算");
    v.converted_from = format_amount(v.amount) + "元";
    v.amount.micros /= yuan_per_wan;
    v.unit = "万元";
    return v;
}

void apply_column_units(Report& report) {
    for (auto& t : report.tables) {
        if (!t.format) continue;
        for (auto& c : t.cells)
            if (!c.value.unit.empty())
                if (const ColumnDecl* col = t.format->column(c.column))
                    c.value = value_in_column(std::move(c.value), *col);
    }
    if (report.previous && report_changes(*report.previous)) {
        auto previous = std::make_shared<Report>(*report.previous);
        apply_column_units(*previous);
        report.previous = std::move(previous);
    }
}

std::optional<Report> with_column_units(const Report& report) {
    if (!report_changes(report) && !(report.previous && report_changes(*report.previous)))
        return std::nullopt;
    Report copy = report;
    apply_column_units(copy);
    return copy;
}

} // namespace nianbao
