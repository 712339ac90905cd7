// text/fees-not-reported
#include <gtest/gtest.h>

#include "rules/text/support.hpp"

namespace nianbao::testing {

TEST(TextFeesNotReported, Cases) {
    run_rule_cases("text/fees-not-reported", {
        {"not charged", nullptr, {}},
        {"charged", [](Report& r) { set_prose(r, "other", {"本年度发出收费通知2件，收取信息处理费0.02万元。"}); }, {}},
        {"只写“无” (format.md §7)", [](Report& r) { set_prose(r, "other", {"无"}); }, {{"other#-1", std::nullopt, {"“六、其他需要报告的事项”没有说明政府信息公开信息处理费的收取情况"}}}},
        {"六 printed twice, fees under the second heading", [](Report& r) {
             Section copy = r.sections.back();
             r.sections.back().paragraphs = {{"人大代表建议和政协提案办理结果均已公开。", {}}};
             r.sections.push_back(copy);
         }, {}},
        {"other matters only", [](Report& r) { set_prose(r, "other", {"人大代表建议和政协提案办理结果均已公开。"}); },
         {{"other#-1", std::nullopt, {"“六、其他需要报告的事项”没有说明政府信息公开信息处理费的收取情况"}}}},
    });
}

} // namespace nianbao::testing
