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

// A total left blank while its parts are filled: the prose is compared with the sum of the parts,
// and the message says so. The figures are those of 上海市人民政府办公厅's report on 2019
// (tests/data/excerpts/shanghai-bangongting-2019.html): （一）予以公开 258 + 12 + 1 + 1 with 总计 blank,
// （二）部分公开 3 with 总计 blank, and the prose "予以公开及部分公开258件".
TEST(TextFigureMismatch, BlankTotalsReadAsTheSumOfTheirParts) {
    auto shanghai_rows = [](Report& r) {
        for (const char* row : {"3.1", "3.2"})
            for (const char* col : {"natural", "commercial", "research", "public_interest", "legal_service", "other", "total"})
                set_cell(r, TableId::requests, row, col, "");
        set_cell(r, TableId::requests, "3.1", "natural", "258");
        set_cell(r, TableId::requests, "3.1", "commercial", "12");
        set_cell(r, TableId::requests, "3.1", "legal_service", "1");
        set_cell(r, TableId::requests, "3.1", "other", "1");
        set_cell(r, TableId::requests, "3.2", "natural", "3");
    };
    auto say = [=](std::string text) {
        return [=](Report& r) {
            shanghai_rows(r);
            add_prose(r, "overview", text);
        };
    };
    run_rule_cases("text/figure-mismatch", {
        {"予以公开及部分公开 against blank totals (the real case)", say("予以公开及部分公开258件，占33.9%；"),
         {{"overview#6", std::nullopt, {"258", "275", "（表中总计栏空白，按已填各栏之和计）"}}}},
        {"the sum of the parts agrees", say("予以公开及部分公开275件，占33.9%；"), {}},
        {"予以公开 alone against its parts", say("予以公开272件。"), {}},
        {"予以公开 alone differs", say("予以公开258件。"), {{"overview#6", std::nullopt, {"258", "272"}}}},
        {"不予公开 is not 予以公开 (it agrees with （三）, not with （一）)", [=](Report& r) {
             say("不予公开35件。")(r);
             set_cell(r, TableId::requests, "3.3.1", "natural", "35");
             set_cell(r, TableId::requests, "3.3.1", "total", "35");
         }, {}},
        {"received, 总计 blank, parts filled", [](Report& r) {
             add_prose(r, "overview", "本年度共收到政府信息公开申请7件。");
             set_cell(r, TableId::requests, "1", "natural", "5");
             set_cell(r, TableId::requests, "1", "total", "");
         }, {{"overview#6", std::nullopt, {"7", "5"}}}},
        {"received, 总计 blank, parts agree", [](Report& r) {
             add_prose(r, "overview", "本年度共收到政府信息公开申请5件。");
             set_cell(r, TableId::requests, "1", "natural", "5");
             set_cell(r, TableId::requests, "1", "total", "");
         }, {}},
        {"复议, 总计 blank, parts filled", [](Report& r) {
             add_prose(r, "overview", "全年发生行政复议3件。");
             set_cell(r, TableId::disputes, "cases", "review.upheld", "2");
             set_cell(r, TableId::disputes, "cases", "review.total", "");
         }, {{"overview#6", std::nullopt, {"3", "2"}}}},
        {"everything blank: nothing to compare", [](Report& r) {
             add_prose(r, "overview", "全年发生行政复议3件。");
             for (const char* col : {"review.upheld", "review.corrected", "review.other", "review.pending", "review.total"})
                 set_cell(r, TableId::disputes, "cases", col, "");
         }, {}},
    });
    // The message says the total was blank and gives the sum.
    Report r = valid_report();
    say("予以公开及部分公开258件，占33.9%；")(r);
    auto found = findings_of(r, "text/figure-mismatch");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].message, "正文“予以公开及部分公开258件，占33.9%；”中的 258 与表格不符：表三「（一）予以公开」272 件加"
                                "「（二）部分公开」3 件为 275 件（表中总计栏空白，按已填各栏之和计）");
}

TEST(TextFigureMismatch, ResultGroupsOfTable3) {
    // （四）无法提供 of the same report: 3.4.1 252 + 12 + 1, 3.4.2 44 + 3, 3.4.3 25, every 总计 blank.
    auto unable = [](std::string text) {
        return [text](Report& r) {
            for (const char* row : {"3.4.1", "3.4.2", "3.4.3"}) set_cell(r, TableId::requests, row, "total", "");
            set_cell(r, TableId::requests, "3.4.1", "natural", "252");
            set_cell(r, TableId::requests, "3.4.1", "commercial", "12");
            set_cell(r, TableId::requests, "3.4.1", "legal_service", "1");
            set_cell(r, TableId::requests, "3.4.2", "natural", "44");
            set_cell(r, TableId::requests, "3.4.2", "commercial", "3");
            set_cell(r, TableId::requests, "3.4.3", "natural", "25");
            add_prose(r, "overview", text);
        };
    };
    run_rule_cases("text/figure-mismatch", {
        {"无法提供 265 is one row of three (the real case)", unable("因本机关不掌握等原因无法提供265件，占32.9%；"),
         {{"overview#6", std::nullopt, {"265", "337"}}}},
        {"无法提供, the whole group", unable("无法提供337件。"), {}},
        {"不予公开 over its rows", [](Report& r) {
             set_cell(r, TableId::requests, "3.3.1", "natural", "32");
             set_cell(r, TableId::requests, "3.3.1", "total", "32");
             set_cell(r, TableId::requests, "3.3.8", "natural", "3");
             set_cell(r, TableId::requests, "3.3.8", "total", "3");
             add_prose(r, "overview", "不予公开35件，不予处理0件，其他处理0件。");
         }, {}},
        {"不予处理 differs", [](Report& r) { add_prose(r, "overview", "不予处理158件。"); },
         {{"overview#6", std::nullopt, {"158", "不予处理"}}}},
    });
}

TEST(TextFigureMismatch, TheRealReportOn2019) {
    // The whole report: its prose figures are compared (the 办公厅's own "市政府办公厅…受理…859件"
    // too). The two that differ are those a reviewer found by hand (258 vs 275, 265 vs 337); 不予公开
    // 35, 不予处理 158, 其他处理 0, 受理 859 and 复议 7 agree with the table.
    ReadResult r = read_data("excerpts/shanghai-bangongting-2019.html");
    ASSERT_TRUE(r.ok) << r.error;
    auto found = findings_of(r.report, "text/figure-mismatch");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_NE(found[0].message.find("予以公开及部分公开258件"), std::string::npos) << found[0].message;
    EXPECT_NE(found[0].message.find("275"), std::string::npos) << found[0].message;
    EXPECT_NE(found[1].message.find("无法提供265件"), std::string::npos) << found[1].message;
    EXPECT_NE(found[1].message.find("337"), std::string::npos) << found[1].message;
}

} // namespace nianbao::testing
