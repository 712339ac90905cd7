// The text reader on the three real samples: every section, every table cell, the metadata.
#include <gtest/gtest.h>

#include "nianbao/document.hpp"
#include "nianbao/engine.hpp"
#include "nianbao/reader.hpp"
#include "support/builder.hpp"

namespace nianbao {
namespace {

using testing::paragraphs;
using testing::read_data;

std::size_t present_cells(const Table& t) {
    std::size_t n = 0;
    for (const auto& c : t.cells) n += c.present ? 1 : 0;
    return n;
}

void expect_complete(const Report& r) {
    ASSERT_EQ(r.tables.size(), 3u);
    for (const auto& t : r.tables) {
        EXPECT_TRUE(t.problems.empty()) << table_name(t.id) << ": " << t.problems.front().message;
        EXPECT_EQ(present_cells(t), t.format->cell_count()) << table_name(t.id);
    }
    for (const auto& d : section_decls()) EXPECT_NE(r.section(d.key), nullptr) << d.key;
}

TEST(ReaderSamples, ZezhouZhujian2023) {
    ReadResult res = read_data("samples/zezhou-zhujian-2023.txt");
    ASSERT_TRUE(res.ok) << res.error;
    const Report& r = res.report;
    expect_complete(r);
    EXPECT_EQ(r.meta.agency, "泽州县住建局");
    EXPECT_EQ(r.meta.year, 2023);
    EXPECT_EQ(r.meta.kind, AgencyKind::department);
    EXPECT_EQ(r.table(TableId::disclosure)->format->version, FormatVersion::v2019);
    EXPECT_EQ(r.table(TableId::requests)->format->version, FormatVersion::v2019);
    const Table& req = *r.table(TableId::requests);
    EXPECT_EQ(req.cell("1", "natural")->raw, "5");
    EXPECT_EQ(req.cell("1", "total")->raw, "5");
    EXPECT_EQ(req.cell("3.3.4", "natural")->raw, "0");  // label split over two lines
    EXPECT_EQ(req.cell("3.7", "total")->raw, "0");
    const Table& dis = *r.table(TableId::disclosure);
    EXPECT_EQ(dis.cell("normative_docs", "made")->raw, "7");
    EXPECT_EQ(dis.cell("other_services", "change")->raw, "1");
    EXPECT_EQ(dis.cell("procurement", "amount")->value.amount.micros, 240'794'550'000);
    // Prose stays prose: 一、 has its seven paragraphs, 六、 its two.
    EXPECT_EQ(r.section("overview")->paragraphs.size(), 7u);
    EXPECT_EQ(r.section("other")->paragraphs.size(), 2u);
}

TEST(ReaderSamples, ZhanheZhujian2024) {
    ReadResult res = read_data("samples/zhanhe-zhujian-2024.txt");
    ASSERT_TRUE(res.ok) << res.error;
    const Report& r = res.report;
    expect_complete(r);
    EXPECT_EQ(r.meta.agency, "湛河区住建局");
    EXPECT_EQ(r.meta.year, 2024);
    for (const auto& t : r.tables) EXPECT_EQ(t.format->version, FormatVersion::v2021);
    const Table& req = *r.table(TableId::requests);
    EXPECT_EQ(req.cell("1", "natural")->raw, "7");
    EXPECT_EQ(req.cell("3.4.1", "total")->raw, "7");
    EXPECT_EQ(req.cell("3.7", "natural")->raw, "7");  // a row whose cells are shifted left
    EXPECT_EQ(req.cell("3.7", "total")->raw, "7");
    EXPECT_EQ(req.cell("3.5.5", "total")->raw, "0");
    // 一、总体情况 is printed twice: both headings are kept, in order.
    int overview = 0;
    for (const auto& s : r.sections) overview += s.key == "overview" ? 1 : 0;
    EXPECT_EQ(overview, 2);
    EXPECT_EQ(r.sections.size(), 7u);
}

TEST(ReaderSamples, ZezhouShenpi2021) {
    ReadResult res = read_data("samples/zezhou-shenpi-2021.txt");
    ASSERT_TRUE(res.ok) << res.error;
    const Report& r = res.report;
    EXPECT_EQ(present_cells(*r.table(TableId::disclosure)), 10u);
    EXPECT_EQ(present_cells(*r.table(TableId::requests)), 175u);
    EXPECT_EQ(r.meta.agency, "泽州县行政审批服务管理局");
    EXPECT_FALSE(r.meta.title_year.has_value());
    EXPECT_EQ(r.meta.year, 2021);  // from the body: "2021年，我局…"
    const Table& dis = *r.table(TableId::disclosure);
    EXPECT_EQ(dis.cell("licensing", "decisions")->value.amount, Amount::whole(10727));
    EXPECT_EQ(dis.cell("fees", "amount")->value.amount.micros, 24'457'400'000);
    const Table& req = *r.table(TableId::requests);
    EXPECT_EQ(req.cell("3.4.1", "natural")->raw, "0");  // group label split: 无法提 / 供
    EXPECT_EQ(req.cell("4", "total")->raw, "0");
    // Table 4's value row has 16 cells for 15 columns (5 blanks, then 11 zeros): which column
    // each belongs to is unknown, so no cell is read and the row is one precise finding.
    const Table& disp = *r.table(TableId::disputes);
    for (const auto& c : disp.cells) EXPECT_FALSE(c.present) << c.column;
    ASSERT_EQ(disp.problems.size(), 1u);
    EXPECT_NE(disp.problems[0].message.find("16 个单元格（11 个数值、5 个空白）"), std::string::npos);
    // Markdown headings of every level are sections; （一）… sub-headings are not.
    EXPECT_EQ(r.sections.size(), 6u);
    EXPECT_EQ(r.section("other")->paragraphs.size(), 1u);
    EXPECT_EQ(r.section("other")->paragraphs[0].text, "无");
}

// Text taken out of some Chinese PDFs carries Kangxi radicals (U+2F00…) for common ideographs:
// "⼀、总体情况", "⾏政复议", "⾏政许可". The same report with 一 and 行 so replaced reads the same.
TEST(ReaderSamples, KangxiRadicalsReadAsTheIdeographs) {
    std::string text = testing::read_file(testing::data_path("samples/zezhou-zhujian-2023.txt"));
    const ReadResult plain = read_text_report(text);
    ASSERT_TRUE(plain.ok) << plain.error;
    for (auto [from, to] : {std::pair<std::string, std::string>{"一", "\u2F00"}, {"行", "\u2F8F"}})
        for (std::size_t p = text.find(from); p != std::string::npos; p = text.find(from, p + to.size()))
            text.replace(p, from.size(), to);
    ASSERT_NE(text.find("\u2F8F政许可"), std::string::npos);
    const ReadResult radicals = read_text_report(text);
    ASSERT_TRUE(radicals.ok) << radicals.error;
    expect_complete(radicals.report);
    EXPECT_EQ(radicals.report.sections.size(), plain.report.sections.size());
    for (const auto& t : plain.report.tables) {
        const Table* other = radicals.report.table(t.id);
        ASSERT_NE(other, nullptr) << table_name(t.id);
        for (const auto& c : t.cells) EXPECT_EQ(other->cell(c.row, c.column)->raw, c.raw) << c.row << "/" << c.column;
    }
}

TEST(ReaderSamples, CityReportAsAWebPage) {
    ReadResult res = read_data("real/city-2025.html");
    ASSERT_TRUE(res.ok) << res.error;
    const Report& r = res.report;
    expect_complete(r);
    EXPECT_EQ(r.meta.year, 2025);
    const Table& req = *r.table(TableId::requests);
    EXPECT_EQ(req.cell("1", "total")->value.amount, Amount::whole(14069));
    EXPECT_EQ(req.cell("3.7", "total")->value.amount, Amount::whole(13810));
    EXPECT_EQ(req.cell("4", "total")->value.amount, Amount::whole(819));
    EXPECT_EQ(r.table(TableId::disputes)->cell("cases", "review.total")->raw, "790");
    EXPECT_EQ(r.table(TableId::disclosure)->cell("licensing", "decisions")->raw, "11398889");
    // The cell span points at the cell's content in the page, for fill -o.
    const Cell* c = req.cell("1", "total");
    EXPECT_EQ(res.text.substr(c->source.offset, c->source.length), "14069");
    for (const auto& f : check(r)) EXPECT_FALSE(f.rule.starts_with("table/")) << f.message;
}

TEST(Reader, HtmlEntitiesScriptsAndLineBreaksInCells) {
    ReadResult res = read_text_report(
        "<html><head><script>var x = '<td>1</td>';</script></head><body><p>某局2024年政府信息公开工作年度报告</p>"
        "<p>一、总体情况</p><p>正文&nbsp;&ldquo;内容&rdquo;&#12290;</p><h2>四、政府信息公开行政复议、行政诉讼情况</h2>"
        "<table><tr><td>行政复议</td><td>行政诉讼</td></tr><tr><td>结果<br>维持</td></tr>"
        "<tr><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>"
        "<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr></table></body></html>");
    ASSERT_TRUE(res.ok) << res.error;
    ASSERT_NE(res.report.table(TableId::disputes), nullptr);
    EXPECT_EQ(res.report.table(TableId::disputes)->cell("cases", "review.total")->raw, "1");
    EXPECT_EQ(res.report.section("overview")->paragraphs.at(0).text, "正文 “内容”。");
}

TEST(Reader, SignatureAndDate) {
    ReadResult res = read_text_report("某市人民政府2024年政府信息公开工作年度报告\n一、总体情况\n正文。\n六、其他需要报告的事项\n"
                                      "本年度未收取信息处理费。\n某市人民政府\n2025年3月20日\n");
    ASSERT_TRUE(res.ok) << res.error;
    const Report& r = res.report;
    EXPECT_EQ(r.meta.kind, AgencyKind::government);
    ASSERT_TRUE(r.meta.date.has_value());
    EXPECT_EQ(*r.meta.date, (Date{2025, 3, 20}));
    EXPECT_EQ(r.signature.size(), 2u);
    EXPECT_EQ(r.section("other")->paragraphs.size(), 1u);
}

TEST(Reader, CellSpansPointAtTheText) {
    ReadResult res = read_data("samples/zhanhe-zhujian-2024.txt");
    const Cell* c = res.report.table(TableId::requests)->cell("1", "natural");
    EXPECT_EQ(res.text.substr(c->source.offset, c->source.length), "7");
    EXPECT_EQ(c->source.line, 44);
}


// A web page converted by Writer keeps its <title> only in the document's properties: that is
// the report's title when the text has none (the Writer and PDF readers hand it over this way).
TEST(Reader, TitleFromTheDocumentPropertiesWhenTheTextHasNone) {
    std::vector<DocumentLine> lines = paragraphs({"一、总体情况", "2025年，全市推进政务公开。"});
    ASSERT_TRUE(add_title_line(lines, "测试市2025年政府信息公开工作年度报告"));
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0].source.line, 1);
    EXPECT_EQ(lines[1].source.line, 2);
    EXPECT_EQ(lines[2].row.cells.at(0).source.line, 3);
    const Report r = assemble_report(lines).report;
    EXPECT_EQ(r.meta.title, "测试市2025年政府信息公开工作年度报告");
    EXPECT_EQ(r.meta.agency, "测试市");
    EXPECT_EQ(r.meta.kind, AgencyKind::government);
    ASSERT_EQ(r.sections.size(), 1u);
    EXPECT_EQ(r.sections[0].source.line, 2);
    // Now it has one: not twice.
    EXPECT_FALSE(add_title_line(lines, "测试市2025年政府信息公开工作年度报告"));
}

TEST(Reader, TheTextsOwnTitleAndNoTitlesPropertiesAreKept) {
    std::vector<DocumentLine> lines = paragraphs({"某局2024年政府信息公开工作年度报告", "一、总体情况"});
    EXPECT_FALSE(add_title_line(lines, "测试市2025年政府信息公开工作年度报告"));
    lines = paragraphs({"一、总体情况", "正文。"});
    EXPECT_FALSE(add_title_line(lines, "Microsoft Word - 2024年政府信息公开工作年度报告.docx"));
    EXPECT_FALSE(add_title_line(lines, "政务公开工作总结"));
    // The Title property of the standard template (templates/): no agency, and its year is the format's.
    EXPECT_FALSE(add_title_line(lines, "政府信息公开工作年度报告（2021年格式）"));
    EXPECT_FALSE(add_title_line(lines, ""));
    EXPECT_EQ(lines.size(), 2u);
}

} // namespace
} // namespace nianbao

namespace nianbao {
namespace {

using testing::paragraphs;
using testing::read_data;

// A title without the year, no statistical period, and 一、总体情况 opening with sub-headings and
// numbered points before the first sentence that names the year (a street office's report on
// 2020, tests/data/real/shaanxi-yulin-yuyang-tuofenglu-2020-truncated.txt): the year is still
// read from 一, so its 2019-format tables — right for 2020 — are not called outdated.
TEST(ReaderYear, FromALaterParagraphOfTheOverview) {
    ReadResult res = read_data("real/shaanxi-yulin-yuyang-tuofenglu-2020-truncated.txt");
    ASSERT_TRUE(res.ok) << res.error;
    EXPECT_FALSE(res.report.meta.title_year.has_value());
    EXPECT_EQ(res.report.meta.year, 2020);
    for (const auto& f : check(res.report)) EXPECT_NE(f.rule, "structure/outdated-format") << f.message;
}

} // namespace
} // namespace nianbao
