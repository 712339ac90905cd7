// table/blank-cell: no value cell is empty. A total row left wholly blank (（七）总计, 四) is one
// finding with the sums it should hold, not one per cell: a reviewer sees one omission there.
#include <set>

#include "nianbao/identities.hpp"
#include "rules/rules.hpp"
#include "rules/support.hpp"

namespace nianbao::rules {
namespace {

struct Derived {
    bool is_total = false;           // autofill derives this cell from an identity
    std::optional<std::string> fix;  // and can, because every part has a number
};

Derived derived(const std::vector<IdentityInstance>& instances, const Cell& cell) {
    Derived d;
    for (const auto& inst : instances) {
        if (inst.target != &cell) continue;
        d.is_total = true;
        if (auto v = solve_for_target(inst); v && !v->negative()) d.fix = format_amount(*v);
    }
    return d;
}

// Rows of the table whose every cell is a blank total (two cells or more).
std::set<std::string> blank_total_rows(const Table& t, const std::vector<IdentityInstance>& instances) {
    std::set<std::string> rows;
    if (!t.format) return rows;
    for (const auto& r : t.format->rows) {
        auto cells = t.row_cells(r.key);
        std::size_t n = 0;
        bool all = true;
        for (const Cell& c : cells) {
            if (!c.present) continue;
            ++n;
            all = all && c.value.state == ValueState::blank && derived(instances, c).is_total;
        }
        if (all && n >= 2) rows.insert(std::string(r.key));
    }
    return rows;
}

void report_blank_row(const Table& t, const std::string& row, const std::vector<IdentityInstance>& instances, Sink& sink) {
    std::string sums;
    bool any = false;
    const Cell* first = nullptr;
    for (const Cell& c : t.row_cells(row)) {
        if (!c.present) continue;
        if (!first) first = &c;
        Derived d = derived(instances, c);
        sums += (sums.empty() ? "" : "，") + column_label(t, c.column) + " " + (d.fix ? *d.fix : "无法计算");
        any = any || d.fix.has_value();
    }
    Location where = Location::of_table(t);  // the row: "requests/3.7"
    where.row = row;
    where.source = Location::of_cell(t, *first).source;
    sink.report(where, std::string(table_short_name(t.id)) + "「" + row_label(t, row) + "」整行空白；" +
                           (any ? "按各项计算应为：" + sums : std::string("这是合计行，各项填写完整后可计算")));
}

void check(const Report& report, Sink& sink) {
    for (const auto& t : report.tables) {
        const auto instances = identity_instances(t);
        const auto blank_rows = blank_total_rows(t, instances);
        for (const auto& row : blank_rows) report_blank_row(t, row, instances, sink);
        for (const Cell& c : t.cells) {
            if (!c.present || c.value.state != ValueState::blank || blank_rows.count(c.row)) continue;
            std::string where = std::string(table_short_name(t.id)) + cell_label(t, c) + "为空白";
            Derived d = derived(instances, c);
            if (!d.is_total) {
                sink.report(Location::of_cell(t, c), where + "；没有数量时应填写 0", {}, std::string("0"));
            } else if (d.fix) {
                sink.report(Location::of_cell(t, c), where + "；按各项计算应为 " + *d.fix, {}, d.fix);
            } else {
                sink.report(Location::of_cell(t, c), where + "；这是合计单元格，各项填写完整后可计算");
            }
        }
    }
}

const SimpleRule rule{{"table/blank-cell", Severity::error, "表格中的数值单元格不得为空白。"}, check};

} // namespace

const Rule& table_blank_cell() { return rule; }

} // namespace nianbao::rules
