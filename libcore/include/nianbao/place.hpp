// Where a finding is, said as a clerk says it: "表三「（七）总计」行 · 自然人列",
// "表四「行政复议·结果维持」", "一、总体情况 第 2 段". Programs keep using the keys and Writer cell
// names; this is the wording for people (the results window, comments).
#pragma once

#include "nianbao/export.hpp"
#include "nianbao/finding.hpp"
#include "nianbao/model.hpp"

#include <string>
#include <string_view>

namespace nianbao {

// The place in words, from the format declarations (2021 labels, else 2019). Empty for a
// finding about the whole document.
NIANBAO_API std::string place_in_words(const Location& location);

// A whole column or row of a standard table, for findings grouped by it: "表三「商业企业」列",
// "表三「（七）总计」行". Empty for an unknown table key.
NIANBAO_API std::string column_in_words(std::string_view table, std::string_view column);
NIANBAO_API std::string row_in_words(std::string_view table, std::string_view row);

// Where a line of the report is, as a person finds it in the original (Report::places): "第 5 行",
// "第 2 页", or, where the lines are the reader's own, by what comes just before it:
// "「一、总体情况」第 1 段之后", "表三之后", "报告标题之后", "文首".
NIANBAO_API std::string line_in_words(const Report& report, const SourcePos& source);

} // namespace nianbao
