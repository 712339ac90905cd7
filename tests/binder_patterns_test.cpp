// The shapes in which real reports broke the first reader (issue 10), each read through the
// whole text reader: browser copies with blank lines and blank cells, " |" cells, the hybrid
// 2021 table with a single （六） row, pdftotext of merged labels, damaged rows that must cost
// only themselves, table 4 in blocks or flattened, and tables cut off, doubled or padded.
#include <gtest/gtest.h>

#include <algorithm>

#include "nianbao/engine.hpp"
#include "nianbao/reader.hpp"
#include "nianbao/text_writer.hpp"
#include "support/builder.hpp"

namespace nianbao {
namespace {

// Every value cell distinct, so a value read into the wrong cell shows.
Report distinct_report(FormatVersion requests = FormatVersion::v2021) {
    Report r = make_standard_report("某县人民政府办公室", 2024);
    if (requests == FormatVersion::v2019) {
        Table t = make_table(table_format(TableId::requests, FormatVersion::v2019));
        for (auto& c : t.cells) c.present = true;
        *r.table(TableId::requests) = std::move(t);
    }
    int n = 1;
    for (auto& t : r.tables)
        for (auto& c : t.cells) testing::set_cell(r, t.id, c.row, c.column, std::to_string(n++));
    return r;
}

Report read(const std::string& text) {
    ReadResult res = read_text_report(text);
    EXPECT_TRUE(res.ok) << res.error;
    return std::move(res.report);
}

std::string problems_of(const Table& t) {
    std::string out;
    for (const auto& p : t.problems) out += p.message + "\n";
    return out;
}

// Every cell of `expected` was read into the same place with the same text.
void expect_same_cells(const Report& expected, const Report& actual, TableId id) {
    const Table* want = expected.table(id);
    const Table* got = actual.table(id);
    ASSERT_NE(got, nullptr) << table_key(id);
    EXPECT_EQ(got->format->version, want->format->version);
    for (const auto& c : want->cells) {
        const Cell* rc = got->cell(c.row, c.column);
        ASSERT_TRUE(rc && rc->present) << table_key(id) << " " << c.row << "/" << c.column;
        EXPECT_EQ(rc->raw, c.raw) << table_key(id) << " " << c.row << "/" << c.column;
    }
}

// Replaces the first line that starts with `from` by `to`; with `keep`, `to` goes before it.
std::string replace_line(std::string text, const std::string& from, const std::string& to, bool keep = false) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string::npos) nl = text.size();
        std::string_view line(text.data() + pos, nl - pos);
        if (line.starts_with(from)) {
            text.replace(pos, keep ? 0 : nl - pos, keep ? to + "\n" : to);
            return text;
        }
        pos = nl + 1;
    }
    ADD_FAILURE() << "no line starts with " << from;
    return text;
}

// 1. One cell per line with blank lines and tab lines between cells; a blank cell is a line
// holding a no-break space, and stays in its own column.
TEST(RealPatterns, BrowserCopyLocatesBlankCells) {
    Report original = distinct_report();
    testing::set_cell(original, TableId::requests, "3.3.2", "commercial", "");
    testing::set_cell(original, TableId::requests, "3.3.2", "research", "");
    testing::set_cell(original, TableId::disclosure, "regulations", "repealed", "");
    for (auto col : {"review.upheld", "review.corrected", "review.other", "review.pending", "review.total"})
        testing::set_cell(original, TableId::disputes, "cases", col, "");
    const Report r = read(render_text_report(original, TextLayout::browser_copy));
    for (TableId id : {TableId::disclosure, TableId::requests, TableId::disputes}) {
        expect_same_cells(original, r, id);
        EXPECT_EQ(problems_of(*r.table(id)), "");
    }
    EXPECT_EQ(r.table(TableId::requests)->cell("3.3.2", "commercial")->value.state, ValueState::blank);
    EXPECT_EQ(r.sections.size(), 6u);  // headings indented with U+3000
}

