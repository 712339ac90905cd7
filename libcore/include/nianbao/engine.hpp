// Runs the registered rules over a report, honouring per-rule severity settings.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "nianbao/export.hpp"
#include "nianbao/finding.hpp"
#include "nianbao/model.hpp"

namespace nianbao {

struct CheckOptions {
    // rule id -> severity; nullopt switches the rule off.
    std::map<std::string, std::optional<Severity>, std::less<>> severity;
};

// Findings in document order (by source position), then by rule id.
NIANBAO_API std::vector<Finding> check(const Report& report, const CheckOptions& options = {});

// Parses "table/blank-cell=warning" or "table/blank-cell=off" into options; returns a Chinese
// error message on failure, empty on success.
NIANBAO_API std::string add_severity_setting(CheckOptions& options, std::string_view setting);

} // namespace nianbao
