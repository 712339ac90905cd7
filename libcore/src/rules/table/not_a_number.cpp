// table/not-a-number: a value cell holds a number (after normalisation), in its column's unit.
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

void check(const Report& report, Sink& sink) {
    for_each_cell(report, [&](const Table& t, const Cell& c) {
        const Value& v = c.value;
        if (v.converted_from.empty() && (v.state == ValueState::blank || v.state == ValueState::number)) return;
        std::string where = std::string(table_short_name(t.id)) + cell_label(t, c);
        if (!v.converted_from.empty()) {  // units.hpp: 元 read in the 万元 column
            const std::string amount = format_amount(v.amount);
            sink.report(Location::of_cell(t, c), where + "写的是“" + c.raw + "”，本列以万元为单位，已按 " + amount +
                                                     " 万元计算；应填写 " + amount,
                        {}, amount);
            return;
        }
        if (v.state == ValueState::text) {
            sink.report(Location::of_cell(t, c), where + "的内容“" + c.raw + "”不是数值（" + v.problem + "）");
            return;
        }
        sink.report(Location::of_cell(t, c), where + "填写的是" + describe_state(v, c.raw) +
                                                 "，不是数值；没有数量时应填写 0",
                    {}, std::string("0"));
    });
}

const SimpleRule rule{{"table/not-a-number", Severity::error, "数值单元格应填写数字（“/”“—”“无”等不是数值）。"}, check};

} // namespace

const Rule& table_not_a_number() { return rule; }

} // namespace nianbao::rules
