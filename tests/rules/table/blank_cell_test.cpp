// table/blank-cell
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

TEST(TableBlankCell, Cases) {
    run_rule_cases("table/blank-cell", {
        {"all filled", nullptr, {}},
        {"zero is a value", [](Report& r) { set_cell(r, TableId::requests, "1", "natural", "0"); }, {}},
        {"blank part: write 0", [](Report& r) { set_cell(r, TableId::requests, "2", "research", ""); },
         {{"requests/2/research", "0"}}},
        {"blank total: the computed sum",
         [](Report& r) {
             set_cell(r, TableId::requests, "1", "natural", "4");
             set_cell(r, TableId::requests, "1", "total", " ");
         },
         {{"requests/1/total", "4"}}},
        {"blank total over blank parts: no fix",
         [](Report& r) {
             set_cell(r, TableId::disputes, "cases", "review.upheld", "");
             set_cell(r, TableId::disputes, "cases", "review.total", "");
         },
         {{"disputes/cases/review.upheld", "0"}, {"disputes/cases/review.total", std::nullopt}}},
        {"table 2 money cell", [](Report& r) { set_cell(r, TableId::disclosure, "fees", "amount", ""); },
         {{"disclosure/fees/amount", "0"}}},
        {"a slash is not blank (another rule)", [](Report& r) { set_cell(r, TableId::requests, "2", "other", "/"); }, {}},
    });
}

} // namespace nianbao::testing
