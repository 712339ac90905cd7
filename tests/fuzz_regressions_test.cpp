// Every input a fuzz target ever crashed on (tests/data/fuzz/<target>/), replayed through the
// same properties the target asserts (fuzz/properties.hpp). Adding a crash: copy the file there.
// A target that never crashed keeps inputs of bugs fixed by hand in its code, so that its replay
// runs: a missing or empty folder fails the test instead of passing with nothing checked.
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "properties.hpp"

namespace nianbao {
namespace {

std::vector<std::filesystem::path> crash_inputs(const std::string& target) {
    std::vector<std::filesystem::path> out;
    const auto dir = std::filesystem::path(NIANBAO_TEST_DATA) / "fuzz" / target;
    if (std::filesystem::is_directory(dir))
        for (const auto& e : std::filesystem::directory_iterator(dir)) out.push_back(e.path());
    EXPECT_FALSE(out.empty()) << "no input to replay in " << dir;
    return out;
}

std::string bytes_of(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

TEST(FuzzRegressions, ValueCrashesHold) {
    const auto inputs = crash_inputs("value");
    EXPECT_GE(inputs.size(), 2u);  // the two found in November 2026
    for (const auto& p : inputs) EXPECT_TRUE(fuzz::value_properties_hold(bytes_of(p))) << p;
}

TEST(FuzzRegressions, ReaderInputsHold) {
    for (const auto& p : crash_inputs("reader")) EXPECT_TRUE(fuzz::reader_properties_hold(bytes_of(p))) << p;
}

TEST(FuzzRegressions, BinderInputsHold) {
    for (const auto& p : crash_inputs("binder")) EXPECT_TRUE(fuzz::binder_properties_hold(bytes_of(p))) << p;
}

TEST(FuzzRegressions, AMissingFolderFails) {
    // The guard itself: a target with no inputs must not pass silently.
    EXPECT_NONFATAL_FAILURE(crash_inputs("no-such-target"), "no input to replay");
}

} // namespace
} // namespace nianbao
