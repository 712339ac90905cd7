// table/non-integer: counts are whole numbers (money cells may be decimal).
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

void check(const Report& report, Sink& sink) {
    for_each_cell(report, [&](const Table& t, const Cell& c) {
        if (!c.value.has_number() || c.value.amount.is_integer()) return;
        const ColumnDecl* col = t.format->column(c.column);
        if (col && col->kind == ValueKind::money) return;
        sink.report(Location::of_cell(t, c), std::string(table_short_name(t.id)) + cell_label(t, c) + "为 " +
                                                 format_amount(c.value.amount) + "，件数应为整数");
    });
}

const SimpleRule rule{{"table/non-integer", Severity::error, "件数为整数（收费金额可以有小数）。"}, check};

} // namespace

const Rule& table_non_integer() { return rule; }

} // namespace nianbao::rules
