// The PDF reader on bad input and on layouts the corpus PDFs do not have (tests/data/pdf, made
// with real tools: see its README.md), and the pieces it decides with (page numbers, values).
#include "nianbao/engine.hpp"
#include "nianbao/pdf.hpp"
#include "page_lines.hpp"
#include "table_rows.hpp"
#include "support/builder.hpp"
#include "support/corpus.hpp"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>

namespace nianbao {
namespace {

namespace fs = std::filesystem;
using namespace testing;

ReadResult read_test_pdf(const std::string& name) {
    return read_pdf_file(data_path("pdf/" + name));
}

TEST(PdfReader, SaysAScanHasNoTextLayer) {
    ReadResult r = read_test_pdf("scan.pdf");
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.starts_with("扫描件，没有文字层，无法检查")) << r.error;
}

TEST(PdfReader, RefusesAnEncryptedPdfWithoutCrashing) {
    ReadResult r = read_test_pdf("encrypted.pdf");
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("密码"), std::string::npos) << r.error;
}

TEST(PdfReader, RefusesDamagedAndEmptyPdfs) {
    for (const char* name : {"empty.pdf", "truncated.pdf", "garbage.pdf"}) {
        SCOPED_TRACE(name);
        ReadResult r = read_test_pdf(name);
        EXPECT_FALSE(r.ok);
        EXPECT_FALSE(r.error.empty());
    }
    EXPECT_NE(read_test_pdf("empty.pdf").error.find("0 字节"), std::string::npos);
    EXPECT_NE(read_test_pdf("garbage.pdf").error.find("损坏"), std::string::npos);
    EXPECT_FALSE(read_pdf_file(data_path("pdf/no-such-file.pdf")).ok);
}

TEST(PdfReader, ReadsTheTextOfAOneLinePdf) {
    ReadResult r = read_test_pdf("one-line.pdf");
    // One line of text is no report: the same message as for a text file with that line.
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error, read_text_report("政府信息公开工作年度报告\n").error);
    EXPECT_NE(r.text.find("政府信息公开工作年度报告"), std::string::npos);
}

TEST(PdfReader, KnowsAPdfByItsFirstBytes) {
    EXPECT_TRUE(looks_like_pdf("%PDF-1.6\n"));
    EXPECT_TRUE(looks_like_pdf("\xEF\xBB\xBF%PDF-1.4"));
    EXPECT_FALSE(looks_like_pdf("%PDF"));
    EXPECT_FALSE(looks_like_pdf("PK\x03\x04"));
}

// city-2025 with a running header and "— N —" page numbers in the footer (Writer, made by
// scripts/make-real-pdfs.sh), its tables split across pages 1–3 with the header and footer
// between their parts: read exactly like the same PDF without them.
TEST(PdfReader, DropsRunningHeadersAndPageNumbersInsideSplitTables) {
    const fs::path pdfs(NIANBAO_REAL_PDFS);
    ASSERT_TRUE(fs::exists(pdfs / "city-2025.footers.pdf"))
        << "run scripts/make-real-pdfs.sh " << NIANBAO_REAL_PDFS;
    ReadResult with = read_pdf_file((pdfs / "city-2025.footers.pdf").string());
    ReadResult without = read_pdf_file((pdfs / "city-2025.docx.pdf").string());
    ASSERT_TRUE(with.ok) << with.error;
    ASSERT_TRUE(without.ok) << without.error;
    EXPECT_EQ(with.text.find("— 1 —"), std::string::npos);
    EXPECT_EQ(with.text.find("年度报告（2025）"), std::string::npos);
    const Transcription want = load_transcription(data_path("real/city-2025.cells.tsv"));
    auto keys = [](const std::vector<Finding>& fs) {
        std::vector<std::string> out;
        for (const auto& f : fs)
            out.push_back(f.rule + " " + f.location.table + "/" + f.location.row + "/" +
                          f.location.column + " " + f.message);
        return out;
    };
    EXPECT_EQ(keys(check(with.report)), keys(check(without.report)));
    // Every transcribed cell in its place.
    const std::string d = describe(with.report, want, {});
    EXPECT_EQ(d, "表二 2021 10/10\n表三 2021 175/175\n表四 2021 15/15\n");
}

