// date/before-year-end: the report is dated on or before December 31 of the year it reports on.
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

void check(const Report& report, Sink& sink) {
    const auto& d = report.meta.date;
    if (!d || !report.meta.year || d->year > *report.meta.year) return;
    sink.report(Location::of_text("other", -1, 0, -1, report.meta.date_source),
                "落款日期为 " + std::to_string(d->year) + "年" + std::to_string(d->month) + "月" + std::to_string(d->day) + "日，在 " +
                    std::to_string(*report.meta.year) + " 年结束之前，全年数据尚未齐全");
}

const SimpleRule rule{{"date/before-year-end", Severity::warning, "报告的落款日期应在报告年度结束之后。"}, check};

} // namespace

const Rule& date_before_year_end() { return rule; }

} // namespace nianbao::rules
