// The binder: tables recognised by their labels, with every label variant of format.md §5 and
// the 2019 trial layout told apart from the 2021 format.
#include <gtest/gtest.h>

#include <sstream>

#include "nianbao/binder.hpp"
#include "nianbao/format.hpp"

namespace nianbao {
namespace {

// Rows from tab-separated lines; "||" marks a boundary row (a heading).
std::vector<GridRow> grid(const std::string& text) {
    std::vector<GridRow> rows;
    std::istringstream in(text);
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        GridRow row;
        row.source.line = ++n;
        if (line == "||") { row.boundary = true; rows.push_back(row); continue; }
        std::size_t b = 0;
        for (;;) {
            std::size_t e = line.find('\t', b);
            GridCell c{line.substr(b, e == std::string::npos ? std::string::npos : e - b), {}};
            c.source.line = n;
            row.cells.push_back(c);
            if (e == std::string::npos) break;
            b = e + 1;
        }
        rows.push_back(row);
    }
    return rows;
}

std::string seven(const std::string& v) { return v + "\t" + v + "\t" + v + "\t" + v + "\t" + v + "\t" + v + "\t" + v; }

// A 2021 table 3 whose labels are given; values are the row number so rows can be told apart.
std::string requests_with(const std::vector<std::string>& labels) {
    std::string t = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n";
    for (std::size_t i = 0; i < labels.size(); ++i) t += labels[i] + "\t" + seven(std::to_string(i + 1)) + "\n";
    return t;
}

const std::vector<std::string> standard_requests = {
    "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果\t（一）予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开\t1.属于国家秘密",
    "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息",
    "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项", "（四）无法提供\t1.本机关不掌握相关政府信息",
    "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确", "（五）不予处理\t1.信访举报投诉类申请", "2.重复申请",
    "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
    "（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计",
    "四、结转下年度继续办理"};

const char* const row_keys[] = {"1", "2", "3.1", "3.2", "3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5",
                                "3.3.6", "3.3.7", "3.3.8", "3.4.1", "3.4.2", "3.4.3", "3.5.1", "3.5.2",
                                "3.5.3", "3.5.4", "3.5.5", "3.6.1", "3.6.2", "3.6.3", "3.7", "4"};

void expect_rows_in_order(const Table& t) {
    ASSERT_TRUE(t.problems.empty()) << t.problems.front().message;
    for (std::size_t i = 0; i < std::size(row_keys); ++i) {
        const Cell* c = t.cell(row_keys[i], "natural");
        ASSERT_NE(c, nullptr) << row_keys[i];
        EXPECT_TRUE(c->present) << row_keys[i];
        EXPECT_EQ(c->raw, std::to_string(i + 1)) << row_keys[i];
    }
}

TEST(Binder, StandardRequestsTable) {
    BindResult r = bind_tables(grid(requests_with(standard_requests)));
    ASSERT_EQ(r.tables.size(), 1u);
    EXPECT_EQ(r.tables[0].format->version, FormatVersion::v2021);
    expect_rows_in_order(r.tables[0]);
}

struct Variant {
    std::size_t index;
    const char* label;
};

void PrintTo(const Variant& v, std::ostream* os) { *os << v.label; }

class LabelVariant : public ::testing::TestWithParam<Variant> {};

TEST_P(LabelVariant, IsRecognised) {
    auto labels = standard_requests;
    labels[GetParam().index] = GetParam().label;
    BindResult r = bind_tables(grid(requests_with(labels)));
    ASSERT_EQ(r.tables.size(), 1u);
    expect_rows_in_order(r.tables[0]);
}

INSTANTIATE_TEST_SUITE_P(
    FormatSection5, LabelVariant,
    ::testing::Values(Variant{0, "一、本年新收政府信息公开申请数量 "},
                      Variant{4, "(三) 不 予 公 开\t1. 属于国家秘密"},             // spaces, half-width
                      Variant{5, "2.其他法律行政止公开"},                           // known typo
                      Variant{5, "2. 其他法律行政法规禁 止公开"},                   // space inside
                      Variant{6, "3. 危及\"三安全一稳定\""},                        // straight quotes
                      Variant{7, "4.保护第三方合法权"},                            // split label, first part
                      Variant{13, "2．没有现成信息需要另行制作"},                   // full-width dot
                      Variant{23, "(七) 总计"}, Variant{23, "（七）合计"},          // rewording
                      Variant{3, "（二）部分公开"},                                 // shortened
                      Variant{12, "(四) 无法提\t1. 本机关不掌握相关政 府信息"}));   // truncated group

TEST(Binder, LabelSplitOverTwoLines) {
    // pdftotext: the label wraps; the values come on the second line.
    std::string t = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n";
    for (std::size_t i = 0; i < standard_requests.size(); ++i) {
        if (i == 3) {
            t += "（二）部分公开（区分处理的，只计这一\n情形，不计其他情形）\t" + seven("4") + "\n";
            continue;
        }
        t += standard_requests[i] + "\t" + seven(std::to_string(i + 1)) + "\n";
    }
    BindResult r = bind_tables(grid(t));
    ASSERT_EQ(r.tables.size(), 1u);
    expect_rows_in_order(r.tables[0]);
}

TEST(Binder, OneCellPerLine) {
    std::string t = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n";
    for (std::size_t i = 0; i < standard_requests.size(); ++i) {
        std::string label = standard_requests[i];
        for (auto& ch : label) if (ch == '\t') ch = '\n';
        t += label + "\n";
        for (int k = 0; k < 7; ++k) t += std::to_string(i + 1) + "\n";
    }
    BindResult r = bind_tables(grid(t));
    ASSERT_EQ(r.tables.size(), 1u);
    expect_rows_in_order(r.tables[0]);
}

TEST(Binder, Requests2019SingleOtherRow) {
    auto labels = standard_requests;
    labels.erase(labels.begin() + 20, labels.begin() + 23);
    labels.insert(labels.begin() + 20, "（六）其他处理\t");
    BindResult r = bind_tables(grid(requests_with(labels)));
    ASSERT_EQ(r.tables.size(), 1u);
    const Table& t = r.tables[0];
    EXPECT_EQ(t.format->version, FormatVersion::v2019);
    EXPECT_EQ(t.cell("3.6", "total")->raw, "21");
    EXPECT_EQ(t.cell("3.7", "total")->raw, "22");
    EXPECT_FALSE(t.outdated.empty());
}

TEST(Binder, MissingRowIsAProblemNotAGuess) {
    auto labels = standard_requests;
    labels.erase(labels.begin() + 23);  // no （七）总计
    BindResult r = bind_tables(grid(requests_with(labels)));
    ASSERT_EQ(r.tables.size(), 1u);
    const Table& t = r.tables[0];
    EXPECT_FALSE(t.has_row("3.7"));
    ASSERT_EQ(t.problems.size(), 1u);
    EXPECT_EQ(t.problems[0].row, "3.7");
    EXPECT_NE(t.problems[0].message.find("（七）总计"), std::string::npos);
}

TEST(Binder, RowWithTooFewValuesIsAProblem) {
    auto text = requests_with(standard_requests);
    auto pos = text.find("5\t5\t5\t5\t5\t5\t5");
    text.replace(pos, 13, "5\t5\t5\t5\t5");
    BindResult r = bind_tables(grid(text));
    const Table& t = r.tables.at(0);
    EXPECT_FALSE(t.has_row("3.3.1"));
    ASSERT_FALSE(t.problems.empty());
    EXPECT_NE(t.problems[0].message.find("5 个数值，应为 7 个"), std::string::npos);
}

TEST(Binder, Disclosure2021WithRewordings) {
    std::string t =
        "第二十条第（一）项\n信息内容\t本年制发数量\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n规范性文件\t2\t1\t18\n"
        "第二十条第(五)项\n信息内容\t本年处理决定数量\n行政许可\t10,727\n"
        "<b>第二十条第（六）项</b>\n信息内容\t本年处理决定数量\n行政处罚\t3\n行政强制\t0\n"
        "第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t1.25\n";
    BindResult r = bind_tables(grid(t));
    ASSERT_EQ(r.tables.size(), 1u);
    const Table& d = r.tables[0];
    EXPECT_EQ(d.format->version, FormatVersion::v2021);
    EXPECT_TRUE(d.problems.empty()) << d.problems.front().message;
    EXPECT_EQ(d.cell("normative_docs", "in_force")->raw, "18");
    EXPECT_EQ(d.cell("licensing", "decisions")->value.amount, Amount::whole(10727));
    EXPECT_EQ(d.cell("fees", "amount")->value.amount.micros, 1'250'000);
}

TEST(Binder, Disclosure2019IsRecognisedAndNamed) {
    std::string t =
        "第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t0\t0\t0\n规范性文件\t7\t7\t7\n"
        "第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额\n政府集中采购\t6\t240794.55 元\n";
    BindResult r = bind_tables(grid(t));
    ASSERT_EQ(r.tables.size(), 1u);
    const Table& d = r.tables[0];
    EXPECT_EQ(d.format->version, FormatVersion::v2019);
    ASSERT_EQ(d.outdated.size(), 2u);
    EXPECT_NE(d.outdated[0].find("本年新制作数量"), std::string::npos);
    EXPECT_NE(d.outdated[1].find("第（九）项"), std::string::npos);
    EXPECT_EQ(d.cell("procurement", "items")->raw, "6");
}

TEST(Binder, DisputesBlankBlockStaysInItsColumns) {
    std::string t = "行政复议\t\t\t\t\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\n"
                    "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t\n"
                    "\t\t\t\t\t1\t2\t3\t4\t10\t0\t0\t0\t0\t0\n";
    BindResult r = bind_tables(grid(t));
    ASSERT_EQ(r.tables.size(), 1u);
    const Table& d = r.tables[0];
    EXPECT_EQ(d.cell("cases", "review.upheld")->value.state, ValueState::blank);
    EXPECT_EQ(d.cell("cases", "review.total")->value.state, ValueState::blank);
    EXPECT_EQ(d.cell("cases", "direct_suit.upheld")->raw, "1");
    EXPECT_EQ(d.cell("cases", "direct_suit.total")->raw, "10");
}

TEST(Binder, DisputesHeaderOfAnOfficeTableWithMergedCells) {
    // In a Writer table merged cells are left out of a row: header positions restart per row.
    std::string t = "行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n"
                    "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
                    "1\t0\t0\t1\t2\t0\t0\t0\t0\t0\t0\t0\t0\t3\t3\n";
    BindResult r = bind_tables(grid(t));
    ASSERT_EQ(r.tables.size(), 1u);
    const Table& d = r.tables[0];
    EXPECT_TRUE(d.problems.empty());
    EXPECT_EQ(d.cell("cases", "review.upheld")->raw, "1");
    EXPECT_EQ(d.cell("cases", "review.total")->raw, "2");
    EXPECT_EQ(d.cell("cases", "suit_after_review.pending")->raw, "3");
}

TEST(Binder, DisputesOneValuePerLine) {
    std::string t = "行政复议\n行政诉讼\n";
    for (int i = 0; i < 15; ++i) t += std::to_string(i) + "\n";
    BindResult r = bind_tables(grid(t));
    ASSERT_EQ(r.tables.size(), 1u);
    EXPECT_EQ(r.tables[0].cell("cases", "suit_after_review.total")->raw, "14");
}

TEST(Binder, BoundaryEndsATable) {
    std::string t = requests_with(standard_requests) + "||\n某段文字\t5\n";
    BindResult r = bind_tables(grid(t));
    ASSERT_EQ(r.tables.size(), 1u);
    EXPECT_FALSE(r.consumed.back());
}

} // namespace
} // namespace nianbao
