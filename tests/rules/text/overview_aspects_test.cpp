// text/overview-aspects
#include <gtest/gtest.h>

#include "rules/text/support.hpp"

namespace nianbao::testing {

TEST(TextOverviewAspects, Cases) {
    run_rule_cases("text/overview-aspects", {
        {"five aspects", nullptr, {}},
        {"no 监督保障", [](Report& r) {
             set_prose(r, "overview", {"（一）主动公开。", "（二）依申请公开。", "（三）政府信息管理。", "（四）平台建设。"});
         }, {{"overview#-1", std::nullopt, {"“一、总体情况”没有写到：监督保障"}}}},
        {"a people's government also reports 考核、评议、责任追究", [](Report& r) { r.meta.kind = AgencyKind::government; },
         {{"overview#-1", std::nullopt, {"“一、总体情况”没有写到：工作考核、社会评议和责任追究结果"}}}},
        {"split by a duplicated heading", [](Report& r) {
             Section copy = r.sections[0];
             r.sections[0].paragraphs.resize(1);
             copy.paragraphs.erase(copy.paragraphs.begin());
             r.sections.insert(r.sections.begin() + 1, copy);
         }, {}},
    });
}

} // namespace nianbao::testing
