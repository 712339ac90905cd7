// table/not-a-number
#include <gtest/gtest.h>

#include "nianbao/autofill.hpp"
#include "support/builder.hpp"

namespace nianbao::testing {

TEST(TableNotANumber, Cases) {
    run_rule_cases("table/not-a-number", {
        {"numbers in every form", [](Report& r) {
             set_cell(r, TableId::disclosure, "licensing", "decisions", "10,727");
             set_cell(r, TableId::disclosure, "normative_docs", "in_force", "22（其中修订16件）");
             set_cell(r, TableId::disclosure, "penalty", "decisions", "１２");
         }, {}},
        {"slash", [](Report& r) { set_cell(r, TableId::requests, "2", "other", "/"); }, {{"requests/2/other", "0", {"表三「二、上年结转政府信息公开申请数量」行「其他」列填写的是“/”"}}}},
        {"dash", [](Report& r) { set_cell(r, TableId::disputes, "cases", "review.other", "—"); },
         {{"disputes/cases/review.other", "0", {"表四「行政复议·其他结果」填写的是“—”"}}}},
        {"无", [](Report& r) { set_cell(r, TableId::disclosure, "fees", "amount", "无"); }, {{"disclosure/fees/amount", "0", {"表二「第二十条第（八）项·行政事业性收费」行「本年收费金额（单位：万元）」列填写的是“无”"}}}},
        {"free text: no fix", [](Report& r) { set_cell(r, TableId::requests, "3.1", "natural", "若干"); },
         {{"requests/3.1/natural", std::nullopt, {"表三「（一）予以公开」行「自然人」列的内容“若干”不是数值"}}}},
        {"blank is another rule", [](Report& r) { set_cell(r, TableId::requests, "3.1", "natural", ""); }, {}},
    });
}

// A unit after the number must agree with the column (format.md §5).
TEST(TableNotANumber, UnitsAgainstTheColumn) {
    run_rule_cases("table/not-a-number", {
        {"count units in count cells, 万元 in the 万元 column", [](Report& r) {
             set_cell(r, TableId::requests, "1", "natural", "12件");
             set_cell(r, TableId::disclosure, "licensing", "decisions", "30项");
             set_cell(r, TableId::disclosure, "fees", "amount", "1.5万元");
         }, {}},
        {"a money unit in a count cell", [](Report& r) { set_cell(r, TableId::requests, "1", "natural", "3万元"); },
         {{"requests/1/natural", std::nullopt,
           {"表三「一、本年新收政府信息公开申请数量」行「自然人」列的内容“3万元”不是数值", "“万元”是金额单位"}}}},
        {"元 in a table 4 cell", [](Report& r) { set_cell(r, TableId::disputes, "cases", "review.upheld", "5元"); },
         {{"disputes/cases/review.upheld", std::nullopt, {"表四「行政复议·结果维持」的内容“5元”不是数值", "“元”是金额单位"}}}},
        {"元 in the 万元 fee column: converted and said", [](Report& r) {
             set_cell(r, TableId::disclosure, "fees", "amount", "5000元");
         },
         {{"disclosure/fees/amount", "0.5",
           {"表二「第二十条第（八）项·行政事业性收费」行「本年收费金额（单位：万元）」列写的是“5000元”", "已按 0.5 万元计算", "应填写 0.5"}}}},
        {"元 with fen", [](Report& r) { set_cell(r, TableId::disclosure, "fees", "amount", "240794.55元"); },
         {{"disclosure/fees/amount", "24.079455", {"已按 24.079455 万元计算"}}}},
        {"元 beyond six decimals of 万元: not converted", [](Report& r) {
             set_cell(r, TableId::disclosure, "fees", "amount", "0.001元");
         },
         {{"disclosure/fees/amount", std::nullopt, {"“0.001元”不是数值", "超出 6 位小数"}}}},
        {"a count unit in the money column", [](Report& r) { set_cell(r, TableId::disclosure, "fees", "amount", "2件"); },
         {{"disclosure/fees/amount", std::nullopt, {"“2件”不是数值", "“件”是件数单位"}}}},
    });
}

// "3万元" in a count cell is no part of any sum: neither checked as 3 nor used to fill a total.
TEST(TableNotANumber, AMoneyUnitIsNoCountInSums) {
    Report r = valid_report();
    set_cell(r, TableId::requests, "1", "natural", "3万元");
    EXPECT_TRUE(findings_of(r, "table/row-total").empty());
    EXPECT_TRUE(findings_of(r, "table/balance").empty());
    set_cell(r, TableId::requests, "1", "total", "");
    FillResult fill = autofill(r);
    for (const auto& e : fill.edits) EXPECT_FALSE(e.row == "1" && e.column == "total") << e.new_text;
}

// The same through the text reader, as a user's file arrives.
TEST(TableNotANumber, UnitsInAReadReport) {
    std::string text = read_file(data_path("layouts/tabs.txt"));
    auto replace = [&](const std::string& from, const std::string& to) {
        const auto at = text.find(from);
        ASSERT_NE(at, std::string::npos) << from;
        text.replace(at, from.size(), to);
    };
    replace("行政事业性收费\t0", "行政事业性收费\t5000元");
    replace("一、本年新收政府信息公开申请数量\t\t12\t", "一、本年新收政府信息公开申请数量\t\t12万元\t");
    Report r = read_text(text);
    std::vector<std::pair<std::string, std::optional<std::string>>> found;
    for (const auto& f : findings_of(r, "table/not-a-number")) found.emplace_back(location_key(f.location), f.fix);
    EXPECT_EQ(found, (std::vector<std::pair<std::string, std::optional<std::string>>>{
                         {"disclosure/fees/amount", "0.5"}, {"requests/1/natural", std::nullopt}}));
    // 12万元 is no 12 in the sums: the row and its column are not checked with it.
    EXPECT_TRUE(findings_of(r, "table/row-total").empty());
    EXPECT_TRUE(findings_of(r, "table/balance").empty());
}

} // namespace nianbao::testing
