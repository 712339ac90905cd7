// Runs the registered rules over a report, honouring per-rule severity settings.
#pragma once

#include "nianbao/dismissals.hpp"
#include "nianbao/export.hpp"
#include "nianbao/finding.hpp"
#include "nianbao/model.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace nianbao {

struct CheckOptions {
    // rule id -> severity; nullopt switches the rule off.
    std::map<std::string, std::optional<Severity>, std::less<>> severity;
};

// Findings in document order (by source position), then by rule id — without those the
// report's dismissals accept (report.dismissals; check_outcome() has them too).
NIANBAO_API std::vector<Finding> check(const Report& report, const CheckOptions& options = {});

struct DismissedFinding {
    Finding finding;
    Dismissal dismissal; // the one that accepts it (its reason)
};

struct CheckOutcome {
    std::vector<Finding> findings;           // what check() returns
    std::vector<DismissedFinding> dismissed; // accepted by a dismissal, in document order
};

// Every finding, split by the report's dismissals: the one function the extension and the CLI
// call to honour 忽略. A dismissal whose figures no longer match dismisses nothing.
NIANBAO_API CheckOutcome check_outcome(const Report& report, const CheckOptions& options = {});

// Parses "table/blank-cell=warning" or "table/blank-cell=off" into options; returns a Chinese
// error message on failure, empty on success.
NIANBAO_API std::string add_severity_setting(CheckOptions& options, std::string_view setting);

} // namespace nianbao
