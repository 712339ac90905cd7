// table/balance: table 3, each column: 一 + 二 = （七）总计 + 四.
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

std::string describe(const Table& t, const IdentityInstance& inst, Amount lhs, Amount rhs) {
    auto v = [](const Cell* c) { return format_amount(c->value.amount); };
    if (inst.lhs.size() != 2 || inst.rhs.size() != 2)  // a declaration of another shape: say the sums only
        return "表三「" + column_label(t, inst.along) + "」列不平衡：第一项加第二项之和为 " + format_amount(lhs) +
               "，而第三项与第四项之和为 " + format_amount(rhs) + "，两者应相等";
    return "表三「" + column_label(t, inst.along) + "」列不平衡：本年新收 " + v(inst.lhs[0]) + " 加上年结转 " +
           v(inst.lhs[1]) + " 为 " + format_amount(lhs) + "，而办理结果总计 " + v(inst.rhs[0]) +
           " 加结转下年度 " + v(inst.rhs[1]) + " 为 " + format_amount(rhs) + "，两者应相等";
}

void check(const Report& report, Sink& sink) { check_identity_rule(report, sink, "table/balance", describe); }

const SimpleRule rule{{"table/balance", Severity::error, "表三每一列：第一项加第二项之和等于第三项（七）总计加第四项之和。"}, check};

} // namespace

const Rule& table_balance() { return rule; }

} // namespace nianbao::rules
