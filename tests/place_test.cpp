// Places in words: what the results window and the comments say instead of keys and cell names.
#include "nianbao/place.hpp"

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

} // namespace
} // namespace nianbao
