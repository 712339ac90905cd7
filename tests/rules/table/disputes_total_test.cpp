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
         {{"disputes/cases/direct_suit.total", "11"}}},
        {"every group checked",
         [](Report& r) {
             set_cell(r, TableId::disputes, "cases", "review.total", "1");
             set_cell(r, TableId::disputes, "cases", "suit_after_review.other", "2");
         },
         {{"disputes/cases/review.total", "0"}, {"disputes/cases/suit_after_review.total", "2"}}},
    });
}

} // namespace nianbao::testing
