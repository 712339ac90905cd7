// Where a finding is, said as a clerk says it: "表三「（七）总计」行 · 自然人列",
// "表四「行政复议·结果维持」", "一、总体情况 第 2 段". Programs keep using the keys and Writer cell
// names; this is the wording for people (the results window, comments).
#pragma once

#include "nianbao/export.hpp"
#include "nianbao/finding.hpp"

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

} // namespace nianbao