// 3. A 2021 report whose table 3 keeps the old single （六）其他处理 row: read in full, flagged
// once, and its identities use the single row.
TEST(RealPatterns, HybridTableWithSingleOtherRow) {
    const Report original = distinct_report(FormatVersion::v2019);
    for (auto layout : {TextLayout::tabs, TextLayout::browser_copy, TextLayout::one_per_line, TextLayout::markdown,
                        TextLayout::pipe_cells}) {
        SCOPED_TRACE(int(layout));
        const Report r = read(render_text_report(original, layout));
        expect_same_cells(original, r, TableId::requests);
        const Table& t = *r.table(TableId::requests);
        EXPECT_EQ(problems_of(t), "");
        EXPECT_EQ(r.table(TableId::disclosure)->format->version, FormatVersion::v2021);
        const auto outdated = testing::findings_of(r, "structure/outdated-format");
        ASSERT_EQ(outdated.size(), 1u);
        EXPECT_NE(outdated[0].message.find("（六）其他处理"), std::string::npos) << outdated[0].message;
        EXPECT_TRUE(testing::findings_of(r, "structure/missing-table").empty());
    }
    // The results total counts the single row: change it and the total no longer holds.
    Report changed = distinct_report(FormatVersion::v2019);
    Report zeros = make_standard_report("某县人民政府办公室", 2024);
    Table t19 = make_table(table_format(TableId::requests, FormatVersion::v2019));
    for (auto& c : t19.cells) c.present = true;
    *zeros.table(TableId::requests) = std::move(t19);
    for (auto& c : zeros.table(TableId::requests)->cells) testing::set_cell(zeros, TableId::requests, c.row, c.column, "0");
    testing::set_cell(zeros, TableId::requests, "3.6", "natural", "2");
    const Report r = read(render_text_report(zeros, TextLayout::browser_copy));
    const auto totals = testing::findings_of(r, "table/results-total");
    ASSERT_EQ(totals.size(), 1u);
    EXPECT_EQ(testing::location_key(totals[0].location), "requests/3.7/natural");
}

// 4. pdftotext of Writer's PDF of a real page whose cells hold <p> elements (the merged group
// labels come out one or two characters per line, interleaved with the rows; long labels wrap
// with the values on the middle line; the header spreads over several lines), and the same
// page copied out of Chromium (innerText). Both must read exactly what the page holds.
TEST(RealPatterns, RealToolVariantsOfTheCityPage) {
    ReadResult html = testing::read_data("real/city-2025.html");
    ASSERT_TRUE(html.ok) << html.error;
    for (const char* file : {"layouts/city-pdftotext-merged.txt", "layouts/city-browser-copy.txt"}) {
        SCOPED_TRACE(file);
        ReadResult res = testing::read_data(file);
        ASSERT_TRUE(res.ok) << res.error;
        for (TableId id : {TableId::disclosure, TableId::requests, TableId::disputes}) {
            expect_same_cells(html.report, res.report, id);
            EXPECT_EQ(problems_of(*res.report.table(id)), "");
        }
    }
}

// pdftotext squeezes narrow columns: "32 14069" is two values.
TEST(RealPatterns, NumbersSqueezedIntoOneCellAreSplit) {
    Report original = distinct_report();
    std::string text = render_text_report(original, TextLayout::tabs);
    const Table& t = *original.table(TableId::requests);
    std::string row = "一、本年新收政府信息公开申请数量";
    for (const auto& c : t.row_cells("1")) row += (c.column == "total" ? " " : "    ") + c.raw;
    text = replace_line(text, "一、本年新收", row);
    const Report r = read(text);
    expect_same_cells(original, r, TableId::requests);
}

