// Binds table 4 (政府信息公开行政复议、行政诉讼情况): header rows of group and result labels,
// then one row of fifteen values (possibly one value per line).
#include <algorithm>
#include <functional>

#include "binder/internal.hpp"
#include "nianbao/text.hpp"

namespace nianbao::binding {

Bound bind_disputes(const PreparedRows& rows, std::size_t start) {
    const TableFormat& format = table_format(TableId::disputes, FormatVersion::v2021);
    const std::size_t want = format.columns.size();
    Table table = make_table(format);
    table.source = rows[start].source();

    // Where the header puts the fifteen result labels (tab or | layouts keep cell positions):
    // the value row is read at those positions, so a blank block stays in its own columns.
    static const std::u32string result_labels[] = {U"结果维持", U"结果纠正", U"其他结果", U"尚未审结", U"总计"};
    std::vector<std::size_t> header_positions;
    CellRefs values;
    const PreparedRow* value_row = nullptr;
    int value_rows = 0;
    SourcePos values_source;
    std::size_t last_used = start;
    for (std::size_t r = start; r < rows.size(); ++r) {
        const PreparedRow& row = rows[r];
        if (row.boundary() || is_prose(row)) break;
        if (r > start) {
            auto sig = table_signature(row);
            if (sig && *sig != TableId::disputes) break;
        }
        bool has_values = false;
        int first_value = -1;
        for (int i = 0; i < int(row.cells.size()); ++i)
            if (row.cells[std::size_t(i)].kind == CellKind::value) {
                has_values = true;
                if (first_value < 0) first_value = i;
            }
        // A row of fifteen or more cells and no label after the headers: the value row, blank
        // (a template not yet filled in).
        const bool any_label = row.has(CellKind::label);
        if (!has_values && !any_label && row.cells.size() >= want && values.empty() && r > start) {
            has_values = true;
            first_value = 0;
        }
        // A blank line, or a page number dropped by the reader, between the lines of a value row
        // written one cell per line: the row goes on.
        if (!has_values && !any_label && !values.empty()) continue;
        if (!has_values) {  // header rows (group and result labels, possibly split)
            if (!values.empty()) break;
            for (std::size_t i = 0; i < row.cells.size(); ++i)
                for (const auto& l : result_labels)
                    if (row.cells[i].norm == l) header_positions.push_back(i);
            last_used = r;
            continue;
        }
        if (values.empty()) {
            values_source = row.source();
            value_row = &row;
        }
        ++value_rows;
        // Keep leading empty cells (a blank 行政复议 block) but drop a leading label ("数量").
        std::size_t from = 0;
        for (std::size_t i = 0; i < std::size_t(first_value); ++i)
            if (row.cells[i].kind == CellKind::label) from = i + 1;
        for (std::size_t i = from; i < row.cells.size(); ++i) values.push_back(&row.cells[i]);
        last_used = r;
        if (nonempty_count(values) >= int(want) || values.size() >= want) break;
    }

    if (values.empty()) {
        table.problems.push_back({"表四没有找到数值行", "", table.source});
        return {std::move(table), last_used + 1};
    }
    // Positions only mean columns when every header row keeps all its cells (text grids); in an
    // office table merged cells are left out and the positions restart in every row.
    bool aligned = header_positions.size() == want && value_rows == 1 &&
                   std::adjacent_find(header_positions.begin(), header_positions.end(),
                                      std::greater_equal<>()) == header_positions.end() &&
                   header_positions.back() < value_row->cells.size();
    if (aligned) {
        for (std::size_t i = 0; i < want; ++i)
            put_cell(table, "cases", format.columns[i].key, value_row->cells[header_positions[i]]);
        return {std::move(table), last_used + 1};
    }
    auto fitted = fit_values(values, want);
    if (!fitted) {
        table.problems.push_back({"表四的数值行有 " + std::to_string(nonempty_count(values)) +
                                      " 个数值，应为 15 个（行政复议、未经复议直接起诉、复议后起诉各 5 个），无法确定各数值所在的列",
                                  "cases", values_source});
        return {std::move(table), last_used + 1};
    }
    for (std::size_t i = 0; i < want; ++i) put_cell(table, "cases", format.columns[i].key, *(*fitted)[i]);
    return {std::move(table), last_used + 1};
}

} // namespace nianbao::binding
