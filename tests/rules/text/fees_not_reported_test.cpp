// text/fees-not-reported
#include <gtest/gtest.h>

#include "rules/text/support.hpp"

namespace nianbao::testing {

TEST(TextFeesNotReported, Cases) {
    run_rule_cases("text/fees-not-reported", {
        {"not charged", nullptr, {}},
        {"charged", [](Report& r) { set_prose(r, "other", {"本年度发出收费通知2件，收取信息处理费0.02万元。"}); }, {}},
        {"只写“无” (format.md §7)", [](Report& r) { set_prose(r, "other", {"无"}); }, {{"other#-1", std::nullopt, {"“六、其他需要报告的事项”没有说明政府信息公开信息处理费的收取情况"}}}},
        {"六 printed twice, fees under the second heading", [](Report& r) {
             Section copy = r.sections.back();
             r.sections.back().paragraphs = {{"人大代表建议和政协提案办理结果均已公开。", {}}};
             r.sections.push_back(copy);
         }, {}},
        {"other matters only", [](Report& r) { set_prose(r, "other", {"人大代表建议和政协提案办理结果均已公开。"}); },
         {{"other#-1", std::nullopt, {"“六、其他需要报告的事项”没有说明政府信息公开信息处理费的收取情况"}}}},
    });
}

// format.md: the duty to report 信息处理费 applies from the report year 2021.
TEST(TextFeesNotReported, ByReportYear) {
    auto year = [](std::optional<int> y) {
        return [y](Report& r) {
            r.meta.year = y;
            set_prose(r, "other", {"无。"});
        };
    };
    run_rule_cases("text/fees-not-reported", {
        {"a report on 2020 (2019 trial format)", year(2020), {}},
        {"a report on 2019", year(2019), {}},
        {"a report on 2021", year(2021), {{"other#-1", std::nullopt, {"没有说明政府信息公开信息处理费的收取情况"}}}},
        {"year unknown: today's rules", year(std::nullopt), {{"other#-1", std::nullopt, {"没有说明政府信息公开信息处理费的收取情况"}}}},
    });
}

TEST(TextFeesNotReported, RealReportsOn2019And2020) {
    // 上海市人民政府办公厅 2019 (六、其他需要报告的事项 / 无。) and 珙县审计局 2020 (六 … 无): both were
    // warned before; the fee rules did not exist yet.
    for (const char* file : {"excerpts/shanghai-bangongting-2019.html", "excerpts/gongxian-shenjiju-2020.txt"}) {
        SCOPED_TRACE(file);
        ReadResult r = read_data(file);
        ASSERT_TRUE(r.ok) << r.error;
        ASSERT_TRUE(r.report.meta.year.has_value());
        EXPECT_LT(*r.report.meta.year, 2021);
        EXPECT_TRUE(findings_of(r.report, "text/fees-not-reported").empty());
        EXPECT_TRUE(findings_of(r.report, "text/empty-section").empty());
    }
}

} // namespace nianbao::testing
