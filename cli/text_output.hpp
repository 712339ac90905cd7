// Human-readable, Chinese output of check results, grouped by section.
#pragma once

#include <ostream>
#include <vector>

#include "nianbao/finding.hpp"
#include "nianbao/model.hpp"

namespace nianbao::cli {

void print_findings(std::ostream& out, const std::string& file, const Report& report,
                    const std::vector<Finding>& findings, bool color);

} // namespace nianbao::cli