TEST(PdfPageLines, TellsPageNumbersFromText) {
    for (const char* t : {"3", "- 3 -", "— 12 —", "－3－", "第 3 页", "第3页 共9页",
                          "第 3 页，共 9 页", "3/9", "·3·"})
        EXPECT_TRUE(pdf::page_number_text(t)) << t;
    for (const char* t :
         {"第三章", "2025年", "3.属于国家秘密", "第二十条第（一）项", "一、总体情况", ""})
        EXPECT_FALSE(pdf::page_number_text(t)) << t;
}

TEST(PdfPageLines, TellsValuesFromLabels) {
    for (const char* t : {"0", "26", "1,234", "0.5", "251000元", "3.5万元", "/", "—", "无", "-417"})
        EXPECT_TRUE(pdf::value_text(t)) << t;
    for (const char* t : {"1.属于国家秘密", "1.", "3.", "（一）", "合计", ".5", "2025年", "第1项"})
        EXPECT_FALSE(pdf::value_text(t)) << t;
}

// Boxes as poppler gives them, 10.5 pt text: label at x, values at the given x's, one line at y.
void put_line(pdf::PageText& page, double y, const std::string& label, double label_right,
              const std::vector<std::pair<double, std::string>>& values) {
    page.boxes.push_back({72, y, label_right, y + 13.65, label, 10.5});
    for (const auto& [x, v] : values)
        page.boxes.push_back({x, y, x + 5.25 * double(v.size()), y + 13.65, v, 10.5});
}

std::vector<std::string> read_lines(const pdf::PageText& page) {
    std::vector<pdf::PageLine> lines = pdf::page_lines({page});
    std::vector<std::string> out;
    for (const auto& d : pdf::document_lines(lines)) {
        std::string cells;
        for (const auto& c : d.row.cells)
            cells += (cells.empty() ? "" : "|") + c.text;
        out.push_back(cells);
    }
    return out;
}

pdf::PageText a4_page() {
    pdf::PageText page;
    page.number = 1;
    page.width = 595;
    page.height = 842;
    return page;
}

// Text printed with tab stops (a tab-separated report exported by Writer): "规范性文件" is wider
// than the first tab stop after "规章", so its values stand one stop further on. That is no grid
// with a blank first column: the row keeps its three values (was read as a blank cell and 7s
// in the wrong columns).
TEST(PdfTableRows, ReadsRowsAtTabStopsAsTextNotAsBlankCells) {
    pdf::PageText page = a4_page();
    put_line(page, 100, "信息内容", 114, {});
    put_line(page, 115, "规章", 93, {{108, "0"}, {144, "0"}, {180, "0"}});
    put_line(page, 130, "规范性文件", 124.5, {{144, "7"}, {180, "7"}, {216, "7"}});
    EXPECT_EQ(read_lines(page),
              (std::vector<std::string>{"信息内容", "规章|0|0|0", "规范性文件|7|7|7"}));
}

// Two lone numbers on consecutive lines of printed text (tab stops, as above) are two rows, not
// one number broken over two lines of a narrow cell ("行政处罚 0" over "行政强制 0" was read as 00).
TEST(PdfTableRows, KeepsLoneNumbersOnConsecutiveLinesApart) {
    pdf::PageText page = a4_page();
    put_line(page, 55, "规章", 93, {{108, "0"}, {144, "0"}, {180, "0"}});
    put_line(page, 70, "规范性文件", 124.5, {{144, "7"}, {180, "7"}, {216, "7"}});
    put_line(page, 100, "行政许可", 114, {{119, "0"}});
    put_line(page, 115, "第二十条第（六）项", 166.5, {});
    put_line(page, 130, "行政处罚", 114, {{119, "0"}});
    put_line(page, 145, "行政强制", 114, {{119, "0"}});
    const std::vector<std::string> lines = read_lines(page);
    std::string all;
    for (const auto& l : lines)
        all += l + "\n";
    EXPECT_NE(all.find("行政处罚|0\n行政强制|0\n"), std::string::npos) << all;
}

