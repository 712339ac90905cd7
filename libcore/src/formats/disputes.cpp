// Table 4 — 政府信息公开行政复议、行政诉讼情况 (format.md §4): one value row, fifteen columns in
// three groups of five; in each group 总计 = 维持 + 纠正 + 其他 + 尚未审结. Same in both formats.
#include "formats/declarations.hpp"

namespace nianbao::formats {
TableFormat disputes(FormatVersion version) {
    // Keys are spelled out (not concatenated) so that string_views point at literals.
    std::vector<ColumnDecl> columns = {
        {"review.upheld", "行政复议·结果维持", {}},
        {"review.corrected", "行政复议·结果纠正", {}},
        {"review.other", "行政复议·其他结果", {}},
        {"review.pending", "行政复议·尚未审结", {}},
        {"review.total", "行政复议·总计", {}},
        {"direct_suit.upheld", "未经复议直接起诉·结果维持", {}},
        {"direct_suit.corrected", "未经复议直接起诉·结果纠正", {}},
        {"direct_suit.other", "未经复议直接起诉·其他结果", {}},
        {"direct_suit.pending", "未经复议直接起诉·尚未审结", {}},
        {"direct_suit.total", "未经复议直接起诉·总计", {}},
        {"suit_after_review.upheld", "复议后起诉·结果维持", {}},
        {"suit_after_review.corrected", "复议后起诉·结果纠正", {}},
        {"suit_after_review.other", "复议后起诉·其他结果", {}},
        {"suit_after_review.pending", "复议后起诉·尚未审结", {}},
        {"suit_after_review.total", "复议后起诉·总计", {}},
    };
    std::vector<std::string_view> keys;
    for (const auto& c : columns) keys.push_back(c.key);
    std::vector<IdentityDecl> ids;
    for (std::size_t g = 0; g < 3; ++g) {
        ids.push_back({.rule = "table/disputes-total",
                       .over = IdentityDecl::Over::each_row,
                       .lhs = {keys[g * 5 + 4]},
                       .rhs = {keys[g * 5], keys[g * 5 + 1], keys[g * 5 + 2], keys[g * 5 + 3]},
                       .target = keys[g * 5 + 4]});
    }
    return TableFormat{TableId::disputes,
                       version,
                       {},
                       {{"cases", "案件数量", {}, "", keys}},
                       std::move(columns),
                       std::move(ids)};
}

} // namespace nianbao::formats
