// text/year-mismatch
#include <gtest/gtest.h>

#include "rules/text/support.hpp"

namespace nianbao::testing {

TEST(TextYearMismatch, Cases) {
    run_rule_cases("text/year-mismatch", {
        {"all 2024", nullptr, {}},
        {"period of last year", [](Report& r) { r.preamble[0].text = "统计期限为2023年1月1日至2023年12月31日。"; },
         {{"preamble#0"}}},
        {"body of last year", [](Report& r) { set_prose(r, "overview", {"2023年，我局认真贯彻落实条例。"}); },
         {{"overview#0"}}},
        {"signed in the following year", [](Report& r) { r.meta.date = Date{2025, 1, 20}; }, {}},
        {"signed two years later", [](Report& r) { r.meta.date = Date{2026, 1, 20}; }, {{"other#-1"}}},
    });
}

} // namespace nianbao::testing
