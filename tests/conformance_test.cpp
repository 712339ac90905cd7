// Conformance: every rule has its source, doc page and test at the path its id names; ids are
// unique and the registry is sorted; the doc page states the same sentence as the rule.
#include <gtest/gtest.h>

#include <filesystem>

#include "nianbao/registry.hpp"
#include "support/builder.hpp"

namespace nianbao {
namespace {

std::string underscored(std::string s) {
    for (auto& c : s) if (c == '-') c = '_';
    return s;
}

TEST(Conformance, RegistryIsSortedAndUnique) {
    auto rules = all_rules();
    ASSERT_FALSE(rules.empty());
    for (std::size_t i = 1; i < rules.size(); ++i) EXPECT_LT(rules[i - 1]->info().id, rules[i]->info().id);
}

TEST(Conformance, EveryRuleHasSourceDocAndTestAtItsIdPath) {
    const std::filesystem::path root = NIANBAO_SOURCE_DIR;
    for (const Rule* r : all_rules()) {
        const std::string id(r->info().id);
        const auto slash = id.find('/');
        const std::string family = id.substr(0, slash), name = id.substr(slash + 1);
        EXPECT_TRUE(std::filesystem::exists(root / "libcore/src/rules" / family / (underscored(name) + ".cpp"))) << id;
        EXPECT_TRUE(std::filesystem::exists(root / "tests/rules" / family / (underscored(name) + "_test.cpp"))) << id;
        const auto doc = root / "docs/rules" / family / (name + ".md");
        ASSERT_TRUE(std::filesystem::exists(doc)) << id;
        const std::string text = testing::read_file(doc.string());
        EXPECT_NE(text.find("# " + id), std::string::npos) << id;
        EXPECT_NE(text.find(std::string(r->info().summary)), std::string::npos) << id << ": summary differs from the doc";
        EXPECT_NE(text.find(std::string(severity_key(r->info().severity))), std::string::npos) << id;
    }
}

TEST(Conformance, EveryIdentityNamesARegisteredRule) {
    for (TableId t : {TableId::disclosure, TableId::requests, TableId::disputes})
        for (auto v : {FormatVersion::v2021, FormatVersion::v2019})
            for (const auto& decl : table_format(t, v).identities) EXPECT_NE(find_rule(decl.rule), nullptr) << decl.rule;
}

TEST(Conformance, FormatKeysMatchFormatMd) {
    const Report r = testing::valid_report();
    EXPECT_EQ(table_format(TableId::requests, FormatVersion::v2021).cell_count(), 175u);
    EXPECT_EQ(table_format(TableId::requests, FormatVersion::v2021).rows.size(), 25u);
    EXPECT_EQ(table_format(TableId::requests, FormatVersion::v2019).rows.size(), 23u);
    EXPECT_EQ(table_format(TableId::disputes, FormatVersion::v2021).cell_count(), 15u);
    EXPECT_EQ(table_format(TableId::disclosure, FormatVersion::v2021).cell_count(), 10u);
}

} // namespace
} // namespace nianbao
