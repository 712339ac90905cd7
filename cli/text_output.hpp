// Human-readable, Chinese output of check results, grouped by section.
#pragma once

#include <ostream>
#include <vector>

#include "nianbao/finding.hpp"
#include "nianbao/model.hpp"

namespace nianbao::cli {

// `office`: the report was read from a Word/WPS/Writer document, whose lines are the reader's own,
// not something a clerk can find in Writer: paragraphs are then named by section and paragraph.
void print_findings(std::ostream& out, const std::string& file, const Report& report,
                    const std::vector<Finding>& findings, bool color, bool office = false);

} // namespace nianbao::cli
