// table/not-a-number
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

TEST(TableNotANumber, Cases) {
    run_rule_cases("table/not-a-number", {
        {"numbers in every form", [](Report& r) {
             set_cell(r, TableId::disclosure, "licensing", "decisions", "10,727");
             set_cell(r, TableId::disclosure, "normative_docs", "in_force", "22（其中修订16件）");
             set_cell(r, TableId::disclosure, "penalty", "decisions", "１２");
         }, {}},
        {"slash", [](Report& r) { set_cell(r, TableId::requests, "2", "other", "/"); }, {{"requests/2/other", "0", {"表三「二、上年结转政府信息公开申请数量」行「其他」列填写的是“/”"}}}},
        {"dash", [](Report& r) { set_cell(r, TableId::disputes, "cases", "review.other", "—"); },
         {{"disputes/cases/review.other", "0", {"表四「行政复议·其他结果」填写的是“—”"}}}},
        {"无", [](Report& r) { set_cell(r, TableId::disclosure, "fees", "amount", "无"); }, {{"disclosure/fees/amount", "0", {"表二「第二十条第（八）项·行政事业性收费」行「本年收费金额（单位：万元）」列填写的是“无”"}}}},
        {"free text: no fix", [](Report& r) { set_cell(r, TableId::requests, "3.1", "natural", "若干"); },
         {{"requests/3.1/natural", std::nullopt, {"表三「（一）予以公开」行「自然人」列的内容“若干”不是数值"}}}},
        {"blank is another rule", [](Report& r) { set_cell(r, TableId::requests, "3.1", "natural", ""); }, {}},
    });
}

} // namespace nianbao::testing
