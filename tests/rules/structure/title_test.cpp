// structure/title
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

TEST(StructureTitle, Cases) {
    run_rule_cases("structure/title", {
        {"complete", nullptr, {}},
        {"no title", [](Report& r) { r.meta.title.clear(); }, {{"document", std::nullopt, {"没有找到报告标题"}}}},
        {"title without the year (format.md §7)", [](Report& r) { r.meta.title_year.reset(); }, {{"title#-1", std::nullopt, {"标题「某县住房和城乡建设局2024年政府信息公开工作年度报告」缺少年度"}}}},
    });
}

TEST(StructureTitle, FromText) {
    auto title_findings = [](const std::string& title) {
        return findings_of(read_text(title + "\n一、总体情况\n正文。\n"), "structure/title");
    };
    EXPECT_TRUE(title_findings("泽州县住建局 2023 年政府信息公开工作年度报告").empty());
    EXPECT_TRUE(title_findings("# 某市人民政府二〇二三年政府信息公开工作年度报告").empty());
    auto no_year = title_findings("泽州县行政审批服务管理局 政府信息公开工作年度报告");
    ASSERT_EQ(no_year.size(), 1u);
    EXPECT_NE(no_year[0].message.find("年度"), std::string::npos);
    auto other_words = title_findings("某局2023年政府信息公开年度工作报告");
    ASSERT_EQ(other_words.size(), 1u);
    EXPECT_NE(other_words[0].message.find("政府信息公开工作年度报告"), std::string::npos);
}

} // namespace nianbao::testing
