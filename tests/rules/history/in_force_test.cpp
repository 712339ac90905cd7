// history/in-force
#include <gtest/gtest.h>

#include "rules/history/support.hpp"

namespace nianbao::testing {

TEST(HistoryInForce, Cases) {
    auto last18 = [](Report& p) { set_cell(p, TableId::disclosure, "normative_docs", "in_force", "18"); };
    run_rule_cases("history/in-force", {
        {"18 + 2 - 2 = 18", with_previous(last18, [](Report& r) {
             set_cell(r, TableId::disclosure, "normative_docs", "issued", "2");
             set_cell(r, TableId::disclosure, "normative_docs", "repealed", "2");
             set_cell(r, TableId::disclosure, "normative_docs", "in_force", "18");
         }), {}},
        {"chain broken", with_previous(last18, [](Report& r) {
             set_cell(r, TableId::disclosure, "normative_docs", "issued", "3");
             set_cell(r, TableId::disclosure, "normative_docs", "in_force", "18");
         }), {{"disclosure/normative_docs/in_force", "21", {"表二「行政规范性文件」现行有效件数为 18", "按上年现行有效 18 加本年制发 3 减本年废止 0 应为 21"}}}},
    });
}

} // namespace nianbao::testing