// 5. Damaged rows cost only themselves: values without a label between two readable rows are
// placed by the declared order; two rows under unreadable labels, a row with too few values and
// a row that is no standard row are each reported once; every other row, including those after
// the damage, is still read.
TEST(RealPatterns, DamagedRowsCostOnlyThemselves) {
    const Report original = distinct_report();
    std::string text = render_text_report(original, TextLayout::tabs);
    const Table& t = *original.table(TableId::requests);
    auto values = [&](const char* key) {
        std::string out;
        for (const auto& c : t.row_cells(key)) out += "\t" + c.raw;
        return out;
    };
    text = replace_line(text, "\t2.没有现成信息", values("3.4.2"));                       // no label: by order
    text = replace_line(text, "\t2.重复申请", "\t■■■" + values("3.5.2"));                 // two unreadable
    text = replace_line(text, "\t3.要求提供公开出版物", "\t▲▲▲" + values("3.5.3"));       // in a row
    text = replace_line(text, "\t7.属于行政执法案卷", "\t7.属于行政执法案卷\t1\t2\t3");   // too few values
    text = replace_line(text, "三、本年度办理结果\t（七）总计", "\t小计" + values("3.7"), true);  // extra row
    const Report r = read(text);
    const Table& got = *r.table(TableId::requests);
    for (const auto& c : t.cells) {
        if (c.row == "3.5.2" || c.row == "3.5.3" || c.row == "3.3.7") continue;
        const Cell* rc = got.cell(c.row, c.column);
        ASSERT_TRUE(rc && rc->present) << c.row << "/" << c.column;
        EXPECT_EQ(rc->raw, c.raw) << c.row << "/" << c.column;
    }
    EXPECT_FALSE(got.has_row("3.5.2"));
    EXPECT_FALSE(got.has_row("3.3.7"));
    const std::string p = problems_of(got);
    EXPECT_NE(p.find("「（三）不予公开·7.属于行政执法案卷」行有 3 个数值，应为 7 个"), std::string::npos) << p;
    EXPECT_NE(p.find("「■■■」无法对应到表三的行；这里缺少「（五）不予处理·2.重复申请」「（五）不予处理·3.要求提供公开出版物」"),
              std::string::npos) << p;
    EXPECT_NE(p.find("「▲▲▲」无法对应到表三的行；这里缺少"), std::string::npos) << p;
    EXPECT_NE(p.find("「小计」不是表三的标准行，其数值未采用"), std::string::npos) << p;
    EXPECT_EQ(std::count(p.begin(), p.end(), '\n'), 4) << p;
}

// Table 4 as a PDF converter writes it: three 5-column tables, each under its group, or one
// row of fifteen numbers under a flattened header.
TEST(RealPatterns, DisputesInBlocksAndFlattened) {
    Report original = distinct_report();
    const std::string head = render_text_report(original, TextLayout::markdown);
    const std::size_t four = head.find("## 四、");
    const std::size_t five = head.find("## 五、");
    const Table& t = *original.table(TableId::disputes);
    std::string blocks = "## 四、政府信息公开行政复议、行政诉讼情况\n\n";
    const char* groups[] = {"行政复议", "未经复议直接起诉", "复议后起诉"};
    for (int g = 0; g < 3; ++g) {
        blocks += std::string("| ") + groups[g] + " | | | | |\n|---|---|---|---|---|\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|";
        for (int k = 0; k < 5; ++k) blocks += " " + t.cells[std::size_t(g * 5 + k)].raw + " |";
        blocks += "\n\n";
    }
    Report r = read(head.substr(0, four) + blocks + head.substr(five));
    expect_same_cells(original, r, TableId::disputes);
    EXPECT_EQ(problems_of(*r.table(TableId::disputes)), "");

    std::string flat = "## 四、政府信息公开行政复议、行政诉讼情况\n\n行政复议行政诉讼\n|";
    for (const auto& c : t.cells) flat += " " + c.raw + " |";
    r = read(head.substr(0, four) + flat + "\n\n" + head.substr(five));
    expect_same_cells(original, r, TableId::disputes);
}

