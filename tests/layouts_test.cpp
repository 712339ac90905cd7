// Every layout of format.md §7: a report rendered from the model in each layout reads back
// cell for cell; committed variants (including pdftotext -layout output) read completely.
#include <gtest/gtest.h>

#include "nianbao/engine.hpp"
#include "nianbao/reader.hpp"
#include "nianbao/text_writer.hpp"
#include "support/builder.hpp"

namespace nianbao {
namespace {

// A report whose every cell has its own value, so a cell read into the wrong place shows.
Report distinct_report() {
    Report r = make_standard_report("某县人民政府办公室", 2024);
    int n = 1;
    for (auto& t : r.tables)
        for (auto& c : t.cells) testing::set_cell(r, t.id, c.row, c.column, std::to_string(n++));
    return r;
}

class RoundTrip : public ::testing::TestWithParam<TextLayout> {};

TEST_P(RoundTrip, EveryCellReadsBackInItsPlace) {
    const Report original = distinct_report();
    const std::string text = render_text_report(original, GetParam());
    ReadResult res = read_text_report(text);
    ASSERT_TRUE(res.ok) << res.error;
    ASSERT_EQ(res.report.tables.size(), 3u) << text;
    for (const auto& t : original.tables) {
        const Table* read = res.report.table(t.id);
        ASSERT_NE(read, nullptr);
        EXPECT_TRUE(read->problems.empty()) << read->problems.front().message << "\n" << text;
        for (const auto& c : t.cells) {
            const Cell* rc = read->cell(c.row, c.column);
            ASSERT_TRUE(rc && rc->present) << table_key(t.id) << " " << c.row << "/" << c.column;
            EXPECT_EQ(rc->raw, c.raw) << table_key(t.id) << " " << c.row << "/" << c.column;
        }
    }
    EXPECT_EQ(res.report.sections.size(), 6u);
    EXPECT_EQ(res.report.meta.year, 2024);
}

INSTANTIATE_TEST_SUITE_P(Layouts, RoundTrip,
                         ::testing::Values(TextLayout::tabs, TextLayout::one_per_line, TextLayout::pipes,
                                           TextLayout::markdown, TextLayout::browser_copy, TextLayout::pipe_cells));

TEST(RoundTrip, AValidReportHasNoFindingInAnyLayout) {
    for (auto layout : {TextLayout::tabs, TextLayout::one_per_line, TextLayout::pipes, TextLayout::markdown,
                        TextLayout::browser_copy, TextLayout::pipe_cells}) {
        ReadResult res = read_text_report(render_text_report(testing::valid_report(), layout));
        ASSERT_TRUE(res.ok);
        auto found = check(res.report);
        EXPECT_TRUE(found.empty()) << int(layout) << ": " << found.front().rule << " " << found.front().message;
    }
}

// PDF extraction leaves page numbers between the lines of a table, padded with spaces of any
// kind; they are dropped wherever they fall, and a line that only ends like one is kept.
TEST(RoundTrip, PageNumbersBetweenTableLinesAreDropped) {
    const Report original = distinct_report();
    const std::string text = render_text_report(original, TextLayout::one_per_line);
    const std::string footers[] = {"— 3 —", "                    -4-", "第 5 页 共 9 页",
                                   "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000"
                                   "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000 — 6 —"};
    std::string with_footers;
    std::size_t line = 0, pos = 0, inserted = 0;
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string::npos) nl = text.size() - 1;
        with_footers += text.substr(pos, nl + 1 - pos);
        if (++line % 37 == 0) with_footers += footers[inserted++ % 4] + "\n";
        pos = nl + 1;
    }
    ASSERT_GE(inserted, 8u);
    ReadResult res = read_text_report(with_footers);
    ASSERT_TRUE(res.ok) << res.error;
    ASSERT_EQ(res.report.tables.size(), 3u);
    for (const auto& t : original.tables) {
        const Table* read = res.report.table(t.id);
        ASSERT_NE(read, nullptr);
        EXPECT_TRUE(read->problems.empty()) << read->problems.front().message;
        for (const auto& c : t.cells) {
            const Cell* rc = read->cell(c.row, c.column);
            ASSERT_TRUE(rc && rc->present) << table_key(t.id) << " " << c.row << "/" << c.column;
            EXPECT_EQ(rc->raw, c.raw) << table_key(t.id) << " " << c.row << "/" << c.column;
        }
    }
}

struct LayoutFile {
    const char* file;
    const char* natural_row1;   // 表三 一、本年新收 · 自然人
    const char* total_row37;    // 表三 （七）总计 · 总计
};

void PrintTo(const LayoutFile& f, std::ostream* os) { *os << f.file; }

class LayoutVariant : public ::testing::TestWithParam<LayoutFile> {};

TEST_P(LayoutVariant, ReadsCompletely) {
    ReadResult res = testing::read_data(std::string("layouts/") + GetParam().file);
    ASSERT_TRUE(res.ok) << res.error;
    const Report& r = res.report;
    ASSERT_EQ(r.tables.size(), 3u);
    for (const auto& t : r.tables) {
        EXPECT_TRUE(t.problems.empty()) << table_name(t.id) << ": " << t.problems.front().message;
        for (const auto& c : t.cells) EXPECT_TRUE(c.present) << table_key(t.id) << " " << c.row << "/" << c.column;
    }
    EXPECT_EQ(r.sections.size(), 6u);
    const Table& req = *r.table(TableId::requests);
    EXPECT_EQ(req.cell("1", "natural")->raw, GetParam().natural_row1);
    EXPECT_EQ(req.cell("3.7", "total")->raw, GetParam().total_row37);
}

INSTANTIATE_TEST_SUITE_P(
    Files, LayoutVariant,
    ::testing::Values(LayoutFile{"tabs.txt", "12", "14"}, LayoutFile{"one-per-line.txt", "12", "14"},
                      LayoutFile{"pipes.txt", "12", "14"}, LayoutFile{"markdown.md", "12", "14"},
                      LayoutFile{"pdftotext.txt", "12", "14"}));

} // namespace
} // namespace nianbao
