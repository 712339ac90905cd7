// The panel's list: findings by section, repeated ones folded into a group per column or row.
#include "nianbao/engine.hpp"
#include "nianbao/finding_groups.hpp"
#include "support/builder.hpp"

#include <gtest/gtest.h>

namespace nianbao {
namespace {

using testing::set_cell;
using testing::valid_report;

TEST(FindingGroups, BlankColumnsFoldIntoOneLineEachWithTheCount) {
    Report r = valid_report();
    // Two applicant columns of 表三 left blank from row 1 down to （七）总计 and beyond.
    for (const char* column : {"commercial", "research"})
        for (const char* row : {"1", "2", "3.1", "3.2", "3.3.1", "3.3.2", "3.3.3"})
            set_cell(r, TableId::requests, row, column, "");
    const auto findings = check(r);
    const auto sections = group_findings(findings);
    const SectionOfFindings* requests = nullptr;
    for (const auto& s : sections)
        if (s.key == "requests") requests = &s;
    ASSERT_NE(requests, nullptr);
    EXPECT_EQ(requests->heading.substr(0, 6), "三、"); // numbered as in the report
    int blank_groups = 0;
    std::size_t blank_members = 0;
    for (const auto& g : requests->groups) {
        if (!g.repeated() || findings[g.members.front()].rule != "table/blank-cell") continue;
        ++blank_groups;
        blank_members += g.members.size();
        EXPECT_EQ(g.severity, Severity::error);
        const bool names_its_column =
            g.title.find("表三「商业企业」列 7 处") != std::string::npos ||
            g.title.find("表三「科研机构」列 7 处") != std::string::npos;
        EXPECT_TRUE(names_its_column) << g.title;
    }
    EXPECT_EQ(blank_groups, 2);
    EXPECT_EQ(blank_members, 14u);
    // Every finding is in exactly one group.
    std::vector<int> seen(findings.size(), 0);
    for (const auto& s : sections)
        for (const auto& g : s.groups)
            for (std::size_t i : g.members)
                ++seen[i];
    for (std::size_t i = 0; i < findings.size(); ++i)
        EXPECT_EQ(seen[i], 1) << findings[i].message;
}

TEST(FindingGroups, ASingleFindingIsItsOwnLineWithItsPlaceInWords) {
    Report r = valid_report();
    set_cell(r, TableId::requests, "3.7", "total", "5");
    const auto findings = check(r);
    const auto sections = group_findings(findings);
    bool found = false;
    for (const auto& s : sections)
        for (const auto& g : s.groups)
            if (!g.repeated() &&
                g.title.find("表三「（七）总计」行 · 总计列") != std::string::npos) {
                found = true;
                EXPECT_EQ(g.title.substr(0, 12), "【错误】");
            }
    EXPECT_TRUE(found);
}

Finding prose(const std::string& rule, const char* section, int paragraph) {
    Finding f;
    f.rule = rule;
    f.severity = Severity::warning;
    f.message = "第 " + std::to_string(paragraph) + " 段的数字与表格不符";
    f.location = Location::of_text(section, paragraph, 0, 4, SourcePos{});
    return f;
}

TEST(FindingGroups, AFewProseFindingsStayOneByOneAFloodFoldsPerSection) {
    std::vector<Finding> findings;
    for (int i = 0; i < 3; ++i)
        findings.push_back(prose("text/figure-mismatch", "overview", i));
    auto sections = group_findings(findings);
    ASSERT_EQ(sections.size(), 1u);
    EXPECT_EQ(sections[0].groups.size(), 3u); // three claims to read, not a group
    for (int i = 3; i < 5000; ++i)
        findings.push_back(prose("text/figure-mismatch", "overview", i));
    findings.push_back(prose("text/no-requests-claim", "overview", 7));
    sections = group_findings(findings);
    ASSERT_EQ(sections.size(), 1u);
    ASSERT_EQ(sections[0].groups.size(), 2u);
    const auto& flood = sections[0].groups[0];
    EXPECT_EQ(flood.members.size(), 5000u);
    EXPECT_NE(flood.title.find("一、总体情况 5000 处："), std::string::npos) << flood.title;
    EXPECT_FALSE(sections[0].groups[1].repeated());
}

} // namespace
} // namespace nianbao
