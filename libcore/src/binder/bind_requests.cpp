// Binds table 3 (收到和处理政府信息公开申请情况). Rows are recognised by their labels, wherever
// the layout put them: label and values on one line, values on the next lines (one cell per
// line, pdftotext), labels split over two lines, group labels (（三）不予公开) in a cell of their
// own or merged away.
#include <algorithm>

#include "binder/internal.hpp"
#include "nianbao/identities.hpp"
#include "nianbao/text.hpp"

namespace nianbao::binding {
namespace {

constexpr std::size_t value_columns = 7;

int column_matches(const LabelIndex& index, const PreparedRow& row) {
    int n = 0;
    for (const auto& c : row.cells)
        if (c.kind == CellKind::label && index.match(c.norm, LabelKind::column)) ++n;
    return n;
}

bool is_header(const LabelIndex& index, const PreparedRow& row) {
    using namespace std::string_view_literals;
    for (const auto& c : row.cells)
        if (std::u32string_view(c.norm).find(U"勾稽"sv) != std::u32string_view::npos || c.norm == U"申请人情况"sv)
            return true;
    return !row.has(CellKind::value) && column_matches(index, row) >= 2;
}

} // namespace

Bound bind_requests(const PreparedRows& rows, std::size_t start) {
    const TableFormat& f21 = table_format(TableId::requests, FormatVersion::v2021);
    const TableFormat& f19 = table_format(TableId::requests, FormatVersion::v2019);
    static const LabelIndex index(f21);

    std::vector<LogicalRow> logical;
    std::vector<TableProblem> problems;
    std::string group;
    std::vector<std::u32string> pending;  // label fragments of the last label-only lines
    std::size_t last_used = start;
    int idle = 0;

    for (std::size_t r = start; r < rows.size(); ++r) {
        const PreparedRow& row = rows[r];
        if (row.boundary() || is_prose(row)) break;
        if (!logical.empty() && logical.back().key == "4" &&
            nonempty_count(logical.back().cells) >= int(value_columns))
            break;  // the last row is complete
        if (r > start) {
            auto sig = table_signature(row);
            if (sig && *sig != TableId::requests) break;
        }
        if (is_header(index, row)) {
            pending.clear();
            last_used = r;
            continue;
        }
        const bool has_values = row.has(CellKind::value);
        // Find the last cell that names a row; group labels before it set the context.
        int row_cell = -1, group_cell = -1;
        const Label* named = nullptr;
        for (int i = 0; i < int(row.cells.size()); ++i) {
            const PreparedCell& c = row.cells[std::size_t(i)];
            if (c.kind != CellKind::label) continue;
            const std::u32string& n = c.norm;
            // A column heading on a line of its own ("总计", one cell per line) is not a row.
            // ("3.其他" and "（七）总计" carry an ordinal: they are rows.)
            if (Match col = index.match(n, LabelKind::column);
                !has_values && col && col.score >= 1.0 && ordinal_length(n) == 0)
                continue;
            Match g = index.match(n, LabelKind::group);
            Match m = index.match(n, LabelKind::row, group);
            if (g && (!m || g.score >= m.score)) {
                group = std::string(g.label->key);
                group_cell = i;
                continue;
            }
            if (m) {
                row_cell = i;
                named = m.label;
            }
        }
        if (!named && has_values && !pending.empty()) {
            // A label wrapped over the previous lines: try the most recent fragments first.
            std::u32string own;
            for (const auto& c : row.cells)
                if (c.kind == CellKind::label) own += c.norm;
            std::u32string joined = own;
            Match best;
            for (std::size_t k = pending.size(); k-- > 0;) {
                joined = pending[k] + joined;
                if (Match m = index.match(joined, LabelKind::row, group); m && m.score > best.score) best = m;
            }
            if (best) named = best.label;
        }
        if (named) {
            group = named->group.empty() || named->group == "3" ? group : std::string(named->group);
            logical.push_back({std::string(named->key), cells_after(row, row_cell), row.source()});
            pending.clear();
            last_used = r;
            idle = 0;
            continue;
        }
        const bool incomplete = !logical.empty() && nonempty_count(logical.back().cells) < int(value_columns);
        if (group_cell >= 0 && has_values && incomplete) {
            // pdftotext: a group label on the middle line of a wrapped row label.
            for (const auto* c : value_cells(row)) logical.back().cells.push_back(c);
            pending.clear();
            last_used = r;
            continue;
        }
        if (group_cell >= 0 && has_values) {
            // A group label with values of its own: the 2019 single （六）其他处理 row.
            if (group == "3.6") logical.push_back({"3.6", cells_after(row, group_cell), row.source()});
            else problems.push_back({"「" + trim(row.cells[std::size_t(group_cell)].text()) + "」是分组标题，不应填写数值", "", row.source()});
            pending.clear();
            last_used = r;
            idle = 0;
            continue;
        }
        if (has_values) {
            if (!logical.empty() && nonempty_count(logical.back().cells) < int(value_columns)) {
                for (const auto* c : value_cells(row)) logical.back().cells.push_back(c);
                last_used = r;
                idle = 0;
                continue;
            }
            problems.push_back({"第 " + std::to_string(row.source().line) + " 行的数值无法对应到表三的任何一行", "", row.source()});
            last_used = r;
            continue;
        }
        // Label-only line: a fragment of a split label, or a group header.
        bool any_label = false;
        for (const auto& c : row.cells) {
            if (c.kind == CellKind::label) {
                any_label = true;
                pending.push_back(c.norm);
                if (pending.size() > 4) pending.erase(pending.begin());
            }
        }
        if (group_cell >= 0 || any_label) last_used = r;
        if (!any_label && ++idle > 3) break;
    }

    // 2019 trial layout: a single （六） row and no sub-rows.
    bool has_single_six = false, has_six_subrows = false;
    for (const auto& l : logical) {
        has_single_six = has_single_six || l.key == "3.6";
        has_six_subrows = has_six_subrows || l.key.starts_with("3.6.");
    }
    const bool v2019 = has_single_six && !has_six_subrows;
    Table table = make_table(v2019 ? f19 : f21);
    table.source = rows[start].source();
    table.problems = std::move(problems);
    if (v2019)
        table.outdated.push_back("「（六）其他处理」只有一行，是 2019 年试行格式；2021 年格式分为 3 个子项（逾期不补正、逾期未缴费、其他）");

    place_rows(table, logical);
    return {std::move(table), last_used + 1};
}

} // namespace nianbao::binding
