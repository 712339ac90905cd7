// table/results-total
#include <gtest/gtest.h>

#include "nianbao/text_writer.hpp"
#include "support/builder.hpp"

namespace nianbao::testing {

TEST(TableResultsTotal, Cases) {
    run_rule_cases("table/results-total", {
        {"consistent", [](Report& r) {
             set_cell(r, TableId::requests, "3.5.2", "other", "2");
             set_cell(r, TableId::requests, "3.7", "other", "2");
         }, {}},
        {"（七）总计 missing a result",
         [](Report& r) { set_cell(r, TableId::requests, "3.6.3", "commercial", "4"); },
         {{"requests/3.7/commercial", "4", {"表三「商业企业」列的（七）总计应为 4", "表中为 0"}}}},
        {"（七）总计 too large", [](Report& r) { set_cell(r, TableId::requests, "3.7", "natural", "70"); },
         {{"requests/3.7/natural", "0", {"「自然人」列的（七）总计应为 0", "表中为 70"}}}},
    });
}

// Every result row of the 2021 format (format.md §3) is a part of （七）总计: a value in any one
// of them alone makes the total wrong.
TEST(TableResultsTotal, EveryResultRowCounts) {
    const std::vector<std::string> results = {
        "3.1",   "3.2",   "3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5", "3.3.6", "3.3.7", "3.3.8", "3.4.1", "3.4.2",
        "3.4.3", "3.5.1", "3.5.2", "3.5.3", "3.5.4", "3.5.5", "3.6.1", "3.6.2", "3.6.3"};
    std::vector<RuleCase> cases;
    for (const auto& row : results) {
        cases.push_back({"a value in " + row + " only", [row](Report& r) {
                             set_cell(r, TableId::requests, row, "research", "5");
                         },
                         {{"requests/3.7/research", "5", {"「科研机构」列的（七）总计应为 5"}}}});
        cases.push_back({"a value in " + row + " and in （七）", [row](Report& r) {
                             set_cell(r, TableId::requests, row, "legal_service", "5");
                             set_cell(r, TableId::requests, "3.7", "legal_service", "5");
                         },
                         {}});
    }
    cases.push_back({"rows 一, 二 and 四 are not results", [](Report& r) {
                         for (const char* row : {"1", "2", "4"}) set_cell(r, TableId::requests, row, "natural", "1");
                     },
                     {}});
    run_rule_cases("table/results-total", cases);
}

TEST(TableResultsTotal, The2019FormatSumsItsSingleOtherRow) {
    // The valid report in text, with （六） as the single row of the 2019 trial format holding 3.
    std::string text = render_text_report(valid_report(), TextLayout::tabs);
    const std::string six = "（六）其他处理\t1.申请人无正当理由逾期不补正";
    auto from = text.find(six);
    auto to = text.find("（七）总计");
    ASSERT_NE(from, std::string::npos);
    text.replace(from, to - from, "（六）其他处理\t\t3\t0\t0\t0\t0\t0\t3\n");
    Report r = read_text(text);
    ASSERT_EQ(r.table(TableId::requests)->format->version, FormatVersion::v2019);
    EXPECT_TRUE(r.table(TableId::requests)->problems.empty());
    std::vector<std::string> where;
    for (const auto& f : check(r))
        if (f.rule == "table/results-total") {
            where.push_back(location_key(f.location));
            EXPECT_EQ(f.fix, "3");
        }
    EXPECT_EQ(where, (std::vector<std::string>{"requests/3.7/natural", "requests/3.7/total"}));
}

} // namespace nianbao::testing
