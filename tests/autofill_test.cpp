// Autofill: the exact edits, idempotence, no table finding left, and no total invented from
// blank parts unless blanks are explicitly read as 0.
#include <gtest/gtest.h>

#include "nianbao/autofill.hpp"
#include "nianbao/engine.hpp"
#include "nianbao/reader.hpp"
#include "nianbao/text_writer.hpp"
#include "nianbao/value.hpp"
#include "support/builder.hpp"

namespace nianbao {
namespace {

using testing::set_cell;

const CellEdit* edit_for(const FillResult& r, TableId t, const std::string& row, const std::string& col) {
    for (const auto& e : r.edits)
        if (e.table == t && e.row == row && e.column == col) return &e;
    return nullptr;
}

int table_findings(const Report& report) {
    int n = 0;
    for (const auto& f : check(report)) n += f.rule.starts_with("table/") ? 1 : 0;
    return n;
}

// 5 natural persons applied, 3 disclosed, 2 not held; totals left at 0 as in real reports.
Report with_wrong_totals() {
    Report r = testing::valid_report();
    set_cell(r, TableId::requests, "1", "natural", "5");
    set_cell(r, TableId::requests, "3.1", "natural", "3");
    set_cell(r, TableId::requests, "3.4.1", "natural", "2");
    set_cell(r, TableId::disputes, "cases", "review.upheld", "4");
    set_cell(r, TableId::disputes, "cases", "review.corrected", "7");
    return r;
}

TEST(Autofill, WritesExactlyTheDerivedTotals) {
    Report r = with_wrong_totals();
    FillResult fill = autofill(r);
    ASSERT_EQ(fill.edits.size(), 6u);
    auto expect = [&](TableId t, const char* row, const char* col, const char* old_text, const char* new_text) {
        const CellEdit* e = edit_for(fill, t, row, col);
        ASSERT_NE(e, nullptr) << row << "/" << col;
        EXPECT_EQ(e->old_text, old_text);
        EXPECT_EQ(e->new_text, new_text);
    };
    expect(TableId::requests, "1", "total", "0", "5");
    expect(TableId::requests, "3.1", "total", "0", "3");
    expect(TableId::requests, "3.4.1", "total", "0", "2");
    expect(TableId::requests, "3.7", "natural", "0", "5");
    expect(TableId::requests, "3.7", "total", "0", "5");
    expect(TableId::disputes, "cases", "review.total", "0", "11");
    EXPECT_TRUE(fill.unfilled.empty());
    EXPECT_EQ(fill.zeros_written, 0);
}

TEST(Autofill, SecondRunYieldsNoEditAndNoTableFindingRemains) {
    Report r = with_wrong_totals();
    EXPECT_GT(table_findings(r), 0);
    apply_edits(r, autofill(r).edits);
    EXPECT_TRUE(autofill(r).edits.empty());
    EXPECT_EQ(table_findings(r), 0);
}

TEST(Autofill, CarryOverIsDerivedOnlyWhenBlank) {
    Report r = with_wrong_totals();
    set_cell(r, TableId::requests, "1", "natural", "6");
    set_cell(r, TableId::requests, "4", "natural", "");
    set_cell(r, TableId::requests, "4", "total", "");
    FillResult fill = autofill(r);
    ASSERT_NE(edit_for(fill, TableId::requests, "4", "natural"), nullptr);
    EXPECT_EQ(edit_for(fill, TableId::requests, "4", "natural")->new_text, "1");
    EXPECT_EQ(edit_for(fill, TableId::requests, "4", "total")->new_text, "1");

    // A carry-over that the agency wrote is never overwritten.
    Report written = with_wrong_totals();
    set_cell(written, TableId::requests, "1", "natural", "6");
    FillResult f2 = autofill(written);
    EXPECT_EQ(edit_for(f2, TableId::requests, "4", "natural"), nullptr);
}

TEST(Autofill, NeverInventsATotalFromBlankParts) {
    Report r = with_wrong_totals();
    set_cell(r, TableId::requests, "1", "commercial", "");
    FillResult fill = autofill(r);
    EXPECT_EQ(edit_for(fill, TableId::requests, "1", "total"), nullptr);
    ASSERT_FALSE(fill.unfilled.empty());
    bool found = false;
    for (const auto& u : fill.unfilled)
        if (u.row == "1" && u.column == "total") {
            found = true;
            EXPECT_NE(u.message.find("商业企业"), std::string::npos) << u.message;
        }
    EXPECT_TRUE(found);
}

TEST(Autofill, BlankAsZeroWritesTheZerosAndSaysHowMany) {
    Report r = with_wrong_totals();
    set_cell(r, TableId::requests, "1", "commercial", "");
    set_cell(r, TableId::requests, "2", "research", "");
    set_cell(r, TableId::disputes, "cases", "review.total", "");  // a total: computed, not zeroed
    FillResult fill = autofill(r, FillOptions{.blank_as_zero = true});
    EXPECT_EQ(fill.zeros_written, 2);
    EXPECT_EQ(edit_for(fill, TableId::requests, "1", "commercial")->new_text, "0");
    EXPECT_EQ(edit_for(fill, TableId::requests, "1", "total")->new_text, "5");
    EXPECT_EQ(edit_for(fill, TableId::disputes, "cases", "review.total")->new_text, "11");
    apply_edits(r, fill.edits);
    EXPECT_EQ(table_findings(r), 0);
}

TEST(Autofill, NegativeCarryOverIsRefusedWithAReason) {
    Report r = testing::valid_report();
    set_cell(r, TableId::requests, "3.1", "natural", "3");
    set_cell(r, TableId::requests, "4", "natural", "");
    FillResult fill = autofill(r);
    EXPECT_EQ(edit_for(fill, TableId::requests, "4", "natural"), nullptr);
    bool negative = false;
    for (const auto& u : fill.unfilled) negative = negative || u.message.find("负数") != std::string::npos;
    EXPECT_TRUE(negative);
}

TEST(Autofill, AppliesToTheTextItWasReadFrom) {
    Report model = with_wrong_totals();
    std::string text = render_text_report(model, TextLayout::tabs);
    ReadResult read = read_text_report(text);
    ASSERT_TRUE(read.ok);
    FillResult fill = autofill(read.report);
    int skipped = -1;
    std::string fixed = apply_edits_to_text(read.text, fill.edits, skipped);
    EXPECT_EQ(skipped, 0);
    ReadResult again = read_text_report(fixed);
    EXPECT_EQ(table_findings(again.report), 0);
    EXPECT_TRUE(autofill(again.report).edits.empty());
    // Only the edited cells changed: the totals grow by one character at most.
    EXPECT_EQ(fixed.size(), text.size() + 1);  // 0 -> 11 is the only edit that grows
}

// A 2021 report whose table 3 keeps the single （六）其他处理 row: the totals count that row,
// and nothing is written into the three sub-rows the table does not have.
TEST(Autofill, HybridTableFillsOnlyTheRowsItHas) {
    Report model = testing::valid_report();
    Table t19 = make_table(table_format(TableId::requests, FormatVersion::v2019));
    for (auto& c : t19.cells) {
        c.raw = "0";
        c.value = parse_value("0");
        c.present = true;
    }
    *model.table(TableId::requests) = std::move(t19);
    set_cell(model, TableId::requests, "1", "natural", "4");
    set_cell(model, TableId::requests, "3.1", "natural", "1");
    set_cell(model, TableId::requests, "3.6", "natural", "3");
    ReadResult read = read_text_report(render_text_report(model, TextLayout::browser_copy));
    ASSERT_TRUE(read.ok);
    ASSERT_EQ(read.report.table(TableId::requests)->format->version, FormatVersion::v2019);
    FillResult fill = autofill(read.report);
    for (const auto& e : fill.edits) EXPECT_FALSE(e.row.starts_with("3.6.")) << e.row;
    ASSERT_NE(edit_for(fill, TableId::requests, "3.7", "natural"), nullptr);
    EXPECT_EQ(edit_for(fill, TableId::requests, "3.7", "natural")->new_text, "4");
    ASSERT_NE(edit_for(fill, TableId::requests, "3.6", "total"), nullptr);
    EXPECT_EQ(edit_for(fill, TableId::requests, "3.6", "total")->new_text, "3");
    Report filled = read.report;
    apply_edits(filled, fill.edits);
    EXPECT_EQ(table_findings(filled), 0);
}

TEST(Autofill, RepairsTheSampleWithWrongTotals) {
    ReadResult read = testing::read_data("samples/zezhou-zhujian-2023.txt");
    ASSERT_TRUE(read.ok);
    // The balance is broken (5 received, no result): not something totals can repair.
    FillResult fill = autofill(read.report);
    EXPECT_TRUE(fill.edits.empty());
}

} // namespace
} // namespace nianbao
