// history/carry-over
#include <gtest/gtest.h>

#include "rules/history/support.hpp"

namespace nianbao::testing {

TEST(HistoryCarryOver, Cases) {
    run_rule_cases("history/carry-over", {
        {"no previous report", nullptr, {}},
        {"carried as left", with_previous([](Report& p) { set_cell(p, TableId::requests, "4", "natural", "2"); },
                                          [](Report& r) { set_cell(r, TableId::requests, "2", "natural", "2"); }), {}},
        {"last year left 2, this year carries 0",
         with_previous([](Report& p) { set_cell(p, TableId::requests, "4", "natural", "2"); }),
         {{"requests/2/natural", "2", {"表三「自然人」列的上年结转为 0", "上年报告的结转下年度继续办理为 2"}}}},
        {"formats differ: not compared", with_previous([](Report& p) {
             p.tables[1] = make_table(table_format(TableId::requests, FormatVersion::v2019));
             for (const auto& row : p.tables[1].format->rows)
                 for (auto col : row.columns) set_cell(p, TableId::requests, std::string(row.key), std::string(col), "1");
         }), {}},
    });
}

} // namespace nianbao::testing
