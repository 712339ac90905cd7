// structure/duplicate-section
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

TEST(StructureDuplicateSection, Cases) {
    run_rule_cases("structure/duplicate-section", {
        {"each once", nullptr, {}},
        {"一、总体情况 printed twice (format.md §7)",
         [](Report& r) { r.sections.insert(r.sections.begin() + 1, r.sections[0]); }, {{"overview#-1", std::nullopt, {"标题「一、总体情况」重复出现"}}}},
    });
}

TEST(StructureDuplicateSection, FromText) {
    Report r = read_text("某局2024年政府信息公开工作年度报告\n一、总体情况\n正文。\n一、总体情况\n正文。\n");
    auto found = findings_of(r, "structure/duplicate-section");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].location.source.line, 4);
    ASSERT_EQ(found[0].related.size(), 1u);
    EXPECT_EQ(found[0].related[0].source.line, 2);
    EXPECT_EQ(found[0].message, "标题「一、总体情况」重复出现（第 2 行和第 4 行）");
}

// The message names both places as the reader of that file finds them: a PDF's pages, and in a
// Word document (whose lines are the reader's own) what comes before each heading.
TEST(StructureDuplicateSection, PlacesAsThePdfOrWordReaderFindsThem) {
    Report r = read_text("某局2024年政府信息公开工作年度报告\n一、总体情况\n正文。\n一、总体情况\n正文。\n");
    r.places = Report::Places::paragraphs;
    auto found = findings_of(r, "structure/duplicate-section");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message, "标题「一、总体情况」重复出现（报告标题之后和「一、总体情况」第 1 段之后）");

    r.places = Report::Places::lines;
    r.sections[0].source.page = 1;
    r.sections[1].source.page = 1;
    found = findings_of(r, "structure/duplicate-section");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message, "标题「一、总体情况」重复出现（均在第 1 页）");
    r.sections[1].source.page = 2;
    found = findings_of(r, "structure/duplicate-section");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message, "标题「一、总体情况」重复出现（第 1 页和第 2 页）");
}

} // namespace nianbao::testing
