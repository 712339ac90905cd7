// history/format-change
#include <gtest/gtest.h>

#include "rules/history/support.hpp"

namespace nianbao::testing {

TEST(HistoryFormatChange, Cases) {
    run_rule_cases("history/format-change", {
        {"same format", with_previous(nullptr), {}},
        {"2019 tables last year", with_previous([](Report& p) {
             p.tables[0] = make_table(table_format(TableId::disclosure, FormatVersion::v2019));
             p.tables[1] = make_table(table_format(TableId::requests, FormatVersion::v2019));
         }), {{"document", std::nullopt, {"本年报告为 2021 格式，上年报告为 2019 格式"}}}},
    });
}

} // namespace nianbao::testing
