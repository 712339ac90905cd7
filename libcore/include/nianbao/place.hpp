// Where a finding is, said as a clerk says it: "表三「（七）总计」行 · 自然人列",
// "表四「行政复议·结果维持」", "一、总体情况 第 2 段". Programs keep using the keys and Writer cell
// names; this is the wording for people (the results window, comments).
#pragma once

#include "nianbao/export.hpp"
#include "nianbao/finding.hpp"

#include <string>

namespace nianbao {

// The place in words, from the format declarations (2021 labels, else 2019). Empty for a
// finding about the whole document.
NIANBAO_API std::string place_in_words(const Location& location);

} // namespace nianbao
