// date/before-year-end
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

TEST(DateBeforeYearEnd, Cases) {
    run_rule_cases("date/before-year-end", {
        {"January of the next year", nullptr, {}},
        {"12月30日 of the same year (format.md §7)", [](Report& r) { r.meta.date = Date{2024, 12, 30}; }, {{"other#-1", std::nullopt, {"落款日期为 2024年12月30日，在 2024 年结束之前"}}}},
        {"December 31 itself", [](Report& r) { r.meta.date = Date{2024, 12, 31}; }, {{"other#-1", std::nullopt, {"落款日期为 2024年12月31日，在 2024 年结束之前"}}}},
        {"no date", [](Report& r) { r.meta.date.reset(); }, {}},
    });
}

TEST(DateBeforeYearEnd, ReadsTheSignatureDate) {
    Report r = read_text("某局2024年政府信息公开工作年度报告\n六、其他需要报告的事项\n本年度未收取信息处理费。\n某局\n二〇二四年十二月三十日\n");
    ASSERT_TRUE(r.meta.date.has_value());
    EXPECT_EQ(*r.meta.date, (Date{2024, 12, 30}));
    EXPECT_EQ(findings_of(r, "date/before-year-end").size(), 1u);
}

} // namespace nianbao::testing
