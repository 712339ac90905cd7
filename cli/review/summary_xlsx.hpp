// OUT/汇总.xlsx: the sheets 报告 (one row per file), 问题 (every finding) and one roll-up sheet per
// table (汇总表二, 汇总表三, 汇总表四) laid out like the standard table, with the reports summed
// and those left out and why. Written with libxlsxwriter.
#pragma once

#include "reviewed.hpp"
#include "rollup.hpp"

#include <string>
#include <vector>

namespace nianbao::cli::review {

bool write_summary_xlsx(const std::string& path, const std::vector<Reviewed>& reports,
                        const Rollup& rollup, std::string& error);

} // namespace nianbao::cli::review
