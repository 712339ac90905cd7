// structure/outdated-format
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

namespace {
const char* old_table2 = "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n"
                         "规章\t0\t0\t0\n规范性文件\t7\t7\t7\n";
}

TEST(StructureOutdatedFormat, Cases) {
    run_rule_cases("structure/outdated-format", {{"2021 tables", nullptr, {}}});
}

TEST(StructureOutdatedFormat, OldTablesInA2023Report) {
    Report r = read_text(std::string("某局2023年政府信息公开工作年度报告\n") + old_table2);
    auto found = findings_of(r, "structure/outdated-format");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].location.table, "disclosure");
    EXPECT_NE(found[0].message.find("本年新制作数量"), std::string::npos);
    EXPECT_NE(found[0].message.find("2023"), std::string::npos);
}

// format.md: the 2021 format is mandatory from the report year 2021 itself.
TEST(StructureOutdatedFormat, OldTablesInA2021Report) {
    Report r = read_text(std::string("某局2021年政府信息公开工作年度报告\n") + old_table2);
    auto found = findings_of(r, "structure/outdated-format");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].message.find("本报告为 2021 年度"), std::string::npos) << found[0].message;
}

TEST(StructureOutdatedFormat, OldTablesWereRightFor2020) {
    Report r = read_text(std::string("某局2020年政府信息公开工作年度报告\n") + old_table2);
    EXPECT_TRUE(findings_of(r, "structure/outdated-format").empty());
}

} // namespace nianbao::testing
