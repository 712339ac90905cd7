// Places in words: what the results window and the comments say instead of keys and cell names.
#include "nianbao/place.hpp"

#include "nianbao/document.hpp"
#include "support/builder.hpp"

#include <gtest/gtest.h>

namespace nianbao {
namespace {

Location cell(const char* table, const char* row, const char* column) {
    Location l;
    l.kind = Location::Kind::cell;
    l.table = table;
    l.row = row;
    l.column = column;
    return l;
}

Location text(const char* section, int paragraph) {
    Location l;
    l.kind = Location::Kind::text;
    l.section = section;
    l.paragraph = paragraph;
    return l;
}

TEST(Place, CellsByRowAndColumnLabels) {
    EXPECT_EQ(place_in_words(cell("requests", "3.7", "natural")),
              "表三「（七）总计」行 · 自然人列");
    EXPECT_EQ(place_in_words(cell("requests", "3.3.1", "total")),
              "表三「（三）不予公开 1.属于国家秘密」行 · 总计列");
    EXPECT_EQ(place_in_words(cell("disclosure", "regulations", "issued")),
              "表二「规章」行 · 本年制发件数列");
}

TEST(Place, TableOfOneRowIsNamedByItsColumn) {
    EXPECT_EQ(place_in_words(cell("disputes", "cases", "review.upheld")),
              "表四「行政复议·结果维持」");
}

TEST(Place, ParagraphsByTheirSectionHeading) {
    EXPECT_EQ(place_in_words(text("overview", 1)), "一、总体情况 第 2 段");
    EXPECT_EQ(place_in_words(text("overview", -1)), "一、总体情况 标题");
}

TEST(Place, UnknownKeysAndTheWholeDocumentSayLittleButNeverCrash) {
    EXPECT_EQ(place_in_words(Location::document()), "");
    EXPECT_EQ(place_in_words(cell("nonsense", "1", "natural")), "");
    EXPECT_EQ(place_in_words(cell("requests", "no-such-row", "natural")), "表三");
    EXPECT_EQ(place_in_words(cell("requests", "3.7", "no-such-column")), "表三「（七）总计」行");
    EXPECT_EQ(place_in_words(text("", 0)), "第 1 段");
}

// A report from lines of text, one paragraph each, as the Writer reader hands them over.
Report from_paragraphs(const std::vector<std::string>& texts, Report::Places places) {
    Report r = assemble_report(testing::paragraphs(texts)).report;
    r.places = places;
    return r;
}

const std::vector<std::string> twice = {"某局2024年政府信息公开工作年度报告", "一、总体情况", "正文。",
                                        "一、总体情况", "正文二。"};

TEST(Place, ALineOfATextByItsNumber) {
    const Report r = from_paragraphs(twice, Report::Places::lines);
    ASSERT_EQ(r.sections.size(), 2u);
    EXPECT_EQ(line_in_words(r, r.sections[1].source), "第 4 行");
}

TEST(Place, APageOfAPdf) {
    const Report r = from_paragraphs(twice, Report::Places::lines);
    SourcePos p;
    p.line = 40;
    p.page = 2;
    EXPECT_EQ(line_in_words(r, p), "第 2 页");
}

// A Word document's lines are the reader's own: a place is what comes just before it.
TEST(Place, AParagraphOfAWordDocumentByWhatPrecedesIt) {
    const Report r = from_paragraphs(twice, Report::Places::paragraphs);
    ASSERT_EQ(r.sections.size(), 2u);
    EXPECT_EQ(line_in_words(r, r.sections[0].source), "报告标题之后");
    EXPECT_EQ(line_in_words(r, r.sections[1].source), "「一、总体情况」第 1 段之后");
    const Report untitled = from_paragraphs({"一、总体情况", "正文。", "二、主动公开政府信息情况"},
                                            Report::Places::paragraphs);
    ASSERT_EQ(untitled.sections.size(), 2u);
    EXPECT_EQ(line_in_words(untitled, untitled.sections[0].source), "文首");
    EXPECT_EQ(line_in_words(untitled, untitled.sections[1].source), "「一、总体情况」第 1 段之后");
    const Report preamble = from_paragraphs({"某局2024年政府信息公开工作年度报告", "本报告根据条例编制。",
                                             "一、总体情况"},
                                            Report::Places::paragraphs);
    ASSERT_EQ(preamble.sections.size(), 1u);
    EXPECT_EQ(line_in_words(preamble, preamble.sections[0].source), "报告开头第 1 段之后");
}

} // namespace
} // namespace nianbao
