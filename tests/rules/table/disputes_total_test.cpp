// table/disputes-total
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

TEST(TableDisputesTotal, Cases) {
    run_rule_cases("table/disputes-total", {
        {"consistent", [](Report& r) {
             set_cell(r, TableId::disputes, "cases", "review.upheld", "3");
             set_cell(r, TableId::disputes, "cases", "review.total", "3");
         }, {}},
        {"总计 printed 0 while its parts add up to 11 (format.md §7)",
         [](Report& r) {
             set_cell(r, TableId::disputes, "cases", "direct_suit.upheld", "6");
             set_cell(r, TableId::disputes, "cases", "direct_suit.pending", "5");
         },
         {{"disputes/cases/direct_suit.total", "11", {"表四「未经复议直接起诉」的总计应为 11", "表中为 0"}}}},
        {"every group checked",
         [](Report& r) {
             set_cell(r, TableId::disputes, "cases", "review.total", "1");
             set_cell(r, TableId::disputes, "cases", "suit_after_review.other", "2");
         },
         {{"disputes/cases/review.total", "0", {"表四「行政复议」的总计应为 0", "表中为 1"}},
          {"disputes/cases/suit_after_review.total", "2", {"表四「复议后起诉」的总计应为 2"}}}},
    });
}

// Every part of every group (format.md §4) counts towards its own group's total only.
TEST(TableDisputesTotal, EveryPartCounts) {
    const std::vector<std::pair<std::string, std::string>> groups = {
        {"review", "行政复议"}, {"direct_suit", "未经复议直接起诉"}, {"suit_after_review", "复议后起诉"}};
    std::vector<RuleCase> cases;
    for (const auto& [group, name] : groups)
        for (const char* part : {"upheld", "corrected", "other", "pending"}) {
            const std::string key = group + "." + part;
            cases.push_back({"a value in " + key, [key](Report& r) {
                                 set_cell(r, TableId::disputes, "cases", key, "4");
                             },
                             {{"disputes/cases/" + group + ".total", "4", {"表四「" + name + "」的总计应为 4"}}}});
            cases.push_back({"a value in " + key + " and its total", [key, group](Report& r) {
                                 set_cell(r, TableId::disputes, "cases", key, "4");
                                 set_cell(r, TableId::disputes, "cases", group + ".total", "4");
                             },
                             {}});
        }
    run_rule_cases("table/disputes-total", cases);
}

} // namespace nianbao::testing
