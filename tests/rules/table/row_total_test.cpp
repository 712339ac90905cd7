// table/row-total
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

TEST(TableRowTotal, Cases) {
    run_rule_cases("table/row-total", {
        {"consistent", [](Report& r) {
             set_cell(r, TableId::requests, "1", "natural", "18");
             set_cell(r, TableId::requests, "1", "legal_service", "2");
             set_cell(r, TableId::requests, "1", "total", "20");
         }, {}},
        {"总计 left 0 while 自然人 holds 18 (format.md §7)",
         [](Report& r) { set_cell(r, TableId::requests, "3.1", "natural", "18"); }, {{"requests/3.1/total", "18"}}},
        {"total too large", [](Report& r) { set_cell(r, TableId::requests, "4", "total", "3"); }, {{"requests/4/total", "0"}}},
        {"a blank part: silent (blank-cell reports it)",
         [](Report& r) {
             set_cell(r, TableId::requests, "1", "natural", "");
             set_cell(r, TableId::requests, "1", "total", "9");
         }, {}},
    });
}

} // namespace nianbao::testing
