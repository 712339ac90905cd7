// structure/missing-section
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

namespace {
void remove_section(Report& r, const std::string& key) {
    std::erase_if(r.sections, [&](const Section& s) { return s.key == key; });
}
} // namespace

TEST(StructureMissingSection, Cases) {
    run_rule_cases("structure/missing-section", {
        {"all six", nullptr, {}},
        {"no 六", [](Report& r) { remove_section(r, "other"); }, {{"document", std::nullopt, {"缺少第六部分「六、其他需要报告的事项」"}}}},
        {"no 一 and no 五", [](Report& r) {
             remove_section(r, "overview");
             remove_section(r, "problems");
         }, {{"document", std::nullopt, {"缺少第一部分「一、总体情况」"}}, {"document", std::nullopt, {"缺少第五部分「五、存在的主要问题及改进情况」"}}}},
    });
}

TEST(StructureMissingSection, RecognisesHeadingVariants) {
    Report r = read_text("某局2024年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n"
                         "三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n"
                         "五、存在的主要问题及整改措施\n六、其他需要报告事项\n");
    for (const auto& f : check(r)) EXPECT_NE(f.rule, "structure/missing-section") << f.message;
}

} // namespace nianbao::testing
