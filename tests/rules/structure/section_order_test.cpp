// structure/section-order
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

TEST(StructureSectionOrder, Cases) {
    run_rule_cases("structure/section-order", {
        {"in order", nullptr, {}},
        {"五 before 四", [](Report& r) { std::swap(r.sections[3], r.sections[4]); }, {{"disputes#-1", std::nullopt, {"「政府信息公开行政复议、行政诉讼情况」应为第四部分，却出现在「存在的主要问题及改进情况」之后"}}}},
        {"numeral does not match", [](Report& r) { r.sections[1].number = 3; }, {{"disclosure#-1", std::nullopt, {"「主动公开政府信息情况」的序号写成了“三”，应为“二”"}}}},
        {"a duplicate is not an order problem", [](Report& r) { r.sections.push_back(r.sections[0]); }, {}},
    });
}

} // namespace nianbao::testing
