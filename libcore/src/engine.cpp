// The rule engine: runs every enabled rule, then orders findings as they appear in the document.
#include "nianbao/engine.hpp"

#include <algorithm>

#include "nianbao/registry.hpp"
#include "nianbao/units.hpp"
#include "prose/statements.hpp"

namespace nianbao {

namespace {

std::vector<Finding> all_findings(const Report& report_as_read, const CheckOptions& options) {
    // Rules read every cell in its column's unit; a copy is made only when a unit changes a cell.
    const std::optional<Report> converted = with_column_units(report_as_read);
    const Report& report = converted ? *converted : report_as_read;
    const prose::StatementsScope statements(report);  // the prose rules split and match it once
    std::vector<Finding> findings;
    for (const Rule* rule : all_rules()) {
        const RuleInfo& info = rule->info();
        Severity severity = info.severity;
        if (auto it = options.severity.find(info.id); it != options.severity.end()) {
            if (!it->second) continue;
            severity = *it->second;
        }
        Sink sink(info, severity, findings);
        rule->check(report, sink);
    }
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        const auto& x = a.location.source;
        const auto& y = b.location.source;
        if (x.line != y.line) return x.line < y.line;
        return x.column < y.column;
    });
    return findings;
}

} // namespace

CheckOutcome check_outcome(const Report& report, const CheckOptions& options) {
    CheckOutcome out;
    for (Finding& f : all_findings(report, options)) {
        auto d = std::find_if(report.dismissals.begin(), report.dismissals.end(),
                              [&](const Dismissal& x) { return dismisses(x, f); });
        if (d == report.dismissals.end())
            out.findings.push_back(std::move(f));
        else
            out.dismissed.push_back({std::move(f), *d});
    }
    return out;
}

std::vector<Finding> check(const Report& report, const CheckOptions& options) {
    if (report.dismissals.empty()) return all_findings(report, options);
    return check_outcome(report, options).findings;
}

std::string add_severity_setting(CheckOptions& options, std::string_view setting) {
    auto eq = setting.find('=');
    if (eq == std::string_view::npos)
        return "规则设置“" + std::string(setting) + "”格式不对，应为“规则编号=级别”，例如 table/blank-cell=warning";
    std::string id(setting.substr(0, eq));
    std::string level(setting.substr(eq + 1));
    if (!find_rule(id)) return "没有编号为“" + id + "”的规则（运行 nianbao rules 查看全部规则）";
    if (level == "off") {
        options.severity[id] = std::nullopt;
        return {};
    }
    auto s = parse_severity(level);
    if (!s) return "级别“" + level + "”无效，应为 error、warning、info 或 off";
    options.severity[id] = *s;
    return {};
}

} // namespace nianbao
