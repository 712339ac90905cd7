// text/all-completed-claim
#include <gtest/gtest.h>

#include "rules/text/support.hpp"

namespace nianbao::testing {

namespace {
void carried(Report& r, const std::string& natural, const std::string& total) {
    set_cell(r, TableId::requests, "4", "natural", natural);
    set_cell(r, TableId::requests, "4", "total", total);
}
} // namespace

TEST(TextAllCompletedClaim, Cases) {
    // The sentence of 上海市科委's report on 2024 (tests/data/real): its row 四 is 1, 总计 left blank.
    const std::string kewei = "全年收到政府信息公开申请 34 件，上年结转政府信息公开申请 2 件，所有申请均已按要求办理完成。";
    run_rule_cases("text/all-completed-claim", {
        {"nothing carried over", [&](Report& r) { add_prose(r, "overview", kewei); carried(r, "0", "0"); }, {}},
        {"real: one carried over, its total blank",
         [&](Report& r) { add_prose(r, "overview", kewei); carried(r, "1", ""); },
         {{"overview#6", std::nullopt,
           {"正文称“全年收到政府信息公开申请 34 件", "表三「四、结转下年度继续办理」为 1 件（表中总计栏空白，按已填各栏之和计），并非全部办结"}}}},
        {"other wording",
         [](Report& r) { add_prose(r, "overview", "本年度收到的申请已全部办结。"); carried(r, "3", "3"); },
         {{"overview#6", std::nullopt, {"为 3 件，并非全部办结"}}}},
        {"answered on time is not all completed",
         [](Report& r) { add_prose(r, "overview", "所有申请均已按时答复。"); carried(r, "3", "3"); }, {}},
        {"last year's carried-over applications, all dealt with",
         [](Report& r) { add_prose(r, "overview", "上年结转的申请均已办结。"); carried(r, "3", "3"); }, {}},
        {"the sentence names the carry-over itself",
         [](Report& r) { add_prose(r, "overview", "其余申请均已办结，3件结转下年度办理。"); carried(r, "3", "3"); }, {}},
        {"a quarter is not the year",
         [](Report& r) { add_prose(r, "overview", "第四季度收到的申请均已办结。"); carried(r, "3", "3"); }, {}},
    });
}

} // namespace nianbao::testing
