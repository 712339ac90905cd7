// table/blank-cell
#include <gtest/gtest.h>

#include "support/builder.hpp"

namespace nianbao::testing {

TEST(TableBlankCell, Cases) {
    run_rule_cases("table/blank-cell", {
        {"all filled", nullptr, {}},
        {"zero is a value", [](Report& r) { set_cell(r, TableId::requests, "1", "natural", "0"); }, {}},
        {"blank part: write 0", [](Report& r) { set_cell(r, TableId::requests, "2", "research", ""); },
         {{"requests/2/research", "0", {"表三「二、上年结转政府信息公开申请数量」行「科研机构」列为空白", "应填写 0"}}}},
        {"blank total: the computed sum",
         [](Report& r) {
             set_cell(r, TableId::requests, "1", "natural", "4");
             set_cell(r, TableId::requests, "1", "total", " ");
         },
         {{"requests/1/total", "4", {"表三「一、本年新收政府信息公开申请数量」行「总计」列为空白", "应为 4"}}}},
        {"blank total over blank parts: no fix",
         [](Report& r) {
             set_cell(r, TableId::disputes, "cases", "review.upheld", "");
             set_cell(r, TableId::disputes, "cases", "review.total", "");
         },
         {{"disputes/cases/review.upheld", "0", {"表四「行政复议·结果维持」为空白"}},
          {"disputes/cases/review.total", std::nullopt, {"表四「行政复议·总计」为空白", "合计单元格"}}}},
        {"table 2 money cell", [](Report& r) { set_cell(r, TableId::disclosure, "fees", "amount", ""); },
         {{"disclosure/fees/amount", "0", {"表二「第二十条第（八）项·行政事业性收费」行「本年收费金额（单位：万元）」列为空白"}}}},
        {"table 2 counts, each column named", [](Report& r) {
             set_cell(r, TableId::disclosure, "regulations", "issued", "");
             set_cell(r, TableId::disclosure, "normative_docs", "repealed", "");
             set_cell(r, TableId::disclosure, "normative_docs", "in_force", "");
             set_cell(r, TableId::disclosure, "coercion", "decisions", "");
         },
         {{"disclosure/regulations/issued", "0", {"表二「第二十条第（一）项·规章」行「本年制发件数」列为空白"}},
          {"disclosure/normative_docs/repealed", "0", {"表二「第二十条第（一）项·行政规范性文件」行「本年废止件数」列为空白"}},
          {"disclosure/normative_docs/in_force", "0", {"表二「第二十条第（一）项·行政规范性文件」行「现行有效件数」列为空白"}},
          {"disclosure/coercion/decisions", "0", {"表二「第二十条第（六）项·行政强制」行「本年处理决定数量」列为空白"}}}},
        {"table 3 columns, each named", [](Report& r) {
             for (const char* c : {"natural", "commercial", "research", "public_interest", "legal_service", "other"})
                 set_cell(r, TableId::requests, "3.3.1", c, "");
         },
         {{"requests/3.3.1/natural", "0", {"「（三）不予公开·1.属于国家秘密」行「自然人」列"}},
          {"requests/3.3.1/commercial", "0", {"「（三）不予公开·1.属于国家秘密」行「商业企业」列"}},
          {"requests/3.3.1/research", "0", {"「（三）不予公开·1.属于国家秘密」行「科研机构」列"}},
          {"requests/3.3.1/public_interest", "0", {"「（三）不予公开·1.属于国家秘密」行「社会公益组织」列"}},
          {"requests/3.3.1/legal_service", "0", {"「（三）不予公开·1.属于国家秘密」行「法律服务机构」列"}},
          {"requests/3.3.1/other", "0", {"「（三）不予公开·1.属于国家秘密」行「其他」列"}}}},
        {"a whole total row blank: one finding with the sums it should hold",
         [](Report& r) {
             for (const char* row : {"1", "3.1"}) {
                 set_cell(r, TableId::requests, row, "natural", "4");
                 set_cell(r, TableId::requests, row, "commercial", "1");
                 set_cell(r, TableId::requests, row, "total", "5");
             }
             for (const char* c : {"natural", "commercial", "research", "public_interest", "legal_service", "other", "total"})
                 set_cell(r, TableId::requests, "3.7", c, "");
         },
         {{"requests/3.7", std::nullopt,
           {"表三「（七）总计」整行空白；按各项计算应为：自然人 4，商业企业 1，科研机构 0，社会公益组织 0，法律服务机构 0，其他 0，总计 5"}}}},
        {"a whole total row blank over blank parts",
         [](Report& r) {
             for (const char* c : {"natural", "commercial", "research", "public_interest", "legal_service", "other", "total"}) {
                 set_cell(r, TableId::requests, "3.7", c, "");
                 set_cell(r, TableId::requests, "4", c, "");
             }
         },
         {{"requests/3.7", std::nullopt, {"表三「（七）总计」整行空白；按各项计算应为：自然人 0"}},
          {"requests/4", std::nullopt, {"表三「四、结转下年度继续办理」整行空白；这是合计行"}}}},
        {"a slash is not blank (another rule)", [](Report& r) { set_cell(r, TableId::requests, "2", "other", "/"); }, {}},
    });
}

} // namespace nianbao::testing
