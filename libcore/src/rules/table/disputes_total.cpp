// table/disputes-total: table 4, each group: 总计 = 维持 + 纠正 + 其他 + 尚未审结.
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

std::string describe(const Table& t, const IdentityInstance& inst, Amount lhs, Amount rhs) {
    std::string group = column_label(t, inst.target->column);
    group = group.substr(0, group.find("·"));
    return "表四「" + group + "」的总计应为 " + format_amount(rhs) + "（结果维持、结果纠正、其他结果、尚未审结之和），表中为 " +
           format_amount(lhs);
}

void check(const Report& report, Sink& sink) { check_identity_rule(report, sink, "table/disputes-total", describe); }

const SimpleRule rule{{"table/disputes-total", Severity::error, "表四每组的总计等于结果维持、结果纠正、其他结果、尚未审结之和。"}, check};

} // namespace

const Rule& table_disputes_total() { return rule; }

} // namespace nianbao::rules
