// A rule: constant metadata and one check over a const report.
#pragma once

#include <string_view>
#include <vector>

#include "nianbao/export.hpp"
#include "nianbao/finding.hpp"
#include "nianbao/model.hpp"

namespace nianbao {

struct RuleInfo {
    std::string_view id;        // "table/row-total": also the path of its source, doc and test
    Severity severity;          // default
    std::string_view summary;   // one Chinese sentence: the same in the doc page and `nianbao rules`
};

// Collects the findings of one rule; stamps the rule id and the configured severity.
class NIANBAO_API Sink {
public:
    Sink(const RuleInfo& rule, Severity severity, std::vector<Finding>& out)
        : rule_(rule), severity_(severity), out_(out) {}

    void report(Location where, std::string message, std::vector<Location> related = {},
                std::optional<std::string> fix = std::nullopt);

private:
    const RuleInfo& rule_;
    Severity severity_;
    std::vector<Finding>& out_;
};

class NIANBAO_API Rule {
public:
    virtual ~Rule() = default;
    virtual const RuleInfo& info() const = 0;
    virtual void check(const Report& report, Sink& sink) const = 0;
};

} // namespace nianbao
