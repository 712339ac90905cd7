// The publication deadline of a report and its date against it (see deadline.hpp).
#include "deadline.hpp"

#include <chrono>
#include <cstdio>

namespace nianbao::cli::review {

std::string date_words(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

DeadlineVerdict judge_deadline(const Metadata& meta) {
    DeadlineVerdict v;
    if (!meta.year || meta.kind == AgencyKind::unknown) {
        v.words = meta.year ? "机关类别不明，无法判断期限" : "年度不明，无法判断期限";
        return v;
    }
    const int next = *meta.year + 1;
    v.deadline = meta.kind == AgencyKind::government ? Date{next, 3, 31} : Date{next, 1, 31};
    if (!meta.date) {
        v.words = "未写落款日期";
        return v;
    }
    const Date& d = *meta.date;
    if (d <= Date{*meta.year, 12, 31}) {
        v.words = "落款早于年度结束";
        return v;
    }
    if (d <= *v.deadline) {
        v.words = "按期";
        return v;
    }
    using namespace std::chrono;
    const auto days_of = [](const Date& x) {
        return sys_days(
            year_month_day(year(x.year), month(unsigned(x.month)), day(unsigned(x.day))));
    };
    v.late = true;
    v.words = "逾期 " + std::to_string((days_of(d) - days_of(*v.deadline)).count()) + " 天";
    return v;
}

} // namespace nianbao::cli::review
