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
}

} // namespace nianbao::testing
