// table/balance
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

namespace {
void received(Report& r, const char* n) {
    set_cell(r, TableId::requests, "1", "natural", n);
    set_cell(r, TableId::requests, "1", "total", n);
}
} // namespace

TEST(TableBalance, Cases) {
    run_rule_cases("table/balance", {
        {"balanced with a carry-over",
         [](Report& r) {
             received(r, "5");
             set_cell(r, TableId::requests, "3.1", "natural", "4");
             set_cell(r, TableId::requests, "3.1", "total", "4");
             set_cell(r, TableId::requests, "3.7", "natural", "4");
             set_cell(r, TableId::requests, "3.7", "total", "4");
             set_cell(r, TableId::requests, "4", "natural", "1");
             set_cell(r, TableId::requests, "4", "total", "1");
         }, {}},
        {"5 received, nothing handled (format.md §7)", [](Report& r) { received(r, "5"); },
         {{"requests/4/natural", std::nullopt, {"表三「自然人」列不平衡", "本年新收 5 加上年结转 0 为 5",
                                                "办理结果总计 0 加结转下年度 0 为 0"}},
          {"requests/4/total", std::nullopt, {"表三「总计」列不平衡"}}}},
        {"carry-over blank: silent (blank-cell reports it with the fix)",
         [](Report& r) {
             received(r, "5");
             set_cell(r, TableId::requests, "4", "natural", "");
             set_cell(r, TableId::requests, "4", "total", "");
         }, {}},
    });
}

// Each of the four rows of the balance (format.md §3: 一 + 二 = （七） + 四) is read, in every
// column: a value in one of them alone unbalances its column.
TEST(TableBalance, EveryRowCounts) {
    run_rule_cases("table/balance", {
        {"一 only", [](Report& r) { set_cell(r, TableId::requests, "1", "research", "5"); },
         {{"requests/4/research", std::nullopt, {"「科研机构」列不平衡", "本年新收 5 加上年结转 0 为 5"}}}},
        {"二 only", [](Report& r) { set_cell(r, TableId::requests, "2", "commercial", "2"); },
         {{"requests/4/commercial", std::nullopt, {"「商业企业」列不平衡", "加上年结转 2 为 2"}}}},
        {"（七） only", [](Report& r) { set_cell(r, TableId::requests, "3.7", "other", "3"); },
         {{"requests/4/other", std::nullopt, {"「其他」列不平衡", "办理结果总计 3 加结转下年度 0 为 3"}}}},
        {"四 only", [](Report& r) { set_cell(r, TableId::requests, "4", "public_interest", "1"); },
         {{"requests/4/public_interest", std::nullopt, {"「社会公益组织」列不平衡", "结转下年度 1 为 1"}}}},
        {"二 and 四 equal", [](Report& r) {
             set_cell(r, TableId::requests, "2", "legal_service", "1");
             set_cell(r, TableId::requests, "4", "legal_service", "1");
         }, {}},
    });
}

// The message reads the four terms of the standard balance by position; a declaration of another
// shape (a row dropped from a side) must still give a message, not read past the side.
TEST(TableBalance, AnIdentityOfAnotherShapeIsStillSaid) {
    TableFormat format = table_format(TableId::requests, FormatVersion::v2021);
    for (auto& d : format.identities)
        if (d.rule == "table/balance") d.rhs = {"3.7"};
    Report r = valid_report();
    r.table(TableId::requests)->format = &format;  // same rows and columns: the cells line up
    set_cell(r, TableId::requests, "1", "natural", "5");
    const auto found = findings_of(r, "table/balance");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(location_key(found[0].location), "requests/4/natural");
    EXPECT_NE(found[0].message.find("「自然人」列不平衡：第一项加第二项之和为 5"), std::string::npos) << found[0].message;
}

} // namespace nianbao::testing
