// table/results-total: table 3, each column: （七）总计 = sum of the result rows.
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

std::string describe(const Table& t, const IdentityInstance& inst, Amount lhs, Amount rhs) {
    return "表三「" + column_label(t, inst.along) + "」列的（七）总计应为 " + format_amount(rhs) +
           "（（一）至（六）各项办理结果之和），表中为 " + format_amount(lhs);
}

void check(const Report& report, Sink& sink) { check_identity_rule(report, sink, "table/results-total", describe); }

const SimpleRule rule{{"table/results-total", Severity::error, "表三每一列的（七）总计等于各项办理结果之和。"}, check};

} // namespace

const Rule& table_results_total() { return rule; }

} // namespace nianbao::rules
