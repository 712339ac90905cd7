// Placing assembled rows into a table: shared by the table binders.
#include <algorithm>

#include "binder/internal.hpp"
#include "nianbao/identities.hpp"

namespace nianbao::binding {

void place_rows(Table& table, const std::vector<LogicalRow>& rows, const std::vector<std::string>& explained) {
    // Labels without figures: not one row has its values and most rows have none at all (a page
    // whose cells are empty or were lost in the copy). The rows without any value are one finding
    // for the table, not one per row; a row with some values keeps its own.
    std::size_t found = 0, fitting = 0;
    std::vector<const LogicalRow*> bare;
    for (const auto& l : rows)
        if (const RowDecl* decl = table.format->row(l.key)) {
            ++found;
            if (fit_values(l.cells, decl->columns.size())) ++fitting;
            else if (nonempty_count(l.cells) == 0 &&
                     std::none_of(bare.begin(), bare.end(), [&](const LogicalRow* b) { return b->key == l.key; }))
                bare.push_back(&l);
        }
    const bool labels_only = fitting == 0 && bare.size() >= 2 && 2 * bare.size() >= found;
    std::vector<std::string> unread;
    if (labels_only) {
        table.problems.push_back({"「" + row_label(table, bare.front()->key) + "」至「" + row_label(table, bare.back()->key) +
                                      "」等 " + std::to_string(bare.size()) +
                                      " 行只有标签，没有任何数值：表中的数值缺失或无法读取",
                                  bare.front()->key, bare.front()->source});
        for (const LogicalRow* l : bare) unread.push_back(l->key);
    }
    for (const auto& l : rows) {
        const RowDecl* decl = table.format->row(l.key);
        if (!decl) continue;  // a row of the other format version: reported by its binder
        auto label = [&] { return "「" + row_label(table, l.key) + "」行"; };
        if (table.has_row(l.key)) {
            table.problems.push_back({label() + "出现了两次，只采用第一次的数值", l.key, l.source});
            continue;
        }
        if (std::find(unread.begin(), unread.end(), l.key) != unread.end()) continue;
        auto fitted = fit_values(l.cells, decl->columns.size());
        if (!fitted) {
            table.problems.push_back({label() + "有 " + std::to_string(nonempty_count(l.cells)) + " 个数值，应为 " +
                                          std::to_string(decl->columns.size()) + " 个，无法确定各数值所在的列",
                                      l.key, l.source});
            continue;
        }
        for (std::size_t i = 0; i < decl->columns.size(); ++i) put_cell(table, l.key, decl->columns[i], *(*fitted)[i]);
    }
    // Rows not found. A table cut off, or only its header: one finding for the missing tail,
    // not one per row.
    const auto& declared = table.format->rows;
    auto accounted = [&](std::string_view key) {
        return table.has_row(key) || std::find(explained.begin(), explained.end(), key) != explained.end() ||
               std::find(unread.begin(), unread.end(), key) != unread.end() ||
               std::any_of(table.problems.begin(), table.problems.end(), [&](const TableProblem& p) { return p.row == key; });
    };
    std::size_t tail = declared.size();
    while (tail > 0 && !accounted(declared[tail - 1].key)) --tail;
    const std::size_t missing_tail = declared.size() - tail;
    for (std::size_t i = 0; i < tail; ++i)
        if (!accounted(declared[i].key))
            table.problems.push_back({"未找到「" + row_label(table, declared[i].key) + "」行", std::string(declared[i].key), table.source});
    if (missing_tail == 0) return;
    const std::string first = row_label(table, declared[tail].key), last = row_label(table, declared.back().key);
    if (tail == 0)
        table.problems.push_back({"只有表头，未找到任何数据行（应有 " + std::to_string(declared.size()) + " 行）", "", table.source});
    else if (missing_tail == 1)
        table.problems.push_back({"未找到「" + first + "」行", std::string(declared[tail].key), table.source});
    else
        table.problems.push_back({"表格在「" + row_label(table, declared[tail - 1].key) + "」行之后中断：未找到「" + first +
                                      "」至「" + last + "」共 " + std::to_string(missing_tail) + " 行",
                                  std::string(declared[tail].key), table.source});
}

} // namespace nianbao::binding
