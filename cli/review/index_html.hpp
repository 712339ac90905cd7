// OUT/index.html: the review on one self-contained page (inline CSS and JS, nothing fetched) —
// the counts, the list of reports with sortable columns, each linking to its annotated copy and
// its findings, the files that could not be read, and the roll-up tables.
#pragma once

#include "reviewed.hpp"
#include "rollup.hpp"

#include <string>
#include <vector>

namespace nianbao::cli::review {

std::string index_html(const std::vector<Reviewed>& reports, const Rollup& rollup);

} // namespace nianbao::cli::review
