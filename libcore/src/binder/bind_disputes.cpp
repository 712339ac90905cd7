// Binds table 4 (政府信息公开行政复议、行政诉讼情况): header rows of group and result labels,
// then fifteen values — on one row, one value per line, or in three blocks of five (PDF
// converters write one small table per group: 行政复议 / 未经复议直接起诉 / 复议后起诉).
#include <algorithm>
#include <functional>

#include "binder/internal.hpp"
#include "nianbao/text.hpp"

namespace nianbao::binding {
namespace {

constexpr std::size_t group_size = 5;
constexpr std::string_view group_names[] = {"行政复议", "未经复议直接起诉", "复议后起诉"};

// The group a label names: 0 行政复议, 1 未经复议直接起诉, 2 复议后起诉; -1 for none.
int group_of(std::u32string_view norm) {
    using namespace std::string_view_literals;
    if (norm == U"行政复议"sv) return 0;
    if (norm.find(U"未经复议"sv) != std::u32string_view::npos) return 1;
    if (norm.find(U"复议后起诉"sv) != std::u32string_view::npos) return 2;
    return -1;
}

bool is_result_label(std::u32string_view norm) {
    static const std::u32string labels[] = {U"结果维持", U"结果纠正", U"其他结果", U"尚未审结", U"总计"};
    return std::find(std::begin(labels), std::end(labels), norm) != std::end(labels);
}

// A run of value cells and the group label that stood before it.
struct Run {
    int group = -1;
    CellRefs cells;
    SourcePos source;
    const PreparedRow* row = nullptr;  // the row that held the whole run, if one did
};

} // namespace

Bound bind_disputes(const PreparedRows& rows, std::size_t start) {
    const TableFormat& format = table_format(TableId::disputes, FormatVersion::v2021);
    const std::size_t want = format.columns.size();
    Table table = make_table(format);
    table.source = rows[start].source();

    // Where the header puts the fifteen result labels (tab or | layouts keep cell positions):
    // the value row is read at those positions, so a blank block stays in its own columns.
    std::vector<std::size_t> header_positions;
    int result_labels = 0;  // result labels seen: 15 once the header is complete
    int last_group = -1;
    std::vector<Run> runs;
    std::size_t slots = 0;
    std::size_t last_used = start;
    auto collecting = [&] { return !runs.empty() && !runs.back().cells.empty(); };
    for (std::size_t r = start; r < rows.size() && slots < want; ++r) {
        const PreparedRow& row = rows[r];
        if (row.boundary() || is_prose(row)) break;
        // Blank lines, bare pipes, page numbers dropped by the reader — but not a row of fifteen
        // or more empty cells after the header: that is the value row of a blank form.
        if (row.separator() && !(r > start && row.cells.size() >= want)) continue;
        if (r > start) {
            auto sig = table_signature(row);
            if (sig && *sig != TableId::disputes) break;
        }
        int first_value = -1;
        for (int i = 0; i < int(row.cells.size()); ++i)
            if (row.cells[std::size_t(i)].kind == CellKind::value) { first_value = i; break; }
        const bool any_label = row.has(CellKind::label);
        const bool header_done = result_labels >= int(want) || collecting();
        // A row of fifteen or more cells and no label after the headers: the value row, blank
        // (a template not yet filled in). A lone blank cell after the header: one blank value.
        const bool blank_row = first_value < 0 && !any_label && r > start && row.cells.size() >= want;
        const CellRefs blanks = row.blank_cells();
        if (first_value < 0 && !blank_row && !any_label && header_done && !blanks.empty()) {
            // Blank cells between the values of a browser copy: one slot each.
            if (runs.empty()) runs.push_back({});
            if (runs.back().cells.empty()) {
                runs.back().group = last_group;
                runs.back().source = row.source();
            }
            runs.back().row = nullptr;
            for (const auto* c : blanks)
                if (slots < want) {
                    runs.back().cells.push_back(c);
                    ++slots;
                }
            last_used = r;
            continue;
        }
        if (first_value < 0 && !blank_row) {
            if (!any_label) continue;
            // Header rows (group and result labels, possibly split), also between blocks.
            for (std::size_t i = 0; i < row.cells.size(); ++i) {
                const auto& n = row.cells[i].norm;
                if (is_result_label(n)) {
                    header_positions.push_back(i);
                    ++result_labels;
                }
                if (int g = group_of(n); g >= 0) last_group = g;
            }
            if (collecting()) runs.push_back({});
            last_used = r;
            continue;
        }
        if (runs.empty()) runs.push_back({});
        Run& run = runs.back();
        if (run.cells.empty()) {
            run.group = last_group;
            run.source = row.source();
            run.row = &row;
        } else {
            run.row = nullptr;  // gathered from several rows
        }
        // Keep leading empty cells (a blank 行政复议 block) but drop a leading label ("数量").
        std::size_t from = 0;
        for (std::size_t i = 0; i < std::size_t(std::max(first_value, 0)); ++i)
            if (row.cells[i].kind == CellKind::label) from = i + 1;
        if (blank_row) from = 0;
        for (std::size_t i = from; i < row.cells.size(); ++i) {
            run.cells.push_back(&row.cells[i]);
            ++slots;
        }
        last_used = r;
    }
    std::erase_if(runs, [](const Run& run) { return run.cells.empty(); });

    if (runs.empty()) {
        table.problems.push_back({"没有找到数值行", "", table.source});
        return {std::move(table), last_used + 1};
    }
    // Three blocks of five, each under its own group label: each block in its own columns.
    if (runs.size() > 1 && std::all_of(runs.begin(), runs.end(), [&](const Run& run) {
            return run.group >= 0 && fit_values(run.cells, group_size).has_value();
        })) {
        std::vector<bool> seen(3, false);
        for (const Run& run : runs) {
            if (seen[std::size_t(run.group)]) {
                table.problems.push_back({"「" + std::string(group_names[run.group]) + "」的数值出现了两次，只采用第一次的数值",
                                          "cases", run.source});
                continue;
            }
            seen[std::size_t(run.group)] = true;
            const CellRefs cells = *fit_values(run.cells, group_size);
            for (std::size_t i = 0; i < group_size; ++i)
                put_cell(table, "cases", format.columns[std::size_t(run.group) * group_size + i].key, *cells[i]);
        }
        for (std::size_t g = 0; g < seen.size(); ++g)
            if (!seen[g])
                table.problems.push_back({"未找到「" + std::string(group_names[g]) + "」的 5 个数值", "cases", table.source});
        return {std::move(table), last_used + 1};
    }
    CellRefs values;
    for (const Run& run : runs) values.insert(values.end(), run.cells.begin(), run.cells.end());
    const SourcePos values_source = runs.front().source;

    // Positions only mean columns when every header row keeps all its cells (text grids); in an
    // office table merged cells are left out and the positions restart in every row. And no
    // value may stand outside the header's columns: then the positions do not line up.
    const PreparedRow* value_row = runs.size() == 1 ? runs.front().row : nullptr;
    bool aligned = value_row && header_positions.size() == want &&
                   std::adjacent_find(header_positions.begin(), header_positions.end(),
                                      std::greater_equal<>()) == header_positions.end() &&
                   header_positions.back() < value_row->cells.size();
    if (aligned)
        for (std::size_t i = 0; i < value_row->cells.size(); ++i)
            if (value_row->cells[i].kind != CellKind::empty &&
                std::find(header_positions.begin(), header_positions.end(), i) == header_positions.end())
                aligned = false;
    if (aligned) {
        for (std::size_t i = 0; i < want; ++i)
            put_cell(table, "cases", format.columns[i].key, value_row->cells[header_positions[i]]);
        return {std::move(table), last_used + 1};
    }
    auto fitted = fit_values(values, want);
    if (!fitted) {
        const int filled = nonempty_count(values);
        std::string counted = std::to_string(filled) + " 个数值";
        if (std::size_t(filled) != values.size())
            counted = std::to_string(values.size()) + " 个单元格（" + std::to_string(filled) + " 个数值、" +
                      std::to_string(values.size() - std::size_t(filled)) + " 个空白）";
        table.problems.push_back({"数值行有 " + counted +
                                      "，应为 15 个（行政复议、未经复议直接起诉、复议后起诉各 5 个），无法确定各数值所在的列",
                                  "cases", values_source});
        return {std::move(table), last_used + 1};
    }
    for (std::size_t i = 0; i < want; ++i) put_cell(table, "cases", format.columns[i].key, *(*fitted)[i]);
    return {std::move(table), last_used + 1};
}

} // namespace nianbao::binding