// A label that fills its cell to the border stands closer to the next cell's value than the
// gap between cells (3 pt at 10.5 pt here, a narrow Writer cell with cellpadding="2"): poppler's
// boxes "2.没有现成信息需要另行制" and "0" were one segment, the row lost its first value and the
// table was taken for text at tab stops. A value standing in a column of values is a cell of
// its own however close the label before it.
TEST(PdfTableRows, SplitsAValueFromTheLabelThatFillsItsCell) {
    pdf::PageText page = a4_page();
    put_line(page, 100, "1.本机关不掌握相关政府信", 140, {{150, "0"}, {250, "0"}});
    put_line(page, 130, "2.没有现成信息需要另行制", 147, {{150, "3"}, {250, "3"}});
    put_line(page, 160, "3.补正后申请内容仍不明确", 140, {{150, "1"}, {250, "1"}});
    EXPECT_EQ(read_lines(page), (std::vector<std::string>{"1.本机关不掌握相关政府信|0|0",
                                                          "2.没有现成信息需要另行制|3|3",
                                                          "3.补正后申请内容仍不明确|1|1"}));
}

// The same closeness in prose is no cell: a number at the end of a sentence line whose left
// edge meets no column of values stays in its line.
TEST(PdfTableRows, KeepsANumberCloseToTheTextBeforeItInProse) {
    pdf::PageText page = a4_page();
    put_line(page, 100, "予以公开", 140, {{300, "2"}, {400, "2"}});
    put_line(page, 130, "不予公开", 140, {{300, "1"}, {400, "1"}});
    put_line(page, 300, "本年共收到申请", 147, {{150, "3"}});
    EXPECT_EQ(read_lines(page),
              (std::vector<std::string>{"予以公开|2|2", "不予公开|1|1", "本年共收到申请3"}));
}

// Rows with no value at all ("5.要求…" and "（六）其他处理" left blank in a 2019 table 3) have no
// value to give them a place: their labels stood above the next row's label "（七）总计" and were
// joined into it ("5.要求…（六）其他处理（七）总计"), both rows lost. A label starting with its
// ordinal, above a row's own ordinal label and its values, in that label's column or one further
// in, where the row before has its label, is a row of its own with blank cells.
TEST(PdfTableRows, KeepsRowsWithNoValueAboveTheNextRowsLabel) {
    pdf::PageText page = a4_page();
    auto label = [&](double x, double y, const std::string& t) {
        page.boxes.push_back({x, y, x + 10.5 * 6, y + 13.65, t, 10.5});
    };
    label(72, 100, "（五）不予处理");
    label(140, 100, "4.无正当理由");
    page.boxes.push_back({300, 100, 305.25, 113.65, "0", 10.5});
    page.boxes.push_back({350, 100, 355.25, 113.65, "0", 10.5});
    label(140, 158, "5.要求确认"); // nearer the row below than the row above
    label(100, 176, "（六）其他处理");
    label(100, 200, "（七）总计");
    page.boxes.push_back({300, 200, 310.5, 213.65, "12", 10.5});
    page.boxes.push_back({350, 200, 360.5, 213.65, "12", 10.5});
    EXPECT_EQ(read_lines(page),
              (std::vector<std::string>{"（五）不予处理|4.无正当理由|0|0", "5.要求确认||",
                                        "（六）其他处理||", "（七）总计|12|12"}));
}

// A label justified in a very narrow cell: "2. 重 复" spread over the cell's width, "申请" below.
// The pieces of the first line were joined only where the next line runs under them, so "复",
// beyond the short last line, was left over and came last ("2.重申请复", the row not found).
// A piece at the same gap as the joined ones before it on its line is one more word of the cell.
TEST(PdfTableRows, JoinsTheLastWordOfAJustifiedLabelLine) {
    pdf::PageText page = a4_page();
    page.boxes.push_back({72, 100, 83.4, 115.6, "2.", 12});
    page.boxes.push_back({87.2, 100, 99.2, 115.6, "重", 12});
    page.boxes.push_back({103, 100, 115, 115.6, "复", 12});
    page.boxes.push_back({72, 135, 96, 150.6, "申请", 12});
    for (double x : {200.0, 250.0}) {
        page.boxes.push_back({x, 118, x + 6.6, 133.6, "0", 12});
        page.boxes.push_back({x, 60, x + 6.6, 75.6, "1", 12});
    }
    page.boxes.push_back({72, 60, 120, 75.6, "1.信访", 12});
    page.boxes.push_back({72, 180, 120, 195.6, "3.要求", 12});
    page.boxes.push_back({200, 180, 206.6, 195.6, "3", 12});
    page.boxes.push_back({250, 180, 256.6, 195.6, "3", 12});
    EXPECT_EQ(read_lines(page),
              (std::vector<std::string>{"1.信访|1|1", "2.重复申请|0|0", "3.要求|3|3"}));
}

} // namespace
} // namespace nianbao
