// Bad input: a clear Chinese message, never a crash, a hang or a silently wrong answer.
#include <gtest/gtest.h>

#include <random>

#include "nianbao/engine.hpp"
#include "nianbao/reader.hpp"
#include "nianbao/text_writer.hpp"
#include "support/builder.hpp"

namespace nianbao {
namespace {

TEST(BadInput, EmptyFile) {
    ReadResult r = read_text_report("");
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error, "文件为空");
}

TEST(BadInput, OnlyWhiteSpace) {
    ReadResult r = read_text_report("\n\n   \t\n");
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("没有文字"), std::string::npos);
}

TEST(BadInput, BinaryFile) {
    std::string bytes;
    std::mt19937 rng(42);
    for (int i = 0; i < 4096; ++i) bytes.push_back(char(rng() & 0xFF));
    ReadResult r = read_text_report(bytes);
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.error.empty());
}

TEST(BadInput, TextThatIsNotAReport) {
    ReadResult r = read_text_report("今天天气很好。\n我们去公园散步。\n");
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("未找到年度报告的结构"), std::string::npos);
}

TEST(BadInput, NoTablesIsAReportWithMissingTables) {
    ReadResult r = read_text_report("某局2024年政府信息公开工作年度报告\n一、总体情况\n正文。\n五、存在的主要问题及改进情况\n问题。\n");
    ASSERT_TRUE(r.ok);
    int missing_tables = 0;
    for (const auto& f : check(r.report)) missing_tables += f.rule == "structure/missing-table" ? 1 : 0;
    EXPECT_EQ(missing_tables, 3);
}

TEST(BadInput, MissingFileAndDirectory) {
    EXPECT_NE(read_text_file("/nonexistent/report.txt").error.find("无法打开"), std::string::npos);
    EXPECT_NE(read_text_file("/tmp").error.find("目录"), std::string::npos);
}

TEST(BadInput, HugeNumbersAreNotANumberNotAnOverflow) {
    Report rep = testing::valid_report();
    testing::set_cell(rep, TableId::requests, "1", "natural", "99999999999999999999999");
    ReadResult r = read_text_report(render_text_report(rep, TextLayout::tabs));
    ASSERT_TRUE(r.ok);
    auto found = check(r.report);
    bool reported = false;
    for (const auto& f : found)
        if (f.rule == "table/not-a-number" && f.location.row == "1") {
            reported = true;
            EXPECT_NE(f.message.find("数值过大"), std::string::npos) << f.message;
        }
    EXPECT_TRUE(reported);
}

TEST(BadInput, LargestAcceptedNumbersStillAddUp) {
    Report rep = testing::valid_report();
    for (const char* col : {"natural", "commercial", "research", "public_interest", "legal_service", "other"})
        testing::set_cell(rep, TableId::requests, "1", col, "99999999999");
    auto found = testing::findings_of(rep, "table/row-total");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].fix, "599999999994");
}

TEST(BadInput, NegativeNumbers) {
    Report rep = testing::valid_report();
    testing::set_cell(rep, TableId::requests, "2", "natural", "-1");
    EXPECT_EQ(testing::findings_of(rep, "table/negative").size(), 1u);
}

TEST(BadInput, TenMegabytesOfTextFinishesAndFindsTheReport) {
    std::string text = render_text_report(testing::valid_report(), TextLayout::tabs);
    std::string filler;
    while (filler.size() < 10u * 1024 * 1024) filler += "这是一段很长的说明文字，用来检验大文件的处理速度与稳定性。\t12\t34\n";
    ReadResult r = read_text_report(text + filler);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.report.tables.size(), 3u);
    check(r.report);  // completes
}

TEST(BadInput, OneHugeLine) {
    std::string line(5u * 1024 * 1024, 'a');
    ReadResult r = read_text_report("某局2024年政府信息公开工作年度报告\n一、总体情况\n" + line + "\n");
    EXPECT_TRUE(r.ok);
}

TEST(BadInput, TableWithExtraColumns) {
    Report rep = testing::valid_report();
    std::string text = render_text_report(rep, TextLayout::tabs);
    auto pos = text.find("一、本年新收政府信息公开申请数量");
    auto eol = text.find('\n', pos);
    text.insert(eol, "\t9\t9");
    ReadResult r = read_text_report(text);
    ASSERT_TRUE(r.ok);
    bool reported = false;
    for (const auto& f : check(r.report))
        if (f.rule == "structure/missing-table" && f.message.find("9 个数值，应为 7 个") != std::string::npos) reported = true;
    EXPECT_TRUE(reported);
}

TEST(BadInput, RandomMutationsNeverCrash) {
    const std::string base = render_text_report(testing::valid_report(), TextLayout::tabs);
    std::mt19937 rng(7);
    for (int round = 0; round < 300; ++round) {
        std::string t = base;
        for (int k = 0; k < 20; ++k) {
            std::size_t p = rng() % t.size();
            switch (rng() % 4) {
            case 0: t.erase(p, rng() % 40); break;
            case 1: t.insert(p, 1, "\t\n|0 "[rng() % 4]); break;
            case 2: t[p] = char(rng() & 0xFF); break;
            default: t.insert(p, t.substr(rng() % t.size(), 30)); break;
            }
            if (t.empty()) t = "x";
        }
        ReadResult r = read_text_report(t);
        if (r.ok) check(r.report);
    }
    SUCCEED();
}

} // namespace
} // namespace nianbao
