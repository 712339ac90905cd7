// history/carry-over: this year's row 二 (上年结转) = last year's row 四 (结转下年度), per column.
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

void check(const Report& report, Sink& sink) {
    if (!report.previous || report_format(report) != report_format(*report.previous)) return;
    const Table* now = report.table(TableId::requests);
    const Table* before = report.previous->table(TableId::requests);
    if (!now || !before) return;
    for (const auto& col : now->format->columns) {
        const Cell* carried = now->cell("2", col.key);
        const Cell* left = before->cell("4", col.key);
        if (!carried || !left || !carried->value.has_number() || !left->value.has_number()) continue;
        if (carried->value.amount == left->value.amount) continue;
        sink.report(Location::of_cell(*now, *carried),
                    "表三「" + std::string(col.label) + "」列的上年结转为 " + format_amount(carried->value.amount) +
                        "，而上年报告的结转下年度继续办理为 " + format_amount(left->value.amount) + "，两者应相等",
                    {}, format_amount(left->value.amount));
    }
}

const SimpleRule rule{{"history/carry-over", Severity::error, "本年表三“上年结转”应等于上年报告表三“结转下年度继续办理”（逐列）。"}, check};

} // namespace

const Rule& history_carry_over() { return rule; }

} // namespace nianbao::rules
