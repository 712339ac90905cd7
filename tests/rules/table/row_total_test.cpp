// table/row-total
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

TEST(TableRowTotal, Cases) {
    run_rule_cases("table/row-total", {
        {"consistent", [](Report& r) {
             set_cell(r, TableId::requests, "1", "natural", "18");
             set_cell(r, TableId::requests, "1", "legal_service", "2");
             set_cell(r, TableId::requests, "1", "total", "20");
         }, {}},
        {"总计 left 0 while 自然人 holds 18 (format.md §7)",
         [](Report& r) { set_cell(r, TableId::requests, "3.1", "natural", "18"); },
         {{"requests/3.1/total", "18", {"表三「（一）予以公开」行的总计应为 18", "表中为 0"}}}},
        {"total too large", [](Report& r) { set_cell(r, TableId::requests, "4", "total", "3"); },
         {{"requests/4/total", "0", {"「四、结转下年度继续办理」行的总计应为 0", "表中为 3"}}}},
        {"a blank part: silent (blank-cell reports it)",
         [](Report& r) {
             set_cell(r, TableId::requests, "1", "natural", "");
             set_cell(r, TableId::requests, "1", "total", "9");
         }, {}},
    });
}

// Every applicant column is a part of the total, 其他 included: a value in any one of them alone
// makes 总计 wrong. The list is format.md §3's, not the declaration's.
TEST(TableRowTotal, EveryApplicantColumnCounts) {
    const std::vector<std::string> applicants = {"natural", "commercial", "research", "public_interest",
                                                 "legal_service", "other"};
    std::vector<RuleCase> cases;
    for (const auto& column : applicants) {
        cases.push_back({"a value in " + column + " only", [column](Report& r) {
                             set_cell(r, TableId::requests, "2", column, "3");
                         },
                         {{"requests/2/total", "3", {"「二、上年结转政府信息公开申请数量」行的总计应为 3"}}}});
        cases.push_back({"a value in " + column + " and the total", [column](Report& r) {
                             set_cell(r, TableId::requests, "3.6.3", column, "2");
                             set_cell(r, TableId::requests, "3.6.3", "total", "2");
                         },
                         {}});
    }
    run_rule_cases("table/row-total", cases);
}

} // namespace nianbao::testing
