// text/all-upheld-claim
#include <gtest/gtest.h>

#include "rules/text/support.hpp"

namespace nianbao::testing {

namespace {
void disputes(Report& r, const std::string& block, const std::string& upheld, const std::string& corrected,
              const std::string& other, const std::string& pending, const std::string& total) {
    set_cell(r, TableId::disputes, "cases", block + ".upheld", upheld);
    set_cell(r, TableId::disputes, "cases", block + ".corrected", corrected);
    set_cell(r, TableId::disputes, "cases", block + ".other", other);
    set_cell(r, TableId::disputes, "cases", block + ".pending", pending);
    set_cell(r, TableId::disputes, "cases", block + ".total", total);
}
} // namespace

TEST(TextAllUpheldClaim, Cases) {
    // The sentence of 上海市人民政府办公厅's report on 2019 (tests/data/real), with its table 4.
    const std::string shanghai = "信息公开类行政复议7件，诉讼9件，均获维持，继续保持了省级政府零败诉的记录。";
    run_rule_cases("text/all-upheld-claim", {
        {"all upheld, as the table says",
         [&](Report& r) { add_prose(r, "overview", shanghai); disputes(r, "review", "7", "0", "0", "0", "7");
                          disputes(r, "direct_suit", "9", "0", "0", "0", "9"); }, {}},
        {"real: 3 cases still pending",
         [&](Report& r) { add_prose(r, "overview", shanghai); disputes(r, "review", "5", "", "", "2", "7");
                          disputes(r, "direct_suit", "8", "", "", "1", "9"); },
         {{"overview#6", std::nullopt,
           {"正文称“信息公开类行政复议7件，诉讼9件，均获维持", "表四行政复议尚未审结 2 件（维持 5 件，总计 7 件）",
            "未经复议直接起诉尚未审结 1 件（维持 8 件，总计 9 件）", "并非全部维持"}}}},
        {"only the review block is named: a pending suit is not its business",
         [](Report& r) { add_prose(r, "overview", "被申请行政复议3件，均被维持。"); disputes(r, "review", "3", "0", "0", "0", "3");
                         disputes(r, "direct_suit", "1", "0", "0", "1", "2"); }, {}},
        {"a corrected review",
         [](Report& r) { add_prose(r, "overview", "全年行政复议4件，复议结果全部维持。"); disputes(r, "review", "3", "1", "0", "0", "4"); },
         {{"overview#6", std::nullopt, {"表四行政复议结果纠正 1 件（维持 3 件，总计 4 件）"}}}},
        {"the other cells blank, the total says more",
         [](Report& r) { add_prose(r, "overview", "行政诉讼2件，均获法院维持。"); disputes(r, "direct_suit", "1", "", "", "", "2"); },
         {{"overview#6", std::nullopt, {"未经复议直接起诉总计 2 件，维持仅 1 件"}}}},
        {"decided cases only: pending ones do not contradict",
         [](Report& r) { add_prose(r, "overview", "行政复议7件，已审结的均获维持。"); disputes(r, "review", "5", "0", "0", "2", "7"); }, {}},
        {"decided cases only, one corrected",
         [](Report& r) { add_prose(r, "overview", "行政复议7件，已审结的均获维持。"); disputes(r, "review", "4", "1", "0", "2", "7"); },
         {{"overview#6", std::nullopt, {"表四行政复议结果纠正 1 件（维持 4 件，总计 7 件）"}}}},
        {"not a claim about all cases",
         [](Report& r) { add_prose(r, "overview", "行政复议2件，其中维持1件。"); disputes(r, "review", "1", "0", "0", "1", "2"); }, {}},
    });
}

} // namespace nianbao::testing
