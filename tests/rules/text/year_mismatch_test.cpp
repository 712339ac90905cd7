// text/year-mismatch
#include <gtest/gtest.h>

#include "rules/text/support.hpp"

namespace nianbao::testing {

TEST(TextYearMismatch, Cases) {
    run_rule_cases("text/year-mismatch", {
        {"all 2024", nullptr, {}},
        {"period of last year", [](Report& r) { r.preamble[0].text = "统计期限为2023年1月1日至2023年12月31日。"; },
         {{"preamble#0", std::nullopt, {"统计期限的年度为 2023 年，与标题的 2024 年不一致"}}}},
        {"body of last year", [](Report& r) { set_prose(r, "overview", {"2023年，我局认真贯彻落实条例。"}); },
         {{"overview#0", std::nullopt, {"总体情况开头的年度为 2023 年，与标题的 2024 年不一致"}}}},
        {"signed in the following year", [](Report& r) { r.meta.date = Date{2025, 1, 20}; }, {}},
        {"signed two years later", [](Report& r) { r.meta.date = Date{2026, 1, 20}; }, {{"other#-1", std::nullopt, {"落款日期 2026 年1月20日与报告年度 2024 年不符"}}}},
    });
}

} // namespace nianbao::testing
