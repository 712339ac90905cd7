// Placing assembled rows into a table: shared by the table binders.
#include <algorithm>

#include "binder/internal.hpp"
#include "nianbao/identities.hpp"

namespace nianbao::binding {

void place_rows(Table& table, const std::vector<LogicalRow>& rows) {
    for (const auto& l : rows) {
        const RowDecl* decl = table.format->row(l.key);
        if (!decl) continue;  // a row of the other format version: reported by its binder
        auto label = [&] { return "「" + row_label(table, l.key) + "」行"; };
        if (table.has_row(l.key)) {
            table.problems.push_back({label() + "出现了两次，只采用第一次的数值", l.key, l.source});
            continue;
        }
        auto fitted = fit_values(l.cells, decl->columns.size());
        if (!fitted) {
            table.problems.push_back({label() + "有 " + std::to_string(nonempty_count(l.cells)) + " 个数值，应为 " +
                                          std::to_string(decl->columns.size()) + " 个，无法确定各数值所在的列",
                                      l.key, l.source});
            continue;
        }
        for (std::size_t i = 0; i < decl->columns.size(); ++i) put_cell(table, l.key, decl->columns[i], *(*fitted)[i]);
    }
    for (const auto& r : table.format->rows)
        if (!table.has_row(r.key) &&
            std::none_of(table.problems.begin(), table.problems.end(), [&](const TableProblem& p) { return p.row == r.key; }))
            table.problems.push_back({"未找到「" + row_label(table, r.key) + "」行", std::string(r.key), table.source});
}

} // namespace nianbao::binding
