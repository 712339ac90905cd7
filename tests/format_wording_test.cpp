// The format declarations against the national format's wording (format.md §1–4), written out
// here by hand from the spec and not from the declarations: a key paired with the wrong label —
// 科研机构 under `public_interest`, 本年废止 under `issued` — would make every message and the
// template name the wrong column while the sums still hold.
#include "nianbao/format.hpp"

#include <gtest/gtest.h>
#include <string>
#include <utility>
#include <vector>

namespace nianbao {
namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>; // key, standard wording, in order

Pairs columns_of(const TableFormat& f) {
    Pairs out;
    for (const auto& c : f.columns)
        out.emplace_back(c.key, c.label);
    return out;
}
Pairs rows_of(const TableFormat& f) {
    Pairs out;
    for (const auto& r : f.rows)
        out.emplace_back(r.key, r.label);
    return out;
}
Pairs groups_of(const TableFormat& f) {
    Pairs out;
    for (const auto& g : f.groups)
        out.emplace_back(g.key, g.label);
    return out;
}
std::vector<std::string> columns_of_row(const TableFormat& f, std::string_view row) {
    std::vector<std::string> out;
    if (const RowDecl* r = f.row(row))
        for (auto c : r->columns)
            out.emplace_back(c);
    return out;
}
std::vector<std::string> money_columns(const TableFormat& f) {
    std::vector<std::string> out;
    for (const auto& c : f.columns)
        if (c.kind == ValueKind::money) out.emplace_back(c.key);
    return out;
}

// format.md §3: 申请人情况, seven value columns.
const Pairs requests_columns = {
    {"natural", "自然人"},
    {"commercial", "商业企业"},
    {"research", "科研机构"},
    {"public_interest", "社会公益组织"},
    {"legal_service", "法律服务机构"},
    {"other", "其他"},
    {"total", "总计"},
};

// format.md §3, rows up to （五） (the same in both formats).
const Pairs requests_head_rows = {
    {"1", "一、本年新收政府信息公开申请数量"},
    {"2", "二、上年结转政府信息公开申请数量"},
    {"3.1", "（一）予以公开"},
    {"3.2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
    {"3.3.1", "1.属于国家秘密"},
    {"3.3.2", "2.其他法律行政法规禁止公开"},
    {"3.3.3", "3.危及“三安全一稳定”"}, // the form's own (curly) quotation marks
    {"3.3.4", "4.保护第三方合法权益"},
    {"3.3.5", "5.属于三类内部事务信息"},
    {"3.3.6", "6.属于四类过程性信息"},
    {"3.3.7", "7.属于行政执法案卷"},
    {"3.3.8", "8.属于行政查询事项"},
    {"3.4.1", "1.本机关不掌握相关政府信息"},
    {"3.4.2", "2.没有现成信息需要另行制作"},
    {"3.4.3", "3.补正后申请内容仍不明确"},
    {"3.5.1", "1.信访举报投诉类申请"},
    {"3.5.2", "2.重复申请"},
    {"3.5.3", "3.要求提供公开出版物"},
    {"3.5.4", "4.无正当理由大量反复申请"},
    {"3.5.5", "5.要求行政机关确认或重新出具已获取信息"},
};
const Pairs requests_tail_rows = {{"3.7", "（七）总计"}, {"4", "四、结转下年度继续办理"}};

Pairs concat(std::initializer_list<Pairs> parts) {
    Pairs out;
    for (const auto& p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

TEST(FormatWording, Table3Columns) {
    for (auto v : {FormatVersion::v2021, FormatVersion::v2019}) {
        const TableFormat& f = table_format(TableId::requests, v);
        EXPECT_EQ(columns_of(f), requests_columns) << version_name(v);
        for (const auto& r : f.rows) {
            std::vector<std::string> all;
            for (const auto& [key, label] : requests_columns)
                all.push_back(key);
            EXPECT_EQ(columns_of_row(f, r.key), all) << r.key;
        }
        EXPECT_TRUE(money_columns(f).empty());
    }
}

TEST(FormatWording, Table3Rows2021) {
    const Pairs six = {
        {"3.6.1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
        {"3.6.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
        {"3.6.3", "3.其他"},
    };
    const TableFormat& f = table_format(TableId::requests, FormatVersion::v2021);
    EXPECT_EQ(rows_of(f), concat({requests_head_rows, six, requests_tail_rows}));
    EXPECT_EQ(groups_of(f), (Pairs{{"3", "三、本年度办理结果"},
                                   {"3.3", "（三）不予公开"},
                                   {"3.4", "（四）无法提供"},
                                   {"3.5", "（五）不予处理"},
                                   {"3.6", "（六）其他处理"}}));
}

TEST(FormatWording, Table3Rows2019) {
    const TableFormat& f = table_format(TableId::requests, FormatVersion::v2019);
    EXPECT_EQ(rows_of(f),
              concat({requests_head_rows, {{"3.6", "（六）其他处理"}}, requests_tail_rows}));
    EXPECT_EQ(groups_of(f), (Pairs{{"3", "三、本年度办理结果"},
                                   {"3.3", "（三）不予公开"},
                                   {"3.4", "（四）无法提供"},
                                   {"3.5", "（五）不予处理"}}));
}

TEST(FormatWording, Table2In2021) {
    const TableFormat& f = table_format(TableId::disclosure, FormatVersion::v2021);
    EXPECT_EQ(groups_of(f), (Pairs{{"article20.1", "第二十条第（一）项"},
                                   {"article20.5", "第二十条第（五）项"},
                                   {"article20.6", "第二十条第（六）项"},
                                   {"article20.8", "第二十条第（八）项"}}));
    EXPECT_EQ(rows_of(f), (Pairs{{"regulations", "规章"},
                                 {"normative_docs", "行政规范性文件"},
                                 {"licensing", "行政许可"},
                                 {"penalty", "行政处罚"},
                                 {"coercion", "行政强制"},
                                 {"fees", "行政事业性收费"}}));
    EXPECT_EQ(columns_of(f), (Pairs{{"issued", "本年制发件数"},
                                    {"repealed", "本年废止件数"},
                                    {"in_force", "现行有效件数"},
                                    {"decisions", "本年处理决定数量"},
                                    {"amount", "本年收费金额（单位：万元）"}}));
    using Keys = std::vector<std::string>;
    for (const char* r : {"regulations", "normative_docs"})
        EXPECT_EQ(columns_of_row(f, r), (Keys{"issued", "repealed", "in_force"})) << r;
    for (const char* r : {"licensing", "penalty", "coercion"})
        EXPECT_EQ(columns_of_row(f, r), Keys{"decisions"}) << r;
    EXPECT_EQ(columns_of_row(f, "fees"), Keys{"amount"});
    EXPECT_EQ(money_columns(f), Keys{"amount"});
}

TEST(FormatWording, Table2In2019) {
    const TableFormat& f = table_format(TableId::disclosure, FormatVersion::v2019);
    EXPECT_EQ(groups_of(f), (Pairs{{"article20.1", "第二十条第（一）项"},
                                   {"article20.5", "第二十条第（五）项"},
                                   {"article20.6", "第二十条第（六）项"},
                                   {"article20.8", "第二十条第（八）项"},
                                   {"article20.9", "第二十条第（九）项"}}));
    EXPECT_EQ(rows_of(f), (Pairs{{"regulations", "规章"},
                                 {"normative_docs", "规范性文件"},
                                 {"licensing", "行政许可"},
                                 {"other_services", "其他对外管理服务事项"},
                                 {"penalty", "行政处罚"},
                                 {"coercion", "行政强制"},
                                 {"fees", "行政事业性收费"},
                                 {"procurement", "政府集中采购"}}));
    EXPECT_EQ(columns_of(f), (Pairs{{"made", "本年新制作数量"},
                                    {"published", "本年新公开数量"},
                                    {"total_published", "对外公开总数量"},
                                    {"last_year", "上一年项目数量"},
                                    {"change", "本年增/减"},
                                    {"decisions", "处理决定数量"},
                                    {"items", "采购项目数量"},
                                    {"amount", "采购总金额"}}));
    using Keys = std::vector<std::string>;
    for (const char* r : {"regulations", "normative_docs"})
        EXPECT_EQ(columns_of_row(f, r), (Keys{"made", "published", "total_published"})) << r;
    for (const char* r : {"licensing", "other_services", "penalty", "coercion"})
        EXPECT_EQ(columns_of_row(f, r), (Keys{"last_year", "change", "decisions"})) << r;
    EXPECT_EQ(columns_of_row(f, "fees"), (Keys{"last_year", "change"}));
    EXPECT_EQ(columns_of_row(f, "procurement"), (Keys{"items", "amount"}));
    EXPECT_EQ(money_columns(f), Keys{"amount"});
}

TEST(FormatWording, Table4) {
    const Pairs groups = {{"review", "行政复议"},
                          {"direct_suit", "未经复议直接起诉"},
                          {"suit_after_review", "复议后起诉"}};
    const Pairs parts = {{"upheld", "结果维持"},
                         {"corrected", "结果纠正"},
                         {"other", "其他结果"},
                         {"pending", "尚未审结"},
                         {"total", "总计"}};
    Pairs expected;
    for (const auto& [g, gl] : groups)
        for (const auto& [p, pl] : parts)
            expected.emplace_back(g + "." + p, gl + "·" + pl);
    for (auto v : {FormatVersion::v2021, FormatVersion::v2019}) {
        const TableFormat& f = table_format(TableId::disputes, v);
        EXPECT_EQ(columns_of(f), expected) << version_name(v);
        ASSERT_EQ(f.rows.size(), 1u);
        std::vector<std::string> all;
        for (const auto& [key, label] : expected)
            all.push_back(key);
        EXPECT_EQ(columns_of_row(f, f.rows[0].key), all);
    }
}

TEST(FormatWording, Sections) {
    const std::vector<std::tuple<std::string, int, std::string>> expected = {
        {"overview", 1, "总体情况"},
        {"disclosure", 2, "主动公开政府信息情况"},
        {"requests", 3, "收到和处理政府信息公开申请情况"},
        {"disputes", 4, "政府信息公开行政复议、行政诉讼情况"},
        {"problems", 5, "存在的主要问题及改进情况"},
        {"other", 6, "其他需要报告的事项"},
    };
    std::vector<std::tuple<std::string, int, std::string>> declared;
    for (const auto& s : section_decls())
        declared.emplace_back(s.key, s.number, s.heading);
    EXPECT_EQ(declared, expected);
}

} // namespace
} // namespace nianbao