// Table 2 as a PDF converter writes it, without the 第二十条 block headings: its column header
// starts it (seen in a converter's output of a 宿迁市 2025 report).
TEST(RealPatterns, DisclosureWithoutBlockHeadings) {
    const Report r = read("一、总体情况\n\n正文。\n\n二、主动公开政府信息情况\n\n"
                          "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n"
                          "| 规章 | 3 | 0 | 15 |\n| 行政规范性文件 | 61 | 59 | 422 |\n\n三、收到和处理政府信息公开申请情况\n");
    const Table* t = r.table(TableId::disclosure);
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->cell("regulations", "in_force")->raw, "15");
    EXPECT_EQ(t->cell("normative_docs", "repealed")->raw, "59");
}

// One value too many in table 4 (a real sample's shape: 5 blanks then 11 zeros): a precise
// finding, and no cell guessed.
TEST(RealPatterns, DisputesWithOneCellTooManyIsNotGuessed) {
    const Report original = distinct_report();
    std::string text = render_text_report(original, TextLayout::tabs);
    const std::string first = original.table(TableId::disputes)->cells.front().raw;
    text = replace_line(text, first + "\t", "\t\t\t\t\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0");
    const Report r = read(text);
    const Table& t = *r.table(TableId::disputes);
    for (const auto& c : t.cells) EXPECT_FALSE(c.present) << c.column;
    EXPECT_NE(problems_of(t).find("16 个单元格（11 个数值、5 个空白），应为 15 个"), std::string::npos) << problems_of(t);
}

// A blank form (the template before an agency types its figures): every value cell is read, as
// blank, including table 4's value row of fifteen empty cells.
TEST(RealPatterns, BlankFormReadsEveryCellAsBlank) {
    const Report r = read(render_text_report(make_standard_report("某县住房和城乡建设局", 2024, ""), TextLayout::tabs));
    for (const auto& rec : recognition(r)) EXPECT_EQ(rec.bound, rec.expected) << table_key(rec.table);
    for (const auto& t : r.tables) EXPECT_EQ(problems_of(t), "") << table_key(t.id);
}

// 2b. One cell per line with a line holding only "|" after every cell (a town's report,
// tests/data/real/xinjiang-nileke-zhen-2023-truncated.txt): the "|" ends the cell above it, as the
// " |" at the end of a cell's own line does in the other export; it is not an empty cell of its own.
TEST(RealPatterns, PipeLineAfterEveryCellEndsTheCellAbove) {
    const std::string text = render_text_report(distinct_report(), TextLayout::one_per_line);
    std::string piped;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string::npos) nl = text.size();
        const std::string line = text.substr(pos, nl - pos);
        piped += line + "\n";
        if (!line.empty()) piped += "|\n";
        pos = nl + 1;
    }
    const Report r = read(piped);
    for (TableId id : {TableId::disclosure, TableId::requests, TableId::disputes}) {
        expect_same_cells(distinct_report(), r, id);
        EXPECT_EQ(problems_of(*r.table(id)), "") << table_key(id);
    }
}

// A table cut off after a few rows, and a table with only its header: one finding each, not
// one per missing row.
TEST(RealPatterns, TableCutOffOrOnlyHeaderIsOneFinding) {
    std::string text = render_text_report(distinct_report(), TextLayout::tabs);
    const std::size_t cut = text.find("\t5.属于三类内部事务信息");
    const std::size_t end = text.find("四、政府信息公开行政复议");
    ASSERT_NE(cut, std::string::npos);
    Report r = read(text.substr(0, cut) + "\n" + text.substr(end));
    std::string p = problems_of(*r.table(TableId::requests));
    EXPECT_EQ(p, "表格在「（三）不予公开·4.保护第三方合法权益」行之后中断：未找到「（三）不予公开·5.属于三类内部事务信息」至「四、结转下年度继续办理」共 17 行\n");
    EXPECT_TRUE(r.table(TableId::requests)->has_row("3.3.4"));

    const std::size_t header_end = text.find("一、本年新收");
    r = read(text.substr(0, header_end) + "\n" + text.substr(end));
    p = problems_of(*r.table(TableId::requests));
    EXPECT_EQ(p, "只有表头，未找到任何数据行（应有 25 行）\n");
}

