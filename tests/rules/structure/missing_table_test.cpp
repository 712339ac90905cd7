// structure/missing-table
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

TEST(StructureMissingTable, Cases) {
    run_rule_cases("structure/missing-table", {
        {"all three", nullptr, {}},
        {"no table 4", [](Report& r) { std::erase_if(r.tables, [](const Table& t) { return t.id == TableId::disputes; }); },
         {{"document"}}},
        {"a row that was not found",
         [](Report& r) { r.table(TableId::requests)->problems.push_back({"未找到「（七）总计」行", "3.7", {}}); },
         {{"requests/3.7"}}},
    });
}

} // namespace nianbao::testing
