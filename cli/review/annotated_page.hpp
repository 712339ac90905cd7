// The annotated copy of a report we can write ourselves, as one self-contained HTML page:
// - a web page (.html/.htm) is the page itself, each finding marked by a numbered flag at its
//   table cell or paragraph and listed in a panel at the top;
// - a text or PDF report is its text, line by line with line numbers, the cell of a finding
//   highlighted and the finding written under its line.
// Office documents get comments in their own format instead (ReportInputs::read_annotated); when
// that is not possible the same page is written with the findings alone.
#pragma once

#include "reviewed.hpp"

#include <string>

namespace nianbao::cli::review {

std::string annotated_page(const Reviewed& report);

} // namespace nianbao::cli::review
