// date/late: the report is dated after its deadline (条例第四十九条): January 31 for a department,
// March 31 for a people's government at county level or above.
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

void check(const Report& report, Sink& sink) {
    const auto& d = report.meta.date;
    const auto year = report.meta.year;
    if (!d || !year || report.meta.kind == AgencyKind::unknown) return;
    const bool government = report.meta.kind == AgencyKind::government;
    const Date deadline{*year + 1, government ? 3 : 1, 31};
    if (*d <= deadline) return;
    sink.report(Location::of_text("other", -1, 0, -1, report.meta.date_source),
                "落款日期 " + std::to_string(d->year) + "年" + std::to_string(d->month) + "月" + std::to_string(d->day) + "日晚于" +
                    (government ? "人民政府" : "政府部门") + "的公布期限 " + std::to_string(deadline.year) + "年" +
                    std::to_string(deadline.month) + "月31日");
}

const SimpleRule rule{{"date/late", Severity::info, "报告应在期限前公布：部门为次年1月31日，县级以上人民政府为次年3月31日。"}, check};

} // namespace

const Rule& date_late() { return rule; }

} // namespace nianbao::rules
