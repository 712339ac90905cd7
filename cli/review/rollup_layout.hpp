// The roll-up tables laid out like the standard tables — header rows, merged labels, one value
// per cell — once, for both the spreadsheet and the web page to draw.
#pragma once

#include "rollup.hpp"

#include <string>
#include <vector>

namespace nianbao::cli::review {

struct LayoutCell {
    enum class Kind { header, label, value };
    int row = 0, col = 0, rows = 1, cols = 1; // top-left and span
    std::string text;
    Kind kind = Kind::label;
};

struct Layout {
    std::string title; // "表三 收到和处理政府信息公开申请情况（2024 年度，汇总 12 份报告）"
    int width = 0, height = 0;
    std::vector<LayoutCell> cells;
};

Layout rollup_layout(const TableRollup& table, std::optional<int> year);

} // namespace nianbao::cli::review
