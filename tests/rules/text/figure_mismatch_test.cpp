// text/figure-mismatch: true mismatches, and the readings that must stay silent.
#include <gtest/gtest.h>

#include "rules/text/support.hpp"

namespace nianbao::testing {

TEST(TextFigureMismatch, Applications) {
    auto say = [](std::string text) { return [text](Report& r) { add_prose(r, "overview", text); }; };
    auto with = [](std::string text, std::string n, std::string carried) {
        return [=](Report& r) { add_prose(r, "overview", text); received(r, n, carried); };
    };
    run_rule_cases("text/figure-mismatch", {
        {"equal", with("本年度共收到政府信息公开申请7件。", "7", "0"), {}},
        {"收到 read as rows 一+二", with("本年度共收到政府信息公开申请7件。", "5", "2"), {}},
        {"受理 … 均在法定期限内答复", with("全年受理政府信息公开申请14件，均在法定期限内答复。", "14", "0"), {}},
        {"Chinese numerals", with("本年度新收申请七件。", "7", "0"), {}},
        {"full-width digits", with("本年度收到申请７件。", "7", "0"), {}},
        {"differs", with("本年度共收到政府信息公开申请70件。", "48", "0"), {{"overview#6", std::nullopt, {"正文“本年度共收到政府信息公开申请70件。”中的 70 与表格不符：表三本年新收 48 件"}}}},
        {"differs, Chinese numeral", with("本年度共收到政府信息公开申请十二件。", "10", "0"), {{"overview#6", std::nullopt, {"正文“本年度共收到政府信息公开申请十二件。”中的 12 与表格不符：表三本年新收 10 件"}}}},
        {"one office inside the agency (format.md §6)", with("区政府办收到政府信息公开申请17件。", "40", "0"), {}},
        {"part of the figures", with("其中自然人申请3件。", "5", "0"), {}},
        {"part of the year", with("上半年收到政府信息公开申请3件。", "5", "0"), {}},
        {"not applications", say("通过12345热线受理工单131条，办结131条。"), {}},
        {"a number that is not a count of applications", say("2024年收到申请后均在20个工作日内答复。"), {}},
    });
}

TEST(TextFigureMismatch, DisputesAndDocuments) {
    run_rule_cases("text/figure-mismatch", {
        {"复议 equal", [](Report& r) {
             add_prose(r, "overview", "全年发生政府信息公开行政复议2件。");
             set_cell(r, TableId::disputes, "cases", "review.upheld", "2");
             set_cell(r, TableId::disputes, "cases", "review.total", "2");
         }, {}},
        {"复议 differs", [](Report& r) { add_prose(r, "overview", "全年发生行政复议33件。"); }, {{"overview#6", std::nullopt, {"正文“全年发生行政复议33件。”中的 33 与表格不符：表四行政复议总计 0 件"}}}},
        {"诉讼 differs", [](Report& r) { add_prose(r, "overview", "行政诉讼1件。"); }, {{"overview#6", std::nullopt, {"正文“行政诉讼1件。”中的 1 与表格不符：表四行政诉讼总计 0 件"}}}},
        {"规范性文件 as in format.md §6", [](Report& r) {
             add_prose(r, "overview", "现行有效规范性文件18件，本年度制发2件、失效2件。");
             set_cell(r, TableId::disclosure, "normative_docs", "in_force", "18");
             set_cell(r, TableId::disclosure, "normative_docs", "issued", "2");
             set_cell(r, TableId::disclosure, "normative_docs", "repealed", "2");
         }, {}},
        {"现行有效 differs", [](Report& r) {
             add_prose(r, "overview", "现行有效规范性文件18件。");
             set_cell(r, TableId::disclosure, "normative_docs", "in_force", "17");
         }, {{"overview#6", std::nullopt, {"中的 18 与表格不符：表二「行政规范性文件」「现行有效件数」为 17"}}}},
        {"制发 of 规章 is not about 规范性文件", [](Report& r) { add_prose(r, "overview", "本年度制发规章1件。"); }, {}},
        {"行政处罚决定", [](Report& r) {
             add_prose(r, "overview", "全年作出行政处罚决定41件。");
             set_cell(r, TableId::disclosure, "penalty", "decisions", "40");
         }, {{"overview#6", std::nullopt, {"中的 41 与表格不符：表二「行政处罚」「本年处理决定数量」为 40"}}}},
        {"行政许可事项 is not 处理决定", [](Report& r) { add_prose(r, "overview", "公开行政许可事项35项。"); }, {}},
    });
}

} // namespace nianbao::testing
