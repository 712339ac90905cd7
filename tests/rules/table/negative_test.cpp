// table/negative
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

TEST(TableNegative, Cases) {
    run_rule_cases("table/negative", {
        {"zero", nullptr, {}},
        {"negative count", [](Report& r) { set_cell(r, TableId::requests, "2", "natural", "-1"); },
         {{"requests/2/natural", std::nullopt, {"表三「二、上年结转政府信息公开申请数量」行「自然人」列为负数 -1"}}}},
        {"full-width minus", [](Report& r) { set_cell(r, TableId::disputes, "cases", "direct_suit.pending", "－2"); },
         {{"disputes/cases/direct_suit.pending", std::nullopt, {"表四「未经复议直接起诉·尚未审结」为负数 -2"}}}},
        {"negative money", [](Report& r) { set_cell(r, TableId::disclosure, "fees", "amount", "-0.5"); },
         {{"disclosure/fees/amount", std::nullopt, {"表二「第二十条第（八）项·行政事业性收费」行「本年收费金额（单位：万元）」列为负数 -0.5"}}}},
        {"a lone dash is not negative", [](Report& r) { set_cell(r, TableId::requests, "2", "natural", "-"); }, {}},
    });
}

TEST(TableNegative, The2019ChangeColumnMayBeNegative) {
    Report r = read_text("某局2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（五）项\n"
                         "信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可\t10\t-2\t8\n");
    EXPECT_EQ(r.table(TableId::disclosure)->cell("licensing", "change")->raw, "-2");
    for (const auto& f : check(r)) EXPECT_NE(f.rule, "table/negative") << f.message;
}

} // namespace nianbao::testing
