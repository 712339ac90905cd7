// Golden files: each sample report with the findings a careful reviewer lists, reviewed by a
// person once (tests/golden/*.expected) and compared exactly afterwards.
// NIANBAO_UPDATE_GOLDEN=1 rewrites them; review the diff before committing.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "nianbao/engine.hpp"
#include "support/builder.hpp"

namespace nianbao {
namespace {

class Golden : public ::testing::TestWithParam<const char*> {};

TEST_P(Golden, FindingsMatchTheReviewedList) {
    const std::string name = GetParam();
    ReadResult r = testing::read_data("samples/" + name + ".txt");
    ASSERT_TRUE(r.ok) << r.error;
    const std::string actual = testing::render_findings(check(r.report));
    const std::string path = std::string(NIANBAO_SOURCE_DIR) + "/tests/golden/" + name + ".expected";
    if (std::getenv("NIANBAO_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        GTEST_SKIP() << "rewrote " << path;
    }
    EXPECT_EQ(actual, testing::read_file(path));
}

INSTANTIATE_TEST_SUITE_P(Samples, Golden,
                         ::testing::Values("zezhou-zhujian-2023", "zhanhe-zhujian-2024", "zezhou-shenpi-2021"),
                         [](const auto& info) {
                             std::string n = info.param;
                             for (auto& c : n) if (c == '-') c = '_';
                             return n;
                         });

} // namespace
} // namespace nianbao
