// structure/missing-table
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

TEST(StructureMissingTable, Cases) {
    run_rule_cases("structure/missing-table", {
        {"all three", nullptr, {}},
        {"no table 4", [](Report& r) { std::erase_if(r.tables, [](const Table& t) { return t.id == TableId::disputes; }); },
         {{"document", std::nullopt, {"缺少表四（政府信息公开行政复议、行政诉讼情况）"}}}},
        {"a row that was not found",
         [](Report& r) { r.table(TableId::requests)->problems.push_back({"未找到「（七）总计」行", "3.7", {}}); },
         {{"requests/3.7", std::nullopt, {"表三（收到和处理政府信息公开申请情况）：未找到「（七）总计」行"}}}},
    });
}

} // namespace nianbao::testing
