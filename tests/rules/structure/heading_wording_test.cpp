// structure/heading-wording
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

TEST(StructureHeadingWording, Cases) {
    run_rule_cases("structure/heading-wording", {
        {"standard", nullptr, {}},
        {"a known variant", [](Report& r) {
             r.sections[4].heading = "存在的主要问题及整改措施";
             r.sections[4].standard_wording = false;
         }, {{"problems#-1", "存在的主要问题及改进情况", {"标题「存在的主要问题及整改措施」不是标准表述，标准表述为「五、存在的主要问题及改进情况」"}}}},
    });
}

TEST(StructureHeadingWording, FromText) {
    Report r = read_text("某局2024年政府信息公开工作年度报告\n## 五、存在的主要问题及整改措施\n问题。\n六、 其他需要报告的事项\n无。\n");
    auto found = findings_of(r, "structure/heading-wording");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].location.section, "problems");
}

} // namespace nianbao::testing
