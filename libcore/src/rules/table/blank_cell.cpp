// table/blank-cell: no value cell is empty.
#include "nianbao/identities.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

struct Derived {
    bool is_total = false;           // autofill derives this cell from an identity
    std::optional<std::string> fix;  // and can, because every part has a number
};

Derived derived(const Table& table, const Cell& cell) {
    Derived d;
    for (const auto& inst : identity_instances(table)) {
        if (inst.target != &cell) continue;
        d.is_total = true;
        if (auto v = solve_for_target(inst); v && !v->negative()) d.fix = format_amount(*v);
    }
    return d;
}

void check(const Report& report, Sink& sink) {
    for_each_cell(report, [&](const Table& t, const Cell& c) {
        if (c.value.state != ValueState::blank) return;
        std::string where = std::string(table_short_name(t.id)) + cell_label(t, c) + "为空白";
        Derived d = derived(t, c);
        if (!d.is_total) {
            sink.report(Location::of_cell(t, c), where + "；没有数量时应填写 0", {}, std::string("0"));
        } else if (d.fix) {
            sink.report(Location::of_cell(t, c), where + "；按各项计算应为 " + *d.fix, {}, d.fix);
        } else {
            sink.report(Location::of_cell(t, c), where + "；这是合计单元格，各项填写完整后可计算");
        }
    });
}

const SimpleRule rule{{"table/blank-cell", Severity::error, "表格中的数值单元格不得为空白。"}, check};

} // namespace

const Rule& table_blank_cell() { return rule; }

} // namespace nianbao::rules
