// text/empty-section
#include <gtest/gtest.h>

#include "rules/text/support.hpp"

namespace nianbao::testing {

TEST(TextEmptySection, Cases) {
    run_rule_cases("text/empty-section", {
        {"written", nullptr, {}},
        {"五 is 无", [](Report& r) { set_prose(r, "problems", {"无。"}); }, {{"problems#-1", std::nullopt, {"“五、存在的主要问题及改进情况”只写了“无。”"}}}},
        {"六 is empty", [](Report& r) { set_prose(r, "other", {}); }, {{"other#-1", std::nullopt, {"“六、其他需要报告的事项”没有内容"}}}},
        {"二 has no prose and needs none", [](Report& r) { set_prose(r, "disclosure", {}); }, {}},
        // Before 2021 nothing had to be reported in 六 (format.md: no 信息处理费 duty yet).
        {"六 is 无 in a report on 2020", [](Report& r) { r.meta.year = 2020; set_prose(r, "other", {"无。"}); }, {}},
        {"六 is 无 in a report on 2021", [](Report& r) { r.meta.year = 2021; set_prose(r, "other", {"无。"}); },
         {{"other#-1", std::nullopt, {"“六、其他需要报告的事项”只写了“无。”"}}}},
        {"五 is 无 in a report on 2020", [](Report& r) { r.meta.year = 2020; set_prose(r, "problems", {"无。"}); },
         {{"problems#-1", std::nullopt, {"“五、存在的主要问题及改进情况”只写了“无。”"}}}},
    });
}

} // namespace nianbao::testing
