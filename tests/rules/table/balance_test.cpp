// table/balance
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

namespace {
void received(Report& r, const char* n) {
    set_cell(r, TableId::requests, "1", "natural", n);
    set_cell(r, TableId::requests, "1", "total", n);
}
} // namespace

TEST(TableBalance, Cases) {
    run_rule_cases("table/balance", {
        {"balanced with a carry-over",
         [](Report& r) {
             received(r, "5");
             set_cell(r, TableId::requests, "3.1", "natural", "4");
             set_cell(r, TableId::requests, "3.1", "total", "4");
             set_cell(r, TableId::requests, "3.7", "natural", "4");
             set_cell(r, TableId::requests, "3.7", "total", "4");
             set_cell(r, TableId::requests, "4", "natural", "1");
             set_cell(r, TableId::requests, "4", "total", "1");
         }, {}},
        {"5 received, nothing handled (format.md §7)", [](Report& r) { received(r, "5"); },
         {{"requests/4/natural"}, {"requests/4/total"}}},
        {"carry-over blank: silent (blank-cell reports it with the fix)",
         [](Report& r) {
             received(r, "5");
             set_cell(r, TableId::requests, "4", "natural", "");
             set_cell(r, TableId::requests, "4", "total", "");
         }, {}},
    });
}

} // namespace nianbao::testing
