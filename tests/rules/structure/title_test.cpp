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

// Real titles wrapped over two lines, with the agency on the line above, or the year first
// (tests/data/excerpts/README.md names each source). Each was a false alarm before.
TEST(StructureTitle, RealTitlesOverTwoLines) {
    struct Case {
        const char* file;
        const char* agency;
        int year;
        AgencyKind kind;
    };
    for (const Case& c : {
             Case{"excerpts/xiaogan-bangongshi-2020.txt", "孝感市人民政府办公室", 2020, AgencyKind::department},
             Case{"excerpts/xiaogan-yanjiushi-2019.txt", "市政府研究室", 2019, AgencyKind::department},
             Case{"excerpts/huiyang-jiaoyi-2019.txt", "惠州市公共资源交易中心惠阳分中心", 2019, AgencyKind::department},
             Case{"excerpts/shanghai-bangongting-2025-head.md", "上海市人民政府办公厅", 2025, AgencyKind::department},
             Case{"excerpts/shanghai-kewei-2024-head.md", "上海市科委", 2024, AgencyKind::department},
             Case{"excerpts/shanghai-bangongting-2019.html", "上海市人民政府办公厅", 2019, AgencyKind::department},
         }) {
        SCOPED_TRACE(c.file);
        ReadResult r = read_data(c.file);
        ASSERT_TRUE(r.ok) << r.error;
        EXPECT_EQ(r.report.meta.agency, c.agency);
        EXPECT_EQ(r.report.meta.title_year, c.year);
        EXPECT_EQ(r.report.meta.kind, c.kind);
        auto found = findings_of(r.report, "structure/title");
        EXPECT_TRUE(found.empty()) << found.front().message;
        // Both lines make the title, and neither is left in the preamble (the page of 2019 repeats
        // its whole title: <title> in the head, and the heading in the body).
        EXPECT_NE(r.report.meta.title.find("政府信息公开工作年度报告"), std::string::npos) << r.report.meta.title;
        for (const auto& p : r.report.preamble)
            if (p.text != r.report.meta.title) {
                EXPECT_EQ(r.report.meta.title.find(p.text), std::string::npos) << p.text;
            }
    }
}

TEST(StructureTitle, AgencyAboveATitleWithoutYear) {
    // 乌海市工业和信息化局 / 政府信息公开工作年度报告: the agency is found, the missing year is a true finding.
    ReadResult r = read_data("excerpts/wuhai-gongxinju-2020.txt");
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.report.meta.agency, "乌海市工业和信息化局");
    auto found = findings_of(r.report, "structure/title");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message, "标题「乌海市工业和信息化局政府信息公开工作年度报告」缺少年度");
}

TEST(StructureTitle, APreambleSentenceIsNotTheTitle) {
    // city-2025 as a browser's innerText (tests/data/real/variants/city-2025.browser.txt): the page's
    // <title> is gone, and the first sentence used to be taken for it.
    auto found = findings_of(read_text("根据《中华人民共和国政府信息公开条例》规定编制本报告。本报告中所列数据统计期限为2025年1月1日至12月31日。\n\n"
                                       "一、总体情况\n\n2025年，全市各级行政机关扎实推进政务公开工作。\n"),
                             "structure/title");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].location.kind, Location::Kind::document);  // no title, rather than a sentence as one
    // A navigation line above a one-line title is not joined to it.
    Report nav = read_text("政府信息公开\n孝感市2024年政府信息公开工作年度报告\n一、总体情况\n正文。\n");
    EXPECT_EQ(nav.meta.agency, "孝感市");
    EXPECT_EQ(nav.meta.kind, AgencyKind::government);
    EXPECT_TRUE(findings_of(nav, "structure/title").empty());
}

TEST(StructureTitle, YearFirstAndOfficesInTheName) {
    auto meta = [](const std::string& title) { return read_text(title + "\n一、总体情况\n正文。\n").meta; };
    // shanghai.gov.cn, 2023-03-31: the city's own report, due by March 31.
    EXPECT_EQ(meta("2022年上海市政府信息公开工作年度报告").agency, "上海市");
    EXPECT_EQ(meta("2022年上海市政府信息公开工作年度报告").kind, AgencyKind::government);
    // guiyang.gov.cn 2021: a government's report made by its 办公厅 is the government's.
    auto guiyang = meta("贵阳市人民政府（市人民政府办公厅）2021年政府信息公开工作年度报告");
    EXPECT_EQ(guiyang.agency, "贵阳市人民政府（市人民政府办公厅）");
    EXPECT_EQ(guiyang.kind, AgencyKind::government);
    EXPECT_EQ(meta("广州市人民政府办公厅2020年政府信息公开工作年度报告").kind, AgencyKind::department);
}

} // namespace nianbao::testing
