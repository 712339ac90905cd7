// text/no-requests-claim
#include <gtest/gtest.h>

#include "rules/text/support.hpp"

namespace nianbao::testing {

TEST(TextNoRequestsClaim, Cases) {
    const std::string none = "本年度未收到政府信息公开申请。";
    run_rule_cases("text/no-requests-claim", {
        {"none claimed, none received", [&](Report& r) { add_prose(r, "overview", none); }, {}},
        {"none claimed, 5 received (format.md §7)", [&](Report& r) { add_prose(r, "overview", none); received(r, "5"); },
         {{"overview#6", std::nullopt, {"正文称“本年度未收到政府信息公开申请。”，但表三「一、本年新收政府信息公开申请数量」总计为 5 件"}}}},
        {"only carried over: nothing new was received",
         [&](Report& r) { add_prose(r, "overview", none); received(r, "0", "2"); }, {}},
        {"other wording", [](Report& r) { add_prose(r, "overview", "我局全年没有收到要求公开政府信息的申请。"); received(r, "3"); },
         {{"overview#6", std::nullopt, {"但表三「一、本年新收政府信息公开申请数量」总计为 3 件"}}}},
        {"the reverse: received 5, table empty",
         [](Report& r) { add_prose(r, "overview", "本年度共收到政府信息公开申请5件。"); }, {{"overview#6", std::nullopt, {"正文称收到申请 5 件", "但表三本年新收和上年结转均为 0"}}}},
        {"not about applications", [](Report& r) { add_prose(r, "overview", "全年未收到相关投诉。"); received(r, "5"); }, {}},
        {"a quarter is not the year", [](Report& r) { add_prose(r, "overview", "第一季度未收到政府信息公开申请。"); received(r, "5"); }, {}},
    });
}

} // namespace nianbao::testing

namespace nianbao::testing {

// The prose rules share one reading of the sentences per check (prose/statements.hpp). A report
// checked after another — even one built at the same address, as in a loop over a batch — must
// be judged on its own sentences, never on the previous report's.
TEST(TextNoRequestsClaim, EachCheckReadsItsOwnProse) {
    for (int round = 0; round < 3; ++round) {
        const bool claims_none = round % 2 == 0;
        Report r = valid_report();
        add_prose(r, "overview", claims_none ? "本年度未收到政府信息公开申请。" : "本年度依申请公开工作平稳有序。");
        received(r, "5");
        const auto found = findings_of(r, "text/no-requests-claim");
        EXPECT_EQ(found.size(), claims_none ? 1u : 0u) << "round " << round;
        // Within one check every prose rule reads the same sentences: the figure rule stays
        // silent on a sentence with no figure, whatever the other rule found.
        EXPECT_TRUE(findings_of(r, "text/figure-mismatch").empty()) << "round " << round;
    }
}

} // namespace nianbao::testing
