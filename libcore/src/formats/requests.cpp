// Table 3 — 收到和处理政府信息公开申请情况 (format.md §3): 25 value rows × 7 columns in the
// 2021 format; in the 2019 trial format （六）其他处理 is a single row.
#include "formats/declarations.hpp"

namespace nianbao::formats {
namespace {

const std::vector<std::string_view> all_columns = {
    "natural", "commercial", "research", "public_interest", "legal_service", "other", "total"};
const std::vector<std::string_view> applicants = {
    "natural", "commercial", "research", "public_interest", "legal_service", "other"};

std::vector<ColumnDecl> columns() {
    return {
        {"natural", "自然人", {}},
        {"commercial", "商业企业", {}},
        {"research", "科研机构", {}},
        {"public_interest", "社会公益组织", {}},
        {"legal_service", "法律服务机构", {}},
        {"other", "其他", {}},
        {"total", "总计", {"合计"}},
    };
}

std::vector<GroupDecl> groups() {
    return {
        {"3", "三、本年度办理结果", {"本年度办理结果"}},
        {"3.3", "（三）不予公开", {}},
        {"3.4", "（四）无法提供", {}},
        {"3.5", "（五）不予处理", {}},
        {"3.6", "（六）其他处理", {}},
    };
}

RowDecl row(std::string_view key, std::string_view label, std::string_view group,
            std::vector<std::string_view> variants = {}) {
    return RowDecl{key, label, std::move(variants), group, all_columns};
}

std::vector<RowDecl> head_rows() {
    return {
        row("1", "一、本年新收政府信息公开申请数量", "", {"本年新收申请数量"}),
        row("2", "二、上年结转政府信息公开申请数量", "", {"上年结转申请数量"}),
        row("3.1", "（一）予以公开", "3"),
        row("3.2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "3", {"（二）部分公开"}),
        row("3.3.1", "1.属于国家秘密", "3.3"),
        row("3.3.2", "2.其他法律行政法规禁止公开", "3.3", {"2.其他法律行政止公开", "2.其他法律法规禁止公开"}),
        row("3.3.3", "3.危及“三安全一稳定”", "3.3", {"3.危及三安全一稳定"}),
        row("3.3.4", "4.保护第三方合法权益", "3.3"),
        row("3.3.5", "5.属于三类内部事务信息", "3.3"),
        row("3.3.6", "6.属于四类过程性信息", "3.3"),
        row("3.3.7", "7.属于行政执法案卷", "3.3"),
        row("3.3.8", "8.属于行政查询事项", "3.3"),
        row("3.4.1", "1.本机关不掌握相关政府信息", "3.4"),
        row("3.4.2", "2.没有现成信息需要另行制作", "3.4"),
        row("3.4.3", "3.补正后申请内容仍不明确", "3.4"),
        row("3.5.1", "1.信访举报投诉类申请", "3.5"),
        row("3.5.2", "2.重复申请", "3.5"),
        row("3.5.3", "3.要求提供公开出版物", "3.5"),
        row("3.5.4", "4.无正当理由大量反复申请", "3.5"),
        row("3.5.5", "5.要求行政机关确认或重新出具已获取信息", "3.5"),
    };
}

std::vector<RowDecl> tail_rows() {
    return {
        row("3.7", "（七）总计", "3", {"（七）合计"}),
        row("4", "四、结转下年度继续办理", "", {"结转下年度继续办理"}),
    };
}

std::vector<IdentityDecl> identities(std::vector<std::string_view> result_rows) {
    return {
        {.rule = "table/row-total", .over = IdentityDecl::Over::each_row, .lhs = {"total"},
         .rhs = applicants, .target = "total"},
        {.rule = "table/results-total", .over = IdentityDecl::Over::each_column, .lhs = {"3.7"},
         .rhs = std::move(result_rows), .target = "3.7"},
        {.rule = "table/balance", .over = IdentityDecl::Over::each_column, .lhs = {"1", "2"},
         .rhs = {"3.7", "4"}, .target = "4", .fill_only_blank = true},
    };
}

std::vector<std::string_view> result_rows(const std::vector<RowDecl>& rows) {
    std::vector<std::string_view> keys;
    for (const auto& r : rows)
        if (r.key.starts_with("3.") && r.key != "3.7") keys.push_back(r.key);
    return keys;
}

} // namespace

TableFormat requests_2021() {
    auto rows = head_rows();
    rows.push_back(row("3.6.1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "3.6",
                       {"1.申请人无正当理由逾期不补正"}));
    rows.push_back(row("3.6.2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.6",
                       {"2.申请人逾期未按收费通知要求缴纳费用"}));
    rows.push_back(row("3.6.3", "3.其他", "3.6"));
    for (auto& r : tail_rows()) rows.push_back(std::move(r));
    auto ids = identities(result_rows(rows));
    return TableFormat{TableId::requests, FormatVersion::v2021, groups(), std::move(rows), columns(),
                       std::move(ids)};
}

TableFormat requests_2019() {
    auto rows = head_rows();
    rows.push_back(row("3.6", "（六）其他处理", "3"));
    for (auto& r : tail_rows()) rows.push_back(std::move(r));
    auto ids = identities(result_rows(rows));
    auto gs = groups();
    gs.pop_back();  // （六） is a row of its own in the 2019 format
    return TableFormat{TableId::requests, FormatVersion::v2019, std::move(gs), std::move(rows),
                       columns(), std::move(ids)};
}

} // namespace nianbao::formats
