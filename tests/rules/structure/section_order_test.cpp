// structure/section-order
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

TEST(StructureSectionOrder, Cases) {
    run_rule_cases("structure/section-order", {
        {"in order", nullptr, {}},
        {"五 before 四", [](Report& r) { std::swap(r.sections[3], r.sections[4]); }, {{"disputes#-1", std::nullopt, {"「政府信息公开行政复议、行政诉讼情况」应为第四部分，却出现在「存在的主要问题及改进情况」之后"}}}},
        {"numeral does not match", [](Report& r) { r.sections[1].number = 3; }, {{"disclosure#-1", std::nullopt, {"「主动公开政府信息情况」的序号写成了“三”，应为“二”"}}}},
        {"a duplicate is not an order problem", [](Report& r) { r.sections.push_back(r.sections[0]); }, {}},
    });
}

namespace {

std::vector<std::string> section_keys(const Report& r) {
    std::vector<std::string> keys;
    for (const auto& s : r.sections) keys.push_back(s.key);
    return keys;
}

std::size_t structure_findings(const Report& r) {
    std::size_t n = 0;
    for (const char* rule : {"structure/section-order", "structure/duplicate-section", "structure/heading-wording"})
        n += findings_of(r, rule).size();
    return n;
}

} // namespace

// Sub-headings that reuse a section's name inside a section of real reports (sources in
// tests/data/excerpts/README.md): before, each was taken for a section, out of order and twice.
TEST(StructureSectionOrder, SubHeadingsThatReuseSectionNames) {
    {
        // 沭阳县发改局 2023: （一）主动公开政府信息情况 and （二）依申请公开政府信息情况 inside 一、.
        ReadResult r = read_data("excerpts/shuyang-fagaiju-2023.txt");
        ASSERT_TRUE(r.ok) << r.error;
        EXPECT_EQ(section_keys(r.report),
                  (std::vector<std::string>{"overview", "disclosure", "requests", "disputes", "problems", "other"}));
        EXPECT_TRUE(findings_of(r.report, "structure/section-order").empty());
        EXPECT_TRUE(findings_of(r.report, "structure/duplicate-section").empty());
        // Only 五's own wording (存在的主要问题及整改措施) is a variant.
        auto wording = findings_of(r.report, "structure/heading-wording");
        ASSERT_EQ(wording.size(), 1u);
        EXPECT_EQ(wording[0].location.section, "problems");
        // The sub-headings stay in 一 as its prose: the five aspects are covered.
        const Section* overview = r.report.section("overview");
        ASSERT_NE(overview, nullptr);
        EXPECT_EQ(overview->paragraphs.size(), 11u);
        EXPECT_EQ(overview->paragraphs[1].text, "（一）主动公开政府信息情况");
        EXPECT_TRUE(findings_of(r.report, "text/overview-aspects").empty());
        // 二、 after the sub-headings is still section 二, at its own line.
        EXPECT_EQ(r.report.section("disclosure")->source.line, 29);
    }
    {
        // 杨凌审计局 2022: (一)主动公开政府信息情况 inside 一、, then 二、.
        ReadResult r = read_data("excerpts/yangling-shenjiju-2022.txt");
        ASSERT_TRUE(r.ok) << r.error;
        EXPECT_EQ(section_keys(r.report), (std::vector<std::string>{"overview", "disclosure"}));
        EXPECT_EQ(structure_findings(r.report), 0u);
    }
    {
        // 金山镇 2019: (三)因政府信息公开申请行政复议、提起行政诉讼的情况 inside 六、.
        ReadResult r = read_data("excerpts/jinshanzhen-2019-tail.txt");
        ASSERT_TRUE(r.ok) << r.error;
        EXPECT_EQ(section_keys(r.report), (std::vector<std::string>{"requests", "disputes", "problems", "other"}));
        EXPECT_TRUE(findings_of(r.report, "structure/duplicate-section").empty());
        EXPECT_TRUE(findings_of(r.report, "structure/section-order").empty());
        EXPECT_EQ(r.report.section("other")->paragraphs.size(), 6u);
    }
}

TEST(StructureSectionOrder, SectionsNumberedLikeSubHeadingsAreStillSections) {
    // A report that numbers its sections （一）…（六） throughout: they are its sections.
    Report all = read_text("某局2024年政府信息公开工作年度报告\n（一）总体情况\n正文。\n（二）主动公开政府信息情况\n"
                           "（三）收到和处理政府信息公开申请情况\n（四）政府信息公开行政复议、行政诉讼情况\n"
                           "（五）存在的主要问题及改进情况\n问题。\n（六）其他需要报告的事项\n未收取信息处理费。\n");
    EXPECT_EQ(section_keys(all),
              (std::vector<std::string>{"overview", "disclosure", "requests", "disputes", "problems", "other"}));
    EXPECT_EQ(structure_findings(all), 0u);
    // One section written （二） among 一、三、…: its numeral is its own and nothing else names it.
    Report one = read_text("某局2024年政府信息公开工作年度报告\n一、总体情况\n正文。\n（二）主动公开政府信息情况\n"
                           "三、收到和处理政府信息公开申请情况\n");
    EXPECT_EQ(section_keys(one), (std::vector<std::string>{"overview", "disclosure", "requests"}));
    // True findings stay: 三 before 二, a plain heading printed twice.
    Report swapped = read_text("某局2024年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开政府信息情况\n正文。\n"
                               "三、收到和处理政府信息公开申请情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n");
    EXPECT_EQ(findings_of(swapped, "structure/section-order").size(), 1u);
    EXPECT_EQ(findings_of(swapped, "structure/duplicate-section").size(), 1u);
}

} // namespace nianbao::testing
