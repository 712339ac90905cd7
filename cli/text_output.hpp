// Human-readable, Chinese output of check results, grouped by section.
#pragma once

#include <ostream>
#include <vector>

#include "nianbao/finding.hpp"
#include "nianbao/model.hpp"

namespace nianbao::cli {

struct TextOutputOptions {
    bool color = false;
    // Every finding on its own line (check --all); otherwise findings of one rule repeated down a
    // column or along a row of a table are one line, as the Writer panel and index.html show them.
    bool all = false;
};

void print_findings(std::ostream& out, const std::string& file, const Report& report,
                    const std::vector<Finding>& findings, const TextOutputOptions& options);

} // namespace nianbao::cli
