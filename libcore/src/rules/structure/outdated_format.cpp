// structure/outdated-format: a table uses the 2019 trial layout in a report on 2021 or later.
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

void check(const Report& report, Sink& sink) {
    const auto year = report.meta.year;
    if (applicable_format(report) == FormatVersion::v2019) return;  // the 2019 trial format is right for 2019 and 2020
    for (const auto& t : report.tables) {
        if (!t.format || t.format->version != FormatVersion::v2019) continue;
        std::string what;
        for (const auto& o : t.outdated) what += (what.empty() ? "" : "；") + o;
        std::string period = year ? "本报告为 " + std::to_string(*year) + " 年度" : "2021 年度及以后的报告";
        sink.report(Location::of_table(t), std::string(table_name(t.id)) +
                                               "使用了 2019 年试行格式（国办公开办函〔2019〕60号），" + period +
                                               "，应使用 2021 年格式（国办公开办函〔2021〕30号）：" + what);
    }
}

const SimpleRule rule{{"structure/outdated-format", Severity::error, "2021 年度及以后的报告不得使用 2019 年试行格式的表格。"}, check};

} // namespace

const Rule& structure_outdated_format() { return rule; }

} // namespace nianbao::rules
