// date/late
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

TEST(DateLate, Cases) {
    run_rule_cases("date/late", {
        {"department, January 20", nullptr, {}},
        {"department, February 5", [](Report& r) { r.meta.date = Date{2025, 2, 5}; }, {{"other#-1", std::nullopt, {"落款日期 2025年2月5日晚于政府部门的公布期限 2025年1月31日"}}}},
        {"people's government, March 20", [](Report& r) {
             r.meta.kind = AgencyKind::government;
             r.meta.date = Date{2025, 3, 20};
         }, {}},
        {"people's government, April 2", [](Report& r) {
             r.meta.kind = AgencyKind::government;
             r.meta.date = Date{2025, 4, 2};
         }, {{"other#-1", std::nullopt, {"落款日期 2025年4月2日晚于人民政府的公布期限 2025年3月31日"}}}},
        {"kind unknown: silent", [](Report& r) {
             r.meta.kind = AgencyKind::unknown;
             r.meta.date = Date{2025, 6, 1};
         }, {}},
    });
}

TEST(DateLate, KindFromTheName) {
    Report gov = read_text("某县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n正文。\n");
    EXPECT_EQ(gov.meta.kind, AgencyKind::government);
    Report office = read_text("某县人民政府办公室2024年政府信息公开工作年度报告\n一、总体情况\n正文。\n");
    EXPECT_EQ(office.meta.kind, AgencyKind::department);
}

} // namespace nianbao::testing
