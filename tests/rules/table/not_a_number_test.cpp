// table/not-a-number
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

TEST(TableNotANumber, Cases) {
    run_rule_cases("table/not-a-number", {
        {"numbers in every form", [](Report& r) {
             set_cell(r, TableId::disclosure, "licensing", "decisions", "10,727");
             set_cell(r, TableId::disclosure, "normative_docs", "in_force", "22（其中修订16件）");
             set_cell(r, TableId::disclosure, "penalty", "decisions", "１２");
         }, {}},
        {"slash", [](Report& r) { set_cell(r, TableId::requests, "2", "other", "/"); }, {{"requests/2/other", "0"}}},
        {"dash", [](Report& r) { set_cell(r, TableId::disputes, "cases", "review.other", "—"); },
         {{"disputes/cases/review.other", "0"}}},
        {"无", [](Report& r) { set_cell(r, TableId::disclosure, "fees", "amount", "无"); }, {{"disclosure/fees/amount", "0"}}},
        {"free text: no fix", [](Report& r) { set_cell(r, TableId::requests, "3.1", "natural", "若干"); },
         {{"requests/3.1/natural", std::nullopt}}},
        {"blank is another rule", [](Report& r) { set_cell(r, TableId::requests, "3.1", "natural", ""); }, {}},
    });
}

} // namespace nianbao::testing