// A table printed with its labels and no figures (a township's report, tests/data/real/
// hebei-xiongxian-xiang-2019-novalues.txt): one finding for the table, not one per row.
TEST(RealPatterns, LabelsWithoutFiguresIsOneFinding) {
    const Report r = read(render_text_report(make_standard_report("某乡人民政府", 2024, ""), TextLayout::one_per_line));
    EXPECT_EQ(problems_of(*r.table(TableId::requests)),
              "「一、本年新收政府信息公开申请数量」至「四、结转下年度继续办理」等 25 行只有标签，没有任何数值：表中的数值缺失或无法读取\n");
    EXPECT_EQ(problems_of(*r.table(TableId::disclosure)),
              "「第二十条第（一）项·规章」至「第二十条第（八）项·行政事业性收费」等 6 行只有标签，没有任何数值：表中的数值缺失或无法读取\n");
}

// The same table pasted twice: the first is checked, the second named once and not read as prose.
TEST(RealPatterns, TablePastedTwice) {
    std::string text = render_text_report(distinct_report(), TextLayout::tabs);
    const std::size_t b = text.find("（本列数据");
    const std::size_t e = text.find("四、政府信息公开行政复议");
    text.insert(e, text.substr(b, e - b));
    const Report r = read(text);
    const Table& t = *r.table(TableId::requests);
    const std::string p = problems_of(t);
    EXPECT_NE(p.find("又出现了一份表三，只检查了第一份"), std::string::npos) << p;
    EXPECT_EQ(std::count(p.begin(), p.end(), '\n'), 1) << p;
    for (const auto& para : r.section("requests")->paragraphs)
        EXPECT_EQ(para.text.find("本年新收"), std::string::npos) << para.text;
}

// pdftotext of a table wider than the page can lose the （六） rows, the only rows that tell the
// 2019 table 3 from the 2021 one: the table then follows table 2's format, and the missing
// row is named in the 2019 form.
TEST(RealPatterns, Table3WithoutItsSixthRowsFollowsTable2) {
    const std::string text = replace_line(testing::read_file(testing::data_path("samples/zezhou-zhujian-2023.txt")),
                                          "(六)其他处理", "");
    const Report r = read(text);
    ASSERT_EQ(r.table(TableId::disclosure)->format->version, FormatVersion::v2019);
    const Table& t = *r.table(TableId::requests);
    EXPECT_EQ(t.format->version, FormatVersion::v2019);
    EXPECT_EQ(problems_of(t), "未找到「（六）其他处理」行\n");
}

// The header of table 3 as pdftotext prints it from one real report (unknown-szfgs-2024-fragment):
// "总计" run together with the next heading's first characters ("总计商 业 企") is a heading,
// not row （七）总计 — which then comes later with its values.
TEST(RealPatterns, HeadingsRunTogetherAreNotRowSeven) {
    std::string text = render_text_report(distinct_report(), TextLayout::one_per_line);
    const std::size_t header = text.find("一、本年新收");
    ASSERT_NE(header, std::string::npos);
    text.insert(header, "申请人情况\n自然人\n法人或其他组织\n总计商 业 企\n业\n科研机\n构\n社会公益\n组织\n法 律 服 务\n机构\n其他\n");
    const Report r = read(text);
    expect_same_cells(distinct_report(), r, TableId::requests);
    EXPECT_EQ(problems_of(*r.table(TableId::requests)), "");
}

} // namespace
} // namespace nianbao
