// structure/section-order
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

TEST(StructureSectionOrder, Cases) {
    run_rule_cases("structure/section-order", {
        {"in order", nullptr, {}},
        {"五 before 四", [](Report& r) { std::swap(r.sections[3], r.sections[4]); }, {{"disputes#-1"}}},
        {"numeral does not match", [](Report& r) { r.sections[1].number = 3; }, {{"disclosure#-1"}}},
        {"a duplicate is not an order problem", [](Report& r) { r.sections.push_back(r.sections[0]); }, {}},
    });
}

} // namespace nianbao::testing
