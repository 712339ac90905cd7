// table/row-total: table 3, each row: 总计 = sum of the six applicant columns.
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

std::string describe(const Table& t, const IdentityInstance& inst, Amount lhs, Amount rhs) {
    return "表三「" + row_label(t, inst.along) + "」行的总计应为 " + format_amount(rhs) +
           "（六类申请人之和），表中为 " + format_amount(lhs);
}

void check(const Report& report, Sink& sink) { check_identity_rule(report, sink, "table/row-total", describe); }

const SimpleRule rule{{"table/row-total", Severity::error, "表三每一行的总计等于六类申请人之和。"}, check};

} // namespace

const Rule& table_row_total() { return rule; }

} // namespace nianbao::rules
