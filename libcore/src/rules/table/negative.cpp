// table/negative: no value is negative (except the 2019 format's 本年增/减).
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

void check(const Report& report, Sink& sink) {
    for_each_cell(report, [&](const Table& t, const Cell& c) {
        if (!c.value.has_number() || !c.value.amount.negative()) return;
        const ColumnDecl* col = t.format->column(c.column);
        if (col && col->may_be_negative) return;
        sink.report(Location::of_cell(t, c), std::string(table_short_name(t.id)) + cell_label(t, c) + "为负数 " +
                                                 format_amount(c.value.amount) + "，数量和金额不能为负");
    });
}

const SimpleRule rule{{"table/negative", Severity::error, "数值不得为负数。"}, check};

} // namespace

const Rule& table_negative() { return rule; }

} // namespace nianbao::rules
