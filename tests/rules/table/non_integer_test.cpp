// table/non-integer
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

TEST(TableNonInteger, Cases) {
    run_rule_cases("table/non-integer", {
        {"money may be decimal", [](Report& r) { set_cell(r, TableId::disclosure, "fees", "amount", "24457.123456"); }, {}},
        {"a count with decimals", [](Report& r) { set_cell(r, TableId::requests, "1", "natural", "2.5"); },
         {{"requests/1/natural", std::nullopt, {"表三「一、本年新收政府信息公开申请数量」行「自然人」列为 2.5", "整数"}}}},
        {"7.0 is whole", [](Report& r) { set_cell(r, TableId::disclosure, "penalty", "decisions", "7.0"); }, {}},
        {"table 4 count", [](Report& r) { set_cell(r, TableId::disputes, "cases", "review.upheld", "0.3"); },
         {{"disputes/cases/review.upheld", std::nullopt, {"表四「行政复议·结果维持」为 0.3"}}}},
    });
}

} // namespace nianbao::testing
